import { describe, expect, it } from "vitest";
import { networkValue } from "../../src/index";
import { expectShoulou } from "../helpers";

/** Mutation tests of network-value.ts: a bad or oversized graph, or too many deals, is refused at its path. */

describe("networkValue: refusals", () => {
  it("REF-7: a graph with too many referrals is OUT_OF_RANGE at graph.referrals; too many deals at deals", () => {
    const g = expectShoulou(() => networkValue({ referrals: new Array(2_000_001) as never }, [], "L"), "OUT_OF_RANGE", ["graph", "referrals"]);
    expect(g.issues).toEqual([{ path: ["graph", "referrals"], message: "at most 2000000 items (got 2000001)" }]);
    const d = expectShoulou(() => networkValue({ referrals: [] }, new Array(1_000_001) as never, "L"), "OUT_OF_RANGE", ["deals"]);
    expect(d.issues).toEqual([{ path: ["deals"], message: "at most 1000000 items (got 1000001)" }]);
  });

  it("REF-7: a referral with a bad instant is INVALID_INPUT at its path under graph", () => {
    const e = expectShoulou(() => networkValue({ referrals: [{ id: "r1", referrer: "L", referred: "F", at: "soon" }] }, [], "L"), "INVALID_INPUT", ["graph", "referrals", 0, "at"]);
    expect(e.issues.map((i) => i.path)).toEqual([["graph", "referrals", 0, "at"]]);
  });
});
