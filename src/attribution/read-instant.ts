import { instantMs } from "../core/time";

const DIGIT0 = 48;

/** Two or four digits at `i` as a number, or -1. */
function digits(t: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = t.charCodeAt(k) - DIGIT0;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Milliseconds of an ISO instant with an offset, read without allocating: the same answer as
 * core's `instantMs` (undefined for the same texts); unusual forms are handed to `instantMs`.
 * @remarks Performance only (a nightly run reads a million instants).
 * @param t - any value.
 * @returns milliseconds since the epoch, or undefined.
 * @category Attribution
 */
export function readInstant(t: unknown): number | undefined {
  if (typeof t !== "string") return undefined;
  const n = t.length;
  if (n < 17 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58) return instantMs(t);
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return instantMs(t);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] as number))) return undefined;
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (t.charCodeAt(i) === 58) {
    sec = digits(t, i + 1, 2);
    if (sec < 0 || sec > 59) return instantMs(t);
    i += 3;
    if (t.charCodeAt(i) === 46) {
      let k = i + 1;
      let frac = 0;
      let count = 0;
      while (k < n && count < 4) {
        const c = t.charCodeAt(k) - DIGIT0;
        if (c < 0 || c > 9) break;
        frac = frac * 10 + c;
        count++;
        k++;
      }
      if (count < 1 || count > 3) return instantMs(t);
      ms = count === 1 ? frac * 100 : count === 2 ? frac * 10 : frac;
      i = k;
    }
  }
  let off = 0;
  const sign = t.charCodeAt(i);
  if (sign === 90 && i + 1 === n) off = 0;
  else if ((sign === 43 || sign === 45) && i + 6 === n && t.charCodeAt(i + 3) === 58) {
    const oh = digits(t, i + 1, 2);
    const om = digits(t, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return instantMs(t);
    off = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return instantMs(t);
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - off;
}
