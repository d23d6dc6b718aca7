import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { isShoulouError } from "../../src/core/errors";
import { explainStep } from "../../src/core/explain";
import { feeSchedules, purchaseFees, type FeeScheduleInput, type PurchaseFeesInput } from "../../src/fees";
import { expectShoulou, fenOf, frozenCopy } from "../helpers";

const seed = feeSchedules.changzhouOlympicGarden;
const national = feeSchedules.chinaNational;
const seedHome: PurchaseFeesInput = { price: 1000000, area: 100 };

const line = (input: PurchaseFeesInput, schedule: FeeScheduleInput, rule: string) => {
  const l = purchaseFees(input, schedule).lines.find((x) => x.rule === rule);
  if (!l) throw new Error(`no ${rule} line`);
  return l;
};
/** The national deed-tax line on a date, on a price whose invoice shows no VAT (so the base is the whole 2,000,000). */
const deed = (date: string, area: string | number, homeOrdinal = 1, parameters: Record<string, string | number> = {}) => {
  const fees = purchaseFees({ price: 2000000, area, date, homeOrdinal, parameters: { maintenanceFundPerM2: 100, vatAmount: 0, ...parameters } }, national);
  const d = fees.lines.find((l) => l.code === "deed-tax");
  if (!d) throw new Error("no deed-tax line");
  return d;
};

/** A one-version schedule with the given lines (each a partial line merged over a base). */
function customSchedule(lines: readonly Record<string, unknown>[], extra: Record<string, unknown> = {}): FeeScheduleInput {
  return {
    id: "custom",
    label: { zh: "自定义", en: "Custom" },
    jurisdiction: "CN-TEST",
    versions: [{ id: "v1", source: "test", ...extra, lines: lines.map((l) => ({ code: "x", label: { zh: "项", en: "Item" }, source: "test", ...l })) }],
  } as unknown as FeeScheduleInput;
}

