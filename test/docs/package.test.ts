import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { moduleList } from "../../scripts/modules";
import tsupConfig from "../../tsup.config";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  exports: Record<string, { import: { types: string; default: string }; require: { types: string; default: string } } | string>;
  typesVersions: Record<string, Record<string, string[]>>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("packaging comes from one module list", () => {
  const modules = moduleList();
  it("every subpath has its source entry, its tsup entry and its typesVersions entry", () => {
    const entry = (tsupConfig as { entry: Record<string, string> }).entry;
    for (const m of modules) {
      expect(existsSync(m.source), m.source).toBe(true);
      expect(entry[m.name]).toBe(m.source);
      const e = pkg.exports[m.subpath];
      expect(typeof e === "object" && e.import.default).toBe(`./dist/${m.name}.js`);
      expect(typeof e === "object" && e.require.default).toBe(`./dist/${m.name}.cjs`);
      if (m.subpath !== ".") expect(pkg.typesVersions["*"]?.[m.subpath.slice(2)]).toEqual([`./dist/${m.name}.d.ts`]);
    }
  });
  it("the root re-exports every module", () => {
    const root = readFileSync("src/index.ts", "utf8");
    for (const m of modules.filter((x) => x.subpath !== ".")) expect(root).toContain(`from "./${m.name}"`);
  });
  it("every dependency is pinned to an exact version", () => {
    for (const [name, v] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) expect(v, name).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("runtime dependencies are only zod, decimal.js, date-fns and @date-fns/tz", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@date-fns/tz", "date-fns", "decimal.js", "zod"]);
  });
});
