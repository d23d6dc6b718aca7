/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";

// Each source module is imported inside a test, not at the top of the file, so that a module
// that throws while it loads (a table or schema built wrongly) fails a named test instead of
// failing the file before any test exists. Mutation testing depends on this: a file that cannot
// load reports no failed test, and its mutant would count as survived.
const modules = import.meta.glob<Record<string, unknown>>(["../../src/**/*.ts", "!../../src/cli/**"]);
// A mutation run of one area loads only that area's modules (and core's): MUTATION_MODULES="scoring,core".
const areas = process.env.MUTATION_MODULES?.split(",").map((a) => `../../src/${a}/`);
const chosen = Object.keys(modules).filter((p) => areas === undefined || areas.some((a) => p.startsWith(a)));

describe("every source module loads", () => {
  it("finds the modules of every area, and the root index", () => {
    const areas = new Set(Object.keys(modules).map((p) => p.split("/")[3]));
    expect([...areas].sort()).toEqual(["attribution", "core", "fees", "index.ts", "referral", "scoring", "subscription", "testing"]);
  });

  it.each(chosen)("%s loads, and every value it exports is defined", async (path) => {
    const load = modules[path];
    if (load === undefined) throw new Error(`no loader for ${path}`);
    const exported = await load();
    for (const [name, value] of Object.entries(exported)) expect(value, `${path} exports ${name}`).not.toBeUndefined();
  });
});