describe("seed sheet: 常州奥林匹克花园, price 1,000,000 and area 100", () => {
  const fees = purchaseFees(seedHome, seed);
  const amountOf = (rule: string) => fees.lines.find((l) => l.rule === rule)?.amount;

  it("FEE-1: deed tax 2% of the total price = 20,000.00", () => {
    expect(amountOf("FEE-1")).toBe("20000.00");
    expect(fees.lines[0]).toMatchObject({ code: "deed-tax", rule: "FEE-1", label: { zh: "契税", en: "Deed tax" }, basis: "1,000,000.00 × 2%", amount: "20000.00" });
  });
  it("FEE-2: maintenance fund ¥35 × 100 m² = 3,500.00", () => {
    expect(amountOf("FEE-2")).toBe("3500.00");
    expect(fees.lines.find((l) => l.rule === "FEE-2")?.basis).toContain("100.00 m²");
  });
  it("FEE-3: registration agency fee ¥200 per unit, × units", () => {
    expect(amountOf("FEE-3")).toBe("200.00");
    expect(line({ ...seedHome, units: 3 }, seed, "FEE-3").amount).toBe("600.00");
  });
  it("FEE-4: stamp duty 0.3‰ of the price = 300.00", () => {
    expect(amountOf("FEE-4")).toBe("300.00");
    expect(fees.lines.find((l) => l.rule === "FEE-4")?.basis).toBe("1,000,000.00 × 0.03%");
  });
  it("FEE-5: title registration 0.15% of the price = 1,500.00", () => {
    expect(amountOf("FEE-5")).toBe("1500.00");
    expect(fees.lines.find((l) => l.rule === "FEE-5")?.basis).toBe("1,000,000.00 × 0.15%");
  });
  it("FEE-6: cable TV ¥350 per household", () => {
    expect(amountOf("FEE-6")).toBe("350.00");
    expect(line({ ...seedHome, households: 2 }, seed, "FEE-6").amount).toBe("700.00");
  });
  it("FEE-7: gas pipeline construction ¥900 per household", () => {
    expect(amountOf("FEE-7")).toBe("900.00");
    expect(line({ ...seedHome, households: 2 }, seed, "FEE-7").amount).toBe("1800.00");
  });
  it("FEE-8: gas connection ¥2,400 per household", () => {
    expect(amountOf("FEE-8")).toBe("2400.00");
    expect(line({ ...seedHome, households: 3 }, seed, "FEE-8").amount).toBe("7200.00");
  });
  it("FEE-9: telephone connection ¥308 per household; the nine lines total 29,458.00", () => {
    expect(amountOf("FEE-9")).toBe("308.00");
    expect(fees.lines.map((l) => l.rule)).toEqual(["FEE-1", "FEE-2", "FEE-3", "FEE-4", "FEE-5", "FEE-6", "FEE-7", "FEE-8", "FEE-9"]);
    expect(fees.lines.map((l) => l.amount)).toEqual(["20000.00", "3500.00", "200.00", "300.00", "1500.00", "350.00", "900.00", "2400.00", "308.00"]);
    expect(fees.total).toBe("29458.00");
    expect(fees.currency).toBe("CNY");
    expect(fees.schedule).toEqual({ id: "changzhou-olympic-garden", label: seed.label, jurisdiction: "CN-JS-Changzhou", version: "sheet" });
  });
  it("every line names its source and the trace names every rule applied", () => {
    for (const l of fees.lines) expect(l.source).toContain("《房地产销售现场管理关系客户购买须知》篇2 认购须知 §四");
    const rules = fees.trace.map((s) => s.rule);
    for (const r of ["FEE-SCHEDULE", "FEE-AREA", "FEE-1", "FEE-2", "FEE-3", "FEE-4", "FEE-5", "FEE-6", "FEE-7", "FEE-8", "FEE-9", "CORE-ROUND"]) expect(rules).toContain(r);
    expect(rules.at(-1)).toBe("CORE-ROUND");
  });
  it("CORE-ROUND: each line is rounded half-up once; the total is the sum of the rounded lines", () => {
    const f = purchaseFees({ price: 50, area: "0.01" }, seed);
    expect(f.lines.find((l) => l.rule === "FEE-4")?.amount).toBe("0.02"); // 0.015
    expect(f.lines.find((l) => l.rule === "FEE-5")?.amount).toBe("0.08"); // 0.075
    expect(f.lines.find((l) => l.rule === "FEE-2")?.amount).toBe("0.35"); // 0.01 m² × 35
    const odd = purchaseFees({ price: "1234567.89", area: "88.88" }, seed);
    expect(odd.lines.map((l) => l.amount)).toEqual(["24691.36", "3110.80", "200.00", "370.37", "1851.85", "350.00", "900.00", "2400.00", "308.00"]);
    expect(odd.total).toBe("34182.38");
  });
  it("price and area given as strings or numbers give the same result", () => {
    const a = purchaseFees({ price: "1000000.00", area: "100.0" }, seed);
    expect(a.lines).toEqual(fees.lines);
    expect(a.total).toBe(fees.total);
  });
});

