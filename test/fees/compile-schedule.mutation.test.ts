import { describe, expect, it } from "vitest";
import { compileFeeSchedule, feeSchedules, isCompiledFeeSchedule, purchaseFees, type FeeParameterInput, type FeeScheduleInput, type FeeTierInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run of 2026-12-01 on src/fees/compile-schedule.ts:
// the mark a compiled schedule carries (a registered symbol, not enumerable, so a copy of the
// schedule never passes for compiled) and the size limits, which are inclusive.

const MARK = Symbol.for("shoulou.fees.validated-schedule");
const label = { zh: "项", en: "Item" };

/** A one-version schedule with these parameters and one tiered deed-tax line of these tiers. */
function schedule(parameters: readonly FeeParameterInput[], tiers: readonly FeeTierInput[]): FeeScheduleInput {
  return {
    id: "limits",
    label: { zh: "上限", en: "Limits" },
    jurisdiction: "CN-TEST",
    versions: [{ id: "v1", source: "test", parameters, lines: [{ code: "deed-tax", rule: "FEE-NAT-DEED", kind: "tiered", label, source: "test", tiers }] }],
  };
}
const tier = (rate: string): FeeTierInput => ({ homeOrdinals: [1, 2, 3], rate, note: { zh: rate, en: rate } });

describe("FEE-SCHEDULE: the compiled mark", () => {
  it("FEE-SCHEDULE: a compiled schedule is marked under the registered symbol shoulou.fees.validated-schedule, read-only and not enumerable", () => {
    const c = compileFeeSchedule(schedule([], [tier("0.01")]));
    expect(Object.getOwnPropertySymbols(c)).toEqual([MARK]);
    expect(Object.getOwnPropertyDescriptor(c, MARK)).toEqual({ value: true, writable: false, enumerable: false, configurable: false });
    expect(Object.getOwnPropertySymbols(feeSchedules.chinaNational)).toEqual([MARK]);
  });

  it("FEE-SCHEDULE: a frozen object bearing the registered mark is taken as compiled (one schedule serves every copy of the library)", () => {
    // The mark is Symbol.for(...), so a schedule compiled by the library's other build (CJS or ESM) is recognised too.
    const elsewhere = Object.freeze(Object.defineProperty({ ...structuredClone(feeSchedules.changzhouOlympicGarden) }, MARK, { value: true }));
    expect(isCompiledFeeSchedule(elsewhere)).toBe(true);
    expect(compileFeeSchedule(elsewhere as unknown as FeeScheduleInput)).toBe(elsewhere);
  });

  it("FEE-SCHEDULE: a frozen spread of a compiled schedule does not carry the mark, so it is validated again", () => {
    const spread = Object.freeze({ ...feeSchedules.chinaNational });
    expect(Object.getOwnPropertySymbols(spread)).toEqual([]);
    expect(isCompiledFeeSchedule(spread)).toBe(false);
    const emptied = Object.freeze({ ...feeSchedules.chinaNational, versions: [] });
    expectShoulou(() => purchaseFees({ price: 1, area: 1 }, emptied), "INVALID_SCHEDULE", ["schedule", "versions"]);
  });
});

describe("FEE-SCHEDULE: the size limits are inclusive", () => {
  it("FEE-SCHEDULE: a version of exactly 100 parameters compiles; 101 is OUT_OF_RANGE", () => {
    const params = (n: number) => Array.from({ length: n }, (_, i): FeeParameterInput => ({ name: `p${i}`, kind: "money", default: "1", label }));
    expect(compileFeeSchedule(schedule(params(100), [tier("0.01")])).versions[0]?.parameters).toHaveLength(100);
    expectShoulou(() => compileFeeSchedule(schedule(params(101), [tier("0.01")])), "OUT_OF_RANGE", ["schedule", "versions", 0, "parameters"]);
  });

  it("FEE-NAT-DEED: a line of exactly 100 tiers compiles and the first tier that matches applies; 101 is OUT_OF_RANGE", () => {
    const tiers = (n: number) => Array.from({ length: n }, (_, i) => tier(i === 0 ? "0.01" : "0.02"));
    const s = compileFeeSchedule(schedule([], tiers(100)));
    expect(s.versions[0]?.lines[0]).toMatchObject({ kind: "tiered", tiers: { length: 100 } });
    expect(purchaseFees({ price: 100, area: 1 }, s).lines[0]?.amount).toBe("1.00");
    expectShoulou(() => compileFeeSchedule(schedule([], tiers(101))), "OUT_OF_RANGE", ["schedule", "versions", 0, "lines", 0, "tiers"]);
  });
});
