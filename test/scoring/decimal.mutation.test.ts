import { describe, expect, it } from "vitest";
import { scoreCustomer, type ScoringFactorInput } from "../../src/scoring/index";

// Survivors of decimal.ts (affineDivHalfUp) left by scorecard.mutation.test.ts: when minPoints × (max − min)
// is past 2^51 the points must come from the exact BigInt path, even if the value's own term is small.
const wide = (min: string, max: string, minPoints: string, maxPoints: string): ScoringFactorInput => ({ id: "x", measure: "extra.x", weight: 1, scale: { kind: "linear", min, max, minPoints, maxPoints } });
const points = (f: ScoringFactorInput, x: number) => {
  const s = scoreCustomer({ id: "C", extra: { x } }, { factors: [f] });
  return [s.score, s.lines[0]?.points, s.lines[0]?.basis];
};

describe("SCO-CARD-1 exact linear points on wide scales", () => {
  it("SCO-CARD-1: high minimum points over a range of hundreds of millions stay exact to the hundredth", () => {
    // 90.36 + (388749577.7156 + 43554799.1919) × 1.35 ÷ 812975311.2558 = 91.0778…, half-up 91.08
    expect(points(wide("-43554799.1919", "769420512.0639", "90.36", "91.71"), 388749577.7156)).toEqual(["91.08", "91.08", "linear"]);
    // 99.39 + (259888421.2094 + 446860122.1068) × 0.58 ÷ 772944407.4517 = 99.9203…, half-up 99.92
    expect(points(wide("-446860122.1068", "326084285.3449", "99.39", "99.97"), 259888421.2094)).toEqual(["99.92", "99.92", "linear"]);
  });
});
