import { describe, expect, it } from "vitest";
import { ruleCatalogue } from "../../src/core/rules";
import { ruleLinks } from "../../scripts/rule-links";

// The auditor's path: rule → source → function → test. Every rule must have all four.
describe("rule catalogue links", () => {
  const links = ruleLinks();
  it("covers every rule of the catalogue", () => {
    expect(links.map((l) => l.id).sort()).toEqual(Object.keys(ruleCatalogue).sort());
  });
  for (const link of links) {
    it(`${link.id} has a test named after it and code that applies it`, () => {
      expect(link.tests.length, `no test name starts with "${link.id}:"`).toBeGreaterThan(0);
      expect(link.functions.length, `no src file names "${link.id}"`).toBeGreaterThan(0);
    });
  }
});
