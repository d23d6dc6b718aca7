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
  it("every source begins with the document it cites: a title in 《》, a notice's number, the public Q&A thread, or common practice", () => {
    // The titles are shared constants in each catalogue: one emptied would leave "篇2 §四" or " §1 A–D".
    const cited = /^(《[^《》]+》|财政部 税务总局|财税〔\d{4}〕\d+号|发改价格规〔\d{4}〕\d+号|中国人民银行公告〔\d{4}〕|a public Q&A thread on keeping real-estate customers \(replies by 大爍的生活日記 and 江浙滬一手房I牛浩天\), reply 2|common practice)/;
    for (const [id, r] of entries) expect(r.source, `${id}.source`).toMatch(cited);
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
  it("answers only text: a value whose text is a rule ID is not one", () => {
    expect(describeRule({ toString: () => "FEE-1" } as unknown as string)).toBeUndefined();
  });
  it.each(["NOPE-1", "", "fee-1", "FEE-1 ", "__proto__", "toString", "constructor", "hasOwnProperty"])("unknown %j → undefined", (id) => {
    expect(describeRule(id)).toBeUndefined();
  });
});
