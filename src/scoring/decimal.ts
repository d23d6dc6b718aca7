import { fromUnits } from "../core/money";
import { canonicalDecimal } from "../core/money";

/**
 * Small exact helpers the scoring module shares: comparing canonical decimal strings and
 * turning points into integer hundredths, so no score is ever summed in floating point.
 */

/** −1, 0 or 1 as canonical decimal `a` is below, equal to or above `b` (exact, no floats). */
export function compareDecimal(a: string, b: string): number {
  const na = a.startsWith("-");
  const nb = b.startsWith("-");
  if (na !== nb) return na ? -1 : 1;
  const sign = na ? -1 : 1;
  const [ai = "0", af = ""] = (na ? a.slice(1) : a).split(".");
  const [bi = "0", bf = ""] = (nb ? b.slice(1) : b).split(".");
  if (ai.length !== bi.length) return ai.length < bi.length ? -sign : sign;
  if (ai !== bi) return ai < bi ? -sign : sign;
  const len = Math.max(af.length, bf.length);
  const pa = af.padEnd(len, "0");
  const pb = bf.padEnd(len, "0");
  if (pa === pb) return 0;
  return pa < pb ? -sign : sign;
}

/** The canonical form of a decimal known to be valid (a number or a string). */
export function canonical(value: string | number, maxDecimals = 12): string {
  const r = canonicalDecimal(value, { maxDecimals, maxIntegerDigits: 20 });
  return typeof r === "string" ? r : String(value);
}

/** `part / whole` rounded half-up to `places` decimals, as a string (exact integer arithmetic). */
export function ratioString(part: number | bigint, whole: number | bigint, places: number): string {
  if (BigInt(whole) === 0n) return fromUnits(0, places);
  const scale = 10n ** BigInt(places);
  const num = BigInt(part) * scale * 2n + BigInt(whole);
  const q = num / (2n * BigInt(whole));
  return bigUnitsToString(q, places);
}

/** Integer units of 10^-places (any size) as a decimal string with exactly `places` decimals. */
export function bigUnitsToString(units: bigint, places: number): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const scale = 10n ** BigInt(places);
  const int = abs / scale;
  const frac = (abs % scale).toString().padStart(places, "0");
  return `${negative ? "-" : ""}${int}${places > 0 ? `.${frac}` : ""}`;
}

/** round_half_up((a + b × c) ÷ d) for non-negative integers, exact (BigInt when large). */
export function affineDivHalfUp(a: number, b: number, c: number, d: number): number {
  const bc = b * c;
  if (Math.abs(bc) < 2 ** 51 && Math.abs(a) < 2 ** 51 && d < 2 ** 50) {
    const n = 2 * (a + bc) + d;
    const r = n % (2 * d);
    return (n - r) / (2 * d);
  }
  return Number((2n * (BigInt(a) + BigInt(b) * BigInt(c)) + BigInt(d)) / (2n * BigInt(d)));
}
