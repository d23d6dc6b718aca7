import * as fc from "fast-check";
import { addDays } from "../core/time";

/** Minutes after an ISO date's midnight in +08:00, as an instant "YYYY-MM-DDTHH:mm:00+08:00" (no Date, no zone). */
export function instantAt(startDate: string, minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, "0");
  const mm = String(m % 60).padStart(2, "0");
  return `${addDays(startDate, day)}T${hh}:${mm}:00+08:00`;
}

/** Instants over `days` days from `startDate`, at the minute. */
export function instantWithin(startDate: string, days: number): fc.Arbitrary<{ minute: number; at: string }> {
  return fc.integer({ min: 0, max: days * 1440 - 1 }).map((minute) => ({ minute, at: instantAt(startDate, minute) }));
}
