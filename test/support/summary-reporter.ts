// A vitest reporter that prints the run's totals as one line, `N passed, N failed`, and writes them to
// .test-summary.json for .ci/run (vitest's own summary is not machine-read there). Skipped tests and modules
// that failed to load count as failed only when they failed.
import * as fs from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) failed++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
    }
    fs.writeFileSync(".test-summary.json", JSON.stringify({ passed, failed, skipped }) + "\n");
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? ` (${skipped} skipped)` : ""}\n`);
  }
}
