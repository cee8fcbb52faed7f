// Counts every test in every browser session and writes the totals to a JSON file,
// so that scripts/test-all.js can print one closing line for the whole suite.
import { writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
      for (const session of sessions) {
        countSuite(session.testResults, totals);
        // A file that fails to import or throws outside a test has no failed test
        // of its own; count it as a failure so it cannot pass unseen.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.brokenFiles += 1;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
