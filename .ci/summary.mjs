// Prints one closing line, "N passed, N failed", from Vitest's JSON report, so CI can read the count.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.ci/results.json';
if (!existsSync(file)) {
  console.log('tests: 0 passed, 1 failed (no test report: the run stopped before the tests)');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests + report.numPendingTests} failed`);
process.exit(report.numTotalTests > 0 && report.numFailedTests === 0 ? 0 : 1);
