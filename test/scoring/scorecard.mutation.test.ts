import { describe, expect, it } from "vitest";
import { expectShoulou, thrown } from "../helpers";
import { scoreCustomer, scoreCustomers, scorecardSchema, type ScorecardInput, type ScoringFactorInput } from "../../src/scoring/index";

const one = (factor: ScoringFactorInput): ScorecardInput => ({ factors: [factor] });
const line = (profile: Parameters<typeof scoreCustomer>[0], factor: ScoringFactorInput) => scoreCustomer(profile, one(factor)).lines[0];
const banded: ScoringFactorInput = {
  id: "visits",
  measure: "visits",
  weight: 1,
  missingPoints: "7",
  scale: { kind: "bands", bands: [{ to: "2", points: "10" }, { from: "2", to: "5", points: "50", reason: "warm" }, { from: "5", points: "100" }] },
};
const row = (value: string | null, points: string, basis: string, range: string | null, note: string | null = null) => ({ value, points, basis, range, note });
const pick = (l: { value: string | null; points: string; basis: string; range: string | null; note: string | null } | undefined) =>
  l && { value: l.value, points: l.points, basis: l.basis, range: l.range, note: l.note };

describe("SCO-CARD-1 a factor's line: points, basis, range and note", () => {
  it("SCO-CARD-1: bands give their points, the band's range and its note; a band's end is exclusive", () => {
    expect(pick(line({ id: "C", visits: 1 }, banded))).toEqual(row("1", "10.00", "band", "[…, 2)"));
    expect(pick(line({ id: "C", visits: 2 }, banded))).toEqual(row("2", "50.00", "band-noted", "[2, 5)", "warm"));
    expect(pick(line({ id: "C", visits: 4 }, banded))).toEqual(row("4", "50.00", "band-noted", "[2, 5)", "warm"));
    expect(pick(line({ id: "C", visits: 5 }, banded))).toEqual(row("5", "100.00", "band", "[5, …)"));
  });
  it("SCO-CARD-1: a value outside every band, a missing value and a text on a numeric scale get the missing points", () => {
    const f: ScoringFactorInput = { ...banded, scale: { kind: "bands", bands: [{ from: "1", to: "2", points: "60" }] } };
    expect(pick(line({ id: "C", visits: 0 }, f))).toEqual(row("0", "7.00", "outside-bands", null));
    expect(pick(line({ id: "C", visits: 2 }, f))).toEqual(row("2", "7.00", "outside-bands", null));
    expect(pick(line({ id: "C", visits: 1 }, f))).toEqual(row("1", "60.00", "band", "[1, 2)"));
    expect(pick(line({ id: "C" }, f))).toEqual(row(null, "7.00", "missing", null));
    const x: ScoringFactorInput = { ...f, id: "x", measure: "extra.x" };
    expect(pick(line({ id: "C", extra: { x: "many" } }, x))).toEqual(row("many", "7.00", "not-a-number", null));
    expect(pick(line({ id: "C", extra: { x: true } }, x))).toEqual(row("yes", "7.00", "not-a-number", null));
    expect(pick(line({ id: "C", extra: { x: false } }, x))).toEqual(row("no", "7.00", "not-a-number", null));
    expect(pick(line({ id: "C", extra: { y: 1 } }, x))).toEqual(row(null, "7.00", "missing", null));
  });
  it("SCO-CARD-1: without missingPoints a missing value gives 0.00", () => {
    const { missingPoints: _, ...f } = banded;
    expect(pick(line({ id: "C" }, f))).toEqual(row(null, "0.00", "missing", null));
  });
  it("SCO-CARD-1: a linear scale gives its floor at min, its ceiling at max, and exact half-up points between", () => {
    const f: ScoringFactorInput = { id: "v", measure: "visits", weight: 1, scale: { kind: "linear", min: "1", max: "5", minPoints: "20", maxPoints: "60" } };
    expect(pick(line({ id: "C", visits: 0 }, f))).toEqual(row("0", "20.00", "floor", "1…5"));
    expect(pick(line({ id: "C", visits: 1 }, f))).toEqual(row("1", "20.00", "floor", "1…5"));
    expect(pick(line({ id: "C", visits: 2 }, f))).toEqual(row("2", "30.00", "linear", "1…5"));
    expect(pick(line({ id: "C", visits: 4 }, f))).toEqual(row("4", "50.00", "linear", "1…5"));
    expect(pick(line({ id: "C", visits: 5 }, f))).toEqual(row("5", "60.00", "ceiling", "1…5"));
    expect(pick(line({ id: "C", visits: 6 }, f))).toEqual(row("6", "60.00", "ceiling", "1…5"));
    const g: ScoringFactorInput = { id: "v", measure: "visits", weight: 1, scale: { kind: "linear", min: "0", max: "3" } };
    expect(pick(line({ id: "C", visits: 1 }, g))).toEqual(row("1", "33.33", "linear", "0…3"));
    expect(pick(line({ id: "C", visits: 2 }, g))).toEqual(row("2", "66.67", "linear", "0…3"));
    expect(pick(line({ id: "C", visits: 3 }, g))).toEqual(row("3", "100.00", "ceiling", "0…3"));
  });
  it("SCO-CARD-1: linear points stay exact on the widest scale (products past 2^53)", () => {
    const f: ScoringFactorInput = { id: "x", measure: "extra.x", weight: 1, scale: { kind: "linear", min: "-999999999.9999", max: "999999999.9999" } };
    // (−227757064.5147 + 999999999.9999) ÷ 1999999999.9998 × 100 = 38.6121…, half-up 38.61
    expect(pick(line({ id: "C", extra: { x: -227757064.5147 } }, f))).toEqual(row("-227757064.5147", "38.61", "linear", "-999999999.9999…999999999.9999"));
    expect(pick(line({ id: "C", extra: { x: -806690260.6506 } }, f))).toEqual(row("-806690260.6506", "9.67", "linear", "-999999999.9999…999999999.9999"));
  });
  it("SCO-CARD-1: categories give their points, anything else the otherwise points; numbers match by their text", () => {
    const h: ScoringFactorInput = { id: "h", measure: "household", weight: 1, scale: { kind: "categories", points: { upgrade: "80" }, otherwise: "5" } };
    expect(pick(line({ id: "C", household: "upgrade" }, h))).toEqual(row("upgrade", "80.00", "category", null));
    expect(pick(line({ id: "C", household: "other" }, h))).toEqual(row("other", "5.00", "otherwise", null));
    const v: ScoringFactorInput = { id: "v", measure: "visits", weight: 1, scale: { kind: "categories", points: { "2": "40" } } };
    expect(pick(line({ id: "C", visits: 2 }, v))).toEqual(row("2", "40.00", "category", null));
    expect(pick(line({ id: "C", visits: 3 }, v))).toEqual(row("3", "0.00", "otherwise", null));
  });
  it("SCO-CARD-1: measured numbers show as canonical decimals, negatives and zero included", () => {
    const x: ScoringFactorInput = { id: "x", measure: "extra.x", weight: 1, scale: { kind: "bands", bands: [{ from: "-5", to: "0", points: "1" }, { from: "0", points: "2" }] } };
    expect(pick(line({ id: "C", extra: { x: -1.5 } }, x))).toEqual(row("-1.5", "1.00", "band", "[-5, 0)"));
    expect(pick(line({ id: "C", extra: { x: 0 } }, x))).toEqual(row("0", "2.00", "band", "[0, …)"));
    expect(pick(line({ id: "C", extra: { x: 0.05 } }, x))).toEqual(row("0.05", "2.00", "band", "[0, …)"));
    expect(pick(line({ id: "C", extra: { x: 12.0001 } }, x))).toEqual(row("12.0001", "2.00", "band", "[0, …)"));
    expect(pick(line({ id: "C", extra: { x: -0.0001 } }, x))).toEqual(row("-0.0001", "1.00", "band", "[-5, 0)"));
  });
  it("SCO-11: counts and yes/no data are measured exactly", () => {
    const lin = (measure: string): ScoringFactorInput => ({ id: "m", measure, weight: 1, scale: { kind: "linear", min: "0", max: "100" } });
    expect(line({ id: "C", intent: { unitType: true, building: true, floor: true } }, lin("intent-clarity"))?.value).toBe("3");
    expect(line({ id: "C", intent: { floor: true } }, lin("intent-clarity"))?.value).toBe("1");
    expect(line({ id: "C", payment: { depositPaid: true, fullPayment: true } }, lin("payment-readiness"))?.value).toBe("2");
    expect(line({ id: "C", payment: { depositPaid: true, mortgagePreApproved: true } }, lin("payment-readiness"))?.value).toBe("2");
    expect(line({ id: "C", payment: { depositPaid: false, fullPayment: true } }, lin("payment-readiness"))?.value).toBe("1");
    expect(line({ id: "C", payment: {} }, lin("payment-readiness"))?.value).toBe("0");
    expect(line({ id: "C", referralsMade: 4 }, lin("referrals-made"))?.value).toBe("4");
    expect(line({ id: "C", budget: 1800000, targetPrice: 2000000 }, lin("budget-fit"))?.value).toBe("0.9");
    expect(line({ id: "C", budget: 1800000 }, lin("budget-fit"))?.value).toBe(null);
    expect(line({ id: "C", targetPrice: 2000000 }, lin("budget-fit"))?.value).toBe(null);
    expect(scoreCustomer({ id: "C", budget: 1000000 }, { factors: [lin("budget-fit")], budgetReference: "800000" }).lines[0]?.value).toBe("1.25");
  });
  it("SCO-11: days since contact: same day is 0, a contact after asOf is refused at lastContactOn", () => {
    const f: ScoringFactorInput = { id: "d", measure: "days-since-contact", weight: 1, scale: { kind: "linear", min: "0", max: "30", minPoints: "100", maxPoints: "0" } };
    expect(pick(line({ id: "C", asOf: "2024-09-30", lastContactOn: "2024-09-30" }, f))).toEqual(row("0", "100.00", "floor", "0…30"));
    expect(pick(line({ id: "C", asOf: "2024-09-30", lastContactOn: "2024-09-20" }, f))).toEqual(row("10", "66.67", "linear", "0…30"));
    const e = expectShoulou(() => scoreCustomer({ id: "C", asOf: "2024-09-30", lastContactOn: "2024-10-01" }, one(f)), "INVALID_INPUT", ["lastContactOn"]);
    expect(e.message).toBe("INVALID_INPUT at lastContactOn: the last contact is after asOf");
    const m = expectShoulou(() => scoreCustomer({ id: "C", lastContactOn: "2024-10-01" }, one(f)), "MISSING_PARAMETER", ["asOf"]);
    expect(m.message).toBe("MISSING_PARAMETER at asOf: days-since-contact needs the profile's asOf date");
  });
  it("SCO-11: a batch shares day numbers across customers and still measures each one's own dates", () => {
    const f: ScoringFactorInput = { id: "d", measure: "days-since-contact", weight: 1, scale: { kind: "linear", min: "0", max: "100" } };
    const r = scoreCustomers(
      [
        { id: "A", asOf: "2024-09-30", lastContactOn: "2024-09-20" },
        { id: "B", asOf: "2024-09-30", lastContactOn: "2024-09-20" },
        { id: "C", asOf: "2024-10-30", lastContactOn: "2024-09-30" },
      ],
      one(f),
    );
    expect(r.scores.map((s) => s.lines[0]?.value)).toEqual(["10", "10", "30"]);
    expect(r.scores.map((s) => s.score)).toEqual(["10.00", "10.00", "30.00"]);
  });
});

