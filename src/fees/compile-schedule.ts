import { guarded, ShoulouError } from "../core/errors";
import { parseWith } from "../core/schema";
import type { FeeScheduleInput } from "./input-types";
import { feeScheduleLimits, feeScheduleSchema, type FeeSchedule } from "./schema";

const VALIDATED: unique symbol = Symbol.for("shoulou.fees.validated-schedule");

/** A fee schedule validated once and deeply frozen, so it can be used again without re-checking. @category Fees */
export type CompiledFeeSchedule = FeeSchedule & { readonly [VALIDATED]: true };

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The length of `value[key]` when it is a real array, else 0 (zod reports the wrong type). */
function lengthOf(value: unknown, key: string): number {
  if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return 0;
  const v: unknown = (value as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.length : 0;
}

/**
 * Refuses a schedule past its size limits before any other work, so validation stays in time
 * proportional to a bounded input.
 */
function checkLimits(schedule: unknown): void {
  const tooMany = (path: (string | number)[], max: number) => new ShoulouError("OUT_OF_RANGE", path, `at most ${max} items (a documented schedule limit)`);
  const versionCount = lengthOf(schedule, "versions");
  if (versionCount > feeScheduleLimits.versions) throw tooMany(["schedule", "versions"], feeScheduleLimits.versions);
  if (versionCount === 0) return;
  const versions = (schedule as { versions: unknown[] }).versions;
  for (let i = 0; i < versionCount; i++) {
    const v = versions[i];
    if (lengthOf(v, "lines") > feeScheduleLimits.lines) throw tooMany(["schedule", "versions", i, "lines"], feeScheduleLimits.lines);
    if (lengthOf(v, "parameters") > feeScheduleLimits.parameters) throw tooMany(["schedule", "versions", i, "parameters"], feeScheduleLimits.parameters);
    const lineCount = lengthOf(v, "lines");
    for (let k = 0; k < lineCount; k++) {
      const line = (v as { lines: unknown[] }).lines[k];
      if (lengthOf(line, "tiers") > feeScheduleLimits.tiers) throw tooMany(["schedule", "versions", i, "lines", k, "tiers"], feeScheduleLimits.tiers);
    }
  }
}

/**
 * Validates a fee schedule once and returns it frozen and marked, so that
 * {@link purchaseFees} skips re-validating it on every call (the presets in
 * {@link feeSchedules} are compiled already). The result is still plain data: it
 * serialises to the same JSON; a copy or spread of it is validated again, as it should be.
 *
 * Sizes are bounded ({@link feeScheduleLimits}: 100 versions, 200 lines and 100 parameters a
 * version, 100 tiers a line); a schedule past a limit is refused up front with `OUT_OF_RANGE`
 * at the list's path, and validation is linear in the schedule's size.
 *
 * @param schedule - a schedule as written (see {@link feeScheduleSchema})
 * @returns the validated, frozen schedule
 * @throws {@link core!ShoulouError} `INVALID_SCHEDULE` with the path of the bad field; `OUT_OF_RANGE`
 * past a size limit
 * @example
 * ```ts
 * const mine = compileFeeSchedule({ id: "x", label: { zh: "示例", en: "Example" }, jurisdiction: "CN", versions: [{ id: "v1", source: "house rules", lines: [{ code: "deed-tax", rule: "FEE-1", kind: "percent-of-price", rate: "0.03", label: { zh: "契税", en: "Deed tax" }, source: "house rules" }] }] });
 * Object.isFrozen(mine.versions[0].lines[0]); //=> true
 * purchaseFees({ price: 100, area: 1 }, mine).total; //=> "3.00"
 * ```
 * @category Fees
 */
export function compileFeeSchedule(schedule: FeeScheduleInput): CompiledFeeSchedule {
  return guarded(() => {
    if (isCompiledFeeSchedule(schedule)) return schedule;
    checkLimits(schedule);
    const parsed = parseWith(feeScheduleSchema, schedule, "INVALID_SCHEDULE", ["schedule"]);
    Object.defineProperty(parsed, VALIDATED, { value: true, enumerable: false });
    return deepFreeze(parsed) as CompiledFeeSchedule;
  });
}

/**
 * True when `value` came from {@link compileFeeSchedule} (and so is valid and frozen).
 *
 * @example
 * ```ts
 * isCompiledFeeSchedule(feeSchedules.chinaNational); //=> true
 * isCompiledFeeSchedule({ ...feeSchedules.chinaNational }); //=> false
 * ```
 * @category Fees
 */
export function isCompiledFeeSchedule(value: unknown): value is CompiledFeeSchedule {
  return typeof value === "object" && value !== null && Object.isFrozen(value) && (value as { [VALIDATED]?: unknown })[VALIDATED] === true;
}
