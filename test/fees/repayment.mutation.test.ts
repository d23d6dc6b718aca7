import { describe, expect, it } from "vitest";
import { mortgageSchedule } from "../../src/fees";
import { exactLevelFen, monthlyRate, monthsToRepay } from "../../src/fees/level-payment";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run on src/fees/level-payment.ts (monthsToRepay's
// settling loops and guards) and src/fees/amortization.ts (the words of a late prepayment).
// test/fees/mortgage.mutation.test.ts holds the rest of the mortgage files' tests.

describe("MORT-PREPAY: monthsToRepay, the term of a shortened loan", () => {
  it("MORT-PREPAY: 120,960,000 at 100% a month paying 138,240,000 is repaid in exactly 3 months, though the logarithm says a hair over 3", () => {
    // r = 1: 2³ × (138,240,000 − 120,960,000) = 138,240,000 exactly, so 3 months fit and 2 do not; ln(8) ÷ ln(2) comes out 3.000…001.
    const r = monthlyRate("1200");
    expect(exactLevelFen(12096000000, r, 3).toString()).toBe("13824000000");
    expect(monthsToRepay(12096000000, r, 13824000000, 600)).toBe(3);
    expect(monthsToRepay(12096000000, r, 13824000000, 3)).toBe(3);
    expect(monthsToRepay(12096000000, r, 13823999999, 600)).toBe(4);
  });

  it("MORT-PREPAY: a payment that repays the balance exactly at 4% ends the loan that month (the boundary is decided in integers, not in a rounded 4/1200)", () => {
    // 24.00 + 0.08 interest = 24.08: one month fits exactly; a 40-digit 0.00333… once made it two.
    expect(monthsToRepay(2400, monthlyRate("4"), 2408, 10)).toBe(1);
    expect(monthsToRepay(2400, monthlyRate("4"), 2407, 10)).toBe(2);
    const s = mortgageSchedule({ principal: "71.75", annualRatePercent: 4, months: 3, method: "equal-installment", prepayments: [{ month: 1, amount: "23.91", mode: "shorten-term" }] });
    expect(s.payments.map((p) => p.period)).toEqual([1, 2]);
    expect(s.payments.at(-1)?.balance).toBe("0.00");
    expect(s.trace.find((t) => t.fact === "shorten-term")?.data).toMatchObject({ lastMonth: 2 });
  });

  it("MORT-PREPAY: a payment just above the interest would take 694 months: the term is capped at the months left, never past them", () => {
    const r = monthlyRate("12");
    // 1,000.00 of interest a month on 100,000.00; a payment of 1,001.00 repays it in ln(1001) ÷ ln(1.01) ≈ 694.2 → 695 months.
    expect(monthsToRepay(10000000, r, 100100, 7)).toBe(7);
    expect(monthsToRepay(10000000, r, 100100, 1000)).toBe(695);
    expect(monthsToRepay(10000000, r, 100100, 695)).toBe(695);
    expect(monthsToRepay(10000000, r, 100100, 694)).toBe(694);
  });

  it("MORT-PREPAY: at rate 0 a payment of nothing or less never repays: the months left, never a negative term", () => {
    const zero = monthlyRate("0");
    expect(monthsToRepay(100, zero, -1, 7)).toBe(7);
    expect(monthsToRepay(100, zero, 0, 7)).toBe(7);
    expect(monthsToRepay(100, zero, 1, 7)).toBe(7);
    expect(monthsToRepay(100, zero, 50, 7)).toBe(2);
  });
});

describe("MORT-PREPAY: a prepayment after the loan is repaid", () => {
  it("MORT-PREPAY: is INVALID_INPUT at its month, saying when the loan ended", () => {
    const e = expectShoulou(
      () =>
        mortgageSchedule({
          principal: 300,
          annualRatePercent: 12,
          months: 3,
          method: "equal-principal",
          prepayments: [
            { month: 1, amount: 150, mode: "shorten-term" },
            { month: 3, amount: 1, mode: "shorten-term" },
          ],
        }),
      "INVALID_INPUT",
      ["prepayments", 1, "month"],
    );
    expect(e.message).toBe("INVALID_INPUT at prepayments[1].month: the loan is repaid in month 2: nothing is left to prepay in month 3");
  });
});