describe("FEE-AREA and FEE-SCHEDULE", () => {
  it("FEE-AREA: the surveyed area drives per-area lines, to the hundredth of a m²", () => {
    expect(line({ price: 1000000, area: "100.01" }, seed, "FEE-2").amount).toBe("3500.35");
    expect(line({ price: 1000000, area: "88.88" }, seed, "FEE-2").amount).toBe("3110.80");
    const step = purchaseFees({ price: 1000000, area: "88.88" }, seed).trace.find((s) => s.rule === "FEE-AREA");
    expect(step).toEqual({ rule: "FEE-AREA", fact: "surveyed", data: { area: "88.88" } });
    expect(explainStep(step!, { locale: "zh" })).toBe("建筑面积88.88平方米，以测绘面积为准");
    expectShoulou(() => purchaseFees({ price: 1000000, area: "100.005" }, seed), "INVALID_INPUT", ["area"]);
  });
  it("FEE-SCHEDULE: the version in force on the tax date applies (2024-11-30 vs 2024-12-01)", () => {
    const home = { price: 3000000, area: 120, parameters: { maintenanceFundPerM2: 120 } };
    const before = purchaseFees({ ...home, date: "2024-11-30" }, national);
    const after = purchaseFees({ ...home, date: "2024-12-01" }, national);
    expect(before.schedule).toMatchObject({ id: "cn-national", version: "cn-2016-02-22", effectiveFrom: "2016-02-22", effectiveTo: "2024-11-30" });
    expect(after.schedule).toMatchObject({ id: "cn-national", version: "cn-2024-12-01", effectiveFrom: "2024-12-01" });
    expect(after.schedule).not.toHaveProperty("effectiveTo");
    expect(purchaseFees({ ...home, date: "2016-02-22" }, national).schedule.version).toBe("cn-2016-02-22");
    expect(purchaseFees({ ...home, date: "2035-06-30" }, national).schedule.version).toBe("cn-2024-12-01");
    expect(before.trace[0]?.rule).toBe("FEE-SCHEDULE");
  });
  it("FEE-SCHEDULE: a date before 2016-02-22 is NO_SCHEDULE_IN_FORCE at date", () => {
    const e = expectShoulou(() => purchaseFees({ price: 3000000, area: 120, date: "2016-02-21", parameters: { maintenanceFundPerM2: 120 } }, national), "NO_SCHEDULE_IN_FORCE", ["date"]);
    expect(e.message).toContain("2016-02-21");
  });
  it("FEE-SCHEDULE: no date with several versions is MISSING_PARAMETER at date", () => {
    expectShoulou(() => purchaseFees({ price: 3000000, area: 120, parameters: { maintenanceFundPerM2: 120 } }, national), "MISSING_PARAMETER", ["date"]);
  });
  it("FEE-SCHEDULE: an undated single-version schedule applies with or without a date", () => {
    expect(purchaseFees({ ...seedHome, date: "1999-01-01" }, seed).total).toBe("29458.00");
    expect(purchaseFees({ ...seedHome, date: "2099-12-31" }, seed).total).toBe("29458.00");
  });
  it("FEE-SCHEDULE: a gap between versions is NO_SCHEDULE_IN_FORCE", () => {
    const base = seed.versions[0]!;
    const gappy: FeeScheduleInput = {
      ...seed,
      versions: [
        { ...base, id: "a", effectiveFrom: "2020-01-01", effectiveTo: "2020-12-31" },
        { ...base, id: "b", effectiveFrom: "2022-01-01" },
      ],
    };
    expect(purchaseFees({ ...seedHome, date: "2020-12-31" }, gappy).schedule.version).toBe("a");
    expect(purchaseFees({ ...seedHome, date: "2022-01-01" }, gappy).schedule.version).toBe("b");
    expectShoulou(() => purchaseFees({ ...seedHome, date: "2021-06-01" }, gappy), "NO_SCHEDULE_IN_FORCE", ["date"]);
  });
});

describe("the same home under the national schedule before and after 2024-12-01", () => {
  const home = { price: 3000000, area: 120, parameters: { maintenanceFundPerM2: 120, vatAmount: 0 } };
  it("FEE-NAT-DEED: a 1st home of 120 m² pays 1.5% before (90 m² threshold) and 1% after (140 m²)", () => {
    const before = purchaseFees({ ...home, date: "2024-11-30" }, national);
    const after = purchaseFees({ ...home, date: "2024-12-01" }, national);
    expect(before.lines.map((l) => [l.rule, l.amount])).toEqual([
      ["FEE-NAT-DEED-2016", "45000.00"],
      ["FEE-NAT-STAMP", "0.00"],
      ["FEE-NAT-REG", "80.00"],
      ["FEE-NAT-FUND", "14400.00"],
    ]);
    expect(before.total).toBe("59480.00");
    expect(after.lines.map((l) => [l.rule, l.amount])).toEqual([
      ["FEE-NAT-DEED", "30000.00"],
      ["FEE-NAT-STAMP", "0.00"],
      ["FEE-NAT-REG", "80.00"],
      ["FEE-NAT-FUND", "14400.00"],
    ]);
    expect(after.total).toBe("44480.00");
  });
  it("FEE-NAT-DEED: a 2nd home of 120 m² pays 2% before and 1% after", () => {
    expect(purchaseFees({ ...home, homeOrdinal: 2, date: "2024-11-30" }, national).lines[0]?.amount).toBe("60000.00");
    expect(purchaseFees({ ...home, homeOrdinal: 2, date: "2024-12-01" }, national).lines[0]?.amount).toBe("30000.00");
  });
});

