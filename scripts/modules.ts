import { readFileSync } from "node:fs";

/**
 * The one module list: package.json "exports". tsup entries, typedoc entry points and the
 * exports test are all derived from it.
 */
export interface ModuleEntry {
  /** Subpath as in package.json, e.g. "./fees" or "." */
  readonly subpath: string;
  /** Entry name for tsup, e.g. "fees/index" or "index" */
  readonly name: string;
  /** Source file, e.g. "src/fees/index.ts" */
  readonly source: string;
}

export function moduleList(root = "."): ModuleEntry[] {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { exports: Record<string, unknown> };
  return Object.keys(pkg.exports)
    .filter((k) => k !== "./package.json")
    .map((subpath) => {
      const name = subpath === "." ? "index" : `${subpath.slice(2)}/index`;
      return { subpath, name, source: `src/${name}.ts` };
    });
}

export function entryPoints(root = "."): Record<string, string> {
  return Object.fromEntries(moduleList(root).map((m) => [m.name, m.source]));
}
