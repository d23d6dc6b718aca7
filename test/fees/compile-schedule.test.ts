import { describe, expect, it } from "vitest";
import { compileFeeSchedule, feeScheduleLimits, feeSchedules, isCompiledFeeSchedule, purchaseFees, type FeeScheduleInput } from "../../src/fees";
import { ruleCatalogue } from "../../src/core";
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

  describe("size limits, refused up front", () => {
    const line = (i: number) => ({ code: `l${i}`, rule: "FEE-3", kind: "per-unit", amount: "1", label: { zh: "项", en: "Item" }, source: "test" });
    const withLines = (lines: unknown[], versions = 1): FeeScheduleInput =>
      ({
        id: "big",
        label: { zh: "大", en: "Big" },
        jurisdiction: "CN",
        versions: Array.from({ length: versions }, (_, v) => ({ id: `v${v}`, effectiveFrom: `${2000 + v}-01-01`, effectiveTo: `${2000 + v}-12-31`, source: "test", lines })),
      }) as unknown as FeeScheduleInput;

    it("the limits are documented numbers", () => {
      expect(feeScheduleLimits).toEqual({ versions: 100, lines: 200, parameters: 100, tiers: 100, items: 100 });
    });
    it("a version of 201 lines is OUT_OF_RANGE at its lines, before any line is looked at", () => {
      expectShoulou(() => compileFeeSchedule(withLines(Array.from({ length: 201 }, () => ({ junk: true })))), "OUT_OF_RANGE", ["schedule", "versions", 0, "lines"]);
      const full = withLines(Array.from({ length: 200 }, (_, i) => line(i)));
      expect(purchaseFees({ price: 1, area: 1, date: "2000-06-01" }, full).total).toBe("200.00");
    });
    it("101 versions, 101 parameters or 101 tiers are OUT_OF_RANGE at the list", () => {
      expectShoulou(() => compileFeeSchedule(withLines([line(0)], 101)), "OUT_OF_RANGE", ["schedule", "versions"]);
      const params = withLines([line(0)]) as unknown as { versions: { parameters: unknown[] }[] };
      params.versions[0]!.parameters = Array.from({ length: 101 }, () => ({}));
      expectShoulou(() => compileFeeSchedule(params as unknown as FeeScheduleInput), "OUT_OF_RANGE", ["schedule", "versions", 0, "parameters"]);
      const tiers = withLines([{ ...line(0), kind: "tiered", tiers: Array.from({ length: 101 }, () => ({})) }]);
      expectShoulou(() => compileFeeSchedule(tiers), "OUT_OF_RANGE", ["schedule", "versions", 0, "lines", 0, "tiers"]);
    });
    it("a line may name exactly the catalogue's fee rules that speak for every line kind, and no other rule", () => {
      const speaksForLines = (e: { module: string; facts?: object }) => e.module === "fees" && e.facts !== undefined && "per-unit" in e.facts && "tiered" in e.facts && "exempt" in e.facts;
      for (const [id, entry] of Object.entries(ruleCatalogue)) {
        const schedule = withLines([{ ...line(0), rule: id }]);
        if (speaksForLines(entry)) expect(compileFeeSchedule(schedule).versions[0]!.lines[0]!.rule).toBe(id);
        else expectShoulou(() => compileFeeSchedule(schedule), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "rule"]);
      }
    });
    it("a line code past 100 characters is INVALID_SCHEDULE at the code, and a source past 2,000 at the source", () => {
      expectShoulou(() => compileFeeSchedule(withLines([{ ...line(0), code: "a".repeat(101) }])), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "code"]);
      expectShoulou(() => compileFeeSchedule(withLines([{ ...line(0), source: "x".repeat(2001) }])), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "source"]);
      expect(compileFeeSchedule(withLines([{ ...line(0), code: "a".repeat(100) }])).versions[0]!.lines[0]!.code).toHaveLength(100);
    });
    it("duplicate line codes are found in one pass: 100 versions of 200 lines, the repeat named at its index", () => {
      const lines = Array.from({ length: 200 }, (_, i) => line(i));
      expect(compileFeeSchedule(withLines(lines, 100)).versions).toHaveLength(100);
      const dup = [...lines.slice(0, 199), line(7)];
      const e = expectShoulou(() => compileFeeSchedule(withLines(dup)), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 199, "code"]);
      expect(e.message).toContain("l7");
    });
  });
});
