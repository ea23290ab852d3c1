/** Links: every address inside the site resolves, every #fragment exists; external ones are listed. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../helpers/site';
import { checkLinks, externalList } from '../gates/links';

const isFile = (path: string) => {
  const file = join(distDir, path);
  return existsSync(file) && statSync(file).isFile();
};

describe(`links of the site in ${distDir}`, () => {
  const pages = new Map(builtPages().map((path) => [path, readPage(path)]));
  const { problems, external, checked } = checkLinks(
    pages,
    isFile,
    process.env['BASE_PATH'] ?? '/',
    process.env['SITE_URL'] ?? 'https://darbigas-kopienas.github.io',
  );
  console.log(
    `links: ${checked} addresses in ${pages.size} pages, ${external.size} external (not fetched):\n${externalList(external)}`,
  );

  it('has pages with links', () => {
    expect(checked).toBeGreaterThan(pages.size);
  });

  it('leads only to pages and files of the build, and to ids that exist', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
