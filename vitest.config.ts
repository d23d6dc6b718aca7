import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/bench/**", "node_modules/**"],
    setupFiles: ["test/setup/trace-facts.ts"],
    // The machine's time zone must never matter: run everything in UTC, a zone the project's rules never use.
    env: { TZ: "UTC" },
    coverage: {
      provider: "v8",
      include: ["src/**"],
      exclude: ["src/cli/**"],
      reporter: ["text-summary"],
    },
  },
});
