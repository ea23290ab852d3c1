/**
 * GitHub Pages serves a project site under /<repository>/. Editors still write links as site paths
 * (`/centri/zilupe/`); every link on the built pages must carry the base path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, makeContent, zilupeCentre } from '../helpers/build';
import { tags } from '../gates/head-html';

const story = `---
title: Stāsts
description: Par centru.
centres: [zilupe]
date: 2026-11-24
---
Lasiet par [Zilupes centru](/centri/zilupe/).
`;

describe('a site built under a base path', () => {
  it('prefixes links written in content, navigation, the language switcher and the sitemap with the base', () => {
    const build = buildSite(makeContent({ 'centres/lv/zilupe.mdx': zilupeCentre, 'stories/lv/stasts.mdx': story }), { BASE_PATH: '/darbigas-kopienas/' });
    expect(build.ok, build.output).toBe(true);
    const html = readFileSync(join(build.outDir, 'stasti/stasts/index.html'), 'utf8');
    expect(html).toContain('<a href="/darbigas-kopienas/centri/zilupe/">Zilupes centru</a>');
    const hrefs = tags(html, 'a').map((a) => a.attrs['href'] ?? '').filter((href) => href.startsWith('/'));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((href) => !href?.startsWith('/darbigas-kopienas/'))).toEqual([]);
    // The sitemap, made from the routes, gives the same addresses under the base, with their translations.
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const storyUrl = 'https://darbigas-kopienas.github.io/darbigas-kopienas/stasti/stasts/';
    expect(sitemap).toContain(`<url><loc>${storyUrl}</loc><xhtml:link rel="alternate" hreflang="lv" href="${storyUrl}"/>`);
  });
});
