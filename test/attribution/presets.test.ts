import { describe, expect, it } from "vitest";
import { attributionPolicySchema, attributionPresets, attributionPresetSources, ruleCatalogue } from "../../src/index";

describe("attribution presets", () => {
  it("every field of every preset is cited", () => {
    for (const [name, preset] of Object.entries(attributionPresets)) {
      const sources = attributionPresetSources[name as keyof typeof attributionPresetSources] as Record<string, string>;
      expect(Object.keys(sources).sort(), name).toEqual(Object.keys(preset).sort());
      for (const s of Object.values(sources)) expect(s.length).toBeGreaterThan(5);
    }
  });

  it("every preset is a valid policy", () => {
    for (const preset of Object.values(attributionPresets)) expect(attributionPolicySchema.safeParse(preset).success).toBe(true);
  });

  it("the seed's two versions differ where the seed does: helper credit and protection period", () => {
    const a = attributionPolicySchema.parse(attributionPresets.kangchengBaihewan);
    const b = attributionPolicySchema.parse(attributionPresets.versionB);
    expect([a.helperCredit, b.helperCredit]).toEqual(["none", "equal"]);
    expect([a.protection, b.protection]).toEqual([{ unit: "months", amount: 3 }, { unit: "days", amount: 15 }]);
    expect(b.namedAgentArrivalMinutes).toBe(30);
  });

  it("every attribution rule of the catalogue cites seed 004 or practice", () => {
    const ids = Object.entries(ruleCatalogue).filter(([, r]) => r.module === "attribution");
    expect(ids.length).toBe(14);
    for (const [, r] of ids) expect(r.source).toMatch(/seed 004|practice/);
  });
});
