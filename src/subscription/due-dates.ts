import { isShoulouError, ShoulouError, type ErrorPath } from "../core/errors";
import { addDays, isIsoDate } from "../core/time";

/**
 * Internal: a due date `days` after `date` — a refund window, a signing deadline — that refuses
 * to leave the calendar the library reads back (years 1–9999). The error points at the input
 * date the period runs from, since that is what the caller can change.
 */
export function addDaysAt(date: string, days: number, path: ErrorPath, what: string): string {
  let out: string;
  try {
    out = addDays(date, days);
  } catch (e) {
    if (isShoulouError(e) && e.code === "OUT_OF_RANGE") throw outOfRange(date, days, path, what);
    throw e;
  }
  // Until core's addDays refuses such dates itself, a year past 9999 comes back as "+010000-…".
  if (!isIsoDate(out)) throw outOfRange(date, days, path, what);
  return out;
}

function outOfRange(date: string, days: number, path: ErrorPath, what: string): ShoulouError {
  return new ShoulouError("OUT_OF_RANGE", path, `${what}, ${days} day(s) after ${date}, falls after 9999-12-31`);
}
