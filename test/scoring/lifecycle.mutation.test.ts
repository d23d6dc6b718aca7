import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { lifecycleStage } from "../../src/scoring/index";

type Kind = "contact" | "qualified" | "disqualified" | "purchase" | "joined-membership" | "referral" | "partnership";
const ev = (on: string, kind: Kind) => ({ on, kind });

describe("SCO-10 lifecycle stage", () => {
  it("SCO-10: a qualified verdict then a later contact is still a prospect", () => {
    const r = lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-01-01", "qualified"), ev("2024-02-01", "contact")] });
    expect(r).toEqual({ stage: "prospect", purchases: 0, referrals: 0, lastEventOn: "2024-02-01", trace: [{ rule: "SCO-10", fact: "prospect", data: { stage: "prospect", purchases: 0, referrals: 0 } }] });
  });
  it("SCO-10: the latest verdict counts, whatever the order given; on the same day disqualified comes after qualified", () => {
    expect(lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-03-01", "disqualified"), ev("2024-01-01", "qualified")] }).stage).toBe("disqualified");
    expect(lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-03-01", "qualified"), ev("2024-01-01", "disqualified")] }).stage).toBe("prospect");
    expect(lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-03-01", "disqualified"), ev("2024-03-01", "qualified")] }).stage).toBe("disqualified");
    expect(lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-03-01", "qualified"), ev("2024-03-01", "disqualified")] }).stage).toBe("disqualified");
    expect(lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-03-01", "contact")] }).stage).toBe("suspect");
  });
  it("SCO-10: the last event is the latest date, whatever the order given", () => {
    const r = lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-05-01", "purchase"), ev("2020-01-01", "contact"), ev("2022-01-01", "contact")] });
    expect([r.stage, r.lastEventOn]).toEqual(["first-time-buyer", "2024-05-01"]);
    expect(r.trace).toEqual([{ rule: "SCO-10", fact: "first-time-buyer", data: { stage: "first-time-buyer", purchases: 1, referrals: 0 } }]);
  });
  it("SCO-10: events after asOf are ignored; an event on asOf counts", () => {
    const r = lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-06-01", "purchase"), ev("2024-06-02", "purchase")] });
    expect([r.stage, r.purchases, r.lastEventOn]).toEqual(["first-time-buyer", 1, "2024-06-01"]);
  });
  it("SCO-10: lapsed after more than 730 days since the last event, not at exactly 730", () => {
    expect(lifecycleStage({ asOf: "2024-06-01", events: [ev("2022-06-02", "purchase")] }).stage).toBe("first-time-buyer");
    const r = lifecycleStage({ asOf: "2024-06-01", events: [ev("2022-06-01", "purchase")] });
    expect(r.trace).toEqual([{ rule: "SCO-10", fact: "lapsed", data: { stage: "lapsed", purchases: 1, referrals: 0, last: "2022-06-01", days: 731, limit: 730 } }]);
  });
  it("SCO-10: repeat buyer from 2 purchases, client from 3, each with its minimum in the trace", () => {
    const buys = (n: number) => Array.from({ length: n }, (_, i) => ev(`2024-0${i + 1}-01`, "purchase"));
    expect(lifecycleStage({ asOf: "2024-06-01", events: buys(2) }).trace[0]?.data).toEqual({ stage: "repeat-buyer", purchases: 2, referrals: 0, min: 2 });
    expect(lifecycleStage({ asOf: "2024-06-01", events: buys(3) }).trace[0]?.data).toEqual({ stage: "client", purchases: 3, referrals: 0, min: 3 });
    expect(lifecycleStage({ asOf: "2024-06-01", events: buys(3) }, { clientPurchases: 4 }).trace[0]?.data).toEqual({ stage: "repeat-buyer", purchases: 3, referrals: 0, min: 2 });
  });
});

describe("SCO-10 refusals", () => {
  it("SCO-10: a bad event is INVALID_INPUT at its path; a bad policy INVALID_POLICY at the option", () => {
    expectShoulou(() => lifecycleStage({ asOf: "2024-06-01", events: [ev("2024-02-30", "contact")] }), "INVALID_INPUT", ["events", 0, "on"]);
    expectShoulou(() => lifecycleStage({ asOf: "2024-06-01", events: [] }, { repeatPurchases: 1 }), "INVALID_POLICY", ["repeatPurchases"]);
  });
});
