import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { creditAbilityMatrix, lifetimeValue, scoringPresetSources, valueLoyaltyMatrix } from "../../src/scoring/index";

describe("SCO-1 value × loyalty", () => {
  const policy = { highVolumeFrom: "1000.5", highLoyaltyFrom: "0.6" };
  it("SCO-1: each quadrant with its meaning and figures; the thresholds are inclusive", () => {
    expect(valueLoyaltyMatrix({ id: "C", volume: "1000.5", loyalty: "0.6" }, policy)).toEqual({
      customerId: "C",
      quadrant: "keep",
      meaning: "high volume, loyal: the most valuable — keep (最宝贵的财富)",
      trace: [{ rule: "SCO-1", fact: "keep", data: { quadrant: "keep", volume: "1000.5", highVolumeFrom: "1000.5", loyalty: "0.6", highLoyaltyFrom: "0.6" } }],
    });
    expect(valueLoyaltyMatrix({ id: "C", volume: "1000.4999", loyalty: "0.5999" }, policy).meaning).toBe("low volume, disloyal: no value — drop when it is time (该淘汰的就淘汰)");
    expect(valueLoyaltyMatrix({ id: "C", volume: 2000, loyalty: 0 }, policy).meaning).toBe("high volume, disloyal: the most dangerous — watch closely (最危险的敌人)");
    expect(valueLoyaltyMatrix({ id: "C", volume: 0, loyalty: 1 }, policy).meaning).toBe("low volume, loyal: tomorrow's star — support and cultivate (明日之星)");
  });
  it("SCO-1: negative or over-precise figures are refused at their path", () => {
    expectShoulou(() => valueLoyaltyMatrix({ id: "C", volume: -1, loyalty: 1 }, policy), "INVALID_INPUT", ["volume"]);
    expectShoulou(() => valueLoyaltyMatrix({ id: "C", volume: 1, loyalty: "0.12345" }, policy), "INVALID_INPUT", ["loyalty"]);
    expectShoulou(() => valueLoyaltyMatrix({ id: "C", volume: 1, loyalty: 1 }, { ...policy, highLoyaltyFrom: "-1" }), "INVALID_POLICY", ["highLoyaltyFrom"]);
  });
});

describe("SCO-2 credit × selling ability", () => {
  const policy = { goodCreditFrom: "3.5", strongAbilityFrom: "0.1234" };
  it("SCO-2: each cell with its meaning and figures; the thresholds are inclusive", () => {
    expect(creditAbilityMatrix({ id: "P", credit: "3.5", sellingAbility: "0.1234" }, policy)).toEqual({
      id: "P",
      cell: "most-wanted",
      meaning: "good credit and strong selling ability: the most wanted — win more of these (最受欢迎)",
      trace: [{ rule: "SCO-2", fact: "most-wanted", data: { cell: "most-wanted", credit: "3.5", goodCreditFrom: "3.5", sellingAbility: "0.1234", strongAbilityFrom: "0.1234" } }],
    });
    expect(creditAbilityMatrix({ id: "P", credit: 4, sellingAbility: "0.1233" }, policy).meaning).toBe("good credit, weak selling ability: stable but will not grow the business (坐商)");
    expect(creditAbilityMatrix({ id: "P", credit: "3.4999", sellingAbility: 1 }, policy).meaning).toBe("strong selling ability, poor credit: fast growth — leave time to collect payment (信用条件差)");
    expect(creditAbilityMatrix({ id: "P", credit: 0, sellingAbility: 0 }, policy).meaning).toBe("poor credit and weak selling ability: the source does not name it — neither asset");
  });
  it("SCO-2: negative or over-precise ratings are refused at their path", () => {
    expectShoulou(() => creditAbilityMatrix({ id: "P", credit: -1, sellingAbility: 1 }, policy), "INVALID_INPUT", ["credit"]);
    expectShoulou(() => creditAbilityMatrix({ id: "P", credit: 1, sellingAbility: "0.12345" }, policy), "INVALID_INPUT", ["sellingAbility"]);
    expectShoulou(() => creditAbilityMatrix({ id: "P", credit: 1, sellingAbility: 1 }, { ...policy, goodCreditFrom: "-0.5" }), "INVALID_POLICY", ["goodCreditFrom"]);
  });
});

describe("SCO-9 lifetime value", () => {
  it("SCO-9: satisfaction is experience minus expectation, to 4 decimals, and has its own trace step", () => {
    const r = lifetimeValue({ discountRate: "0.1", horizonPeriods: 1, satisfaction: { experience: "3.8765", expectation: "4.5" } });
    expect(r.satisfaction).toBe("-0.6235");
    expect(r.trace[3]).toEqual({ rule: "SCO-9", fact: "satisfaction", data: { experience: "3.8765", expectation: "4.5", satisfaction: "-0.6235" } });
    expect(r.trace).toHaveLength(4);
    expect(lifetimeValue({ discountRate: "0.1", horizonPeriods: 1 }).trace.map((s) => s.fact)).toEqual(["expected-profit", "npv", "lifetime"]);
  });
  it("SCO-9: referrals per period take 4 decimals", () => {
    const r = lifetimeValue({ discountRate: "0", horizonPeriods: 1, referral: { referralsPerPeriod: "0.1234", closeRate: "0.5", profitPerPurchase: 10000 } });
    expect(r.periods).toEqual([{ period: 1, expectedProfit: "617.00", presentValue: "617.00" }]);
    expectShoulou(() => lifetimeValue({ discountRate: "0", horizonPeriods: 1, referral: { referralsPerPeriod: "0.12345", closeRate: "0.5", profitPerPurchase: 1 } }), "INVALID_INPUT", ["referral", "referralsPerPeriod"]);
  });
});

describe("SCO-7 preset sources", () => {
  it("SCO-7: the maintenance preset's dormancy limit cites its source", () => {
    expect(scoringPresetSources.maintenanceSeed002.dormantAfterDays).toBe("《房地产客户跟踪及维护技巧》 (老客户维护标准): 客户维护信息更新间隔超过30天");
  });
});
