import { describe, expect, it } from "vitest";
import { mortgageSchedule } from "../../src/fees";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run of 2026-12-01 on src/fees/amortization.ts:
// the path of the refusal when a loan's total payment is too large to keep exact to the fen.

describe("MORT-INTEREST: totals stay exact to the fen, or are refused", () => {
  it("MORT-INTEREST: the largest loan at 100% over 600 months pays more than exact fen can hold: OUT_OF_RANGE at principal", () => {
    // Equal principal: the interest alone is about P × 100%/12 × 601/2 ≈ ¥2.5 × 10^14, past ¥90 trillion.
    const e = expectShoulou(() => mortgageSchedule({ principal: "9999999999999.99", annualRatePercent: 100, months: 600, method: "equal-principal" }), "OUT_OF_RANGE", ["principal"]);
    expect(e.message).toBe("OUT_OF_RANGE at principal: the amount is too large to keep exact to the fen (over ¥90 trillion)");
  });
});
