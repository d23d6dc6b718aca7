import { describe, expect, it } from "vitest";
import { compileFeeSchedule, feeSchedules, isCompiledFeeSchedule, purchaseFees, type FeeScheduleInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

const raw = (): FeeScheduleInput => structuredClone(feeSchedules.changzhouOlympicGarden) as unknown as FeeScheduleInput;

function deeplyFrozen(v: unknown): boolean {
  if (v === null || typeof v !== "object") return true;
  return Object.isFrozen(v) && Object.values(v).every(deeplyFrozen);
}

describe("compileFeeSchedule", () => {
  it("the presets are compiled: valid, marked and deeply frozen", () => {
    for (const s of [feeSchedules.changzhouOlympicGarden, feeSchedules.chinaNational]) {
      expect(isCompiledFeeSchedule(s)).toBe(true);
      expect(deeplyFrozen(s)).toBe(true);
    }
  });
  it("a compiled schedule gives the same result as the raw one, and compiling twice is the same object", () => {
    const c = compileFeeSchedule(raw());
    expect(compileFeeSchedule(c)).toBe(c);
    expect(purchaseFees({ price: 1000000, area: 100 }, c)).toEqual(purchaseFees({ price: 1000000, area: 100 }, raw()));
    expect(purchaseFees({ price: 1000000, area: 100 }, c).total).toBe("29458.00");
  });
  it("a copy or spread is no longer compiled (and is validated again)", () => {
    expect(isCompiledFeeSchedule({ ...feeSchedules.chinaNational })).toBe(false);
    expect(isCompiledFeeSchedule(structuredClone(feeSchedules.chinaNational))).toBe(false);
    expect(isCompiledFeeSchedule(Object.freeze(structuredClone(feeSchedules.chinaNational)))).toBe(false);
    expect(isCompiledFeeSchedule(null)).toBe(false);
    expect(isCompiledFeeSchedule("x")).toBe(false);
    const spread = { ...feeSchedules.changzhouOlympicGarden, versions: [] };
    expectShoulou(() => purchaseFees({ price: 1, area: 1 }, spread), "INVALID_SCHEDULE", ["schedule", "versions"]);
  });
  it("serialises to the same JSON as the validated schedule", () => {
    const c = compileFeeSchedule(raw());
    expect(JSON.parse(JSON.stringify(c))).toEqual(JSON.parse(JSON.stringify(feeSchedules.changzhouOlympicGarden)));
  });
  it("does not freeze or change the caller's object", () => {
    const input = raw();
    const before = JSON.stringify(input);
    compileFeeSchedule(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.versions[0])).toBe(false);
    expect(JSON.stringify(input)).toBe(before);
  });
  it("a malformed schedule is INVALID_SCHEDULE at the field", () => {
    const bad = raw() as unknown as { versions: { lines: { kind: string }[] }[] };
    bad.versions[0]!.lines[3]!.kind = "per-floor";
    expectShoulou(() => compileFeeSchedule(bad as unknown as FeeScheduleInput), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 3, "kind"]);
    expectShoulou(() => compileFeeSchedule(undefined as unknown as FeeScheduleInput), "INVALID_SCHEDULE", ["schedule"]);
  });
});
