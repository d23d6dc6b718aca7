import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { lifetimeValue } from "../../src/scoring/index";

// Survivors of lifetime-value.ts left by matrices.mutation.test.ts: the expectation takes 4 decimals, like the experience.
describe("SCO-9 satisfaction figures", () => {
  it("SCO-9: an expectation with 4 decimals is accepted; a fifth decimal is refused at its path", () => {
    expect(lifetimeValue({ discountRate: "0.1", horizonPeriods: 1, satisfaction: { experience: "4", expectation: "3.1234" } }).satisfaction).toBe("0.8766");
    expectShoulou(() => lifetimeValue({ discountRate: "0.1", horizonPeriods: 1, satisfaction: { experience: "4", expectation: "3.12345" } }), "INVALID_INPUT", ["satisfaction", "expectation"]);
  });
});
