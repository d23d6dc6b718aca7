import { addDays, addMonths, type ZoneClock } from "../core/time";

/**
 * A clock whose `format`, `localDate` and `startOfDay` remember their answers for the life of one
 * call (a nightly run formats the same few midnights a hundred thousand times).
 * @remarks Performance only; same answers as the wrapped clock.
 * @param clock - the project zone clock.
 * @returns a clock with the same answers.
 * @category Attribution
 */
export function memoClock(clock: ZoneClock): ZoneClock {
  const formatted = new Map<number, string>();
  const dates = new Map<number, string>();
  const starts = new Map<string, number>();
  let lastBucket = NaN;
  let lastDate = "";
  return {
    ...clock,
    format: (ms) => {
      let v = formatted.get(ms);
      if (v === undefined) {
        // Stored flat (one string, not a rope of its parts): these land in a million trace steps.
        const text = clock.format(ms);
        formatted.set(ms, (v = [text.slice(0, 10), text.slice(10)].join("")));
      }
      return v;
    },
    localDate: (ms) => {
      const bucket = Math.floor(ms / 900_000);
      if (bucket === lastBucket) return lastDate;
      let v = dates.get(bucket);
      if (v === undefined) dates.set(bucket, (v = clock.localDate(ms)));
      lastBucket = bucket;
      lastDate = v;
      return v;
    },
    startOfDay: (date) => {
      let v = starts.get(date);
      if (v === undefined) starts.set(date, (v = clock.startOfDay(date)));
      return v;
    },
  };
}

/**
 * The instant a period starting at `startMs` ends: local midnight `amount` days or months after the
 * local start date (the start day counts as day 1), in the policy's zone — never the machine's.
 * @remarks ATT-5, ATT-CH-1.
 * @param clock - the project zone clock.
 * @param startMs - start instant.
 * @param unit - days or months.
 * @param amount - how many.
 * @returns the exclusive end instant in ms.
 * @category Attribution
 */
export function periodEnd(clock: ZoneClock, startMs: number, unit: "days" | "months", amount: number): number {
  const startDate = clock.localDate(startMs);
  return clock.startOfDay(unit === "days" ? addDays(startDate, amount) : addMonths(startDate, amount));
}
