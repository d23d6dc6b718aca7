import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { isShoulouError, type ShoulouError } from "../../src/core/errors";
import { feeSchedules, mortgageSchedule, purchasePlan, type FeeScheduleInput, type MortgageInput, type PurchasePlanInput } from "../../src/fees";
import { expectShoulou, fenOf, frozenCopy } from "../helpers";

const pf = (amount?: number | string, months = 360) =>
  ({ kind: "provident-fund", ...(amount === undefined ? {} : { amount }), annualRatePercent: "2.85", months, method: "equal-installment" }) as const;
const commercial = (amount?: number | string, months = 360, method: "equal-installment" | "equal-principal" = "equal-installment") =>
  ({ kind: "commercial", ...(amount === undefined ? {} : { amount }), annualRatePercent: "3.1", months, method }) as const;

describe("mortgageSchedule", () => {
  it("MORT-1: 1,000,000 at 3.1% for 360 months, equal installments: 4,270.16 a month", () => {
    const s = mortgageSchedule({ principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment" });
    expect(s.method).toBe("equal-installment");
    expect(s.principal).toBe("1000000.00");
    expect(s.months).toBe(360);
    expect(s.payments).toHaveLength(360);
    expect(s.payments[0]).toEqual({ period: 1, payment: "4270.16", principal: "1686.83", interest: "2583.33", balance: "998313.17" });
    expect(s.payments[1]?.interest).toBe("2578.98"); // 998,313.17 × 0.031 / 12 = 2,578.975…
    expect(s.payments.slice(0, 359).every((p) => p.payment === "4270.16")).toBe(true);
    expect(s.payments[359]).toEqual({ period: 360, payment: "4272.59", principal: "4261.58", interest: "11.01", balance: "0.00" });
    expect(s.totalPayment).toBe("1537260.03");
    expect(s.totalInterest).toBe("537260.03");
    expect(s.monthlyRate.startsWith("0.00258333333333")).toBe(true);
    expect(s.trace.map((t) => t.rule)).toEqual(["MORT-1", "CORE-ROUND"]);
  });
  it("MORT-1: 100,000 at 4.9% for 240 months: 654.44 a month, 57,067.15 interest", () => {
    const s = mortgageSchedule({ principal: "100000", annualRatePercent: 4.9, months: 240, method: "equal-installment" });
    expect(s.payments[0]?.payment).toBe("654.44");
    expect(s.payments[239]?.payment).toBe("655.99");
    expect(s.totalInterest).toBe("57067.15");
  });
  it("MORT-1: at rate 0 the loan is split evenly and the last month absorbs the rounding", () => {
    const s = mortgageSchedule({ principal: 100, annualRatePercent: 0, months: 3, method: "equal-installment" });
    expect(s.payments.map((p) => p.payment)).toEqual(["33.33", "33.33", "33.34"]);
    expect(s.payments.map((p) => p.interest)).toEqual(["0.00", "0.00", "0.00"]);
    expect(s.totalInterest).toBe("0.00");
    const y = mortgageSchedule({ principal: 1000, annualRatePercent: "0", months: 12, method: "equal-installment" });
    expect(y.payments.slice(0, 11).every((p) => p.payment === "83.33")).toBe(true);
    expect(y.payments[11]?.payment).toBe("83.37");
  });
  it("MORT-1: one month pays everything", () => {
    const s = mortgageSchedule({ principal: 10000, annualRatePercent: 12, months: 1, method: "equal-installment" });
    expect(s.payments).toEqual([{ period: 1, payment: "10100.00", principal: "10000.00", interest: "100.00", balance: "0.00" }]);
  });
  it("MORT-2: 120,000 at 6% for 12 months, equal principal: 10,600.00 then −50.00 a month", () => {
    const s = mortgageSchedule({ principal: 120000, annualRatePercent: 6, months: 12, method: "equal-principal" });
    expect(s.payments.map((p) => p.payment)).toEqual(Array.from({ length: 12 }, (_, k) => `${10600 - 50 * k}.00`));
    expect(s.payments.map((p) => p.principal)).toEqual(new Array(12).fill("10000.00"));
    expect(s.payments.map((p) => p.interest)).toEqual(Array.from({ length: 12 }, (_, k) => `${600 - 50 * k}.00`));
    expect(s.payments.map((p) => p.balance)).toEqual(Array.from({ length: 12 }, (_, k) => `${110000 - 10000 * k}.00`));
    expect(s.totalInterest).toBe("3900.00");
    expect(s.totalPayment).toBe("123900.00");
    expect(s.trace.map((t) => t.rule)).toEqual(["MORT-2", "CORE-ALLOC", "CORE-ROUND"]);
  });
  it("MORT-2: the odd fen of the principal go to the first months, so payments never increase", () => {
    const s = mortgageSchedule({ principal: 100, annualRatePercent: 0, months: 3, method: "equal-principal" });
    expect(s.payments.map((p) => p.principal)).toEqual(["33.34", "33.33", "33.33"]);
    const c = mortgageSchedule({ principal: 800000, annualRatePercent: "3.1", months: 240, method: "equal-principal" });
    expect(c.payments[0]).toEqual({ period: 1, payment: "5400.01", principal: "3333.34", interest: "2066.67", balance: "796666.66" });
    expect(c.payments[79]?.payment).toBe("4719.73");
    expect(c.payments[80]?.payment).toBe("4711.11");
    expect(c.payments[239]?.payment).toBe("3341.94");
    expect(c.totalPayment).toBe("1049033.17");
  });
  it("payment dates on the 31st clamp to each month's end, without drifting", () => {
    const s = mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 5, method: "equal-principal", firstPaymentDate: "2024-01-31" });
    expect(s.payments.map((p) => p.date)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"]);
    const t = mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 2, method: "equal-installment", firstPaymentDate: "2023-01-31" });
    expect(t.payments.map((p) => p.date)).toEqual(["2023-01-31", "2023-02-28"]);
    const l = mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 360, method: "equal-installment", firstPaymentDate: "2024-01-31" });
    expect(l.payments[359]?.date).toBe("2053-12-31");
    expect(mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 2, method: "equal-installment" }).payments[0]).not.toHaveProperty("date");
  });
  it("bad input is INVALID_INPUT at the field", () => {
    const ok: MortgageInput = { principal: 100000, annualRatePercent: "3.1", months: 12, method: "equal-installment" };
    const bad = (patch: Record<string, unknown>) => ({ ...ok, ...patch }) as unknown as MortgageInput;
    for (const months of [0, 601, 1.5, -12, "12", Number.NaN, null]) expectShoulou(() => mortgageSchedule(bad({ months })), "INVALID_INPUT", ["months"]);
    for (const method of ["balloon", "", "Equal-Installment", 1, undefined]) expectShoulou(() => mortgageSchedule(bad({ method })), "INVALID_INPUT", ["method"]);
    for (const annualRatePercent of [101, "100.5", -1, "3.1%", "3.1234567", Number.POSITIVE_INFINITY, "", "1000"]) {
      expectShoulou(() => mortgageSchedule(bad({ annualRatePercent })), "INVALID_INPUT", ["annualRatePercent"]);
    }
    for (const principal of [0, -1, "1e6", "12345678901234567890", Number.NaN, "100.001"]) expectShoulou(() => mortgageSchedule(bad({ principal })), "INVALID_INPUT", ["principal"]);
    expectShoulou(() => mortgageSchedule(bad({ firstPaymentDate: "2024-02-30" })), "INVALID_INPUT", ["firstPaymentDate"]);
    expectShoulou(() => mortgageSchedule(bad({ fee: 1 })), "INVALID_INPUT", []);
    expectShoulou(() => mortgageSchedule(null as unknown as MortgageInput), "INVALID_INPUT", []);
  });
  it("rate 100% is accepted; rate 0.000001% too", () => {
    expect(mortgageSchedule({ principal: 1000, annualRatePercent: 100, months: 12, method: "equal-installment" }).payments[11]?.balance).toBe("0.00");
    expect(mortgageSchedule({ principal: 1000, annualRatePercent: "0.000001", months: 600, method: "equal-installment" }).payments[599]?.balance).toBe("0.00");
  });
  it("the totals of the largest loan stay exact (the sum of the rows) or are OUT_OF_RANGE", () => {
    let s;
    try {
      s = mortgageSchedule({ principal: "9999999999999.99", annualRatePercent: 100, months: 600, method: "equal-installment" });
    } catch (e) {
      expect(isShoulouError(e)).toBe(true);
      expect((e as ShoulouError).code).toBe("OUT_OF_RANGE");
      return;
    }
    const rows = s.payments.reduce((a, p) => a + fenOf(p.payment), 0n);
    expect(fenOf(s.totalPayment)).toBe(rows);
    expect(fenOf(s.totalInterest)).toBe(rows - fenOf(s.principal));
  });
  it("never mutates its input and is deterministic", () => {
    const input = frozenCopy({ principal: 500000, annualRatePercent: "4.2", months: 120, method: "equal-principal" as const, firstPaymentDate: "2025-03-31" });
    const a = mortgageSchedule(input);
    expect(mortgageSchedule(input)).toEqual(a);
    expect(input).toEqual({ principal: 500000, annualRatePercent: "4.2", months: 120, method: "equal-principal", firstPaymentDate: "2025-03-31" });
  });
});

