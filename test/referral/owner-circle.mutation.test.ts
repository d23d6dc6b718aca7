import { describe, expect, it } from "vitest";
import { ownerCircle } from "../../src/index";
import { expectShoulou } from "../helpers";
import { at } from "./fixtures";

/** Mutation tests of owner-circle.ts: a bad or oversized graph is refused at its path under `graph`. */

describe("ownerCircle: refusals of the graph", () => {
  it("REF-6: a graph with too many referrals is OUT_OF_RANGE at graph.referrals, with the words", () => {
    const e = expectShoulou(() => ownerCircle({ referrals: new Array(2_000_001) as never }, ["O"]), "OUT_OF_RANGE", ["graph", "referrals"]);
    expect(e.issues).toEqual([{ path: ["graph", "referrals"], message: "at most 2000000 items (got 2000001)" }]);
  });

  it("REF-6: a referral with a bad instant is INVALID_INPUT at its path under graph", () => {
    const e = expectShoulou(() => ownerCircle({ referrals: [{ id: "r1", referrer: "O", referred: "F", at: "soon" }] }, ["O"]), "INVALID_INPUT", ["graph", "referrals", 0, "at"]);
    expect(e.issues.map((i) => i.path)).toEqual([["graph", "referrals", 0, "at"]]);
    expect(ownerCircle({ referrals: [{ id: "r1", referrer: "O", referred: "F", at: at("2024-03-01") }] }, ["O"]).eligible.map((x) => x.customer)).toEqual(["F", "O"]);
  });
});
