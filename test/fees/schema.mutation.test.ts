import { describe, expect, it } from "vitest";
import { compileFeeSchedule, mortgageSchedule, purchaseFees, purchasePlan, type FeeParameterInput, type FeeScheduleInput, type FeeScheduleVersionInput } from "../../src/fees";
import type { ErrorPath } from "../../src/core/errors";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run on src/fees/schema.ts and
// src/fees/compile-schedule.ts: each refinement of a schedule and of a loan is pinned to its
// path, its issue (code "custom") and its words, and the version order to both input orders.

const label = { zh: "参数", en: "Param" };
const line = { code: "deed-tax", rule: "FEE-1", kind: "percent-of-price", rate: "0.01", label: { zh: "契税", en: "Deed tax" }, source: "test" } as const;

function schedule(versions: readonly Partial<FeeScheduleVersionInput>[]): FeeScheduleInput {
  return { id: "custom", label: { zh: "自定义", en: "Custom" }, jurisdiction: "CN-TEST", versions: versions.map((v, i) => ({ id: `v${i + 1}`, source: "test", lines: [line], ...v })) };
}
const withParameter = (p: FeeParameterInput) => schedule([{ parameters: [p] }]);

/** The refusal's path, message and single issue (with zod's code "custom" for a refinement). */
function expectRefinement(f: () => unknown, code: "INVALID_SCHEDULE" | "INVALID_INPUT", path: ErrorPath, message: string): void {
  const e = expectShoulou(f, code, path);
  expect(e.issues).toEqual([{ path, message, code: "custom" }]);
}

const paramPath = (field: string): ErrorPath => ["schedule", "versions", 0, "parameters", 0, field];

describe("FEE-SCHEDULE: a parameter's declaration is checked with the schedule", () => {
  it("FEE-SCHEDULE: only a text parameter takes options", () => {
    expectRefinement(() => compileFeeSchedule(withParameter({ name: "fund", kind: "money", options: ["a"], label })), "INVALID_SCHEDULE", paramPath("options"), "only a text parameter takes options");
    expect(compileFeeSchedule(withParameter({ name: "mode", kind: "text", options: ["a"], default: "a", label })).versions[0]?.parameters[0]?.options).toEqual(["a"]);
  });

  it("FEE-CITY: a city's default must be a listed city, other, or empty", () => {
    expectRefinement(() => compileFeeSchedule(withParameter({ name: "city", kind: "city", default: "gotham", label })), "INVALID_SCHEDULE", paramPath("default"), "the default gotham is not a known city");
    for (const d of ["other", "", "北京", "shanghai"]) {
      expect(compileFeeSchedule(withParameter({ name: "city", kind: "city", default: d, label })).versions[0]?.parameters[0]?.default, d).toBe(d);
    }
  });

  it("FEE-SCHEDULE: a text default must be one of the options", () => {
    expectRefinement(() => compileFeeSchedule(withParameter({ name: "mode", kind: "text", options: ["a", "b"], default: "c", label })), "INVALID_SCHEDULE", paramPath("default"), "the default must be one of the options");
  });

  it("FEE-SCHEDULE: a malformed money default is refused at the default, saying what is wrong", () => {
    expectRefinement(() => compileFeeSchedule(withParameter({ name: "fund", kind: "money", default: "-1", label })), "INVALID_SCHEDULE", paramPath("default"), "the default must not be negative");
  });

  it("FEE-SCHEDULE: a rate default above 1 is refused: a rate is a fraction", () => {
    expectRefinement(() => compileFeeSchedule(withParameter({ name: "rate", kind: "rate", default: "1.5", label })), "INVALID_SCHEDULE", paramPath("default"), "a rate default is a fraction: at most 1");
    expect(compileFeeSchedule(withParameter({ name: "rate", kind: "rate", default: "1", label })).versions[0]?.parameters[0]?.default).toBe("1");
  });

  it("FEE-SCHEDULE: a parameter name declared twice is refused at the repeat, naming it and the version", () => {
    const twice = schedule([{ parameters: [{ name: "rate", kind: "rate", default: "0.1", label }, { name: "rate", kind: "rate", default: "0.2", label }] }]);
    expectRefinement(() => compileFeeSchedule(twice), "INVALID_SCHEDULE", ["schedule", "versions", 0, "parameters", 1, "name"], "name rate appears twice in version v1");
  });
});

