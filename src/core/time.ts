import { addMonths as addMonthsFns } from "date-fns";
import { tz, tzOffset } from "@date-fns/tz";
import { ShoulouError, type ErrorPath } from "./errors";

/**
 * Dates and instants without the machine's clock or time zone.
 *
 * - A *date* is a calendar day, `"2024-09-26"`; calendar arithmetic on it is pure UTC math.
 * - An *instant* is a point in time, ISO 8601 with an offset, `"2024-09-26T10:15:00+08:00"`.
 * - Local dates and times belong to the project's time zone (a policy field, default
 *   `Asia/Shanghai`), read through a {@link ZoneClock}.
 */

/** The time zone every preset uses unless told otherwise. @category Time */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
function utcMs(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

/**
 * True for a real calendar date in `YYYY-MM-DD` form (so `2024-02-30` is false).
 *
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); //=> true
 * isIsoDate("2023-02-29"); //=> false
 * ```
 * @category Time
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Milliseconds since the epoch of an RFC 3339 instant with an explicit offset, or `undefined`
 * when the text is not one (a missing offset is refused: it would depend on the machine).
 * Seconds may carry up to 9 fractional digits (Python gives 6, Java and Go 9); they are
 * reduced to milliseconds by truncation, never rounded up into the next millisecond.
 *
 * @example
 * ```ts
 * instantMs("1970-01-01T08:00:00+08:00"); //=> 0
 * instantMs("1970-01-01T00:00:00.123999999Z"); //=> 123
 * instantMs("2024-09-26T10:15"); //=> undefined
 * ```
 * @category Time
 */
export function instantMs(value: unknown): number | undefined {
  // Read digit by digit, no regex and no Date.parse: bulk runs read millions of instants.
  if (typeof value !== "string") return undefined;
  const t = value;
  const n = t.length;
  if (n < 17 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58) return undefined;
  const y = digitsAt(t, 0, 4);
  const mo = digitsAt(t, 5, 2);
  const d = digitsAt(t, 8, 2);
  const h = digitsAt(t, 11, 2);
  const mi = digitsAt(t, 14, 2);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  let i = 16;
  let sec = 0;
  let milli = 0;
  if (t.charCodeAt(i) === 58) {
    sec = digitsAt(t, i + 1, 2);
    if (sec < 0 || sec > 59) return undefined;
    i += 3;
    if (t.charCodeAt(i) === 46) {
      let k = i + 1;
      while (k < n && k - i <= 10 && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57) k++;
      const count = k - i - 1;
      if (count < 1 || count > 9) return undefined;
      // Truncate to milliseconds: the first three digits, padded.
      milli = digitsAt(t, i + 1, Math.min(count, 3)) * (count === 1 ? 100 : count === 2 ? 10 : 1);
      i = k;
    }
  }
  let offset = 0;
  const sign = t.charCodeAt(i);
  if (sign === 90 && i + 1 === n) offset = 0;
  else if ((sign === 43 || sign === 45) && i + 6 === n && t.charCodeAt(i + 3) === 58) {
    const oh = digitsAt(t, i + 1, 2);
    const om = digitsAt(t, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return undefined;
  const day = y >= 100 ? Date.UTC(y, mo - 1, d) : utcMs(y, mo - 1, d);
  return day + ((h * 60 + mi) * 60 + sec) * 1000 + milli - offset;
}

/** `count` decimal digits of `t` at `at` as a number, or −1 if any is not a digit. */
function digitsAt(t: string, at: number, count: number): number {
  let v = 0;
  for (let k = at; k < at + count; k++) {
    const c = t.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * True when `name` is an IANA time zone this runtime knows.
 *
 * @example
 * ```ts
 * isTimeZone("Asia/Shanghai"); //=> true
 * isTimeZone("Mars/Olympus"); //=> false
 * ```
 * @category Time
 */
export function isTimeZone(name: unknown): name is string {
  // No IANA name is longer than a few dozen characters: a long text is refused unread.
  if (typeof name !== "string" || name === "" || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Minutes since midnight of an `HH:mm` time, or `undefined`.
 *
 * @example
 * ```ts
 * minutesOfDay("10:15"); //=> 615
 * ```
 * @category Time
 */
export function minutesOfDay(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const m = TIME_RE.exec(value);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? h * 60 + min : undefined;
}

/**
 * `HH:mm` of minutes since midnight (0–1439; callers pass checked minutes). Internal.
 *
 * @internal
 */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}

/** The first and last instants whose UTC date shoulou can write: 0001-01-01 and 9999-12-31. */
const FIRST_MS = utcMs(1, 0, 1);
const END_MS = utcMs(10000, 0, 1);

/** UTC midnight of a real `YYYY-MM-DD` date, or INVALID_INPUT at `path`. */
function dateMs(date: unknown, path: ErrorPath): number {
  if (!isIsoDate(date)) throw new ShoulouError("INVALID_INPUT", path, { key: "date" });
  return utcMs(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The `YYYY-MM-DD` of a UTC instant, or OUT_OF_RANGE at `path` outside 0001-01-01 … 9999-12-31. */
function dateOfMs(ms: number, path: ErrorPath): string {
  if (!(ms >= FIRST_MS && ms < END_MS)) throw new ShoulouError("OUT_OF_RANGE", path, { key: "date-range" });
  return new Date(ms).toISOString().slice(0, 10);
}

function wholeNumber(value: unknown, path: ErrorPath): number {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  throw new ShoulouError("INVALID_INPUT", path, { key: "integer" });
}

/** More days than 0001-01-01 … 9999-12-31 spans: any larger step leaves the range anyway. */
const MAX_DAY_STEP = 4_000_000;

/**
 * The calendar date `days` after `date` (negative goes back).
 *
 * @example
 * ```ts
 * addDays("2024-02-28", 2); //=> "2024-03-01"
 * attempt(() => addDays("2024-02-30", 0)).error.code; //=> "INVALID_INPUT"
 * attempt(() => addDays("9999-12-30", 3)).error.code; //=> "OUT_OF_RANGE"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` for a date that does not exist or a non-integer
 * `days`; `OUT_OF_RANGE` past 9999-12-31 or before 0001-01-01
 * @category Time
 */
export function addDays(date: string, days: number): string {
  const ms = dateMs(date, ["date"]);
  const n = wholeNumber(days, ["days"]);
  if (Math.abs(n) > MAX_DAY_STEP) throw new ShoulouError("OUT_OF_RANGE", ["days"], { key: "date-range" });
  return dateOfMs(ms + n * DAY_MS, ["days"]);
}

/**
 * The calendar date `months` after `date`; a day the target month lacks becomes its last
 * day (date-fns semantics: 2024-11-30 + 3 months = 2025-02-28).
 *
 * @example
 * ```ts
 * addMonths("2024-11-30", 3); //=> "2025-02-28"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` for a date that does not exist or a non-integer
 * `months`; `OUT_OF_RANGE` past 9999-12-31 or before 0001-01-01
 * @category Time
 */
export function addMonths(date: string, months: number): string {
  const ms = dateMs(date, ["date"]);
  const n = wholeNumber(months, ["months"]);
  if (Math.abs(n) > MAX_DAY_STEP) throw new ShoulouError("OUT_OF_RANGE", ["months"], { key: "date-range" });
  return dateOfMs(addMonthsFns(ms, n, { in: tz("UTC") }).getTime(), ["months"]);
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween("2024-09-26", "2024-09-29"); //=> 3
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` for a date that does not exist
 * @category Time
 */
export function daysBetween(from: string, to: string): number {
  const a = dateMs(from, ["from"]);
  return Math.round((dateMs(to, ["to"]) - a) / DAY_MS);
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * isoWeekday("2024-09-26"); //=> 4
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` for a date that does not exist
 * @category Time
 */
export function isoWeekday(date: string): number {
  const d = new Date(dateMs(date, ["date"])).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * Reads instants in one time zone. Offsets are memoised inside the clock (per 15-minute
 * bucket, finer than any real zone transition), so bulk work pays the zone math once per
 * bucket; the cache lives and dies with the clock — no global state. A bad zone, date or time
 * is a {@link ShoulouError} (`INVALID_INPUT`).
 *
 * @category Time
 */
export interface ZoneClock {
  readonly timeZone: string;
  /** Offset from UTC in minutes at an instant (Shanghai: 480). */
  offsetMinutes(ms: number): number;
  /** The local calendar date of an instant. */
  localDate(ms: number): string;
  /** The local `HH:mm` of an instant. */
  localTime(ms: number): string;
  /** The instant of local midnight starting `date`. */
  startOfDay(date: string): number;
  /**
   * The instant of a local date and time (`HH:mm`, or minutes since midnight). A time that
   * happens twice (the hour a clock turns back) gives the first; one that never happens (the hour
   * a clock skips) moves forward by the gap (02:30 on a spring-forward night is 03:30).
   */
  at(date: string, time: string | number): number;
  /** An instant as ISO text with the zone's offset: `2024-09-26T10:15:00+08:00`. */
  format(ms: number): string;
}

/**
 * A {@link ZoneClock} for `timeZone`.
 *
 * @example
 * ```ts
 * const clock = zoneClock("Asia/Shanghai");
 * clock.format(clock.at("2024-09-26", "10:15")); //=> "2024-09-26T10:15:00+08:00"
 * clock.localDate(instantMs("2024-09-26T16:30:00Z")!); //=> "2024-09-27"
 * ```
 * @category Time
 */
export function zoneClock(timeZone: string = DEFAULT_TIME_ZONE): ZoneClock {
  if (!isTimeZone(timeZone)) throw new ShoulouError("INVALID_INPUT", ["timeZone"], { key: "time-zone" });
  const cache = new Map<number, number>();
  const offsetMinutes = (ms: number): number => {
    instantNumber(ms);
    const bucket = Math.floor(ms / 900_000);
    let off = cache.get(bucket);
    if (off === undefined) {
      off = tzOffset(timeZone, new Date(bucket * 900_000));
      cache.set(bucket, off);
    }
    return off;
  };
  // The local wall clock as a UTC instant; its date must be one shoulou can write back.
  const local = (ms: number): Date => {
    const wall = ms + offsetMinutes(ms) * 60_000;
    if (!(wall >= FIRST_MS && wall < END_MS)) throw new ShoulouError("OUT_OF_RANGE", ["instant"], { key: "date-range" });
    return new Date(wall);
  };
  const at = (date: string, time: string | number): number => {
    const minutes = typeof time === "number" ? time : minutesOfDay(time);
    if (minutes === undefined || !Number.isInteger(minutes) || minutes < 0 || minutes >= 1440) {
      throw new ShoulouError("INVALID_INPUT", ["time"], { key: "minutes-of-day" });
    }
    const wall = dateMs(date, ["date"]) + minutes * 60_000;
    // Two passes settle the offset even on a transition day.
    let guess = wall - offsetMinutes(wall) * 60_000;
    guess = wall - offsetMinutes(guess) * 60_000;
    const before = offsetMinutes(wall - DAY_MS);
    const after = offsetMinutes(wall + DAY_MS);
    if (before === after) return guess;
    // Near a transition a wall time may happen twice (the hour a clock turns back): the first of
    // the two. One that never happens (the hour a clock skips) moves forward by the gap, read with
    // the offset before it (as Temporal's "compatible"). Either way, whichever side of UTC the zone is on.
    let first = guess + offsetMinutes(guess) * 60_000 === wall ? guess : Infinity;
    for (const off of [before, after]) {
      const c = wall - off * 60_000;
      if (c < first && c + offsetMinutes(c) * 60_000 === wall) first = c;
    }
    return first === Infinity ? wall - before * 60_000 : first;
  };
  return {
    timeZone,
    offsetMinutes,
    localDate: (ms) => local(ms).toISOString().slice(0, 10),
    localTime: (ms) => local(ms).toISOString().slice(11, 16),
    startOfDay: (date) => at(date, 0),
    at,
    format: (ms) => {
      const text = local(ms).toISOString().slice(0, 19);
      const off = offsetMinutes(ms);
      const sign = off < 0 ? "-" : "+";
      return `${text}${sign}${formatMinutes(Math.abs(off))}`;
    },
  };
}

/** An instant in milliseconds must be a finite number (Date limits aside, shoulou's range is checked where a date is written). */
function instantNumber(ms: unknown): void {
  if (typeof ms !== "number" || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw new ShoulouError("INVALID_INPUT", ["instant"], { key: "instant" });
}