const cat = (id: string, weight: number): ScoringFactorInput => ({ id, measure: `extra.${id}`, weight, scale: { kind: "categories", points: { a: "10", b: "0" } } });

describe("SCO-CARD-1 contributions split the score by largest remainder", () => {
  it("SCO-CARD-1: a tie between the first two factors goes to the earlier one", () => {
    const s = scoreCustomer({ id: "C", extra: { x: "a", y: "a", z: "b" } }, { factors: [cat("x", 1), cat("y", 1), cat("z", 1)] });
    expect(s.score).toBe("6.67");
    expect(s.lines.map((l) => l.contribution)).toEqual(["3.34", "3.33", "0.00"]);
  });
  it("SCO-CARD-1: three leftover hundredths go to the three largest remainders", () => {
    const s = scoreCustomer({ id: "C", extra: { w: "a", x: "a", y: "a", z: "a" } }, { factors: [cat("w", 1), cat("x", 3), cat("y", 7), cat("z", 2)] });
    expect(s.score).toBe("10.00");
    // exact shares 0.769…, 2.307…, 5.384…, 1.538…: floors 0.76, 2.30, 5.38, 1.53 and the three extra hundredths to w, z, x
    expect(s.lines.map((l) => l.contribution)).toEqual(["0.77", "2.31", "5.38", "1.54"]);
  });
  it("SCO-CARD-1: shares that divide exactly get no extra hundredth", () => {
    const s = scoreCustomer({ id: "C", extra: { x: "a", y: "a" } }, { factors: [cat("x", 1), cat("y", 3)] });
    expect(s.score).toBe("10.00");
    expect(s.lines.map((l) => l.contribution)).toEqual(["2.50", "7.50"]);
  });
  it("SCO-CARD-1: when every factor gives 0 points, every contribution is 0.00", () => {
    const s = scoreCustomer({ id: "C", extra: { x: "b", y: "b" } }, { factors: [cat("x", 1), cat("y", 2)] });
    expect(s.score).toBe("0.00");
    expect(s.lines.map((l) => l.contribution)).toEqual(["0.00", "0.00"]);
  });
});

