/** `npm run lint:content`: the build's content check alone, in a second instead of a build's minute. */
import { lintContent } from './index.ts';
import { annotations, formatReport } from './report.ts';
import { contentRoot } from '../content-root.ts';
import { bilingual } from '../editor-messages.ts';

const problems = lintContent({ root: contentRoot });
if (problems.length === 0) {
  console.log(bilingual('Saturā kļūdu nav', 'The content has no problems'));
} else {
  console.error(formatReport(problems));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(annotations(problems));
  process.exitCode = 1;
}
