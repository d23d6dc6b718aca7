import { describe, expect, it } from "vitest";
import { referralChain } from "../../src/index";
import { expectShoulou } from "../helpers";

/** Mutation tests of chain.ts: an oversized graph is refused at its path under `graph`. */

describe("referralChain: refusals", () => {
  it("REF-8: a graph with too many referrals is OUT_OF_RANGE at graph.referrals, with the words", () => {
    const e = expectShoulou(() => referralChain({ referrals: new Array(2_000_001) as never }, "M"), "OUT_OF_RANGE", ["graph", "referrals"]);
    expect(e.issues).toEqual([{ path: ["graph", "referrals"], message: "at most 2000000 items (got 2000001)" }]);
  });
});