describe("SCO-CARD-2 grades and the trace", () => {
  it("SCO-CARD-2: the grade is the first whose minimum the score reaches; the trace names it and its minimum", () => {
    const card: ScorecardInput = { factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "linear", min: "0", max: "100" } }], grades: [{ grade: "hot", minScore: "60" }, { grade: "cold", minScore: "0" }] };
    const at = (visits: number) => scoreCustomer({ id: "C", visits }, card);
    expect(at(60).grade).toBe("hot");
    expect(at(59).grade).toBe("cold");
    const s = at(60);
    const summary = { customer: "C", known: 1, factors: 1, score: "60.00", grade: "hot", min: "60" };
    expect(s.trace).toEqual([
      { rule: "SCO-11", fact: "data-read", data: summary },
      { rule: "SCO-CARD-1", fact: "linear", data: { factor: "v", measure: "visits", value: "60", points: "60.00", weight: "1", contribution: "60.00", basis: "linear", range: "0…100", note: null } },
      { rule: "SCO-CARD-1", fact: "score", data: summary },
      { rule: "SCO-CARD-2", fact: "grade", data: summary },
    ]);
    expect(at(59).trace[0]?.data).toEqual({ ...summary, score: "59.00", grade: "cold", min: "0" });
    expect(scoreCustomer({ id: "C" }, card).trace[0]?.data).toEqual({ ...summary, known: 0, score: "0.00", grade: "cold", min: "0" });
  });
  it("SCO-CARD-2: the default grades are a ≥ 80, b ≥ 60, c ≥ 40, d ≥ 0 and the default id is scorecard", () => {
    const parsed = scorecardSchema.parse({ factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "linear", min: "0", max: "1" } }] });
    expect(parsed.id).toBe("scorecard");
    expect(parsed.grades).toEqual([
      { grade: "a", minScore: "80" },
      { grade: "b", minScore: "60" },
      { grade: "c", minScore: "40" },
      { grade: "d", minScore: "0" },
    ]);
    expect(parsed.factors[0]?.missingPoints).toBe("0");
    expect(parsed.factors[0]?.scale).toEqual({ kind: "linear", min: "0", max: "1", minPoints: "0", maxPoints: "100" });
    const c = scorecardSchema.parse({ factors: [{ id: "h", measure: "household", weight: 1, scale: { kind: "categories", points: { upgrade: "1" } } }] });
    expect(c.factors[0]?.scale).toEqual({ kind: "categories", points: { upgrade: "1" }, otherwise: "0" });
  });
});