describe("national deed tax from 2024-12-01", () => {
  const d = "2025-01-10";
  it.each([
    [1, "100", "20000.00"],
    [1, "140", "20000.00"],
    [1, "140.00", "20000.00"],
    [1, "140.01", "30000.00"],
    [1, "300", "30000.00"],
    [2, "100", "20000.00"],
    [2, "140.00", "20000.00"],
    [2, "140.01", "40000.00"],
    [3, "60", "60000.00"],
    [3, "140.00", "60000.00"],
    [3, "140.01", "60000.00"],
    [7, "200", "60000.00"],
  ] as const)("FEE-NAT-DEED: home %d of %s m² on a 2,000,000 price → %s", (ordinal, area, amount) => {
    const l = deed(d, area, ordinal);
    expect(l.rule).toBe("FEE-NAT-DEED");
    expect(l.amount).toBe(amount);
  });
  it("FEE-NAT-DEED: 3rd home and later: the local statutory rate, 3% by default, 4% when given", () => {
    const byDefault = purchaseFees({ price: 2000000, area: 100, date: d, homeOrdinal: 3, parameters: { maintenanceFundPerM2: 100, vatAmount: 0 } }, national);
    expect(byDefault.lines[0]?.amount).toBe("60000.00");
    expect(byDefault.lines[0]?.basis).toContain("3%");
    expect(byDefault.trace).toContainEqual({ rule: "FEE-SCHEDULE", fact: "default-parameter", data: { name: "localDeedTaxRate", value: "0.03" } });
    const given = deed(d, 100, 3, { localDeedTaxRate: "0.04" });
    expect(given.amount).toBe("80000.00");
    expect(given.basis).toContain("4%");
    expect(deed(d, 100, 3, { localDeedTaxRate: 0.05 }).amount).toBe("100000.00");
  });
  it("FEE-NAT-DEED: a bad local rate is INVALID_INPUT at its parameter", () => {
    const base = { price: 2000000, area: 100, date: d, homeOrdinal: 3 };
    expectShoulou(() => purchaseFees({ ...base, parameters: { maintenanceFundPerM2: 100, localDeedTaxRate: "4%" } }, national), "INVALID_INPUT", ["parameters", "localDeedTaxRate"]);
    expectShoulou(() => purchaseFees({ ...base, parameters: { maintenanceFundPerM2: 100, localDeedTaxRate: "3" } }, national), "INVALID_INPUT", ["parameters", "localDeedTaxRate"]);
    expectShoulou(() => purchaseFees({ ...base, parameters: { maintenanceFundPerM2: 100, localDeedTaxRate: "-0.03" } }, national), "INVALID_INPUT", ["parameters", "localDeedTaxRate"]);
  });
});

describe("national deed tax 2016-02-22 to 2024-11-30", () => {
  const d = "2020-06-01";
  it.each([
    [1, "90", "20000.00"],
    [1, "90.00", "20000.00"],
    [1, "90.01", "30000.00"],
    [1, "120", "30000.00"],
    [2, "90", "20000.00"],
    [2, "90.01", "40000.00"],
    [3, "80", "60000.00"],
    [3, "200", "60000.00"],
  ] as const)("FEE-NAT-DEED-2016: home %d of %s m² → %s", (ordinal, area, amount) => {
    const l = deed(d, area, ordinal);
    expect(l.rule).toBe("FEE-NAT-DEED-2016");
    expect(l.amount).toBe(amount);
  });
  it("FEE-NAT-DEED-2016: a 2nd home in Shanghai gets no relief: the local rate (3% default, 4% given)", () => {
    expect(deed(d, 80, 2, { city: "shanghai" }).amount).toBe("60000.00");
    expect(deed(d, 120, 2, { city: "shanghai" }).amount).toBe("60000.00");
    expect(deed(d, 80, 2, { city: "shanghai", localDeedTaxRate: "0.04" }).amount).toBe("80000.00");
    expect(deed(d, 80, 2, { city: " Shanghai " }).amount).toBe("60000.00");
    for (const city of ["beijing", "guangzhou", "shenzhen"]) expect(deed(d, 80, 2, { city }).amount).toBe("60000.00");
    expect(deed(d, 80, 2, { city: "changzhou" }).amount).toBe("20000.00");
  });
  it("FEE-NAT-DEED-2016: a 1st home in Beijing keeps the relief: ≤ 90 m² still 1%, > 90 m² 1.5%", () => {
    expect(deed(d, 90, 1, { city: "beijing" }).amount).toBe("20000.00");
    expect(deed(d, "90.01", 1, { city: "beijing" }).amount).toBe("30000.00");
  });
  it("FEE-NAT-DEED-2016: from 2024-12-01 Shanghai 2nd homes get the new relief", () => {
    expect(deed("2024-12-01", 80, 2, { city: "shanghai" }).amount).toBe("20000.00");
  });
});

