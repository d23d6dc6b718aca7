import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { feeScheduleSchema, type FeeSchedule, type FeeScheduleInput } from "./schema";

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

/**
 * Validates a fee schedule once and returns it frozen and marked, so that
 * {@link purchaseFees} skips re-validating it on every call (the presets in
 * {@link feeSchedules} are compiled already). The result is still plain data: it
 * serialises to the same JSON; a copy or spread of it is validated again, as it should be.
 *
 * @param schedule - a schedule as written (see {@link feeScheduleSchema})
 * @returns the validated, frozen schedule
 * @throws {@link ShoulouError} `INVALID_SCHEDULE` with the path of the bad field
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
