import { instantMs, type ZoneClock } from "../core/time";

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * `clock.format(ms)`, reusing `text` when it is already that string: whole seconds, no
 * fraction, and the zone's own offset at that instant (then its wall-clock fields are the
 * zone's local time). Saves formatting and memory on large graphs.
 */
export function formatInZone(clock: ZoneClock, text: string, ms: number): string {
  if (CANONICAL_INSTANT.test(text)) {
    const off = clock.offsetMinutes(ms);
    const abs = Math.abs(off);
    const suffix = `${off < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    if (text.endsWith(suffix)) return text;
  }
  return clock.format(ms);
}

function digits(text: string, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Milliseconds of an instant the schema has already validated: the canonical shape
 * `YYYY-MM-DDTHH:mm:ss±hh:mm` is read digit by digit, without allocating; any other shape goes
 * through core's `instantMs`. Equal to `instantMs(text)` for every valid instant (property test).
 */
export function validatedMs(text: string): number {
  if (text.length === 25 && text.charCodeAt(10) === 84 && text.charCodeAt(22) === 58) {
    const y = digits(text, 0, 4);
    const mo = digits(text, 5, 2);
    const d = digits(text, 8, 2);
    const h = digits(text, 11, 2);
    const mi = digits(text, 14, 2);
    const s = digits(text, 17, 2);
    const oh = digits(text, 20, 2);
    const om = digits(text, 23, 2);
    const sign = text.charCodeAt(19);
    if (y >= 100 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && s >= 0 && oh >= 0 && om >= 0 && (sign === 43 || sign === 45)) {
      const off = (oh * 60 + om) * 60_000;
      const utc = Date.UTC(y, mo - 1, d, h, mi, s);
      return sign === 45 ? utc + off : utc - off;
    }
  }
  return instantMs(text) ?? 0;
}