describe("purchasePlan", () => {
  const combo: PurchasePlanInput = { price: 2000000, downPaymentRatio: "0.3", loans: [pf(600000), commercial()] };

  it("MORT-DOWN: down payment = price × ratio (half-up), the loans take the rest", () => {
    const p = purchasePlan(combo);
    expect(p.price).toBe("2000000.00");
    expect(p.downPayment).toBe("600000.00");
    expect(p.loanTotal).toBe("1400000.00");
    expect(p.trace[0]?.rule).toBe("MORT-DOWN");
    const odd = purchasePlan({ price: "1234567.89", downPaymentRatio: "0.35", loans: [commercial()] });
    expect(odd.downPayment).toBe("432098.76");
    expect(odd.loanTotal).toBe("802469.13");
    expect(odd.loans[0]?.principal).toBe("802469.13");
    const half = purchasePlan({ price: "1.01", downPaymentRatio: "0.5", loans: [commercial(undefined, 1)] });
    expect(half.downPayment).toBe("0.51"); // 0.505 → 0.51
    expect(half.loanTotal).toBe("0.50");
  });
  it("MORT-DOWN: paid in full needs no loan", () => {
    const p = purchasePlan({ price: 1000000, downPaymentRatio: 1 });
    expect(p).toMatchObject({ downPayment: "1000000.00", loanTotal: "0.00", loans: [], monthly: [], firstMonthPayment: "0.00", totalInterest: "0.00", totalCost: "1000000.00", cashAtSigning: "1000000.00" });
  });
  it("MORT-3: a combination loan: the fund names its amount, commercial takes the rest; payments add up", () => {
    const p = purchasePlan(combo);
    expect(p.loans.map((l) => [l.kind, l.principal, l.firstPayment])).toEqual([
      ["provident-fund", "600000.00", "2481.34"],
      ["commercial", "800000.00", "3416.13"],
    ]);
    expect(p.firstMonthPayment).toBe("5897.47");
    expect(p.monthly).toHaveLength(360);
    expect(p.monthly[359]).toEqual({ period: 360, payment: "5900.73" }); // 2,483.84 + 3,416.89
    expect(p.totalInterest).toBe("723092.46"); // 293,284.90 + 429,807.56
    expect(p.totalCost).toBe("2723092.46");
    expect(p.cashAtSigning).toBe("600000.00");
    expect(p.trace.some((t) => t.rule === "MORT-3")).toBe(true);
    expect(p.trace.filter((t) => t.rule === "MORT-1")).toHaveLength(2);
    for (const [k, m] of p.monthly.entries()) {
      expect(fenOf(m.payment)).toBe(fenOf(p.loans[0]!.payments[k]!.payment) + fenOf(p.loans[1]!.payments[k]!.payment));
    }
  });
  it("MORT-3: either loan may name the amount; different terms and methods", () => {
    const p = purchasePlan({ price: 2000000, downPaymentRatio: "0.3", loans: [commercial(800000, 240, "equal-principal"), pf()] });
    expect(p.loans.map((l) => [l.kind, l.principal, l.months, l.method])).toEqual([
      ["commercial", "800000.00", 240, "equal-principal"],
      ["provident-fund", "600000.00", 360, "equal-installment"],
    ]);
    expect(p.firstMonthPayment).toBe("7881.35"); // 5,400.01 + 2,481.34
    expect(p.monthly).toHaveLength(360);
    expect(p.monthly[240]?.payment).toBe(p.loans[1]?.payments[240]?.payment);
  });
  it("MORT-3: dates run through the monthly totals", () => {
    const p = purchasePlan({ ...combo, firstPaymentDate: "2025-01-31" });
    expect(p.monthly.slice(0, 3).map((m) => m.date)).toEqual(["2025-01-31", "2025-02-28", "2025-03-31"]);
    expect(p.loans[1]?.payments[1]?.date).toBe("2025-02-28");
  });
  it("loan amounts that do not add up are INVALID_INPUT at the loans", () => {
    const r = (input: unknown) => () => purchasePlan(input as PurchasePlanInput);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3" }), "INVALID_INPUT", ["loans"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "1", loans: [commercial()] }), "INVALID_INPUT", ["loans"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [commercial(600000)] }), "INVALID_INPUT", ["loans", 0, "amount"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [commercial(), commercial(100000)] }), "INVALID_INPUT", ["loans", 1, "kind"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(), commercial()] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    const both = expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(300000), commercial(300000)] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    expect(both.message).toContain("700000.00");
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(), commercial(700000)] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(), commercial(), pf()] }), "INVALID_INPUT", ["loans"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "1.5", loans: [] }), "INVALID_INPUT", ["downPaymentRatio"]);
    expectShoulou(r({ price: 0, downPaymentRatio: "1" }), "INVALID_INPUT", ["price"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(), months: 601 }] }), "INVALID_INPUT", ["loans", 0, "months"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(), method: "bullet" }] }), "INVALID_INPUT", ["loans", 0, "method"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(), kind: "family" }] }), "INVALID_INPUT", ["loans", 0, "kind"]);
  });
  it("a given amount that leaves nothing for the other loan is an error at that amount", () => {
    expectShoulou(() => purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(700000), commercial()] }), "INVALID_INPUT", ["loans", 0, "amount"]);
    expectShoulou(() => purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(800000), commercial()] }), "INVALID_INPUT", ["loans", 0, "amount"]);
  });
  it("fees are included and the cash at signing is down payment + fees", () => {
    const p = purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [commercial()], fees: { schedule: feeSchedules.changzhouOlympicGarden, area: 100 } });
    expect(p.fees?.total).toBe("29458.00");
    expect(p.fees?.lines).toHaveLength(9);
    expect(p.downPayment).toBe("300000.00");
    expect(p.cashAtSigning).toBe("329458.00");
    expect(p.totalCost).toBe((BigInt(30000000) + fenOf(p.loans[0]!.totalPayment)).toString().replace(/(\d\d)$/, ".$1"));
    const rules = p.trace.map((t) => t.rule);
    expect(rules[0]).toBe("MORT-DOWN");
    for (const r of ["MORT-1", "FEE-SCHEDULE", "FEE-1", "FEE-9"]) expect(rules).toContain(r);
    const n = purchasePlan({
      price: 3000000,
      downPaymentRatio: "0.2",
      loans: [pf(1000000), commercial()],
      fees: { schedule: feeSchedules.chinaNational, area: 120, date: "2024-12-01", parameters: { maintenanceFundPerM2: 120 } },
    });
    expect(n.fees?.total).toBe("44480.00");
    expect(n.cashAtSigning).toBe("644480.00");
  });
  it("errors in the fees part point into fees", () => {
    const base: PurchasePlanInput = { price: 1000000, downPaymentRatio: "0.3", loans: [commercial()] };
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.changzhouOlympicGarden, area: 0 } }), "INVALID_INPUT", ["fees", "area"]);
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.chinaNational, area: 100, parameters: { maintenanceFundPerM2: 100 } } }), "MISSING_PARAMETER", ["fees", "date"]);
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.chinaNational, area: 100, date: "2025-01-01" } }), "MISSING_PARAMETER", ["fees", "parameters", "maintenanceFundPerM2"]);
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.chinaNational, area: 100, date: "2024-02-30" } }), "INVALID_INPUT", ["fees", "date"]);
    const badSchedule = { ...feeSchedules.changzhouOlympicGarden, versions: [] } as unknown as FeeScheduleInput;
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: badSchedule, area: 100 } }), "INVALID_SCHEDULE", ["fees", "schedule", "versions"]);
  });
  it("never mutates its input and is deterministic", () => {
    const input = frozenCopy({ ...combo, firstPaymentDate: "2025-01-31", fees: { schedule: feeSchedules.changzhouOlympicGarden, area: 100 } });
    const snapshot = JSON.stringify(input);
    const a = purchasePlan(input);
    expect(purchasePlan(input)).toEqual(a);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(new DecimalJs(a.cashAtSigning).toFixed(2)).toBe("651258.00"); // 600,000 + seed fees on a 2,000,000 price (40,000 + 3,500 + 200 + 600 + 3,000 + 3,958)
  });
});
