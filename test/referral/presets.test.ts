import { describe, expect, it } from "vitest";
import { expectPresetsCited } from "../helpers";
import { referralPolicySchema, referralPresets, referralPresetSources } from "../../src/index";

describe("referralPresets", () => {
  it("every field of every preset is cited", () => {
    expectPresetsCited(referralPresets, referralPresetSources as never);
  });

  for (const [name, preset] of Object.entries(referralPresets)) {
    it(`${name} is a valid policy`, () => {
      expect(referralPolicySchema.safeParse(preset).success).toBe(true);
    });

  }

  it("REF-2: the Girard preset pays 25 per referred sale with no cap and no review", () => {
    const p = referralPolicySchema.parse(referralPresets.girard);
    expect(p.reward).toEqual({ kind: "fixed", amount: "25" });
    expect(p.caps).toEqual({});
    expect(p.reviewDays).toBe(0);
  });

  it("REF-TRG-2: the 老带新 preset pays at contract plus payment, owners only, new visitors only", () => {
    const p = referralPolicySchema.parse(referralPresets.laodaixin);
    expect([p.trigger, p.referrerMustBeOwner, p.referredMustBeNew, p.staff]).toEqual(["contract-and-payment", true, true, "reject"]);
  });
});
