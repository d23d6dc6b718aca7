import { relative, resolve } from "node:path";
import { buildSync, type Plugin } from "esbuild";
import { defineConfig } from "tsup";
import { entryPoints } from "./scripts/modules";

// fast-check: an optional peer, loaded only by shoulou/testing.
const runtimeDependencies = ["zod", "decimal.js", "date-fns", "@date-fns/tz", "fast-check"];
const subpaths = entryPoints(); // from package.json "exports" (scripts/modules.ts), so the build cannot drift from it
const cli = "src/cli/index.ts";

/**
 * Every source file some subpath (or the CLI) loads at run time: the files esbuild reaches from
 * the entries, type-only imports left out. Each becomes its own output file ("preserve
 * modules"), so an app's bundler drops whole files it does not use (`"sideEffects": false`):
 * `addDays` from shoulou/core no longer drags in the zod schemas or the Decimal clone that
 * share a chunk with it. One file per module also means one Decimal clone and one catalogue.
 * A file that holds only types but is re-exported with `export *` would be an empty output
 * file: those are listed apart and inlined (as nothing) instead.
 */
function runtimeModules(): { entry: Record<string, string>; typeOnly: Set<string> } {
  const { metafile } = buildSync({
    entryPoints: [...Object.values(subpaths), cli],
    bundle: true, write: false, metafile: true, format: "esm", platform: "neutral", outdir: "out",
    external: [...runtimeDependencies, "node:*"], logLevel: "silent",
  });
  const bytes = new Map<string, number>();
  for (const out of Object.values(metafile.outputs)) {
    for (const [f, { bytesInOutput }] of Object.entries(out.inputs)) bytes.set(f, (bytes.get(f) ?? 0) + bytesInOutput);
  }
  const sources = Object.keys(metafile.inputs).filter((f) => f.startsWith("src/") && f.endsWith(".ts"));
  const isEntry = new Set([...Object.values(subpaths), cli]);
  const typeOnly = new Set(sources.filter((f) => !isEntry.has(f) && (bytes.get(f) ?? 0) === 0 && metafile.inputs[f]?.imports.length === 0));
  const entry = Object.fromEntries(sources.filter((f) => !typeOnly.has(f)).map((f) => [f.slice(4, -3), f]));
  return { entry, typeOnly };
}

/** Keeps every relative import an import of the sibling output file, with its extension (.js or .cjs). */
function siblingImports(typeOnly: ReadonlySet<string>): Plugin {
  return {
    name: "sibling-imports",
    setup(build) {
      const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const source = relative(process.cwd(), resolve(args.resolveDir, `${args.path}.ts`));
        if (typeOnly.has(source)) return { path: source, namespace: "type-only" };
        return { path: `${args.path}${extension}`, external: true };
      });
      build.onLoad({ filter: /.*/, namespace: "type-only" }, () => ({ contents: "export {};", loader: "js" }));
    },
  };
}

/** The subpath entries (package.json "exports"): the ones that get types. */
export const typedEntries = subpaths;

// A function, so the source tree is read when tsup runs, not whenever this file is imported.
export default defineConfig(() => {
  const modules = runtimeModules();
  return {
    entry: modules.entry,
    format: ["esm", "cjs"],
    esbuildPlugins: [siblingImports(modules.typeOnly)],
    // Types for the subpaths only: the CLI is a command, and a cli/index.d.ts would ship nothing usable.
    dts: { entry: typedEntries, compilerOptions: { ignoreDeprecations: "6.0" } },
    treeshake: false, // each file is its own module: the app's bundler tree-shakes across them
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external: runtimeDependencies,
  };
});