describe("other national lines", () => {
  const base = { price: 2000000, area: 100, date: "2025-01-10", parameters: { maintenanceFundPerM2: 100 } };
  it("FEE-NAT-STAMP: a zero line whose basis says it is exempt", () => {
    for (const date of ["2020-06-01", "2025-01-10"]) {
      const l = line({ ...base, date }, national, "FEE-NAT-STAMP");
      expect(l.amount).toBe("0.00");
      expect(l.code).toBe("stamp-duty");
      expect(l.basis.toLowerCase()).toContain("exempt");
      expect(l.source).toContain("财税〔2008〕137号");
    }
  });
  it("FEE-NAT-REG: ¥80 per unit (件)", () => {
    expect(line(base, national, "FEE-NAT-REG").amount).toBe("80.00");
    expect(line({ ...base, units: 3 }, national, "FEE-NAT-REG").amount).toBe("240.00");
    expect(line({ ...base, households: 3 }, national, "FEE-NAT-REG").amount).toBe("80.00");
  });
  it("FEE-NAT-FUND: the local rate per m² the caller gives", () => {
    expect(line({ ...base, area: "88.88", parameters: { maintenanceFundPerM2: 120 } }, national, "FEE-NAT-FUND").amount).toBe("10665.60");
    expect(line({ ...base, area: "100.01", parameters: { maintenanceFundPerM2: "35.5" } }, national, "FEE-NAT-FUND").amount).toBe("3550.36");
  });
  it("FEE-NAT-FUND: a missing maintenanceFundPerM2 is MISSING_PARAMETER naming it", () => {
    for (const date of ["2020-06-01", "2025-01-10"]) {
      const e = expectShoulou(() => purchaseFees({ price: 2000000, area: 100, date }, national), "MISSING_PARAMETER", ["parameters", "maintenanceFundPerM2"]);
      expect(e.message).toContain("maintenanceFundPerM2");
    }
    expectShoulou(() => purchaseFees({ ...base, parameters: { maintenanceFundPerM2: "-1" } }, national), "INVALID_INPUT", ["parameters", "maintenanceFundPerM2"]);
    expectShoulou(() => purchaseFees({ ...base, parameters: { maintenanceFundPerM2: "abc" } }, national), "INVALID_INPUT", ["parameters", "maintenanceFundPerM2"]);
  });
});

