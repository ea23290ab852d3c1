/**
 * GitHub Pages serves a project site under /<repository>/. Editors still write links as site paths
 * (`/centri/zilupe/`); every link on the built pages must carry the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
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
    const build = buildSite(makeContent({ 'centres/lv/zilupe.mdx': zilupeCentre, 'stories/lv/stasts.mdx': story }), {
      BASE_PATH: '/darbigas-kopienas/',
    });
    expect(build.ok, build.output).toBe(true);
    const html = readFileSync(join(build.outDir, 'stasti/stasts/index.html'), 'utf8');
    expect(html).toContain('<a href="/darbigas-kopienas/centri/zilupe/">Zilupes centru</a>');
    const hrefs = tags(html, 'a')
      .map((a) => a.attrs['href'] ?? '')
      .filter((href) => href.startsWith('/'));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((href) => !href?.startsWith('/darbigas-kopienas/'))).toEqual([]);
    // Link previews and the feed name full addresses under the base, and the picture is where they say.
    const image = /property="og:image" content="https?:\/\/[^/]+(\/[^"]+)"/.exec(html)?.[1];
    expect(image).toBe('/darbigas-kopienas/og/stasti/stasts.png');
    expect(existsSync(join(build.outDir, 'og/stasti/stasts.png'))).toBe(true);
    const feed = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    expect(feed).toMatch(/<link>https?:\/\/[^/]+\/darbigas-kopienas\/stasti\/stasts\/<\/link>/);
    expect(feed).toMatch(/href=&quot;https?:\/\/[^/]+\/darbigas-kopienas\/centri\/zilupe\/&quot;/);
    // The sitemap, made from the routes, gives the same addresses under the base, with their translations.
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const storyUrl = 'https://darbigas-kopienas.github.io/darbigas-kopienas/stasti/stasts/';
    expect(sitemap).toContain(
      `<url><loc>${storyUrl}</loc><xhtml:link rel="alternate" hreflang="lv" href="${storyUrl}"/>`,
    );
  });
});
