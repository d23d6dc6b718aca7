import { describe, expect, it } from "vitest";
import { portfolioMix } from "../../src/scoring/index";

// Survivors of portfolio-mix.ts left by portfolio.mutation.test.ts.
describe("SCO-6 relationships of the 532 mix", () => {
  it("SCO-6: a relationship given as ordinary is accepted and counted as ordinary", () => {
    const r = portfolioMix([{ id: "A", lastMaintainedOn: "2024-09-30", relationship: "ordinary" }], "2024-09-30");
    expect([r.segments, r.counts]).toEqual([[{ id: "A", segment: "ordinary", daysSinceMaintained: 0 }], { deep: 0, ordinary: 1, dormant: 0 }]);
  });
});
