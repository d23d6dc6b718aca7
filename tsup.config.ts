import { defineConfig } from "tsup";
import { entryPoints } from "./scripts/modules";

// Entries come from package.json "exports" (scripts/modules.ts), so the build cannot drift from it.
export default defineConfig({
  // The CLI is not a subpath: it is the `bin`, built beside the modules so it shares their chunks.
  entry: { ...entryPoints(), "cli/index": "src/cli/index.ts" },
  format: ["esm", "cjs"],
  // Types for the subpaths only: the CLI is a command, and a cli/index.d.ts would ship nothing usable.
  dts: { entry: entryPoints(), compilerOptions: { ignoreDeprecations: "6.0" } },
  splitting: true, // one copy of the core (one Decimal clone, one rule catalogue) shared by every subpath
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod", "decimal.js", "date-fns", "@date-fns/tz"],
});
