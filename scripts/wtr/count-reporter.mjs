import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// Writes {passed, failed, skipped} for scripts/test.mjs to add to the summary line. A test file
// that fails to load (a session error) counts as one failure so it can never pass silently.
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (session.errors?.length && !session.passed) counts.failed++;
        else if (!session.passed && !session.testResults) counts.failed++;
      }
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(counts));
      }
    },
  };
}
