import { describe, expect, it } from "vitest";
import { feeSchedules, purchaseFees, type FeeParameterInput, type FeeScheduleInput, type FeeScheduleVersionInput, type PurchaseFeesInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run on src/fees/schedule-version.ts and
// src/fees/purchase-fees.ts: which version is in force and how the trace says so, how each
// parameter is resolved (defaulted or given, by kind), and the words of every refusal.

const national = feeSchedules.chinaNational;
const label = { zh: "参数", en: "Param" };
const deedLine = { code: "deed-tax", rule: "FEE-1", kind: "percent-of-price", rate: "0.01", label: { zh: "契税", en: "Deed tax" }, source: "test" } as const;

function schedule(versions: readonly Partial<FeeScheduleVersionInput>[]): FeeScheduleInput {
  return {
    id: "custom",
    label: { zh: "自定义", en: "Custom" },
    jurisdiction: "CN-TEST",
    versions: versions.map((v, i) => ({ id: `v${i + 1}`, source: "test", lines: [deedLine], ...v })),
  };
}

const withParameters = (parameters: readonly FeeParameterInput[]) => schedule([{ parameters }]);

/** The FEE-SCHEDULE default-parameter steps and the FEE-CITY steps of a result, in order. */
const parameterSteps = (input: PurchaseFeesInput, s: FeeScheduleInput) =>
  purchaseFees(input, s).trace.filter((t) => t.fact === "default-parameter" || t.rule === "FEE-CITY");

describe("FEE-SCHEDULE: which version, and the trace step that says why", () => {
  it("FEE-SCHEDULE: a dated version with both ends is in force from … to …, both dates in the step", () => {
    const f = purchaseFees({ price: 1000000, area: 100, date: "2020-06-01", parameters: { maintenanceFundPerM2: 100 } }, national);
    expect(f.trace[0]).toEqual({ rule: "FEE-SCHEDULE", fact: "in-force", data: { schedule: "cn-national", version: "cn-2016-02-22", date: "2020-06-01", from: "2016-02-22", to: "2024-11-30" } });
    expect(f.schedule).toEqual({ id: "cn-national", label: { zh: "全国新房购房税费", en: "China national purchase taxes and fees" }, jurisdiction: "CN", version: "cn-2016-02-22", effectiveFrom: "2016-02-22", effectiveTo: "2024-11-30" });
  });

  it("FEE-SCHEDULE: a version still in force (no end) is in force from its first day", () => {
    const f = purchaseFees({ price: 1000000, area: 100, date: "2025-01-10", parameters: { maintenanceFundPerM2: 100 } }, national);
    expect(f.trace[0]).toEqual({ rule: "FEE-SCHEDULE", fact: "in-force-from", data: { schedule: "cn-national", version: "cn-2024-12-01", date: "2025-01-10", from: "2024-12-01" } });
    expect(Object.keys(f.schedule)).toEqual(["id", "label", "jurisdiction", "version", "effectiveFrom"]);
  });

  it("FEE-SCHEDULE: an undated version given a date is undated (it applies on any date), not in force from nothing", () => {
    const f = purchaseFees({ price: 100, area: 1, date: "2020-06-01" }, schedule([{}]));
    expect(f.trace[0]).toEqual({ rule: "FEE-SCHEDULE", fact: "undated", data: { schedule: "custom", version: "v1" } });
    expect(Object.keys(f.schedule)).toEqual(["id", "label", "jurisdiction", "version"]);
  });

  it("FEE-SCHEDULE: a version with only a last day is in force up to it: the step has no first day (null), and its last", () => {
    const s = schedule([{ effectiveTo: "2019-12-31" }, { effectiveFrom: "2020-01-01" }]);
    const f = purchaseFees({ price: 100, area: 1, date: "2019-06-01" }, s);
    expect(f.trace[0]).toEqual({ rule: "FEE-SCHEDULE", fact: "in-force", data: { schedule: "custom", version: "v1", date: "2019-06-01", from: null, to: "2019-12-31" } });
    expect(f.schedule).toEqual({ id: "custom", label: { zh: "自定义", en: "Custom" }, jurisdiction: "CN-TEST", version: "v1", effectiveTo: "2019-12-31" });
  });

  it("FEE-SCHEDULE: no date with several versions is MISSING_PARAMETER at date, naming the schedule and the count", () => {
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 1 }, national), "MISSING_PARAMETER", ["date"]);
    expect(e.message).toBe("MISSING_PARAMETER at date: schedule cn-national has 2 versions: give the date the taxes are due");
  });

  it("FEE-SCHEDULE: a date no version covers is NO_SCHEDULE_IN_FORCE, listing every version's span (… for an open end)", () => {
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 1, date: "2016-02-21" }, national), "NO_SCHEDULE_IN_FORCE", ["date"]);
    expect(e.message).toBe("NO_SCHEDULE_IN_FORCE at date: no version of schedule cn-national is in force on 2016-02-21 (versions: 2016-02-22 to 2024-11-30, 2024-12-01 to …)");
    const gap = schedule([{ effectiveTo: "2019-12-31" }, { effectiveFrom: "2021-01-01" }]);
    const g = expectShoulou(() => purchaseFees({ price: 100, area: 1, date: "2020-06-01" }, gap), "NO_SCHEDULE_IN_FORCE", ["date"]);
    expect(g.message).toBe("NO_SCHEDULE_IN_FORCE at date: no version of schedule custom is in force on 2020-06-01 (versions: … to 2019-12-31, 2021-01-01 to …)");
  });
});

