import { describe, expect, it } from "vitest";
import { scoreCustomer, type ScoringFactorInput } from "../../src/scoring/index";

// Survivors of points.ts left by scorecard.mutation.test.ts.
describe("SCO-CARD-1 bands open below", () => {
  it("SCO-CARD-1: a negative value falls in a first band open below, not outside the bands", () => {
    const f: ScoringFactorInput = { id: "x", measure: "extra.x", weight: 1, missingPoints: "7", scale: { kind: "bands", bands: [{ to: "0", points: "10" }, { from: "0", points: "20" }] } };
    const l = scoreCustomer({ id: "C", extra: { x: -1 } }, { factors: [f] }).lines[0];
    expect([l?.value, l?.points, l?.basis, l?.range]).toEqual(["-1", "10.00", "band", "[…, 0)"]);
  });
});
