import { describe, expect, it } from "vitest";
import { exactLevelFen, monthlyRate, monthsToRepay } from "../../src/fees/level-payment";

// Written against the survivors of the mutation run of 2026-12-01 on src/fees/level-payment.ts:
// monthsToRepay's upward settling loop, never reached before. The logarithm's estimate can fall
// a month short when the true term is a hair above a whole month; the integer check must add it.

describe("MORT-PREPAY: monthsToRepay when the logarithm says a month too few", () => {
  it("MORT-PREPAY: at 0.0003% a year (r = 1/4,000,000 a month) 3 payments of 1,600,000,960,000.15 fall short of 4,800,000,480,000.01 by a hair: 4 months, not 3", () => {
    const r = monthlyRate("0.0003");
    const balance = 480000048000001;
    const payment = 160000096000015;
    // In integers, with d = 4,000,000: (d + 1)³ × (payment × d − balance) − payment × d⁴ = −1 < 0, so 3 months do not fit; 4 do.
    const d = 4000000n;
    const short = (m: bigint) => (d + 1n) ** m * (BigInt(payment) * d - BigInt(balance)) - BigInt(payment) * d ** (m + 1n);
    expect(short(3n)).toBe(-1n);
    expect(short(4n) > 0n).toBe(true);
    // ln(payment ÷ (payment − balance × r)) ÷ ln(1 + r) comes out 3 at 40 digits, yet the annuity over 3 months exceeds the payment.
    expect(exactLevelFen(balance, r, 3).gt(payment)).toBe(true);
    expect(monthsToRepay(balance, r, payment, 600)).toBe(4);
    expect(monthsToRepay(balance, r, payment, 4)).toBe(4);
    expect(monthsToRepay(balance, r, payment, 3)).toBe(3);
  });
});
