import { defineConfig } from "vitest/config";

// The fuzz suite: the contract properties (also in `npm test`, with a short count) and the
// linear-time checks (*.timing.ts, only here). FUZZ_RUNS sets the inputs per function.
export default defineConfig({
  test: {
    include: ["test/fuzz/**/*.test.ts", "test/fuzz/**/*.timing.ts"],
    setupFiles: ["test/setup/trace-facts.ts"],
    env: { TZ: "UTC" },
    testTimeout: 900_000,
    // timings want a quiet machine: one file at a time
    fileParallelism: false,
  },
});
