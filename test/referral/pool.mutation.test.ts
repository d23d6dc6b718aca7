import { describe, expect, it } from "vitest";
import { splitPool } from "../../src/index";
import { expectShoulou } from "../helpers";

/** Mutation tests of pool.ts: the schema's own refusal of weights that are all zero. */

describe("splitPool refusals", () => {
  it("REF-POOL-1: weights that are all zero are refused by the schema, with its words", () => {
    const e = expectShoulou(() => splitPool({ amount: "1", weights: [{ id: "a", weight: 0 }, { id: "b", weight: "0.000" }] }), "INVALID_INPUT", ["weights"]);
    expect(e.issues).toEqual([{ path: ["weights"], message: "at least one weight must be greater than 0", code: "custom" }]);
  });
});
