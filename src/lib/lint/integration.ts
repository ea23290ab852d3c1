/**
 * The linter as the build's first step: an Astro integration whose `astro:config:setup` hook checks all
 * content before Astro syncs, compiles or evaluates any of it. On a problem it prints the report (and,
 * in GitHub Actions, annotations) and ends the build, so nothing an editor wrote runs at build time.
 */
import type { AstroIntegration } from 'astro';
import { lintContent } from './index.ts';
import { annotations, formatReport } from './report.ts';
import { contentRoot } from '../content-root.ts';

export function contentLint(): AstroIntegration {
  return {
    name: 'darbigas-kopienas:content-lint',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const started = performance.now();
        const problems = lintContent({ root: contentRoot });
        if (problems.length === 0) {
          logger.info(`content checked in ${Math.round(performance.now() - started)}ms`);
          return;
        }
        // Printed and ended here, not thrown: a thrown error would add a stack trace the editor cannot use.
        console.error(`\n${formatReport(problems)}\n`);
        if (process.env.GITHUB_ACTIONS === 'true') console.log(annotations(problems));
        process.exit(1);
      },
    },
  };
}
