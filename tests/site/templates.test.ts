/**
 * Ready templates for teachers: every guideline offers at least one plain-text template to download,
 * and every template file's text is also printed in full on a guideline page of its language, so the
 * printed page and the downloaded file say the same thing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../helpers/site';

const locales = { lv: '/vadlinijas/', en: '/en/guidelines/' } as const;

/** Single spaces, plain quotes, lower case: Markdown joins spaces, may curl quotes, and a heading line is set in bold. */
const plain = (text: string) => text.toLowerCase().replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

/** The page's visible text, as a reader (or a printer) gets it. */
const textOf = (html: string) =>
  plain(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );

/** What a template line says, without the form's own markup: tick boxes, numbering, table bars. */
const partsOf = (line: string) =>
  line
    .replace(/^\[ \] /, '')
    .replace(/^\d+\. /, '')
    .split('|')
    .map((part) => plain(part).trim())
    .filter(Boolean);

describe.each(Object.entries(locales))('the %s guidelines', (locale, section) => {
  const guidelines = builtPages().filter((path) => path.startsWith(section) && path !== section);
  const folder = join(distDir, 'downloads', locale);
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')) : [];
  const pages = new Map(guidelines.map((path) => [path, readPage(path)]));

  it('each link at least one template file of their language that the build holds', () => {
    expect(guidelines.length).toBeGreaterThan(0);
    const without = guidelines.filter((path) => {
      const links = [
        ...pages.get(path)!.matchAll(new RegExp(`href="[^"]*/downloads/${locale}/([\\w-]+\\.txt)"`, 'g')),
      ].map((m) => m[1]!);
      return links.length === 0 || links.some((name) => !files.includes(name));
    });
    expect(without).toEqual([]);
  });

  it('print every template file in full on one of the pages', () => {
    expect(files.length).toBeGreaterThan(0);
    const texts = [...pages.values()].map(textOf);
    const missing = files.filter((name) => {
      const [, ...lines] = readFileSync(join(folder, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim());
      return !texts.some((text) => lines.flatMap(partsOf).every((part) => text.includes(part)));
    });
    expect(missing).toEqual([]);
  });
});
