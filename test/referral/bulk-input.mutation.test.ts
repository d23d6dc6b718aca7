import { describe, expect, it } from "vitest";
import { ownerCircle, referralRewards } from "../../src/index";
import { expectShoulou } from "../helpers";
import { at, office } from "./fixtures";

/** Mutation tests of bulk-input.ts: lists that are not lists, and null-prototype objects. */

describe("bulk-input.ts: refuseOversized and parseBulk", () => {
  it("REF-6: owners that are not a list at all are INVALID_INPUT at owners, with zod's words (no size check on a non-list)", () => {
    for (const [owners, received, receivedZh] of [[undefined, "undefined", "未填写"], [null, "null", "null"]] as const) {
      const e = expectShoulou(() => ownerCircle({ referrals: [] }, owners as never), "INVALID_INPUT", ["owners"]);
      expect(e.issues).toEqual([{ path: ["owners"], message: `expected array, received ${received}`, code: "invalid_type", key: "expected-type", data: { expected: "array", received, expectedZh: "列表", receivedZh } }]);
    }
  });

  it("REF-TRG-1: deals given as something other than a list are INVALID_INPUT at deals, never read as no deals", () => {
    const ok = office([{ id: "M", signed: at("2024-03-10") }]);
    const e = expectShoulou(() => referralRewards({ ...ok, deals: 5 as never }), "INVALID_INPUT", ["deals"]);
    expect(e.issues).toEqual([{ path: ["deals"], message: "expected array, received number", code: "invalid_type", key: "expected-type", data: { expected: "array", received: "number", expectedZh: "列表", receivedZh: "数字" } }]);
  });

  it("REF-6: a graph made without a prototype (Object.create(null)) is still size-checked: OUT_OF_RANGE before any item is read", () => {
    const graph = Object.assign(Object.create(null) as object, { referrals: new Array(2_000_001) });
    const e = expectShoulou(() => ownerCircle(graph as never, []), "OUT_OF_RANGE", ["graph", "referrals"]);
    expect(e.issues).toEqual([{ path: ["graph", "referrals"], message: "at most 2000000 items (got 2000001)" }]);
  });
});
