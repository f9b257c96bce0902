// Sums Vitest JSON reports into the plain line the CI log reads. A missing report (a step that never
// reached its tests: type errors, lint errors, a crash) counts as one failure, so it cannot look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report ${file}: that step did not run its tests`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  const failedTests = r.numFailedTests ?? 0;
  // A file that failed to load has no failed test in it, yet the run failed.
  const brokenFiles = (r.numFailedTestSuites ?? 0) > 0 && failedTests === 0 ? 1 : 0;
  failed += failedTests + brokenFiles;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
if (passed + failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
