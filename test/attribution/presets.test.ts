import { describe, expect, it } from "vitest";
import { expectPresetsCited } from "../helpers";
import { attributionPolicySchema, attributionPresets, attributionPresetSources, ruleCatalogue } from "../../src/index";

describe("attribution presets", () => {
  it("every field of every preset is cited", () => {
    expectPresetsCited(attributionPresets, attributionPresetSources as never);
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

  it("every attribution rule of the catalogue cites the house rules by title and clause, or common practice — never a seed file", () => {
    const ids = Object.entries(ruleCatalogue).filter(([, r]) => r.module === "attribution");
    expect(ids.length).toBe(14);
    for (const [, r] of ids) {
      expect(r.source).toMatch(/《康城百合湾项目案场管理制度》|《销售客户资源的归属原则》|^common practice: /);
      expect(r.source).not.toMatch(/seed/i);
    }
    for (const sources of Object.values(attributionPresetSources)) for (const s of Object.values(sources)) expect(s).not.toMatch(/seed/i);
  });
});
