import { describe, expect, it } from "vitest";
import { explainTrace } from "../../src/core/explain";
import { feeSchedules, purchaseFees, type FeeScheduleInput, type PurchaseFeesInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

const national = feeSchedules.chinaNational;
/** A 1st home of 120 m² at ¥3,000,000: 1.5% under the 2016 rules (> 90 m²), 1% from 2024-12-01 (≤ 140 m²). */
const home = (date: string, parameters: Record<string, string | number> = {}): PurchaseFeesInput => ({
  price: 3000000,
  area: 120,
  date,
  parameters: { maintenanceFundPerM2: 100, ...parameters },
});
const deedLine = (input: PurchaseFeesInput, schedule: FeeScheduleInput = national) => {
  const fees = purchaseFees(input, schedule);
  const l = fees.lines.find((x) => x.code === "deed-tax");
  if (!l) throw new Error("no deed-tax line");
  return { line: l, fees, base: fees.trace.find((s) => s.rule === "FEE-NAT-VAT-BASE") };
};

describe("FEE-NAT-VAT-BASE: the deed tax on the price without VAT", () => {
  it("FEE-NAT-VAT-BASE: the invoice's VAT (parameters.vatAmount) is taken off the price", () => {
    const { line, base } = deedLine(home("2025-01-10", { vatAmount: "247706.42" }));
    expect(line.amount).toBe("27522.94"); // 2,752,293.58 × 1%
    expect(line.basis).toBe("2,752,293.58 without VAT × 1% (1st or 2nd home, ≤ 140 m²)");
    expect(base).toEqual({ rule: "FEE-NAT-VAT-BASE", fact: "invoice", data: { price: "3000000.00", vat: "247706.42", base: "2752293.58" } });
    expect(deedLine(home("2025-01-10", { vatAmount: 0 })).line.amount).toBe("30000.00");
  });

  it.each([
    ["2016-05-01", "0.11", "2702702.70", "40540.54"],
    ["2018-04-30", "0.11", "2702702.70", "40540.54"],
    ["2018-05-01", "0.1", "2727272.73", "40909.09"],
    ["2019-03-31", "0.1", "2727272.73", "40909.09"],
    ["2019-04-01", "0.09", "2752293.58", "41284.40"],
    ["2024-11-30", "0.09", "2752293.58", "41284.40"],
  ] as const)("FEE-NAT-VAT-BASE: without the invoice's VAT, on %s it is estimated at the general rate %s", (date, rate, baseAmount, amount) => {
    const { line, base } = deedLine(home(date));
    expect(line.amount).toBe(amount);
    expect(base?.fact).toBe("estimate");
    expect(base?.data).toMatchObject({ date, method: "vat-general", base: baseAmount });
    expect(Number(base?.data.vatRate)).toBe(Number(rate));
  });

  it("FEE-NAT-VAT-BASE: the trace says the base is an estimate, in Chinese and English", () => {
    const { fees } = deedLine(home("2025-01-10"));
    const zh = explainTrace(fees.trace, { locale: "zh" }).find((l) => l.startsWith("FEE-NAT-VAT-BASE"));
    expect(zh).toBe("FEE-NAT-VAT-BASE 未给出发票增值税额：按2025年1月10日有效的一般计税方法税率9%估算增值税¥247,706.42，计税价格¥2,752,293.58（估算值：土地价款扣除使实际增值税更少）");
    const en = explainTrace(fees.trace, { locale: "en" }).find((l) => l.startsWith("FEE-NAT-VAT-BASE"));
    expect(en).toContain("an estimate");
  });

  it("FEE-NAT-VAT-BASE: the simplified method (old projects) estimates at 5%", () => {
    const { line, base } = deedLine(home("2020-06-01", { vatMethod: "simplified" }));
    expect(base?.data).toMatchObject({ method: "vat-simplified", vatRate: "0.05", base: "2857142.86", vat: "142857.14" });
    expect(line.amount).toBe("42857.14"); // 2,857,142.86 × 1.5%
    expect(deedLine(home("2020-06-01", { vatMethod: " Simplified " })).line.amount).toBe("42857.14");
    expectShoulou(() => purchaseFees(home("2020-06-01", { vatMethod: "reduced" }), national), "INVALID_INPUT", ["parameters", "vatMethod"]);
  });

  it("FEE-NAT-VAT-BASE: before 2016-05-01 the base is the full price, and the trace says why", () => {
    const { line, base } = deedLine(home("2016-04-30"));
    expect(line.amount).toBe("45000.00");
    expect(base).toEqual({ rule: "FEE-NAT-VAT-BASE", fact: "before-vat", data: { date: "2016-04-30", from: "2016-05-01", price: "3000000.00" } });
    // an invoice VAT given for such a date changes nothing: there was no VAT to take off
    expect(deedLine(home("2016-04-30", { vatAmount: "1000" })).line.amount).toBe("45000.00");
  });

  it("FEE-NAT-VAT-BASE: the Changzhou sheet stays on the full price (29,458.00)", () => {
    const f = purchaseFees({ price: 1000000, area: 100, date: "2025-01-10" }, feeSchedules.changzhouOlympicGarden);
    expect(f.total).toBe("29458.00");
    expect(f.lines[0]?.basis).toBe("1,000,000.00 × 2%");
    expect(f.trace.some((s) => s.rule === "FEE-NAT-VAT-BASE")).toBe(false);
  });

  it.each([
    ["negative", "-1"],
    ["equal to the price", "3000000"],
    ["above the price", "3000000.01"],
    ["not money", "abc"],
    ["three decimals", "1.234"],
  ])("FEE-NAT-VAT-BASE: an invoice VAT %s is INVALID_INPUT at parameters.vatAmount", (_label, vatAmount) => {
    expectShoulou(() => purchaseFees(home("2025-01-10", { vatAmount }), national), "INVALID_INPUT", ["parameters", "vatAmount"]);
  });

  it("FEE-NAT-VAT-BASE: a line that excludes VAT needs a date (MISSING_PARAMETER at date)", () => {
    const v = national.versions[1]!;
    const single = { ...national, versions: [{ ...v, effectiveFrom: undefined }] } as unknown as FeeScheduleInput;
    expectShoulou(() => purchaseFees({ price: 3000000, area: 120, parameters: { maintenanceFundPerM2: 100 } }, single), "MISSING_PARAMETER", ["date"]);
    // even with the invoice's VAT: only the date says whether VAT had replaced business tax
    expectShoulou(() => purchaseFees({ price: 3000000, area: 120, parameters: { maintenanceFundPerM2: 100, vatAmount: 0 } }, single), "MISSING_PARAMETER", ["date"]);
  });

  it("FEE-NAT-VAT-BASE: a schedule's rates by date must be in order", () => {
    const v = national.versions[1]!;
    const deedTax = v.lines[0]! as unknown as Record<string, unknown> & { vatExcluded: { generalRates: unknown[] } };
    const shuffled = { ...deedTax, vatExcluded: { ...deedTax.vatExcluded, generalRates: [...deedTax.vatExcluded.generalRates].reverse() } };
    const bad = { ...national, versions: [national.versions[0], { ...v, lines: [shuffled, ...v.lines.slice(1)] }] } as unknown as FeeScheduleInput;
    expectShoulou(() => purchaseFees(home("2025-01-10"), bad), "INVALID_SCHEDULE", ["schedule", "versions", 1, "lines", 0, "vatExcluded", "generalRates"]);
  });
});

describe("FEE-SCHEDULE: the date is the day the deed tax is declared", () => {
  it("FEE-SCHEDULE: a purchase before 2024-12-01 declared on or after it takes the 2024 rates; declared before, the 2016 rates", () => {
    const secondHome = (date: string) => purchaseFees({ ...home(date, { vatAmount: 0 }), homeOrdinal: 2 }, national);
    expect(secondHome("2024-11-30").lines[0]).toMatchObject({ rule: "FEE-NAT-DEED-2016", amount: "60000.00" }); // 2% (> 90 m²)
    expect(secondHome("2024-12-01").lines[0]).toMatchObject({ rule: "FEE-NAT-DEED", amount: "30000.00" }); // 1% (≤ 140 m²)
    expect(secondHome("2024-12-01").trace[0]).toEqual({
      rule: "FEE-SCHEDULE",
      fact: "in-force-from",
      data: { schedule: "cn-national", version: "cn-2024-12-01", date: "2024-12-01", from: "2024-12-01" },
    });
  });
});
