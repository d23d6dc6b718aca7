import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { dec } from "../../src/core/decimal";
import { lprPlusBasisPoints, mortgageSchedule, type MortgageInput } from "../../src/fees";
import { exactLevelFen, interestFen, levelFen, monthlyRate, monthsToRepay } from "../../src/fees/level-payment";

// Written against the survivors of `npm run test:mutation` on the mortgage files (mortgage,
// amortization, level-payment, prepayment, lpr): small loans whose every row is worked by hand
// in the comments, so each branch of the month loop is pinned to a figure.

function refusalOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  const e = thrown(fn);
  return { code: e.code, path: e.path };
}

const rows = (input: MortgageInput) => mortgageSchedule(input).payments.map((p) => [p.payment, p.principal, p.interest, p.balance, p.prepayment]);

describe("mortgageSchedule: small loans worked by hand", () => {
  it("MORT-2: 300 at 12% over 3 months, equal principal: 100 a month plus 1% of the balance", () => {
    const s = mortgageSchedule({ principal: 300, annualRatePercent: 12, months: 3, method: "equal-principal" });
    expect(s.payments.map((p) => [p.period, p.payment, p.principal, p.interest, p.balance])).toEqual([
      [1, "103.00", "100.00", "3.00", "200.00"],
      [2, "102.00", "100.00", "2.00", "100.00"],
      [3, "101.00", "100.00", "1.00", "0.00"],
    ]);
    expect(s.totalPayment).toBe("306.00");
    expect(s.totalInterest).toBe("6.00");
    expect(s.totalPrepayment).toBe("0.00");
    expect(s.monthlyRate).toBe("0.01");
    expect(s.principal).toBe("300.00");
    expect(s.annualRatePercent).toBe("12");
    expect(s.method).toBe("equal-principal");
    expect(s.months).toBe(3);
    expect(s.trace[0]).toEqual({ rule: "MORT-2", fact: "principal-per-month", data: { principal: "300.00", months: 3, perMonth: "100.00" } });
    expect(s.trace.at(-1)).toEqual({ rule: "MORT-INTEREST", fact: "totals", data: { payments: 3, lastPayment: "101.00", totalPayment: "306.00", totalInterest: "6.00" } });
  });

  it("MORT-2: the monthly principal is rounded half-up and the last month takes the remainder", () => {
    // 100 ÷ 3 = 33.333… → 33.33; the last month repays 33.34.
    expect(rows({ principal: 100, annualRatePercent: 0, months: 3, method: "equal-principal" })).toEqual([
      ["33.33", "33.33", "0.00", "66.67", undefined],
      ["33.33", "33.33", "0.00", "33.34", undefined],
      ["33.34", "33.34", "0.00", "0.00", undefined],
    ]);
    // 0.05 ÷ 2 = 0.025 → 0.03 (half-up), the last month 0.02.
    expect(rows({ principal: "0.05", annualRatePercent: 0, months: 2, method: "equal-principal" }).map((r) => r[1])).toEqual(["0.03", "0.02"]);
  });

  it("MORT-1: 1,000 at 12% over 2 months: 507.51 a month (1020.1 ÷ 0.0201 = 507.5124… yuan), the last row repays the rest", () => {
    const s = mortgageSchedule({ principal: 1000, annualRatePercent: "12", months: 2, method: "equal-installment" });
    // Month 1: interest 10.00, principal 497.51, balance 502.49. Month 2: interest 5.0249 → 5.02, principal 502.49.
    expect(s.payments.map((p) => [p.payment, p.principal, p.interest, p.balance])).toEqual([
      ["507.51", "497.51", "10.00", "502.49"],
      ["507.51", "502.49", "5.02", "0.00"],
    ]);
    expect(s.totalInterest).toBe("15.02");
    expect(s.trace[0]).toEqual({ rule: "MORT-1", fact: "level-payment", data: { principal: "1000.00", annualRatePercent: "12", months: 2, payment: "507.51" } });
  });

  it("MORT-1: one month repays everything with one month's interest", () => {
    expect(rows({ principal: 1000, annualRatePercent: 12, months: 1, method: "equal-installment" })).toEqual([["1010.00", "1000.00", "10.00", "0.00", undefined]]);
  });

  it("dates fall on the first payment's day of each later month, clamped to the month's end", () => {
    const s = mortgageSchedule({ principal: 300, annualRatePercent: 0, months: 3, method: "equal-principal", firstPaymentDate: "2024-01-31" });
    expect(s.payments.map((p) => p.date)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31"]);
    const undated = mortgageSchedule({ principal: 300, annualRatePercent: 0, months: 1, method: "equal-principal" });
    expect(Object.keys(undated.payments[0] ?? {})).toEqual(["period", "payment", "principal", "interest", "balance"]);
  });
});

describe("MORT-LPR: repricing", () => {
  it("MORT-LPR: equal installments recompute the payment on the balance over the months left", () => {
    // 1,000 at 12% over 3 months: 1030.301 ÷ 0.030301 = 340.0221… → 340.02. Month 1: interest 10.00,
    // principal 330.02, balance 669.98. From month 2 at 0%: 669.98 ÷ 2 = 334.99.
    const s = mortgageSchedule({ principal: 1000, annualRatePercent: 12, months: 3, method: "equal-installment", rateChanges: [{ fromMonth: 2, annualRatePercent: 0 }] });
    expect(s.payments.map((p) => [p.payment, p.principal, p.interest, p.balance])).toEqual([
      ["340.02", "330.02", "10.00", "669.98"],
      ["334.99", "334.99", "0.00", "334.99"],
      ["334.99", "334.99", "0.00", "0.00"],
    ]);
    expect(s.annualRatePercent).toBe("12");
    expect(s.trace[1]).toEqual({ rule: "MORT-LPR", fact: "repriced-installment", data: { month: 2, annualRatePercent: "0", balance: "669.98", months: 2, payment: "334.99" } });
  });

  it("MORT-LPR: equal principal keeps its monthly principal; only the interest follows the new rate", () => {
    const s = mortgageSchedule({ principal: 300, annualRatePercent: 12, months: 3, method: "equal-principal", rateChanges: [{ fromMonth: 2, annualRatePercent: 24 }] });
    expect(s.payments.map((p) => [p.payment, p.interest])).toEqual([
      ["103.00", "3.00"],
      ["104.00", "4.00"],
      ["102.00", "2.00"],
    ]);
    expect(s.trace[1]).toEqual({ rule: "MORT-LPR", fact: "repriced-principal", data: { month: 2, annualRatePercent: "24", balance: "200.00" } });
  });

  it("MORT-LPR: two changes apply in turn; a change after the loan ends early is traced as not reached", () => {
    const s = mortgageSchedule({
      principal: 300,
      annualRatePercent: 12,
      months: 3,
      method: "equal-principal",
      rateChanges: [
        { fromMonth: 2, annualRatePercent: 0 },
        { fromMonth: 3, annualRatePercent: 12 },
      ],
      prepayments: [{ month: 1, amount: 200, mode: "reduce-payment" }],
    });
    expect(s.payments).toHaveLength(1);
    expect(s.trace.filter((t) => t.fact === "not-reached")).toEqual([
      { rule: "MORT-LPR", fact: "not-reached", data: { month: 2, lastMonth: 1 } },
      { rule: "MORT-LPR", fact: "not-reached", data: { month: 3, lastMonth: 1 } },
    ]);
    const both = mortgageSchedule({
      principal: 300,
      annualRatePercent: 12,
      months: 3,
      method: "equal-principal",
      rateChanges: [
        { fromMonth: 2, annualRatePercent: 0 },
        { fromMonth: 3, annualRatePercent: 12 },
      ],
    });
    expect(both.payments.map((p) => p.interest)).toEqual(["3.00", "0.00", "1.00"]);
  });
});

describe("MORT-PREPAY: prepayments", () => {
  it("MORT-PREPAY: equal principal, reduce-payment: the balance left is spread over the same end month", () => {
    // After month 1: balance 200, prepay 100 → 100 over 2 months = 50 a month.
    const s = mortgageSchedule({ principal: 300, annualRatePercent: 12, months: 3, method: "equal-principal", prepayments: [{ month: 1, amount: 100, mode: "reduce-payment" }] });
    expect(s.payments.map((p) => [p.payment, p.principal, p.interest, p.balance, p.prepayment])).toEqual([
      ["103.00", "100.00", "3.00", "100.00", "100.00"],
      ["51.00", "50.00", "1.00", "50.00", undefined],
      ["50.50", "50.00", "0.50", "0.00", undefined],
    ]);
    expect(s.totalPrepayment).toBe("100.00");
    expect(s.totalPayment).toBe("304.50");
    expect(s.totalInterest).toBe("4.50");
    expect(s.trace).toContainEqual({ rule: "MORT-PREPAY", fact: "reduce-principal", data: { month: 1, amount: "100.00", balance: "100.00", months: 2, perMonth: "50.00" } });
  });

  it("MORT-PREPAY: equal principal, shorten-term: the same monthly principal ends sooner", () => {
    const s = mortgageSchedule({ principal: 300, annualRatePercent: 12, months: 3, method: "equal-principal", prepayments: [{ month: 1, amount: 100, mode: "shorten-term" }] });
    expect(s.payments.map((p) => [p.payment, p.principal, p.balance])).toEqual([
      ["103.00", "100.00", "100.00"],
      ["101.00", "100.00", "0.00"],
    ]);
    expect(s.trace).toContainEqual({ rule: "MORT-PREPAY", fact: "shorten-term-principal", data: { month: 1, amount: "100.00", balance: "100.00", perMonth: "100.00", lastMonth: 2 } });
    // 600 over 6 at 0%: prepay 150 after month 1 leaves 350 = 3.5 months of 100 → 4 more months (ends in month 5).
    const t = mortgageSchedule({ principal: 600, annualRatePercent: 0, months: 6, method: "equal-principal", prepayments: [{ month: 1, amount: 150, mode: "shorten-term" }] });
    expect(t.payments.map((p) => p.principal)).toEqual(["100.00", "100.00", "100.00", "100.00", "50.00"]);
  });

  it("MORT-PREPAY: equal installments, reduce-payment recomputes the level payment; shorten-term keeps it", () => {
    const reduce = mortgageSchedule({ principal: 300, annualRatePercent: 0, months: 3, method: "equal-installment", prepayments: [{ month: 1, amount: 100, mode: "reduce-payment" }] });
    expect(reduce.payments.map((p) => p.payment)).toEqual(["100.00", "50.00", "50.00"]);
    expect(reduce.trace).toContainEqual({ rule: "MORT-PREPAY", fact: "reduce-payment", data: { month: 1, amount: "100.00", balance: "100.00", months: 2, payment: "50.00" } });
    const shorten = mortgageSchedule({ principal: 300, annualRatePercent: 0, months: 3, method: "equal-installment", prepayments: [{ month: 1, amount: 100, mode: "shorten-term" }] });
    expect(shorten.payments.map((p) => p.payment)).toEqual(["100.00", "100.00"]);
    expect(shorten.trace).toContainEqual({ rule: "MORT-PREPAY", fact: "shorten-term", data: { month: 1, amount: "100.00", balance: "100.00", payment: "100.00", lastMonth: 2 } });
  });

  it("MORT-PREPAY: prepaying the whole balance ends the loan that month; a later prepayment is refused at its month", () => {
    const s = mortgageSchedule({ principal: 300, annualRatePercent: 12, months: 3, method: "equal-principal", prepayments: [{ month: 1, amount: 200, mode: "shorten-term" }] });
    expect(s.payments).toHaveLength(1);
    expect(s.payments[0]).toMatchObject({ payment: "103.00", prepayment: "200.00", balance: "0.00" });
    expect(s.totalPayment).toBe("303.00");
    expect(s.totalInterest).toBe("3.00");
    expect(s.trace).toContainEqual({ rule: "MORT-PREPAY", fact: "paid-off", data: { month: 1, amount: "200.00" } });
    expect(
      refusalOf(() =>
        mortgageSchedule({
          principal: 300,
          annualRatePercent: 12,
          months: 3,
          method: "equal-principal",
          prepayments: [
            { month: 1, amount: 200, mode: "shorten-term" },
            { month: 2, amount: 1, mode: "shorten-term" },
          ],
        }),
      ),
    ).toEqual({ code: "INVALID_INPUT", path: ["prepayments", 1, "month"] });
  });

  it("MORT-PREPAY: a prepayment above the balance left after the instalment is refused at its amount; the balance itself is fine", () => {
    const base = { principal: 300, annualRatePercent: 12, months: 3, method: "equal-principal" } as const;
    expect(refusalOf(() => mortgageSchedule({ ...base, prepayments: [{ month: 1, amount: "200.01", mode: "reduce-payment" }] }))).toEqual({ code: "INVALID_INPUT", path: ["prepayments", 0, "amount"] });
    expect(mortgageSchedule({ ...base, prepayments: [{ month: 1, amount: "200.00", mode: "reduce-payment" }] }).payments).toHaveLength(1);
  });
});

describe("level-payment helpers", () => {
  it("monthlyRate is annual percent ÷ 1200, exactly as a fraction and as a decimal", () => {
    const r = monthlyRate("3.1");
    expect(r).toMatchObject({ annualRatePercent: "3.1", num: 31, den: 12000 });
    expect(r.decimal.toString()).toBe(dec("3.1").div(1200).toString());
    expect(interestFen(100000, monthlyRate("12"))).toBe(1000);
    // 50249 fen × 1% = 502.49 fen → 502 (half-up at the fen).
    expect(interestFen(50249, monthlyRate("12"))).toBe(502);
    expect(interestFen(50250, monthlyRate("12"))).toBe(503);
  });

  it("MORT-1: the exact annuity, and B ÷ m at rate 0", () => {
    expect(exactLevelFen(100000, monthlyRate("12"), 2).toFixed(6)).toBe(dec(1020.1).div("0.0201").times(100).div(100).toFixed(6));
    expect(exactLevelFen(100000, monthlyRate("0"), 3).toFixed(4)).toBe("33333.3333");
    expect(levelFen(100000, monthlyRate("12"), 2)).toBe(50751);
    expect(levelFen(100000, monthlyRate("0"), 3)).toBe(33333);
    // Rounded half-up to the whole fen: 2 fen over 3 months is 0.67 → 1; 1 over 2 is 0.5 → 1; 1 over 3 is 0.33 → 0.
    expect(levelFen(2, monthlyRate("0"), 3)).toBe(1);
    expect(levelFen(1, monthlyRate("0"), 2)).toBe(1);
    expect(levelFen(1, monthlyRate("0"), 3)).toBe(0);
    expect(levelFen(50, monthlyRate("0"), 1)).toBe(50);
  });

  it("MORT-PREPAY: monthsToRepay is the fewest months whose annuity is at most the payment, capped", () => {
    const r = monthlyRate("12");
    for (const [balance, payment, atMost] of [
      [100000, 50751, 10],
      [100000, 50752, 10],
      [100000, 34002, 10],
      [100000, 34003, 10],
      [1000000, 20000, 600],
      [1000000, 60000, 600],
    ] as const) {
      const m = monthsToRepay(balance, r, payment, atMost);
      expect(exactLevelFen(balance, r, m).lte(payment), `${balance}/${payment}: ${m} months`).toBe(true);
      if (m > 1) expect(exactLevelFen(balance, r, m - 1).gt(payment), `${balance}/${payment}: ${m - 1} months is too few`).toBe(true);
    }
    expect(monthsToRepay(100000, r, 50751, 10)).toBe(3);
    expect(monthsToRepay(100000, r, 50752, 10)).toBe(2);
  });

  it("monthsToRepay: nothing owed is 0 months; no payment, or a payment at most the interest, never repays (the cap)", () => {
    const r = monthlyRate("12");
    expect(monthsToRepay(0, r, 100, 7)).toBe(0);
    expect(monthsToRepay(-5, r, 100, 7)).toBe(0);
    expect(monthsToRepay(100, r, 0, 7)).toBe(7);
    expect(monthsToRepay(100000, r, 1000, 7)).toBe(7);
    expect(monthsToRepay(100000, r, 999, 7)).toBe(7);
    expect(monthsToRepay(100000, r, 1001, 2000)).toBeLessThan(2000);
    expect(monthsToRepay(1000000, r, 10000, 50)).toBe(50);
    expect(monthsToRepay(100000, r, 200000, 7)).toBe(1);
  });

  it("monthsToRepay at rate 0 is the balance ÷ the payment, rounded up, capped", () => {
    const zero = monthlyRate("0");
    expect(monthsToRepay(1000, zero, 300, 10)).toBe(4);
    expect(monthsToRepay(900, zero, 300, 10)).toBe(3);
    expect(monthsToRepay(1000, zero, 300, 2)).toBe(2);
  });
});

describe("MORT-LPR: lprPlusBasisPoints", () => {
  it.each([
    ["3.5", -30, "3.2"],
    ["3.95", "5.5", "4.005"],
    ["3.45", 0, "3.45"],
    ["3.5", "0.0001", "3.500001"],
    ["3.5", -350, "0"],
    ["99", 100, "100"],
    ["3.5", "-0.5", "3.495"],
    [3.5, 25, "3.75"],
  ] as const)("MORT-LPR: LPR %s%% + %s bp is %s%%", (lprPercent, basisPoints, rate) => {
    expect(lprPlusBasisPoints({ lprPercent, basisPoints })).toBe(rate);
  });

  it("MORT-LPR: a rate below 0% or above 100% is refused at basisPoints", () => {
    expect(refusalOf(() => lprPlusBasisPoints({ lprPercent: "3.5", basisPoints: -351 }))).toEqual({ code: "INVALID_INPUT", path: ["basisPoints"] });
    expect(refusalOf(() => lprPlusBasisPoints({ lprPercent: "99", basisPoints: "100.0001" }))).toEqual({ code: "INVALID_INPUT", path: ["basisPoints"] });
    expect(thrown(() => lprPlusBasisPoints({ lprPercent: "3.5", basisPoints: -351 })).message).toContain("LPR 3.5% + -351 bp is outside 0–100%");
  });
});