describe("FEE-SCHEDULE: versions must not overlap", () => {
  it("FEE-SCHEDULE: a version open at its start (only a last day) sorts first: followed by a later version it is valid, in either order", () => {
    const early = { effectiveTo: "2019-12-31" };
    const late = { effectiveFrom: "2020-01-01" };
    for (const versions of [[early, late], [late, early]]) {
      const s = compileFeeSchedule(schedule(versions));
      expect(s.versions.map((v) => [v.effectiveFrom ?? null, v.effectiveTo ?? null])).toEqual(versions.map((v) => ["effectiveFrom" in v ? v.effectiveFrom : null, "effectiveTo" in v ? v.effectiveTo : null]));
      expect(purchaseFees({ price: 100, area: 1, date: "2019-12-31" }, s).schedule.version).toBe(versions.indexOf(early) === 0 ? "v1" : "v2");
    }
  });

  it("FEE-SCHEDULE: overlapping versions are refused at the later one's first day, naming the earlier", () => {
    const s = schedule([{ effectiveFrom: "2020-01-01", effectiveTo: "2020-12-31" }, { effectiveFrom: "2020-12-31" }]);
    expectRefinement(() => compileFeeSchedule(s), "INVALID_SCHEDULE", ["schedule", "versions", 1, "effectiveFrom"], "overlaps version v1");
  });

  it("FEE-SCHEDULE: a list past its limit is OUT_OF_RANGE at the list, naming the documented limit", () => {
    const many = schedule(Array.from({ length: 101 }, (_, i) => ({ effectiveFrom: `${2000 + i}-01-01`, effectiveTo: `${2000 + i}-06-30` })));
    const e = expectShoulou(() => compileFeeSchedule(many), "OUT_OF_RANGE", ["schedule", "versions"]);
    expect(e.message).toBe("OUT_OF_RANGE at schedule.versions: at most 100 items (a documented schedule limit)");
  });
});

describe("MORT-PREPAY and MORT-LPR: month order and the term", () => {
  const loan = { principal: 300, annualRatePercent: 12, months: 3, method: "equal-principal" } as const;

  it("MORT-PREPAY: a prepayment after the last month is refused at its month, naming the term", () => {
    expectRefinement(
      () => mortgageSchedule({ ...loan, prepayments: [{ month: 5, amount: 1, mode: "reduce-payment" }] }),
      "INVALID_INPUT",
      ["prepayments", 0, "month"],
      "month 5 is after the last of the 3 months",
    );
  });

  it("MORT-PREPAY: prepayments out of month order, or two in one month, are refused at the later one", () => {
    const msg = "must come after the one before (one per month, in month order)";
    expectRefinement(
      () => mortgageSchedule({ ...loan, prepayments: [{ month: 2, amount: 1, mode: "reduce-payment" }, { month: 1, amount: 1, mode: "reduce-payment" }] }),
      "INVALID_INPUT",
      ["prepayments", 1, "month"],
      msg,
    );
    expectRefinement(
      () => mortgageSchedule({ ...loan, prepayments: [{ month: 1, amount: 1, mode: "reduce-payment" }, { month: 1, amount: 1, mode: "reduce-payment" }] }),
      "INVALID_INPUT",
      ["prepayments", 1, "month"],
      msg,
    );
  });

  it("MORT-LPR: a rate change out of order is refused at its fromMonth; inside a plan, under the loan", () => {
    const changes = [{ fromMonth: 3, annualRatePercent: 5 }, { fromMonth: 2, annualRatePercent: 4 }];
    expectRefinement(() => mortgageSchedule({ ...loan, rateChanges: changes }), "INVALID_INPUT", ["rateChanges", 1, "fromMonth"], "must come after the one before (one per month, in month order)");
    expectRefinement(
      () => purchasePlan({ price: 1000, downPaymentRatio: "0.5", loans: [{ kind: "commercial", annualRatePercent: 3, months: 3, method: "equal-principal", rateChanges: changes }] }),
      "INVALID_INPUT",
      ["loans", 0, "rateChanges", 1, "fromMonth"],
      "must come after the one before (one per month, in month order)",
    );
  });
});
