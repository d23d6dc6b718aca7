import { describe, expect, it } from "vitest";
import { attempt } from "../../src/core/errors";
import { creditAbilityMatrix, gradeIntent, scoringPresets, screeningGrade, valueLoyaltyMatrix, volumeTierAndMotive } from "../../src/scoring/index";

describe("gradeIntent", () => {
  it("SCO-INT-A: subscribed or a large deposit is A, even before other tests", () => {
    expect(gradeIntent({ id: "c", subscribed: true, peer: true })).toMatchObject({ grade: "a", rule: "SCO-INT-A" });
    expect(gradeIntent({ id: "c", depositPaid: 20000 }).grade).toBe("a");
    expect(gradeIntent({ id: "c", depositPaid: "19999.99", visited: true, statedIntent: true }).grade).toBe("c");
  });
  it("SCO-INT-B: card holders split B+/B/B- by probability", () => {
    expect(gradeIntent({ id: "c", cardHolder: true, purchaseProbability: "0.7" }).grade).toBe("b-plus");
    expect(gradeIntent({ id: "c", cardHolder: true, purchaseProbability: "0.5" }).grade).toBe("b");
    expect(gradeIntent({ id: "c", cardHolder: true, purchaseProbability: "0.39" }).grade).toBe("b-minus");
    expect(gradeIntent({ id: "c", cardHolder: true })).toMatchObject({ grade: "b", letter: "b", rule: "SCO-INT-B" });
  });
  it("SCO-INT-C: visited with intent splits C+/C/C- by time to buy", () => {
    const v = { id: "c", visited: true, statedIntent: true };
    expect(gradeIntent({ ...v, expectedPurchaseInDays: 30 }).grade).toBe("c-plus");
    expect(gradeIntent({ ...v, expectedPurchaseInDays: 90 }).grade).toBe("c");
    expect(gradeIntent({ ...v, expectedPurchaseInDays: 91 }).grade).toBe("c-minus");
    expect(gradeIntent({ ...v, expectedPurchaseInDays: 91 }, { cWithinDays: 120 }).grade).toBe("c");
  });
  it("SCO-INT-D: peers, no contact, no intent", () => {
    expect(gradeIntent({ id: "c", cardHolder: true, peer: true })).toMatchObject({ grade: "d", rule: "SCO-INT-D" });
    expect(gradeIntent({ id: "c", visited: true, statedIntent: true, leftContact: false }).grade).toBe("d");
    expect(gradeIntent({ id: "c", visited: true }).grade).toBe("d");
    const bad = attempt(() => gradeIntent({ id: "c" }, { bPlusProbability: "0.3" }));
    expect(bad.ok ? null : [bad.error.code, bad.error.path]).toEqual(["INVALID_POLICY", ["bProbability"]]);
  });
  it("SCO-INT-A: the common-practice preset is the default", () => {
    const p = { id: "c", cardHolder: true, purchaseProbability: "0.45" };
    expect(gradeIntent(p, scoringPresets.intentCommonPractice)).toEqual(gradeIntent(p));
  });
});

describe("matrices", () => {
  const vl = { highVolumeFrom: 1000000, highLoyaltyFrom: 60 };
  it("SCO-1: drop / watch / cultivate / keep", () => {
    expect(valueLoyaltyMatrix({ id: "a", volume: 10, loyalty: 10 }, vl).quadrant).toBe("drop");
    expect(valueLoyaltyMatrix({ id: "b", volume: 1000000, loyalty: 59 }, vl).quadrant).toBe("watch");
    expect(valueLoyaltyMatrix({ id: "c", volume: 999999, loyalty: 60 }, vl).quadrant).toBe("cultivate");
    const keep = valueLoyaltyMatrix({ id: "d", volume: 5000000, loyalty: 95 }, vl);
    expect(keep.quadrant).toBe("keep");
    expect(keep.trace[0]?.rule).toBe("SCO-1");
  });
  it("SCO-2: credit × selling ability", () => {
    const p = { goodCreditFrom: 3, strongAbilityFrom: 3 };
    expect(creditAbilityMatrix({ id: "a", credit: 4, sellingAbility: 1 }, p).cell).toBe("steady");
    expect(creditAbilityMatrix({ id: "b", credit: 1, sellingAbility: 4 }, p).cell).toBe("fast-but-risky");
    expect(creditAbilityMatrix({ id: "c", credit: 3, sellingAbility: 3 }, p).cell).toBe("most-wanted");
    expect(creditAbilityMatrix({ id: "d", credit: 0, sellingAbility: 0 }, p).cell).toBe("weak");
  });
  it("SCO-3: A meets all seven attributes of 《房地产销售现场管理关系客户购买须知》篇7; B has prospects and steady demand", () => {
    const all = { scale: true, profitability: true, prospects: true, price: true, "stable-demand": true, "timely-payment": true, credit: true };
    expect(screeningGrade({ id: "a", met: all }, scoringPresets.screeningSeed001).grade).toBe("a");
    expect(screeningGrade({ id: "b", met: { ...all, credit: false } }, scoringPresets.screeningSeed001).grade).toBe("b");
    expect(screeningGrade({ id: "c", met: { ...all, prospects: false } }, scoringPresets.screeningSeed001).grade).toBe("c");
    expect(screeningGrade({ id: "c", met: {} }, scoringPresets.screeningSeed001).trace[0]?.rule).toBe("SCO-3");
  });
  it("SCO-5: the five screening criteria of 《销售现场客户接触点标准化体系》 ch.7; no profit and no prospects is C", () => {
    const p = scoringPresets.screeningSeed004;
    const five = { "purchase-amount": true, profitability: true, safety: true, prospects: true, cooperation: true };
    expect(screeningGrade({ id: "a", met: five }, p).grade).toBe("a");
    expect(screeningGrade({ id: "b", met: { ...five, cooperation: false } }, p).grade).toBe("b");
    expect(screeningGrade({ id: "c", met: { ...five, safety: false, cooperation: false } }, p).grade).toBe("c");
    expect(screeningGrade({ id: "c", met: { ...five, profitability: false, prospects: false } }, p)).toMatchObject({ grade: "c", missed: ["profitability", "prospects"] });
    const typo = attempt(() => screeningGrade({ id: "x", met: { safty: true } }, p));
    expect(typo.ok ? null : [typo.error.code, typo.error.path]).toEqual(["INVALID_INPUT", ["met", "safty"]]);
  });
  it("SCO-4: volume tiers, motive types, payment and stability", () => {
    const tiers = { tiers: [{ tier: "diamond", from: 5000000 }, { tier: "gold", from: 2000000 }, { tier: "silver", from: 1000000 }, { tier: "general", from: 0 }] };
    expect(volumeTierAndMotive({ id: "a", annualVolume: 5000000 }, tiers)).toMatchObject({ tier: "diamond", motive: null });
    expect(volumeTierAndMotive({ id: "b", annualVolume: 999999.99 }, tiers).tier).toBe("general");
    const m = volumeTierAndMotive({ id: "c", annualVolume: 1500000, motiveScores: { "price-sensitive": 3, "brand-service": 3 }, payment: "mortgage", stability: "stable-local" }, tiers);
    expect(m).toMatchObject({ tier: "silver", motive: "price-sensitive", payment: "mortgage", stability: "stable-local" });
    const bad = attempt(() => volumeTierAndMotive({ id: "d", annualVolume: 1 }, { tiers: [{ tier: "gold", from: 10 }] }));
    expect(bad.ok ? null : bad.error.path).toEqual(["tiers", 0, "from"]);
  });
});
