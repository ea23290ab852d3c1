/**
 * The linter as the build's first step: an Astro integration whose `astro:config:setup` hook checks all
 * content before Astro syncs, compiles or evaluates any of it. On a problem it stops the build with the
 * report (and, in GitHub Actions, annotations first), so nothing an editor wrote runs at build time.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { lintContent } from './index.ts';
import { annotations, formatReport } from './report.ts';
import { contentRoot } from '../content-root.ts';
import { bilingual } from '../editor-messages.ts';

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
        // Printed as it is (Astro's error formatting would rewrite the `[…](…)` the messages quote), then thrown,
        // so a build() called from code stops too, without the stack, which tells an editor nothing.
        console.error(`\n${formatReport(problems)}\n`);
        if (process.env.GITHUB_ACTIONS === 'true') console.log(annotations(problems));
        const error = new AstroError(
          bilingual(
            `Saturā ir ${problems.length} kļūda(s), tās uzskaitītas augstāk`,
            `The content has ${problems.length} problem(s), listed above`,
          ),
          bilingual('Tikai saturu pārbauda npm run lint:content', 'npm run lint:content checks the content alone'),
        );
        error.stack = '';
        throw error;
      },
    },
  };
}
