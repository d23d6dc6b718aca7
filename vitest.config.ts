import { defineConfig } from "vitest/config";

// "shoulou/<subpath>" resolves to the sources, so examples read exactly as users' code does.
const subpaths = ["core", "fees", "subscription", "attribution", "scoring", "referral", "testing"];

export default defineConfig({
  resolve: {
    alias: [...subpaths.map((s) => ({ find: `shoulou/${s}`, replacement: new URL(`./src/${s}/index.ts`, import.meta.url).pathname })), { find: /^shoulou$/, replacement: new URL("./src/index.ts", import.meta.url).pathname }],
  },
  test: {
    // examples/**/*.test.ts: files written as a user writes them (imports from "shoulou/…").
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
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
