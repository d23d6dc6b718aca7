import { ShoulouError, type ErrorPath } from "../core/errors";
import { addDays, addMonths, isIsoDate, type ZoneClock } from "../core/time";

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
  const starts = new Map<string, number>();
  // The zone's offset per UTC day, when it is the same at both ends of the day (every day but a
  // transition day): a year of events then costs ~365 zone look-ups instead of one per quarter hour.
  const dayOffsets = new Map<number, number | null>();
  const localDates = new Map<number, string>();
  const suffixes = new Map<number, string>();
  const offsetOfDay = (ms: number): number | null => {
    const day = Math.floor(ms / DAY_MS);
    let off = dayOffsets.get(day);
    if (off === undefined) {
      const a = clock.offsetMinutes(day * DAY_MS);
      off = a === clock.offsetMinutes(day * DAY_MS + DAY_MS - 1) ? a : null;
      dayOffsets.set(day, off);
    }
    return off;
  };
  return {
    ...clock,
    format: (ms) => {
      let v = formatted.get(ms);
      if (v === undefined) {
        const off = offsetOfDay(ms);
        if (off === null) v = clock.format(ms);
        else {
          // The wrapped clock's text, without asking the zone again: local time, then the offset.
          let suffix = suffixes.get(off);
          if (suffix === undefined) suffixes.set(off, (suffix = clock.format(ms).slice(19)));
          v = `${new Date(ms + off * 60_000).toISOString().slice(0, 19)}${suffix}`;
        }
        formatted.set(ms, v);
      }
      return v;
    },
    localDate: (ms) => {
      const off = offsetOfDay(ms);
      if (off === null) return clock.localDate(ms);
      const localDay = Math.floor((ms + off * 60_000) / DAY_MS);
      let v = localDates.get(localDay);
      if (v === undefined) localDates.set(localDay, (v = clock.localDate(ms)));
      return v;
    },
    startOfDay: (date) => {
      let v = starts.get(date);
      if (v === undefined) starts.set(date, (v = clock.startOfDay(date)));
      return v;
    },
  };
}

const DAY_MS = 86_400_000;

/** How a period counts its first day: the contact day is day 1, or (Civil Code art. 201) the next day is. @category Attribution */
export type CountFrom = "contact-day" | "next-day";

/**
 * The instant a period starting at `startMs` ends: local midnight after its last day, in the
 * policy's zone — never the machine's. With `"contact-day"` the start day is day 1 (15 days from
 * 1 October end at the start of 16 October); with `"next-day"` the start day does not count
 * (《中华人民共和国民法典》第二百零一条: 开始的当日不计入，自下一日开始计算), so the period ends
 * one day later; a month period ends on the corresponding day of the last month (art. 202), or
 * that month's last day when it has none.
 * @remarks ATT-5, ATT-CH-1.
 * @param clock - the project zone clock.
 * @param startMs - start instant.
 * @param unit - days or months.
 * @param amount - how many.
 * @param countFrom - which day is day 1.
 * @param path - the input field that started the period, for the error.
 * @returns the exclusive end instant in ms.
 * @throws ShoulouError `OUT_OF_RANGE` when the period would end after 9999-12-31.
 * @category Attribution
 */
export function periodEnd(clock: ZoneClock, startMs: number, unit: "days" | "months", amount: number, countFrom: CountFrom, path: ErrorPath): number {
  const startDate = clock.localDate(startMs);
  const extra = countFrom === "next-day" ? 1 : 0;
  let last: string | null;
  try {
    last = unit === "days" ? addDays(startDate, amount + extra) : extra ? addDays(addMonths(startDate, amount), 1) : addMonths(startDate, amount);
  } catch {
    last = null; // the calendar's own refusal past 9999-12-31: reported below at the event's path
  }
  if (last === null || !isIsoDate(last)) throw new ShoulouError("OUT_OF_RANGE", path, `a period of ${amount} ${unit} from ${startDate} would end after 9999-12-31`);
  return clock.startOfDay(last);
}
