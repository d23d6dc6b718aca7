import { ShoulouError } from "../core/errors";
import { canonicalDecimal } from "../core/money";
import type { FeeSchedule, FeeScheduleVersion } from "./schema";

/**
 * The version of `schedule` in force on `date` (FEE-SCHEDULE). An undated call is allowed only
 * when the schedule has a single version.
 *
 * @throws {@link ShoulouError} `MISSING_PARAMETER` (no date, several versions) or
 * `NO_SCHEDULE_IN_FORCE` (no version covers the date)
 */
export function versionInForce(schedule: FeeSchedule, date: string | undefined): FeeScheduleVersion {
  if (date === undefined) {
    const only = schedule.versions.length === 1 ? schedule.versions[0] : undefined;
    if (only) return only;
    throw new ShoulouError("MISSING_PARAMETER", ["date"], `schedule ${schedule.id} has ${schedule.versions.length} versions: give the date the taxes are due`);
  }
  const found = schedule.versions.find(
    (v) => (v.effectiveFrom === undefined || v.effectiveFrom <= date) && (v.effectiveTo === undefined || date <= v.effectiveTo),
  );
  if (found) return found;
  const spans = schedule.versions.map((v) => `${v.effectiveFrom ?? "…"} to ${v.effectiveTo ?? "…"}`).join(", ");
  throw new ShoulouError("NO_SCHEDULE_IN_FORCE", ["date"], `no version of schedule ${schedule.id} is in force on ${date} (versions: ${spans})`);
}

/** A parameter's value as resolved for one call, and whether the default was used. */
export interface ResolvedParameter {
  readonly kind: "money" | "rate" | "text";
  readonly value: string;
  readonly defaulted: boolean;
}

/**
 * The caller's parameter names that the version does not use (a typo, or a parameter of
 * another schedule): reported in the trace, not refused, so one input can serve several schedules.
 */
export function unusedParameters(version: FeeScheduleVersion, given: Readonly<Record<string, string | number>>): string[] {
  return Object.keys(given)
    .filter((name) => !version.parameters.some((p) => p.name === name))
    .sort();
}

/**
 * The values of a version's parameters from the caller's `parameters`, checked by kind.
 *
 * @throws {@link ShoulouError} `MISSING_PARAMETER` naming the parameter, or `INVALID_INPUT`
 */
export function resolveParameters(
  version: FeeScheduleVersion,
  given: Readonly<Record<string, string | number>>,
): ReadonlyMap<string, ResolvedParameter> {
  const out = new Map<string, ResolvedParameter>();
  for (const p of version.parameters) {
    const raw = Object.hasOwn(given, p.name) ? given[p.name] : undefined;
    const value = raw ?? p.default;
    const path = ["parameters", p.name];
    if (value === undefined) {
      throw new ShoulouError("MISSING_PARAMETER", path, `schedule version ${version.id} needs ${p.name} — ${p.label.en} (${p.label.zh})${p.source ? `; source: ${p.source}` : ""}`);
    }
    if (p.kind === "text") {
      out.set(p.name, { kind: p.kind, value: String(value).trim().toLowerCase(), defaulted: raw === undefined });
      continue;
    }
    const rules = p.kind === "money" ? { sign: "nonnegative", maxDecimals: 2 } as const : { sign: "nonnegative", maxDecimals: 12, maxIntegerDigits: 1 } as const;
    const canon = canonicalDecimal(value, rules);
    if (typeof canon !== "string") throw new ShoulouError("INVALID_INPUT", path, `${p.name} ${canon.error}`);
    if (p.kind === "rate" && Number(canon) > 1) throw new ShoulouError("INVALID_INPUT", path, `${p.name} is a fraction (0.03 = 3%): must be at most 1`);
    out.set(p.name, { kind: p.kind, value: canon, defaulted: raw === undefined });
  }
  return out;
}