describe("FEE-SCHEDULE: parameters, defaulted or given", () => {
  it("FEE-SCHEDULE: only a default actually used is traced: not a given value, not an empty city, not an absent optional VAT", () => {
    // maintenanceFundPerM2 given; localDeedTaxRate and vatMethod take their defaults; city defaults to "" and vatAmount is absent.
    expect(parameterSteps({ price: 2000000, area: 100, date: "2020-06-01", parameters: { maintenanceFundPerM2: 100 } }, national)).toEqual([
      { rule: "FEE-SCHEDULE", fact: "default-parameter", data: { name: "localDeedTaxRate", value: "0.03" } },
      { rule: "FEE-SCHEDULE", fact: "default-parameter", data: { name: "vatMethod", value: "general" } },
    ]);
  });

  it("FEE-SCHEDULE: every value given (money, rate, text, a listed city): no default step at all", () => {
    const params = { maintenanceFundPerM2: 100, localDeedTaxRate: "0.04", city: "Beijing", vatAmount: 0, vatMethod: "Simplified" };
    expect(parameterSteps({ price: 2000000, area: 100, date: "2020-06-01", parameters: params }, national)).toEqual([
      { rule: "FEE-CITY", fact: "recognised", data: { given: "Beijing", city: { zh: "北京市", en: "Beijing" } } },
    ]);
    expect(parameterSteps({ price: 2000000, area: 100, date: "2020-06-01", parameters: { ...params, city: " OTHER " } }, national)).toEqual([
      { rule: "FEE-CITY", fact: "other", data: { given: "other" } },
    ]);
  });

  it("FEE-CITY: a city's default is traced as a default (a listed city by its code, or other); a text parameter that reads other is no city", () => {
    const s = withParameters([
      { name: "city", kind: "city", default: "上海", label },
      { name: "region", kind: "city", default: "other", label },
      { name: "note", kind: "text", label },
    ]);
    expect(parameterSteps({ price: 100, area: 1, parameters: { note: " Other " } }, s)).toEqual([
      { rule: "FEE-SCHEDULE", fact: "default-parameter", data: { name: "city", value: "shanghai" } },
      { rule: "FEE-CITY", fact: "recognised", data: { given: "上海", city: { zh: "上海市", en: "Shanghai" } } },
      { rule: "FEE-SCHEDULE", fact: "default-parameter", data: { name: "region", value: "other" } },
      { rule: "FEE-CITY", fact: "other", data: { given: "other" } },
    ]);
  });

  it("FEE-SCHEDULE: a rate takes up to 12 decimals (3.5% as 0.035), and 1 (100%) is the most it can be", () => {
    const deed = (localDeedTaxRate: string) =>
      purchaseFees({ price: 2000000, area: 100, date: "2025-01-10", homeOrdinal: 3, parameters: { maintenanceFundPerM2: 100, vatAmount: 0, localDeedTaxRate } }, national).lines[0];
    expect(deed("0.035")).toMatchObject({ amount: "70000.00", basis: "2,000,000.00 without VAT × 3.5% (3rd home or later, local statutory rate)" });
    expect(deed("1")).toMatchObject({ amount: "2000000.00", basis: "2,000,000.00 without VAT × 100% (3rd home or later, local statutory rate)" });
    const e = expectShoulou(() => deed("1.01"), "INVALID_INPUT", ["parameters", "localDeedTaxRate"]);
    expect(e.message).toBe("INVALID_INPUT at parameters.localDeedTaxRate: localDeedTaxRate is a fraction (0.03 = 3%): must be at most 1");
  });

  it("FEE-SCHEDULE: a malformed money value is INVALID_INPUT naming the parameter and what is wrong", () => {
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 1, date: "2020-06-01", parameters: { maintenanceFundPerM2: -1 } }, national), "INVALID_INPUT", ["parameters", "maintenanceFundPerM2"]);
    expect(e.message).toBe("INVALID_INPUT at parameters.maintenanceFundPerM2: maintenanceFundPerM2 must not be negative");
  });

  it("FEE-NAT-VAT-BASE: a VAT method outside its options is INVALID_INPUT listing the options", () => {
    const e = expectShoulou(
      () => purchaseFees({ price: 100, area: 1, date: "2020-06-01", parameters: { maintenanceFundPerM2: 1, vatMethod: "mixed" } }, national),
      "INVALID_INPUT",
      ["parameters", "vatMethod"],
    );
    expect(e.message).toBe("INVALID_INPUT at parameters.vatMethod: vatMethod must be one of: general, simplified");
  });

  it("FEE-SCHEDULE: a text value of 200 characters is taken (trimmed, lower-cased); 201 is OUT_OF_RANGE, naming the limit", () => {
    const s = withParameters([{ name: "note", kind: "text", label }]);
    expect(purchaseFees({ price: 100, area: 1, parameters: { note: "A".repeat(200) } }, s).total).toBe("1.00");
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 1, parameters: { note: "A".repeat(201) } }, s), "OUT_OF_RANGE", ["parameters", "note"]);
    expect(e.message).toBe("OUT_OF_RANGE at parameters.note: note is longer than 200 characters");
  });

  it("FEE-SCHEDULE: a required parameter left out is MISSING_PARAMETER naming it, its label in both languages, and its source when it has one", () => {
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 1, date: "2020-06-01" }, national), "MISSING_PARAMETER", ["parameters", "maintenanceFundPerM2"]);
    expect(e.message).toBe(
      "MISSING_PARAMETER at parameters.maintenanceFundPerM2: schedule version cn-2016-02-22 needs maintenanceFundPerM2 — Local maintenance-fund rate (yuan per m²) (当地维修资金交存标准（元/㎡）); source: 《住宅专项维修资金管理办法》建设部 财政部令第165号 第七条 (5%–8% of local construction cost per m², set locally)",
    );
    const s = withParameters([{ name: "rate", kind: "rate", label }]);
    const f = expectShoulou(() => purchaseFees({ price: 100, area: 1 }, s), "MISSING_PARAMETER", ["parameters", "rate"]);
    expect(f.message).toBe("MISSING_PARAMETER at parameters.rate: schedule version v1 needs rate — Param (参数)");
  });
});

describe("FEE-SCHEDULE: parameters the version does not use", () => {
  it("FEE-SCHEDULE: unused parameters are traced by name in alphabetical order, whatever order they were given in", () => {
    const f = purchaseFees({ price: 100, area: 1, parameters: { zeta: 1, alpha: "x", Mid: 2 } }, withParameters([{ name: "rate", kind: "rate", default: "0.1", label }]));
    expect(f.trace.filter((t) => t.fact === "unused-parameters")).toEqual([{ rule: "FEE-SCHEDULE", fact: "unused-parameters", data: { version: "v1", unused: ["Mid", "alpha", "zeta"], known: ["rate"] } }]);
  });
});
