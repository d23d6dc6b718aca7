import { describe, expect, it } from "vitest";
import { describeRule, ruleCatalogue } from "../../src/core/rules";

const modules = ["core", "fees", "subscription", "attribution", "scoring", "referral"];
const prefixModule: Record<string, string> = { CORE: "core", FEE: "fees", MORT: "fees", SUB: "subscription", ATT: "attribution", SCO: "scoring", REF: "referral" };

describe("rule catalogue", () => {
  const entries = Object.entries(ruleCatalogue);
  it("is not empty and holds the core and fee rules", () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const id of ["CORE-ROUND", "CORE-ALLOC", "FEE-1", "FEE-9", "FEE-AREA", "FEE-SCHEDULE", "FEE-NAT-DEED", "FEE-NAT-DEED-2016", "FEE-NAT-STAMP", "FEE-NAT-REG", "FEE-NAT-FUND", "MORT-1", "MORT-2", "MORT-3", "MORT-DOWN"]) {
      expect(ruleCatalogue, id).toHaveProperty([id]);
    }
  });
  it("every rule has a non-empty zh, en and source, and a known module", () => {
    for (const [id, r] of entries) {
      expect(r.zh.trim(), `${id}.zh`).not.toBe("");
      expect(r.en.trim(), `${id}.en`).not.toBe("");
      expect(r.source.trim(), `${id}.source`).not.toBe("");
      expect(modules, `${id}.module`).toContain(r.module);
    }
  });
  it("every ID is upper-case kebab and its prefix matches its module", () => {
    for (const [id, r] of entries) {
      expect(id).toMatch(/^[A-Z]+(-[A-Z0-9]+[a-z]?)+$/); // seed IDs like ATT-1a keep their letter
      const prefix = id.split("-")[0] ?? "";
      expect(prefixModule[prefix], `unknown prefix of ${id}`).toBeDefined();
      expect(r.module, id).toBe(prefixModule[prefix]);
    }
  });
  it("CORE-ROUND: is catalogued for the core", () => {
    expect(describeRule("CORE-ROUND")?.module).toBe("core");
  });
  it("CORE-ALLOC: is catalogued for the core", () => {
    expect(describeRule("CORE-ALLOC")?.module).toBe("core");
  });
});

describe("describeRule", () => {
  it("returns the entry with its id", () => {
    expect(describeRule("FEE-1")).toEqual({ id: "FEE-1", ...ruleCatalogue["FEE-1"] });
    expect(describeRule("FEE-1")?.source).toBe(ruleCatalogue["FEE-1"].source);
  });
  it.each(["NOPE-1", "", "fee-1", "FEE-1 ", "__proto__", "toString", "constructor", "hasOwnProperty"])("unknown %j → undefined", (id) => {
    expect(describeRule(id)).toBeUndefined();
  });
});
