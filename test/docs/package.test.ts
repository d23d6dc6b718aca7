import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { moduleList } from "../../scripts/modules";
import { typedEntries } from "../../tsup.config";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  exports: Record<string, { import: { types: string; default: string }; require: { types: string; default: string } } | string>;
  typesVersions: Record<string, Record<string, string[]>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  files: string[];
};

describe("packaging comes from one module list", () => {
  const modules = moduleList();
  it("every subpath has its source entry, its tsup entry and its typesVersions entry", () => {
    const entry = typedEntries;
    for (const m of modules) {
      expect(existsSync(m.source), m.source).toBe(true);
      expect(entry[m.name]).toBe(m.source);
      const e = pkg.exports[m.subpath];
      expect(typeof e === "object" && e.import.default).toBe(`./dist/${m.name}.js`);
      expect(typeof e === "object" && e.require.default).toBe(`./dist/${m.name}.cjs`);
      if (m.subpath !== ".") expect(pkg.typesVersions["*"]?.[m.subpath.slice(2)]).toEqual([`./dist/${m.name}.d.ts`]);
    }
  });
  it("the root re-exports every module, but not the QA kit (shoulou/testing needs fast-check, an optional peer)", () => {
    const root = readFileSync("src/index.ts", "utf8");
    for (const m of modules.filter((x) => x.subpath !== "." && x.subpath !== "./testing")) expect(root).toContain(`from "./${m.name}"`);
    expect(root).not.toContain("testing");
  });
  it("dev dependencies are pinned to an exact version (the lockfile pins what CI tests)", () => {
    for (const [name, v] of Object.entries(pkg.devDependencies)) expect(v, name).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("runtime dependencies are caret ranges of decimal.js, date-fns and @date-fns/tz, starting at the version CI tests", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@date-fns/tz", "date-fns", "decimal.js"]);
    const locked = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version: string }> };
    for (const [name, range] of Object.entries(pkg.dependencies)) expect(range, name).toBe(`^${locked.packages[`node_modules/${name}`]?.version}`);
  });
  it("zod is a peer dependency, a ^4 range whose floor is the version CI tests (pinned as a dev dependency); fast-check an optional one", () => {
    expect(pkg.peerDependencies).toEqual({ zod: `^${pkg.devDependencies.zod}`, "fast-check": `^${pkg.devDependencies["fast-check"]}` });
    expect(pkg.devDependencies.zod).toMatch(/^4\./);
    expect((pkg as unknown as { peerDependenciesMeta: Record<string, { optional?: boolean }> }).peerDependenciesMeta).toEqual({ "fast-check": { optional: true } });
  });
  it("ships the license and the changelog", () => {
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "LICENSE", "CHANGELOG.md"]));
    expect(readFileSync("LICENSE", "utf8")).toContain("Copyright (c) 2026 shoulou contributors");
  });
});