const refusal = (card: unknown) => {
  const e = thrown(() => scoreCustomer({ id: "C", visits: 1 }, card as ScorecardInput));
  return { code: e.code, issues: e.issues.map((i) => ({ path: i.path, message: i.message })) };
};
const bands = (b: unknown[]) => ({ factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "bands", bands: b } }] });
const at = (...p: (string | number)[]) => ["factors", 0, "scale", "bands", ...p];

describe("SCO-CARD-1 scorecard refusals: bands", () => {
  it("SCO-CARD-1: a band that ends where it starts is refused at its end", () => {
    expect(refusal(bands([{ from: "2", to: "2", points: "1" }, { from: "2", points: "1" }]))).toEqual({
      code: "INVALID_POLICY",
      issues: [{ path: at(0, "to"), message: "a band must end above where it starts" }],
    });
    expect(refusal(bands([{ from: "3", to: "2", points: "1" }]))).toEqual({ code: "INVALID_POLICY", issues: [{ path: at(0, "to"), message: "a band must end above where it starts" }] });
    expect(scoreCustomer({ id: "C", visits: 2 }, bands([{ from: "2", to: "2.0001", points: "1" }]) as ScorecardInput).score).toBe("1.00");
  });
  it("SCO-CARD-1: band ends compare exactly across signs, integer lengths and decimals", () => {
    const ok = (from: string, to: string) => expect(scorecardSchema.parse(bands([{ from, to, points: "1" }])).factors[0]?.scale).toEqual({ kind: "bands", bands: [{ from, to, points: "1" }] });
    const bad = (from: string, to: string) => expect(refusal(bands([{ from, to, points: "1" }])).issues).toEqual([{ path: at(0, "to"), message: "a band must end above where it starts" }]);
    ok("-1", "1");
    bad("1", "-1");
    ok("-3", "-2");
    bad("-2", "-3");
    ok("-10", "-2");
    bad("-2", "-10");
    ok("2", "10");
    bad("10", "2");
    ok("1.2", "1.5");
    bad("1.5", "1.2");
    ok("1.2", "1.25");
    bad("1.25", "1.2");
    ok("-1.25", "-1.2");
    bad("-1.2", "-1.25");
  });
  it("SCO-CARD-1: only the first band may be open below and only the last open above", () => {
    expect(refusal(bands([{ to: "2", points: "1" }, { points: "1" }, { from: "4", points: "5" }]))).toEqual({
      code: "INVALID_POLICY",
      issues: [
        { path: at(1, "from"), message: "only the first band may be open below" },
        { path: at(1, "to"), message: "only the last band may be open above" },
      ],
    });
  });
  it("SCO-CARD-1: a gap or an overlap between bands is refused at the later band's start", () => {
    expect(refusal(bands([{ to: "2", points: "1" }, { from: "3", points: "1" }]))).toEqual({ code: "INVALID_POLICY", issues: [{ path: at(1, "from"), message: "gap: the previous band ends at 2" }] });
    expect(refusal(bands([{ to: "2", points: "1" }, { from: "1", points: "1" }]))).toEqual({ code: "INVALID_POLICY", issues: [{ path: at(1, "from"), message: "overlap: the previous band ends at 2" }] });
  });
  it("SCO-CARD-1: points above 100 are refused with their own message; 100 is accepted", () => {
    expect(refusal(bands([{ points: "100.01" }]))).toEqual({ code: "INVALID_POLICY", issues: [{ path: at(0, "points"), message: "points must be at most 100" }] });
    expect(scoreCustomer({ id: "C", visits: 1 }, bands([{ points: "100" }]) as ScorecardInput).score).toBe("100.00");
  });
  it("SCO-CARD-1: a linear scale whose max is not above its min is refused at max", () => {
    const lin = (min: string, max: string) => ({ factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "linear", min, max } }] });
    expect(refusal(lin("3", "3"))).toEqual({ code: "INVALID_POLICY", issues: [{ path: ["factors", 0, "scale", "max"], message: "max must be above min" }] });
    expect(refusal(lin("4", "3"))).toEqual({ code: "INVALID_POLICY", issues: [{ path: ["factors", 0, "scale", "max"], message: "max must be above min" }] });
  });
});

