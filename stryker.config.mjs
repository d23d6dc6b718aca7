// Mutation testing (issue 10): `npm run test:mutation`. Too slow for CI on 2 cores, so it is run
// by hand, a module at a time, and its dated results are committed (docs/quality.md,
// reports/mutation/mutation.json). A module at a time, with tests chosen by vitest.mutation.config.ts
// (never --testFiles: it turns static mutants into runtime ones that are never switched on):
//   MUTATION_TESTS='test/core/money*.test.ts,test/package/modules-load.test.ts' MUTATION_MODULES=core npm run test:mutation -- --mutate 'src/core/money.ts'
// The incremental file keeps every earlier module's results, so each run adds to one report and
// a rerun only tests the mutants whose code or covering tests changed.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  // related: false, so that a static mutant runs every chosen test with its module loaded afresh
  // (the modules-load test reaches modules through import.meta.glob, which "related" cannot see).
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  // The CLI is I/O around the library and src/testing is the QA kit (arbitraries for tests):
  // neither holds a rule.
  mutate: ["src/**/*.ts", "!src/cli/**", "!src/testing/**"],
  ignorePatterns: ["dist", "docs-site", "coverage", ".vitest-cache", "reports"],
  coverageAnalysis: "perTest",
  // A mutant that does not compile (a literal outside its union, `true satisfies SameInput<…>`
  // made false) is a CompileError, not a survivor: no caller could ever run it.
  checkers: ["typescript"],
  tsconfigFile: "scripts/tsconfig.mutation.json",
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
