import { describe, expect, it } from "vitest";
import { compileFeeSchedule, mortgageSchedule, purchaseFees, purchasePlan, type FeeLineInput, type FeeParameterInput, type FeeScheduleInput, type FeeScheduleVersionInput, type FeeTierInput } from "../../src/fees";
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

/** The refusal's path, message and single issue (with zod's code "custom" for a refinement, else the check's own code). */
function expectRefinement(f: () => unknown, code: "INVALID_SCHEDULE" | "INVALID_INPUT", path: ErrorPath, message: string, issueCode = "custom"): void {
  const e = expectShoulou(f, code, path);
  expect(e.issues).toEqual([{ path, message, code: issueCode }]);
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

// Written against the survivors of the mutation run of 2026-12-01 on src/fees/schema.ts: the
// words and anchors of each field check, the "exactly one of" refinements, the equal-date edges
// of version ranges and VAT rates, and an open-ended version followed by another.

const tieredLine = (tiers: readonly FeeTierInput[]): FeeLineInput => ({ code: "deed", rule: "FEE-NAT-DEED", kind: "tiered", label: { zh: "契税", en: "Deed tax" }, source: "test", tiers });
const withLines = (...lines: FeeLineInput[]) => schedule([{ lines }]);
const linePath = (...rest: (string | number)[]): ErrorPath => ["schedule", "versions", 0, "lines", 0, ...rest];
const note = { zh: "档", en: "Band" };

describe("FEE-SCHEDULE: each field of a schedule is refused with its own words", () => {
  it("FEE-SCHEDULE: a line naming a rule that is not a fee line rule (MORT-1) is refused at its rule, saying which rules a line can name", () => {
    expectRefinement(() => compileFeeSchedule(withLines({ ...line, rule: "MORT-1" as "FEE-1" })), "INVALID_SCHEDULE", linePath("rule"), "must be a fee rule ID of the catalogue that a schedule line can name (FEE-1 … FEE-9, FEE-NAT-…)");
  });

  it("FEE-SCHEDULE: a list under the general item limit (a text parameter's options) takes 100 items, not 101, naming the limit", () => {
    const options = (n: number) => Array.from({ length: n }, (_, i) => `o${i}`);
    expectRefinement(() => compileFeeSchedule(withParameter({ name: "mode", kind: "text", options: options(101), label })), "INVALID_SCHEDULE", paramPath("options"), "at most 100 items", "too_big");
    expect(compileFeeSchedule(withParameter({ name: "mode", kind: "text", options: options(100), label })).versions[0]?.parameters[0]?.options).toHaveLength(100);
  });

  it("FEE-SCHEDULE: a parameter name is camelCase from its first character to its last", () => {
    for (const name of ["1rate", "rate-x", "rate x", "_rate"]) {
      expectRefinement(() => compileFeeSchedule(withParameter({ name, kind: "rate", label })), "INVALID_SCHEDULE", paramPath("name"), "must be a camelCase name", "invalid_format");
    }
    expect(compileFeeSchedule(withParameter({ name: "maintenanceFundPerM2", kind: "money", label })).versions[0]?.parameters[0]?.name).toBe("maintenanceFundPerM2");
  });

  it("FEE-SCHEDULE: a line code is kebab-case from its first character to its last", () => {
    for (const code of ["deed_tax", "deed-tax!", "1deed", "-deed"]) {
      expectRefinement(() => compileFeeSchedule(withLines({ ...line, code })), "INVALID_SCHEDULE", linePath("code"), "must be a kebab-case code", "invalid_format");
    }
    expect(compileFeeSchedule(withLines({ ...line, code: "gas-2nd-connection" })).versions[0]?.lines[0]?.code).toBe("gas-2nd-connection");
  });

  it("FEE-SCHEDULE: a rate default takes up to 12 decimals (3.5% as 0.035), unlike a money default (2 decimals)", () => {
    expect(compileFeeSchedule(withParameter({ name: "rate", kind: "rate", default: "0.035", label })).versions[0]?.parameters[0]?.default).toBe("0.035");
    expect(compileFeeSchedule(withParameter({ name: "rate", kind: "rate", default: "0.000000000001", label })).versions[0]?.parameters[0]?.default).toBe("0.000000000001");
    expectRefinement(() => compileFeeSchedule(withParameter({ name: "fund", kind: "money", default: "0.035", label })), "INVALID_SCHEDULE", paramPath("default"), "the default has more than 2 decimal places");
  });

  it("FEE-CITY: a tier's exceptCities entry that is not a listed city is refused at the entry, pointing to feeCities", () => {
    const s = withLines(tieredLine([{ homeOrdinals: [1], rate: "0.01", exceptCities: ["beijing", "gotham"], note }]));
    expectRefinement(() => compileFeeSchedule(s), "INVALID_SCHEDULE", linePath("tiers", 0, "exceptCities", 1), "must name a known city (see feeCities)");
  });

  it("FEE-NAT-DEED: a tier takes exactly one of rate and rateParameter: both, or neither, is refused at the tier", () => {
    const msg = "a tier needs exactly one of rate or rateParameter";
    expectRefinement(() => compileFeeSchedule(withLines(tieredLine([{ homeOrdinals: [1], rate: "0.01", rateParameter: "localDeedTaxRate", note }]))), "INVALID_SCHEDULE", linePath("tiers", 0), msg);
    expectRefinement(() => compileFeeSchedule(withLines(tieredLine([{ homeOrdinals: [1], rate: "0.01", note }, { homeOrdinals: [2], note }]))), "INVALID_SCHEDULE", linePath("tiers", 1), msg);
  });

  it("FEE-2: a per-area line takes exactly one of perM2 and perM2Parameter: both, or neither, is refused at the line", () => {
    const msg = "a per-area line needs exactly one of perM2 or perM2Parameter";
    const perArea = { code: "fund", rule: "FEE-2", kind: "per-area", label: { zh: "维修基金", en: "Fund" }, source: "test" } as const;
    expectRefinement(() => compileFeeSchedule(withLines({ ...perArea, perM2: "35", perM2Parameter: "fundPerM2" })), "INVALID_SCHEDULE", linePath(), msg);
    expectRefinement(() => compileFeeSchedule(withLines(perArea)), "INVALID_SCHEDULE", linePath(), msg);
  });

  it("FEE-NAT-VAT-BASE: the VAT rates by date are strictly in date order: two rates from one day are refused at generalRates", () => {
    const vat = (generalRates: { from: string; rate: string }[]) => withLines({ ...line, vatExcluded: { vatParameter: "vatAmount", methodParameter: "vatMethod", simplifiedRate: "0.05", generalRates } });
    const msg = "generalRates must be in date order, one rate a date";
    expectRefinement(() => compileFeeSchedule(vat([{ from: "2016-05-01", rate: "0.11" }, { from: "2016-05-01", rate: "0.10" }])), "INVALID_SCHEDULE", linePath("vatExcluded", "generalRates"), msg);
    expectRefinement(() => compileFeeSchedule(vat([{ from: "2018-05-01", rate: "0.10" }, { from: "2016-05-01", rate: "0.11" }])), "INVALID_SCHEDULE", linePath("vatExcluded", "generalRates"), msg);
    expect(compileFeeSchedule(vat([{ from: "2016-05-01", rate: "0.11" }, { from: "2016-05-02", rate: "0.10" }])).versions[0]?.lines[0]).toMatchObject({ vatExcluded: { generalRates: [{ from: "2016-05-01" }, { from: "2016-05-02" }] } });
  });
});

describe("FEE-SCHEDULE: version dates", () => {
  it("FEE-SCHEDULE: a version may be in force for one day (first day = last day), and applies on it", () => {
    const s = compileFeeSchedule(schedule([{ effectiveFrom: "2020-01-01", effectiveTo: "2020-01-01" }]));
    expect(purchaseFees({ price: 100, area: 1, date: "2020-01-01" }, s).schedule).toMatchObject({ version: "v1", effectiveFrom: "2020-01-01", effectiveTo: "2020-01-01" });
  });

  it("FEE-SCHEDULE: a last day before the first day is refused at effectiveTo", () => {
    expectRefinement(() => compileFeeSchedule(schedule([{ effectiveFrom: "2020-01-02", effectiveTo: "2020-01-01" }])), "INVALID_SCHEDULE", ["schedule", "versions", 0, "effectiveTo"], "effectiveTo must not be before effectiveFrom");
  });

  it("FEE-SCHEDULE: a version still in force (no last day) overlaps any later version, in either input order", () => {
    const open = { effectiveFrom: "2020-01-01" };
    const later = { effectiveFrom: "2021-01-01", effectiveTo: "2021-12-31" };
    expectRefinement(() => compileFeeSchedule(schedule([open, later])), "INVALID_SCHEDULE", ["schedule", "versions", 1, "effectiveFrom"], "overlaps version v1");
    expectRefinement(() => compileFeeSchedule(schedule([later, open])), "INVALID_SCHEDULE", ["schedule", "versions", 0, "effectiveFrom"], "overlaps version v2");
  });
});

describe("MORT-INTEREST: the annual rate", () => {
  it("MORT-INTEREST: an annual rate above 100% is refused at annualRatePercent, saying it is percent a year", () => {
    expectRefinement(() => mortgageSchedule({ principal: 300, annualRatePercent: "100.000001", months: 3, method: "equal-principal" }), "INVALID_INPUT", ["annualRatePercent"], "must be at most 100 (percent a year)");
  });
});