describe("bad input is a ShoulouError with the field's path, never a partial result", () => {
  it.each([
    ["negative", -1],
    ["zero", 0],
    ["zero string", "0.00"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["empty string", ""],
    ["blank string", " "],
    ["20 digits", "12345678901234567890"],
    ["14 digits", "10000000000000"],
    ["thousands separator", "1,000,000"],
    ["exponent", "1e6"],
    ["three decimals", "1000000.001"],
    ["null", null],
    ["boolean", true],
  ])("price %s → INVALID_INPUT at price", (_label, price) => {
    expectShoulou(() => purchaseFees({ price, area: 100 } as unknown as PurchaseFeesInput, seed), "INVALID_INPUT", ["price"]);
  });
  it.each([
    ["zero", 0],
    ["negative", -10],
    ["NaN", Number.NaN],
    ["empty", ""],
    ["8 digits", "12345678"],
  ])("area %s → INVALID_INPUT at area", (_label, area) => {
    expectShoulou(() => purchaseFees({ price: 1000000, area } as unknown as PurchaseFeesInput, seed), "INVALID_INPUT", ["area"]);
  });
  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "2024/01/01", "2024-1-1", "2024-09-26T00:00:00+08:00"])("date %s → INVALID_INPUT at date", (date) => {
    expectShoulou(() => purchaseFees({ ...seedHome, date }, seed), "INVALID_INPUT", ["date"]);
  });
  it("home ordinal, households and units must be whole and at least 1", () => {
    expectShoulou(() => purchaseFees({ ...seedHome, homeOrdinal: 0 }, seed), "INVALID_INPUT", ["homeOrdinal"]);
    expectShoulou(() => purchaseFees({ ...seedHome, homeOrdinal: 1.5 }, seed), "INVALID_INPUT", ["homeOrdinal"]);
    expectShoulou(() => purchaseFees({ ...seedHome, households: 0 }, seed), "INVALID_INPUT", ["households"]);
    expectShoulou(() => purchaseFees({ ...seedHome, units: -1 }, seed), "INVALID_INPUT", ["units"]);
    expectShoulou(() => purchaseFees({ ...seedHome, parameters: { x: true } } as unknown as PurchaseFeesInput, seed), "INVALID_INPUT", ["parameters", "x"]);
  });
  it("an unknown field and a non-object are INVALID_INPUT", () => {
    const e = expectShoulou(() => purchaseFees({ ...seedHome, discount: 5 } as unknown as PurchaseFeesInput, seed), "INVALID_INPUT", []);
    expect(e.message).toContain("discount");
    expectShoulou(() => purchaseFees(null as unknown as PurchaseFeesInput, seed), "INVALID_INPUT", []);
    expectShoulou(() => purchaseFees([] as unknown as PurchaseFeesInput, seed), "INVALID_INPUT", []);
  });
  it("a schedule line of unknown kind → INVALID_SCHEDULE at its kind", () => {
    expectShoulou(() => purchaseFees(seedHome, customSchedule([{ rule: "FEE-1", kind: "percent-of-area", rate: "0.02" }])), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "kind"]);
    const twoLines = customSchedule([
      { rule: "FEE-1", kind: "percent-of-price", rate: "0.02" },
      { rule: "FEE-2", kind: "bogus" },
    ]);
    expectShoulou(() => purchaseFees(seedHome, twoLines), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 1, "kind"]);
  });
  it("overlapping versions → INVALID_SCHEDULE at the later version's effectiveFrom", () => {
    const base = seed.versions[0]!;
    const overlapping: FeeScheduleInput = {
      ...seed,
      versions: [
        { ...base, id: "b", effectiveFrom: "2021-01-01" },
        { ...base, id: "a", effectiveFrom: "2020-01-01", effectiveTo: "2021-01-01" },
      ],
    };
    const e = expectShoulou(() => purchaseFees({ ...seedHome, date: "2020-06-01" }, overlapping), "INVALID_SCHEDULE", ["schedule", "versions", 0, "effectiveFrom"]);
    expect(e.message).toContain("overlaps");
    const twoUndated: FeeScheduleInput = { ...seed, versions: [{ ...base, id: "a" }, { ...base, id: "b" }] };
    expect(isShoulouError(attemptError(() => purchaseFees(seedHome, twoUndated)))).toBe(true);
    expect(attemptError(() => purchaseFees(seedHome, twoUndated))?.code).toBe("INVALID_SCHEDULE");
  });
  it("other malformed schedules → INVALID_SCHEDULE at the field", () => {
    const lines = (l: Record<string, unknown>) => customSchedule([l]);
    expectShoulou(() => purchaseFees(seedHome, lines({ rule: "FEE-99", kind: "percent-of-price", rate: "0.02" })), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "rule"]);
    expectShoulou(() => purchaseFees(seedHome, lines({ rule: "FEE-1", kind: "percent-of-price", rate: "1.5" })), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "rate"]);
    expectShoulou(() => purchaseFees(seedHome, lines({ rule: "FEE-1", kind: "percent-of-price", rate: "2%" })), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "rate"]);
    expectShoulou(() => purchaseFees(seedHome, lines({ rule: "FEE-3", kind: "per-unit", amount: "-200" })), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "amount"]);
    expectShoulou(() => purchaseFees(seedHome, lines({ rule: "FEE-1", kind: "percent-of-price", rate: "0.02", code: "Deed Tax" })), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "code"]);
    expectShoulou(() => purchaseFees(seedHome, customSchedule([{ rule: "FEE-1", kind: "percent-of-price", rate: "0.02" }], { effectiveFrom: "2021-01-01", effectiveTo: "2020-01-01" })), "INVALID_SCHEDULE", ["schedule", "versions", 0, "effectiveTo"]);
    expectShoulou(() => purchaseFees(seedHome, { ...seed, versions: [] }), "INVALID_SCHEDULE", ["schedule", "versions"]);
    expectShoulou(() => purchaseFees(seedHome, null as unknown as FeeScheduleInput), "INVALID_SCHEDULE", ["schedule"]);
  });
  it("a tiered line that covers no case → INVALID_SCHEDULE at its tiers", () => {
    const s = customSchedule([{ rule: "FEE-1", kind: "tiered", tiers: [{ homeOrdinals: [1], rate: "0.01", note: { zh: "首套", en: "1st" } }] }]);
    expect(purchaseFees(seedHome, s).lines[0]?.amount).toBe("10000.00");
    expectShoulou(() => purchaseFees({ ...seedHome, homeOrdinal: 2 }, s), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "tiers"]);
  });
  it("a line that uses an undeclared parameter → INVALID_SCHEDULE", () => {
    const s = customSchedule([{ rule: "FEE-2", kind: "per-area", perM2Parameter: "fundRate" }]);
    expect(attemptError(() => purchaseFees(seedHome, s))?.code).toBe("INVALID_SCHEDULE");
  });
  it("a per-area line whose rate parameter is text (not money) → INVALID_SCHEDULE, not INTERNAL", () => {
    const s = customSchedule([{ rule: "FEE-2", kind: "per-area", perM2Parameter: "city" }], {
      parameters: [{ name: "city", kind: "text", label: { zh: "城市", en: "City" }, default: "changzhou" }],
    });
    const e = attemptError(() => purchaseFees(seedHome, s));
    expect(e?.code).toBe("INVALID_SCHEDULE");
  });
  it("a tier whose rate parameter is text → INVALID_SCHEDULE, not INTERNAL", () => {
    const s = customSchedule([{ rule: "FEE-1", kind: "tiered", tiers: [{ homeOrdinals: [1, 2, 3], rateParameter: "city", note: { zh: "全部", en: "all" } }] }], {
      parameters: [{ name: "city", kind: "text", label: { zh: "城市", en: "City" }, default: "changzhou" }],
    });
    expect(attemptError(() => purchaseFees(seedHome, s))?.code).toBe("INVALID_SCHEDULE");
  });
  it("a schedule parameter whose default is malformed is the schedule's fault (INVALID_SCHEDULE), not the caller's", () => {
    const s = customSchedule([{ rule: "FEE-2", kind: "per-area", perM2Parameter: "fund" }], {
      parameters: [{ name: "fund", kind: "money", label: { zh: "维修资金", en: "Fund" }, default: "abc" }],
    });
    const e = attemptError(() => purchaseFees(seedHome, s));
    expect(e?.code).toBe("INVALID_SCHEDULE");
    expect(e?.path[0]).toBe("schedule");
    // given by the caller to a valid schedule, the same bad value is the caller's fault
    const valid = customSchedule([{ rule: "FEE-2", kind: "per-area", perM2Parameter: "fund" }], {
      parameters: [{ name: "fund", kind: "money", label: { zh: "维修资金", en: "Fund" } }],
    });
    expectShoulou(() => purchaseFees({ ...seedHome, parameters: { fund: "abc" } }, valid), "INVALID_INPUT", ["parameters", "fund"]);
  });
  it("a parameter declared twice in one version is refused, not silently overridden", () => {
    const rate = (d: string) => ({ name: "r", kind: "rate", label: { zh: "税率", en: "Rate" }, default: d });
    const s = customSchedule([{ rule: "FEE-1", kind: "tiered", tiers: [{ homeOrdinals: [1, 2, 3], rateParameter: "r", note: { zh: "全部", en: "all" } }] }], {
      parameters: [rate("0.01"), rate("0.02")],
    });
    expect(["INVALID_SCHEDULE", "DUPLICATE"]).toContain(attemptError(() => purchaseFees(seedHome, s))?.code);
  });
  it("a parameter named like an Object.prototype member (constructor) still takes its default", () => {
    const s = customSchedule([{ rule: "FEE-2", kind: "per-area", perM2Parameter: "constructor" }], {
      parameters: [{ name: "constructor", kind: "money", label: { zh: "维修资金", en: "Fund" }, default: "35" }],
    });
    const r = attemptError(() => purchaseFees(seedHome, s));
    expect(r, r?.message).toBeUndefined();
    expect(purchaseFees(seedHome, s).lines[0]?.amount).toBe("3500.00");
  });
  it("amounts too large for exact fen are OUT_OF_RANGE, never silently inexact", () => {
    const s = customSchedule([{ rule: "FEE-2", kind: "per-area", perM2: "9999999999999.99" }]);
    const input = { price: 1000000, area: "9999999.99" };
    const e = attemptError(() => purchaseFees(input, s));
    if (e) {
      expect(e.code).toBe("OUT_OF_RANGE");
    } else {
      const exact = new DecimalJs("9999999.99").times("9999999999999.99").toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP).toFixed(2);
      expect(purchaseFees(input, s).lines[0]?.amount).toBe(exact);
    }
  });
  it("a schedule whose lines add up past the safe range keeps the total exact (or is OUT_OF_RANGE)", () => {
    const full = { rule: "FEE-1", kind: "percent-of-price", rate: "1" };
    const s = customSchedule(Array.from({ length: 11 }, (_, i) => ({ ...full, code: `l${i}` })));
    const input = { price: "9999999999999.99", area: 100 };
    const e = attemptError(() => purchaseFees(input, s));
    if (e) expect(e.code).toBe("OUT_OF_RANGE");
    else {
      const f = purchaseFees(input, s);
      expect(fenOf(f.total)).toBe(f.lines.reduce((a, l) => a + fenOf(l.amount), 0n));
    }
  });
});

