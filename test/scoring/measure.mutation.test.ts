import { describe, expect, it } from "vitest";
import { scoreCustomer } from "../../src/scoring/index";

// Survivors of measure.ts left by scorecard.mutation.test.ts.
describe("SCO-11 extra data", () => {
  it("SCO-11: an extra.<key> factor on a profile without any extra data is missing, not an error", () => {
    const s = scoreCustomer({ id: "C" }, { factors: [{ id: "x", measure: "extra.x", weight: 1, missingPoints: "7", scale: { kind: "categories", points: { a: "50" } } }] });
    expect([s.score, s.lines[0]?.value, s.lines[0]?.basis]).toEqual(["7.00", null, "missing"]);
  });
});