describe("SCO-CARD-1 scorecard refusals: factors and grades", () => {
  const f = (id: string, weight: number | string = 1) => ({ id, measure: "visits", weight, scale: { kind: "linear", min: "0", max: "1" } });
  it("SCO-CARD-1: a factor id used twice is refused at the second one", () => {
    expect(refusal({ factors: [f("v"), f("w"), f("v")] })).toEqual({ code: "INVALID_POLICY", issues: [{ path: ["factors", 2, "id"], message: "duplicate factor id v" }] });
  });
  it("SCO-CARD-1: all weights 0 is refused at factors; one weight above 0 is enough", () => {
    expect(refusal({ factors: [f("v", 0), f("w", "0")] })).toEqual({ code: "INVALID_POLICY", issues: [{ path: ["factors"], message: "at least one weight must be above 0" }] });
    expect(scoreCustomer({ id: "C", visits: 1 }, { factors: [f("v", 0), f("w", 2)] } as ScorecardInput).score).toBe("100.00");
  });
  it("SCO-CARD-1: factor ids and measures must be kebab-case and known", () => {
    expect(refusal({ factors: [f("Visits")] })).toEqual({ code: "INVALID_POLICY", issues: [{ path: ["factors", 0, "id"], message: "must be a kebab-case id" }] });
    expect(refusal({ factors: [f("v-")].map((x) => ({ ...x, id: "v!" })) }).issues[0]?.path).toEqual(["factors", 0, "id"]);
    expect(refusal({ factors: [f("1v")] }).issues[0]?.path).toEqual(["factors", 0, "id"]);
    expect(refusal({ factors: [{ ...f("v"), measure: "extra.a b" }] }).issues.map((i) => i.path)).toContainEqual(["factors", 0, "measure"]);
    expect(refusal({ factors: [{ ...f("v"), measure: "my.extra.a" }] }).issues.map((i) => i.path)).toContainEqual(["factors", 0, "measure"]);
    expect(scoreCustomer({ id: "C", extra: { a: 1 } }, { factors: [{ ...f("v"), measure: "extra.a" }] } as ScorecardInput).score).toBe("100.00");
  });
  it("SCO-CARD-2: grades must go down and the last must start at 0", () => {
    const g = (grades: unknown[]) => ({ factors: [f("v")], grades });
    expect(refusal(g([{ grade: "a", minScore: "50" }, { grade: "b", minScore: "50" }, { grade: "c", minScore: "0" }]))).toEqual({
      code: "INVALID_POLICY",
      issues: [{ path: ["grades", 1, "minScore"], message: "grades go from the highest minimum score down" }],
    });
    expect(refusal(g([{ grade: "a", minScore: "50" }, { grade: "b", minScore: "60" }, { grade: "c", minScore: "0" }])).issues).toEqual([
      { path: ["grades", 1, "minScore"], message: "grades go from the highest minimum score down" },
    ]);
    expect(refusal(g([{ grade: "a", minScore: "50" }, { grade: "b", minScore: "10" }]))).toEqual({
      code: "INVALID_POLICY",
      issues: [{ path: ["grades", 1, "minScore"], message: "the last grade must start at 0" }],
    });
    expect(refusal(g([{ grade: "A", minScore: "0" }])).issues[0]?.path).toEqual(["grades", 0, "grade"]);
    expect(refusal(g([{ grade: "a!", minScore: "0" }])).issues[0]?.path).toEqual(["grades", 0, "grade"]);
    expect(refusal(g([{ grade: "aB", minScore: "0" }])).issues[0]?.path).toEqual(["grades", 0, "grade"]);
  });
  it("SCO-CARD-1: the budget reference must be a positive amount", () => {
    expect(refusal({ factors: [f("v")], budgetReference: "0" }).issues[0]?.path).toEqual(["budgetReference"]);
    expect(refusal({ factors: [f("v")], budgetReference: "-1" }).issues[0]?.path).toEqual(["budgetReference"]);
    expect(refusal({ factors: [f("v")], budgetReference: "1.001" }).issues[0]?.path).toEqual(["budgetReference"]);
  });
  it("SCO-CARD-1: points are decimals with at most 2 places and bounds at most 4", () => {
    expect(refusal(bands([{ points: "1.001" }])).issues[0]?.path).toEqual(at(0, "points"));
    expect(refusal(bands([{ points: "-1" }])).issues[0]?.path).toEqual(at(0, "points"));
    expect(refusal(bands([{ to: "1.00001", points: "1" }, { from: "1.00001", points: "1" }])).issues[0]?.path).toEqual(at(0, "to"));
    expect(scoreCustomer({ id: "C", visits: 1 }, bands([{ to: "-1.5", points: "1" }, { from: "-1.5", points: "2" }]) as ScorecardInput).score).toBe("2.00");
  });
});

