/**
 * Real builds of the catalogue: one build of a folder holding every bad case reports every problem at
 * once, exactly as the linter does, as annotations in GitHub Actions, with no stack trace, and stops before
 * anything of the content runs or is written. Harmless inputs build.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../src/lib/lint/index.ts';
import { annotations, formatReport } from '../../src/lib/lint/report.ts';
import { buildSite, makeContent, type FixtureBuild } from '../helpers/build.ts';
import { allCases, allFiles } from './catalogue/all-cases.ts';
import { lintCaseProblems, marker } from './catalogue/helpers.ts';
import { harmlessFiles } from './catalogue/harmless-cases.ts';

const where = (p: { file: string; line: number; column?: number | undefined }) =>
  `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;

describe('one build of every bad case', () => {
  let build: FixtureBuild;
  const unsafe = Object.entries(allCases)
    .filter(([, c]) => c.unsafe === 'runs')
    .map(([name]) => name);
  beforeAll(() => {
    for (const name of unsafe) rmSync(marker(name), { force: true });
    build = buildSite(makeContent(allFiles()), { GITHUB_ACTIONS: 'true' });
  });

  it('stops, printing exactly the linter’s report and annotations', () => {
    expect(build.ok).toBe(false);
    const problems = lintContent({ root: build.contentDir });
    expect(problems.length).toBeGreaterThan(90);
    expect(build.output).toContain(formatReport(problems));
    expect(build.output).toContain(annotations(problems));
    expect(build.output).toMatch(
      /^::error file=.*stories\/lv\/date-impossible\.mdx,line=5::Lauks "date" ir nepareizs/m,
    );
  });

  it('reports every case at the places it reports alone', () => {
    const together = new Set(lintContent({ root: build.contentDir, shownRoot: 'content' }).map(where));
    const alone = Object.values(allCases).flatMap((c) => lintCaseProblems(c.files).map(where));
    expect(alone.length).toBeGreaterThan(90);
    expect(alone.filter((place) => !together.has(place))).toEqual([]);
  });

  it('shows the editor no stack trace and no compiled code', () => {
    expect(build.output).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
    expect(build.output).not.toMatch(/\.m?[jt]s:\d+:\d+|_jsx\(|\$\$render|ZodError|AstroError/);
  });

  it('ran nothing an editor wrote, and wrote no page', () => {
    expect(unsafe.length).toBeGreaterThanOrEqual(6);
    for (const name of unsafe) expect(existsSync(marker(name)), `${name} ran`).toBe(false);
    expect(readdirSync(build.outDir)).toEqual([]);
  });
});

describe('harmless inputs build', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildSite(makeContent(harmlessFiles));
  });

  it('builds BOM, CRLF, a Latvian-only entry, a comment after a date and <script> in a title', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('shows the title with <script> as text', () => {
    const page = readFileSync(join(build.outDir, 'stasti', 'skripts-virsraksta', 'index.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; virsrakstā');
    // Inside a quoted attribute (og:title) a < is plain text; outside attributes there is no such element.
    expect(page.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)');
  });

  it('publishes the CRLF story with its real date and the commented date', () => {
    expect(readFileSync(join(build.outDir, 'stasti', 'crlf', 'index.html'), 'utf8')).toContain(
      '2026. gada 24. novembris',
    );
    expect(readFileSync(join(build.outDir, 'stasti', 'datums-ar-komentaru', 'index.html'), 'utf8')).toContain(
      '2026. gada 24. novembris',
    );
  });
});