describe("purity", () => {
  it("never mutates its input (deep-frozen input and schedule work and stay equal)", () => {
    const input = frozenCopy({ price: 3000000, area: 120, date: "2024-12-01", homeOrdinal: 2, parameters: { maintenanceFundPerM2: 120, city: "shanghai", vatAmount: 0 } });
    const schedule = frozenCopy(national);
    const before = JSON.stringify([input, schedule]);
    const r = purchaseFees(input, schedule);
    expect(r.total).toBe("44480.00");
    expect(JSON.stringify([input, schedule])).toBe(before);
    expect(JSON.stringify(national)).toBe(JSON.stringify(schedule)); // the preset itself is untouched
  });
  it("is deterministic", () => {
    const a = purchaseFees({ price: 3000000, area: 120, date: "2024-12-01", parameters: { maintenanceFundPerM2: 120 } }, national);
    const b = purchaseFees({ price: 3000000, area: 120, date: "2024-12-01", parameters: { maintenanceFundPerM2: 120 } }, national);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a); // plain JSON data
  });
});

function attemptError(f: () => unknown) {
  try {
    f();
    return undefined;
  } catch (e) {
    expect(isShoulouError(e), `expected a ShoulouError, got ${String(e)}`).toBe(true);
    return e as import("../../src/core/errors").ShoulouError;
  }
}