describe("SCO-11 profile data refusals", () => {
  const card: ScorecardInput = { factors: [{ id: "h", measure: "household", weight: 1, scale: { kind: "categories", points: { "first-home": "90", investment: "20", upgrade: "60" } } }] };
  it("SCO-11: every household type of the profile is read", () => {
    expect(scoreCustomer({ id: "C", household: "first-home" }, card).score).toBe("90.00");
    expect(scoreCustomer({ id: "C", household: "investment" }, card).score).toBe("20.00");
    expect(scoreCustomer({ id: "C", household: "upgrade" }, card).score).toBe("60.00");
  });
  it("SCO-11: extra numbers take at most 4 decimals and 9 digits before the point, refused with that message", () => {
    expect(scoreCustomer({ id: "C", extra: { x: 123456789.1234 } }, card).lines[0]?.value).toBe(null);
    for (const x of [0.12345, 1234567890]) {
      const e = thrown(() => scoreCustomer({ id: "C", extra: { x } }, card));
      expect([e.code, e.path, e.issues.map((i) => i.message)]).toEqual(["INVALID_INPUT", ["extra", "x"], ["must have at most 4 decimals and 9 digits before the point"]]);
    }
  });
  it("SCO-11: extra keys are letters, digits, _ and -; extra texts are not empty", () => {
    expectShoulou(() => scoreCustomer({ id: "C", extra: { "a b": 1 } }, card), "INVALID_INPUT", ["extra", "a b"]);
    expectShoulou(() => scoreCustomer({ id: "C", extra: { "!a": 1 } }, card), "INVALID_INPUT", ["extra", "!a"]);
    expectShoulou(() => scoreCustomer({ id: "C", extra: { "a!": 1 } }, card), "INVALID_INPUT", ["extra", "a!"]);
    expectShoulou(() => scoreCustomer({ id: "C", extra: { a: "" } }, card), "INVALID_INPUT", ["extra", "a"]);
    expect(scoreCustomer({ id: "C", extra: { "a_B-9": "many" } }, card).score).toBe("0.00");
  });
});
