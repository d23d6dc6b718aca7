import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The tests a mutation run uses (comma-separated globs in MUTATION_TESTS; MUTATION_EXCLUDE adds
// exclusions). Chosen here rather than with Stryker's --testFiles, because that option makes
// every mutant a filtered "runtime" one: a mutant in module-level code (a table, a schema built
// at load) is then never switched on and survives whatever the tests say.
const list = (v: string | undefined) => (v ? v.split(",").filter(Boolean) : []);
const include = list(process.env.MUTATION_TESTS);
const exclude = list(process.env.MUTATION_EXCLUDE);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: include.length > 0 ? include : (base.test?.include ?? []),
    exclude: [...(base.test?.exclude ?? []), ...exclude],
    // Instrumented code runs several times slower, and a run shares the cores with its own
    // workers: a test over a text at the size limit must not time out in Stryker's first run.
    testTimeout: 60_000,
  },
});
