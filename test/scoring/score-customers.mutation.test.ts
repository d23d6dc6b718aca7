import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { scoreCustomers, type ScorecardInput } from "../../src/scoring/index";

// Survivors of score-customers.ts left by scorecard.mutation.test.ts and pareto.mutation.test.ts.
const fit: ScorecardInput = { factors: [{ id: "fit", measure: "budget-fit", weight: 1, scale: { kind: "linear", min: "0", max: "2" } }] };

describe("SCO-11 per-customer errors in a batch", () => {
  it("SCO-11: a budget fit too large for exact integers is OUT_OF_RANGE at that customer's index, with the message said once", () => {
    // 10^12 yuan ÷ 1 fen is 10^18 ten-thousandths: past 2^53, refused by core mulDivHalfUp with an empty path
    const e = expectShoulou(() => scoreCustomers([{ id: "A", budget: 1, targetPrice: 1 }, { id: "B", budget: "1000000000000", targetPrice: "0.01" }], fit), "OUT_OF_RANGE", [1]);
    expect(e.message).toBe("OUT_OF_RANGE at [1]: the amount is too large to keep exact to the fen (over ¥90 trillion)");
  });
});