describe("the shipped schedules", () => {
  it("every line of every version cites a source and names a fees rule of the catalogue", async () => {
    const { ruleCatalogue } = await import("../../src/core/rules");
    for (const s of [seed, national]) {
      for (const v of s.versions) {
        expect(v.source.trim()).not.toBe("");
        for (const l of v.lines) {
          expect(l.source.trim(), `${s.id}/${v.id}/${l.code}`).not.toBe("");
          expect(ruleCatalogue[l.rule as keyof typeof ruleCatalogue]?.module, l.rule).toBe("fees");
          expect(l.label.zh && l.label.en).toBeTruthy();
        }
      }
    }
  });
  it("the national versions meet at 2024-11-30 / 2024-12-01 and the first starts 2016-02-22", () => {
    expect(national.versions.map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      ["2016-02-22", "2024-11-30"],
      ["2024-12-01", undefined],
    ]);
  });
});

describe("parameters the version does not use", () => {
  it("FEE-SCHEDULE: a misspelt parameter is named in the trace and the default applies", () => {
    const r = purchaseFees(
      { price: 1000000, area: 100, date: "2025-01-01", homeOrdinal: 3, parameters: { maintenanceFundPerM2: "100", vatAmount: 0, localDeedTaxrate: "0.04" } },
      feeSchedules.chinaNational,
    );
    expect(r.lines[0]?.amount).toBe("30000.00");
    const note = r.trace.find((t) => t.data && "unused" in t.data);
    expect(note?.data?.unused).toEqual(["localDeedTaxrate"]);
    expect(note).toMatchObject({ rule: "FEE-SCHEDULE", fact: "unused-parameters" });
    expect(note?.data.known).toContain("localDeedTaxRate");
    expect(explainStep(note!, { locale: "en" })).toContain("check the spelling");
  });
});
