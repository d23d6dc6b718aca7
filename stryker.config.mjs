// Mutation testing (issue 10): `npm run test:mutation`. Too slow for CI on 2 cores, so it is run
// by hand, a module at a time, and its dated results are committed (docs/quality.md,
// reports/mutation/mutation.json). A module at a time, with that module's own tests:
//   npm run test:mutation -- --mutate 'src/core/money.ts' --testFiles 'test/core/**/*.test.ts'
// The incremental file keeps every earlier module's results, so each run adds to one report and
// a rerun only tests the mutants whose code or covering tests changed.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts" },
  // The CLI is I/O around the library and src/testing is the QA kit (arbitraries for tests):
  // neither holds a rule.
  mutate: ["src/**/*.ts", "!src/cli/**", "!src/testing/**"],
  ignorePatterns: ["dist", "docs-site", "coverage", ".vitest-cache", "reports"],
  coverageAnalysis: "perTest",
  // 2 cores shared with other work.
  concurrency: 1,
  // The machine is often loaded: a slow run must not pass for an infinite loop.
  timeoutMS: 15000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["json", "html", "clear-text", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/index.html" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
