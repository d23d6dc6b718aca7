import { describe, expect, it } from "vitest";
import { purchaseFees, type FeeScheduleInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run of 2026-12-01 on src/fees/purchase-fees.ts:
// the path of the refusal when every line is exact but their total is not.

describe("CORE-ROUND: the total stays exact to the fen, or is refused", () => {
  it("CORE-ROUND: two lines each exact (¥49,999,999,999,999.95) whose total passes exact fen are OUT_OF_RANGE at total", () => {
    const line = (code: string) => ({ code, rule: "FEE-3", kind: "per-unit", amount: "9999999999999.99", label: { zh: "代办费", en: "Agency fee" }, source: "test" }) as const;
    const s: FeeScheduleInput = { id: "huge", label: { zh: "巨额", en: "Huge" }, jurisdiction: "CN-TEST", versions: [{ id: "v1", source: "test", lines: [line("a")] }] };
    expect(purchaseFees({ price: 1, area: 1, units: 5 }, s).total).toBe("49999999999999.95");
    const two: FeeScheduleInput = { ...s, versions: [{ id: "v1", source: "test", lines: [line("a"), line("b")] }] };
    const e = expectShoulou(() => purchaseFees({ price: 1, area: 1, units: 5 }, two), "OUT_OF_RANGE", ["total"]);
    expect(e.message).toBe("OUT_OF_RANGE at total: the amount is too large to keep exact to the fen (over ¥90 trillion)");
  });
});
