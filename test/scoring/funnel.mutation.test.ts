import { describe, expect, it } from "vitest";
import { expectShoulou, thrown } from "../helpers";
import { funnelMetrics } from "../../src/scoring/index";

describe("SCO-FUN-1 funnel figures", () => {
  it("SCO-FUN-1: cost per lead and per deal, conversion and the trace; an equal count is no loss", () => {
    const r = funnelMetrics({ spend: 10000, stages: [{ id: "leads", count: 300 }, { id: "visits", count: 300 }, { id: "deals", count: 7 }] });
    expect(r).toEqual({
      spend: "10000.00",
      costPerLead: "33.33",
      costPerDeal: "1428.57",
      conversion: "0.0233",
      conversionPercent: "2.33",
      stages: [
        { id: "leads", count: 300, costEach: "33.33", fromPrevious: null, fromFirst: "1.0000", lost: 0 },
        { id: "visits", count: 300, costEach: "33.33", fromPrevious: "1.0000", fromFirst: "1.0000", lost: 0 },
        { id: "deals", count: 7, costEach: "1428.57", fromPrevious: "0.0233", fromFirst: "0.0233", lost: 293 },
      ],
      trace: [
        { rule: "SCO-FUN-1", fact: "cost-each", data: { spend: "10000.00", stage: "leads", count: 300, cost: "33.33" } },
        { rule: "SCO-FUN-1", fact: "cost-each", data: { spend: "10000.00", stage: "deals", count: 7, cost: "1428.57" } },
        { rule: "SCO-FUN-1", fact: "conversion", data: { first: 300, last: 7, conversion: "0.0233", lost: 293 } },
      ],
    });
  });
  it("SCO-FUN-1: no deal means no cost per deal, said in the trace", () => {
    const r = funnelMetrics({ spend: "99.99", stages: [{ id: "leads", count: 3 }, { id: "deals", count: 0 }], rateDecimals: 1 });
    expect([r.costPerLead, r.costPerDeal, r.conversion, r.conversionPercent]).toEqual(["33.33", null, "0.0", "0"]);
    expect(r.trace).toEqual([
      { rule: "SCO-FUN-1", fact: "cost-each", data: { spend: "99.99", stage: "leads", count: 3, cost: "33.33" } },
      { rule: "SCO-FUN-1", fact: "no-cost", data: { stage: "deals" } },
      { rule: "SCO-FUN-1", fact: "conversion", data: { first: 3, last: 0, conversion: "0.0", lost: 3 } },
    ]);
  });
});

describe("SCO-FUN-1 refusals", () => {
  const issues = (input: unknown) => {
    const e = thrown(() => funnelMetrics(input as Parameters<typeof funnelMetrics>[0]));
    return { code: e.code, issues: e.issues.map((i) => ({ path: i.path, message: i.message })) };
  };
  it("SCO-FUN-1: a stage larger than the one before, or a stage id used twice, is refused at that stage", () => {
    expect(issues({ spend: 1, stages: [{ id: "leads", count: 3 }, { id: "visits", count: 4 }] })).toEqual({ code: "INVALID_INPUT", issues: [{ path: ["stages", 1, "count"], message: "more than the leads stage before it" }] });
    expect(issues({ spend: 1, stages: [{ id: "leads", count: 3 }, { id: "visits", count: 2 }, { id: "leads", count: 1 }] })).toEqual({ code: "INVALID_INPUT", issues: [{ path: ["stages", 2, "id"], message: "duplicate stage id" }] });
  });
  it("SCO-FUN-1: stage ids are kebab-case", () => {
    expectShoulou(() => funnelMetrics({ spend: 1, stages: [{ id: "Leads", count: 3 }, { id: "deals", count: 1 }] }), "INVALID_INPUT", ["stages", 0, "id"]);
    expectShoulou(() => funnelMetrics({ spend: 1, stages: [{ id: "leads!", count: 3 }, { id: "deals", count: 1 }] }), "INVALID_INPUT", ["stages", 0, "id"]);
  });
});
