import { ShoulouError } from "../core/errors";
import { canonicalDecimal } from "../core/money";
import { findFeeCity, OTHER_CITY, type FeeCity } from "./cities";
import type { FeeSchedule, FeeScheduleVersion } from "./schema";

/**
 * The version of `schedule` in force on `date` (FEE-SCHEDULE). An undated call is allowed only
 * when the schedule has a single version.
 *
 * @throws {@link core!ShoulouError} `MISSING_PARAMETER` (no date, several versions) or
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
  readonly kind: "money" | "rate" | "text" | "city";
  /** Canonical: a decimal string, the text, or a city's code ("" when no city is given, "other"). */
  readonly value: string;
  readonly defaulted: boolean;
  /** An optional parameter the caller left out (its value is then ""). */
  readonly absent?: true;
  /** For a city: the caller's name and the listed city it stands for. */
  readonly city?: { readonly given: string; readonly city: FeeCity };
}

const MAX_TEXT = 200;

/**
 * The caller's parameter names that the version does not use (a typo, or a parameter of
 * another schedule): reported in the trace, not refused, so one input can serve several schedules.
 */
export function unusedParameters(version: FeeScheduleVersion, given: Readonly<Record<string, string | number>>): string[] {
  const declared = new Set(version.parameters.map((p) => p.name));
  return Object.keys(given)
    .filter((name) => !declared.has(name))
    .sort();
}

/**
 * The values of a version's parameters from the caller's `parameters`, checked by kind.
 *
 * @throws {@link core!ShoulouError} `MISSING_PARAMETER` naming the parameter, or `INVALID_INPUT`
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
      if (p.optional) {
        out.set(p.name, { kind: p.kind, value: "", defaulted: true, absent: true });
        continue;
      }
      throw new ShoulouError("MISSING_PARAMETER", path, `schedule version ${version.id} needs ${p.name} — ${p.label.en} (${p.label.zh})${p.source ? `; source: ${p.source}` : ""}`);
    }
    if (p.kind === "text" || p.kind === "city") {
      const text = String(value);
      if (text.length > MAX_TEXT) throw new ShoulouError("OUT_OF_RANGE", path, `${p.name} is longer than ${MAX_TEXT} characters`);
      const key = text.trim().toLowerCase();
      if (p.kind === "text") {
        if (p.options && !p.options.includes(key)) throw new ShoulouError("INVALID_INPUT", path, `${p.name} must be one of: ${p.options.join(", ")}`);
        out.set(p.name, { kind: p.kind, value: key, defaulted: raw === undefined });
        continue;
      }
      // FEE-CITY: a city is a name of the known list, or "other"; anything else is refused, never guessed.
      if (key === "" || key === OTHER_CITY) {
        out.set(p.name, { kind: p.kind, value: key, defaulted: raw === undefined });
        continue;
      }
      const city = findFeeCity(text);
      if (!city) throw new ShoulouError("INVALID_INPUT", path, `${p.name} is not a known city: give a listed city's code, Chinese or English name (see feeCities), or "${OTHER_CITY}" for a city not listed`);
      out.set(p.name, { kind: p.kind, value: city.code, defaulted: raw === undefined, city: { given: text.trim(), city } });
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
