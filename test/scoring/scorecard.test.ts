import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { attempt, isShoulouError } from "../../src/core/errors";
import { scoreCustomer, scoreCustomers, scoringPresets, type ScorecardInput } from "../../src/scoring/index";

const card: ScorecardInput = {
  factors: [
    { id: "visits", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 3 } },
    { id: "visits-2", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 3 } },
    { id: "visits-3", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 3 } },
  ],
};


describe("scoreCustomer", () => {
  it("SCO-CARD-1: contributions add up to the score exactly, thirds included", () => {
    const s = scoreCustomer({ id: "C1", visits: 1 }, card);
    // each factor: 33.33 points (1/3 of 100, half-up), weighted mean 33.33
    expect(s.score).toBe("33.33");
    expect(s.lines.map((l) => l.contribution)).toEqual(["11.11", "11.11", "11.11"]);
    const sum = s.lines.reduce((a, l) => a + Math.round(Number(l.contribution) * 100), 0);
    expect(sum).toBe(3333);
  });

  it("SCO-CARD-1: every factor shows value, points, weight, contribution and reason", () => {
    const s = scoreCustomer(
      { id: "C2", asOf: "2024-09-30", visits: 2, lastContactOn: "2024-09-20", budget: 1800000, targetPrice: 2000000, intent: { unitType: true, building: true }, payment: { depositPaid: true }, household: "upgrade", referralsMade: 1 },
      scoringPresets.defaultScorecard,
    );
    const byId = Object.fromEntries(s.lines.map((l) => [l.factor, l]));
    expect(byId["visits"]).toMatchObject({ value: "2", points: "70.00", weight: "15" });
    expect(byId["recency"]).toMatchObject({ value: "10", points: "70.00" });
    expect(byId["budget-fit"]).toMatchObject({ value: "0.9", points: "50.00" });
    expect(byId["intent-clarity"]).toMatchObject({ value: "2", points: "66.67" });
    expect(byId["payment-readiness"]).toMatchObject({ value: "1", points: "60.00" });
    expect(byId["household"]).toMatchObject({ value: "upgrade", points: "80.00" });
    expect(byId["referrals-made"]).toMatchObject({ value: "1", points: "50.00" });
    // (15·70 + 15·70 + 20·50 + 15·66.67 + 20·60 + 10·80 + 5·50) / 100 = 63.5005 → 63.50
    expect(s.score).toBe("63.50");
    expect(s.grade).toBe("b");
    expect(s.lines.map((l) => l.basis)).toEqual(["band", "band", "band", "linear", "band", "category", "linear"]);
    expect(byId["visits"]).toMatchObject({ range: "[2, 3)", note: null });
    // every factor's line is the data of its SCO-CARD-1 step, between the data read and the total
    expect(s.trace.map((t) => [t.rule, t.fact])).toEqual([["SCO-11", "data-read"], ...s.lines.map((l) => ["SCO-CARD-1", l.basis]), ["SCO-CARD-1", "score"], ["SCO-CARD-2", "grade"]]);
    expect(s.trace[1]?.data).toEqual(s.lines[0]);
  });

  it("SCO-CARD-2: the grade is the first whose minimum the score reaches", () => {
    const one: ScorecardInput = { factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 100 } }] };
    expect(scoreCustomer({ id: "a", visits: 80 }, one).grade).toBe("a");
    expect(scoreCustomer({ id: "b", visits: 79 }, one).grade).toBe("b");
    expect(scoreCustomer({ id: "c", visits: 40 }, one).grade).toBe("c");
    expect(scoreCustomer({ id: "d", visits: 0 }, one).grade).toBe("d");
  });

  it("SCO-11: the office's own data (extra.*) and missing values are scored and traced", () => {
    const c: ScorecardInput = {
      factors: [
        { id: "income", measure: "extra.income", weight: 1, scale: { kind: "bands", bands: [{ to: 20000, points: 20 }, { from: 20000, points: 90 }] } },
        { id: "local", measure: "extra.localHukou", weight: 1, scale: { kind: "categories", points: { yes: 100, no: 30 } } },
        { id: "visits", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 3 }, missingPoints: 10 },
      ],
    };
    const s = scoreCustomer({ id: "C3", extra: { income: 35000, localHukou: false } }, c);
    expect(s.lines.map((l) => l.points)).toEqual(["90.00", "30.00", "10.00"]);
    expect(s.score).toBe("43.33");
    expect(s.trace[0]).toMatchObject({ rule: "SCO-11", fact: "data-read", data: { customer: "C3", known: 2, factors: 3 } });
    expect(s.lines.map((l) => l.basis)).toEqual(["band", "category", "missing"]);
  });

  it("SCO-CARD-1: negative weights, overlapping bands and gaps are refused with their path", () => {
    const neg = thrown(() => scoreCustomer({ id: "x" }, { factors: [{ id: "v", measure: "visits", weight: -1, scale: { kind: "linear", min: 0, max: 1 } }] }));
    expect(neg.code).toBe("INVALID_POLICY");
    expect(neg.path).toEqual(["factors", 0, "weight"]);
    const bands = (b: unknown) => ({ factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "bands", bands: b } }] });
    const overlap = thrown(() => scoreCustomer({ id: "x" }, bands([{ to: 3, points: 0 }, { from: 2, points: 100 }]) as ScorecardInput));
    expect(overlap.path).toEqual(["factors", 0, "scale", "bands", 1, "from"]);
    expect(overlap.message).toMatch(/overlap/);
    const gap = thrown(() => scoreCustomer({ id: "x" }, bands([{ to: 2, points: 0 }, { from: 3, points: 100 }]) as ScorecardInput));
    expect(gap.message).toMatch(/gap/);
    const zero = thrown(() => scoreCustomer({ id: "x" }, { factors: [{ id: "v", measure: "visits", weight: 0, scale: { kind: "linear", min: 0, max: 1 } }] }));
    expect(zero.path).toEqual(["factors"]);
    const bad = thrown(() => scoreCustomer({ id: "x", visits: -1 } as never, card));
    expect([bad.code, bad.path]).toEqual(["INVALID_INPUT", ["visits"]]);
    const noDay = thrown(() => scoreCustomer({ id: "x", lastContactOn: "2024-09-01" }, scoringPresets.defaultScorecard));
    expect([noDay.code, noDay.path]).toEqual(["MISSING_PARAMETER", ["asOf"]]);
    expect(isShoulouError(thrown(() => scoreCustomer(null as never, card)))).toBe(true);
  });

  it("SCO-CARD-2: scoreCustomers gives each customer exactly one grade and refuses duplicate ids", () => {
    const r = scoreCustomers([{ id: "a", visits: 3 }, { id: "b", visits: 0 }, { id: "c" }], card);
    expect(r.gradeCounts).toEqual({ a: 1, b: 0, c: 0, d: 2 });
    expect(r.scores.map((s) => s.customerId)).toEqual(["a", "b", "c"]);
    expect(thrown(() => scoreCustomers([{ id: "a" }, { id: "a" }], card)).code).toBe("DUPLICATE");
  });
});

describe("scoreCustomers errors", () => {
  it("SCO-CARD-1: a customer's missing asOf is reported at its index", () => {
    const r = attempt(() => scoreCustomers([{ id: "a", asOf: "2024-09-30", lastContactOn: "2024-09-01" }, { id: "b", lastContactOn: "2024-09-01" }], scoringPresets.defaultScorecard));
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(["MISSING_PARAMETER", [1, "asOf"]]);
  });
});
