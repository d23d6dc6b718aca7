import { describe, expect, it } from "vitest";
import { attempt } from "../../src/core/errors";
import { funnelMetrics, lifecycleStage, lifetimeValue } from "../../src/scoring/index";

describe("lifetimeValue", () => {
  it("SCO-9: historical + current + NPV of repeat and referred purchases less direct cost", () => {
    const v = lifetimeValue({
      historicalValue: "30000",
      currentValue: "5000",
      repeat: { probabilityPerPeriod: "0.4", profitPerPurchase: "50000" },
      referral: { referralsPerPeriod: "0.79", closeRate: "0.3", profitPerPurchase: "40000" },
      directCostPerPeriod: "2000",
      discountRate: "0.08",
      horizonPeriods: 3,
    });
    // expected a period: 0.4·50000 + 0.79·0.3·40000 − 2000 = 20000 + 9480 − 2000 = 27480
    expect(v.periods.map((p) => p.expectedProfit)).toEqual(["27480.00", "27480.00", "27480.00"]);
    // 27480/1.08 = 25444.444…, /1.1664 = 23559.670…, /1.259712 = 21814.509…
    expect(v.periods.map((p) => p.presentValue)).toEqual(["25444.44", "23559.67", "21814.51"]);
    expect(v.potentialValue).toBe("70818.62");
    expect(v.lifetimeValue).toBe("105818.62");
  });
  it("SCO-9: satisfaction = experience − expectation; a cost larger than profit makes potential negative", () => {
    const v = lifetimeValue({ directCostPerPeriod: 100, discountRate: 0, horizonPeriods: 2, satisfaction: { experience: 7, expectation: "8.5" } });
    expect([v.potentialValue, v.satisfaction]).toEqual(["-200.00", "-1.5"]);
    const bad = attempt(() => lifetimeValue({ discountRate: "-0.1", horizonPeriods: 1 }));
    expect(bad.ok ? null : [bad.error.code, bad.error.path]).toEqual(["INVALID_INPUT", ["discountRate"]]);
  });
});

describe("lifecycleStage", () => {
  const at = (on: string, kind: "contact" | "qualified" | "disqualified" | "purchase" | "joined-membership" | "referral" | "partnership") => ({ on, kind });
  const asOf = "2024-09-30";
  it("SCO-10: suspect → prospect → disqualified", () => {
    expect(lifecycleStage({ asOf, events: [] }).stage).toBe("suspect");
    expect(lifecycleStage({ asOf, events: [at("2024-09-01", "contact"), at("2024-09-02", "qualified")] }).stage).toBe("prospect");
    expect(lifecycleStage({ asOf, events: [at("2024-09-02", "qualified"), at("2024-09-05", "disqualified")] }).stage).toBe("disqualified");
  });
  it("SCO-10: first-time → repeat → client → member → advocate → partner, or lapsed", () => {
    const p = (n: number) => Array.from({ length: n }, (_, i) => at(`2024-0${i + 1}-01`, "purchase"));
    expect(lifecycleStage({ asOf, events: p(1) }).stage).toBe("first-time-buyer");
    expect(lifecycleStage({ asOf, events: p(2) }).stage).toBe("repeat-buyer");
    expect(lifecycleStage({ asOf, events: p(3) }).stage).toBe("client");
    expect(lifecycleStage({ asOf, events: [...p(1), at("2024-05-01", "joined-membership")] }).stage).toBe("member");
    expect(lifecycleStage({ asOf, events: [...p(1), at("2024-05-01", "referral")] }).stage).toBe("advocate");
    expect(lifecycleStage({ asOf, events: [...p(1), at("2024-05-01", "partnership")] }).stage).toBe("partner");
    expect(lifecycleStage({ asOf, events: [at("2021-01-01", "purchase")] }).stage).toBe("lapsed");
    expect(lifecycleStage({ asOf, events: [at("2021-01-01", "purchase")] }, { lapseAfterDays: 3650 }).stage).toBe("first-time-buyer");
    expect(lifecycleStage({ asOf, events: [at("2025-01-01", "purchase")] }).stage).toBe("suspect");
  });
});

describe("funnelMetrics", () => {
  it("SCO-FUN-1: 《客户链的建立及销售渠道的探索》 — ¥110,000 → 209 calls → 27 deals: ¥526.32, ¥4,074.07, 12.92%", () => {
    const f = funnelMetrics({ spend: "110000", stages: [{ id: "call", count: 209 }, { id: "deal", count: 27 }] });
    expect(f).toMatchObject({ spend: "110000.00", costPerLead: "526.32", costPerDeal: "4074.07", conversion: "0.1292", conversionPercent: "12.92" });
    expect(f.stages[1]).toEqual({ id: "deal", count: 27, costEach: "4074.07", fromPrevious: "0.1292", fromFirst: "0.1292", lost: 182 });
  });
  it("SCO-FUN-1: a zero stage has no cost each; a stage wider than the one before is refused", () => {
    const f = funnelMetrics({ spend: 1000, stages: [{ id: "visit", count: 10 }, { id: "card", count: 4 }, { id: "deal", count: 0 }] });
    expect([f.costPerDeal, f.stages[1]?.costEach, f.stages[1]?.fromPrevious]).toEqual([null, "250.00", "0.4000"]);
    const bad = attempt(() => funnelMetrics({ spend: 1, stages: [{ id: "call", count: 1 }, { id: "deal", count: 2 }] }));
    expect(bad.ok ? null : bad.error.path).toEqual(["stages", 1, "count"]);
  });
});
