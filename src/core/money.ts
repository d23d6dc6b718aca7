import DecimalJs from "decimal.js";
import { ShoulouError, type ErrorPath } from "./errors";

/**
 * shoulou's own Decimal: a clone, so the user's decimal.js settings are never touched.
 * Half-up (四舍五入) is the rounding every rule here uses unless it says otherwise.
 */
const D = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

/** A decimal.js value made by shoulou's private clone. @category Money */
export type Dec = DecimalJs;

/** Money or a rate as the boundary accepts it: a decimal string or a finite number. @category Money */
export type DecimalInput = string | number;

/** Largest yuan amount accepted: keeps every fen count an exact integer (< 2^53). */
export const MAX_YUAN_DIGITS = 13;

const DECIMAL_RE = /^[+-]?\d+(\.\d+)?$/;

/** Options for {@link parseDecimal}. @category Money */
export interface DecimalRules {
  /** "positive" (> 0), "nonnegative" (≥ 0) or "any". Default "any". */
  readonly sign?: "positive" | "nonnegative" | "any";
  /** Most digits after the point. Default 2 (money). */
  readonly maxDecimals?: number;
  /** Most digits before the point. Default {@link MAX_YUAN_DIGITS}. */
  readonly maxIntegerDigits?: number;
}

/**
 * Checks a decimal given as a string or number and returns its canonical string
 * (no leading zeros or "+", no trailing zeros after the point), or the reason it is refused.
 * Never converts through binary floating point: numbers are read by their shortest decimal form.
 *
 * @example
 * ```ts
 * canonicalDecimal("0012.50"); //=> "12.5"
 * canonicalDecimal(Number.NaN); //=> { error: "must be a finite number" }
 * ```
 * @category Money
 */
export function canonicalDecimal(value: unknown, rules: DecimalRules = {}): string | { error: string } {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: "must be a finite number" };
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim();
    if (text === "") return { error: "must not be empty" };
  } else {
    return { error: "must be a decimal string or a number" };
  }
  if (!DECIMAL_RE.test(text)) return { error: `"${String(value)}" is not a plain decimal number` };
  const negative = text.startsWith("-");
  const unsigned = text.replace(/^[+-]/, "");
  const [rawInt = "0", rawFrac = ""] = unsigned.split(".");
  const int = rawInt.replace(/^0+(?=\d)/, "");
  const frac = rawFrac.replace(/0+$/, "");
  const maxDecimals = rules.maxDecimals ?? 2;
  const maxInt = rules.maxIntegerDigits ?? MAX_YUAN_DIGITS;
  if (frac.length > maxDecimals) return { error: `has more than ${maxDecimals} decimal places` };
  if (int.length > maxInt) return { error: `has more than ${maxInt} digits before the point` };
  const isZero = /^0*$/.test(int) && frac === "";
  const canon = `${negative && !isZero ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
  const sign = rules.sign ?? "any";
  if (sign === "positive" && (isZero || negative)) return { error: "must be greater than 0" };
  if (sign === "nonnegative" && negative && !isZero) return { error: "must not be negative" };
  return canon;
}

/**
 * Like {@link canonicalDecimal} but throws a {@link ShoulouError} (`INVALID_INPUT`) at `path`.
 *
 * @example
 * ```ts
 * parseDecimal("1000000", ["price"], { sign: "positive" }); //=> "1000000"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT`
 * @category Money
 */
export function parseDecimal(value: unknown, path: ErrorPath, rules: DecimalRules = {}): string {
  const r = canonicalDecimal(value, rules);
  if (typeof r === "string") return r;
  throw new ShoulouError("INVALID_INPUT", path, r.error);
}

/**
 * A decimal in shoulou's private Decimal (precision 40, half-up).
 *
 * @example
 * ```ts
 * dec("0.1").plus("0.2").toString(); //=> "0.3"
 * ```
 * @category Money
 */
export function dec(value: DecimalInput | Dec): Dec {
  return new D(value);
}

/**
 * Rounds to the fen (2 decimals), half-up: 0.005 → 0.01, −0.005 → −0.01.
 *
 * @example
 * ```ts
 * roundFen("2.345").toFixed(2); //=> "2.35"
 * ```
 * @category Money
 */
export function roundFen(value: DecimalInput | Dec): Dec {
  return new D(value).toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/**
 * Exact integer count of 10^-places units in a canonical decimal string with at most `places`
 * decimals (`toUnits("12.5", 2)` is 1250).
 *
 * @example
 * ```ts
 * toUnits("-1.5", 4); //=> -15000
 * ```
 * @category Money
 */
export function toUnits(value: string, places: number): number {
  const negative = value.startsWith("-");
  const [int = "0", frac = ""] = (negative || value.startsWith("+") ? value.slice(1) : value).split(".");
  const n = Number(int) * 10 ** places + (places > 0 ? Number((frac + "0".repeat(places)).slice(0, places)) : 0);
  return negative ? -n : n;
}

/**
 * A decimal string with exactly `places` decimals from an integer count of 10^-places units.
 *
 * @example
 * ```ts
 * fromUnits(-5, 2); //=> "-0.05"
 * fromUnits(123456, 4); //=> "12.3456"
 * ```
 * @category Money
 */
export function fromUnits(units: number, places: number): string {
  const negative = units < 0;
  const abs = Math.abs(units);
  const scale = 10 ** places;
  const int = Math.floor(abs / scale);
  return `${negative ? "-" : ""}${int}${places > 0 ? `.${String(abs - int * scale).padStart(places, "0")}` : ""}`;
}

/**
 * Exact integer fen of a canonical yuan string with at most 2 decimals.
 *
 * @example
 * ```ts
 * toFen("1234.5"); //=> 123450
 * ```
 * @category Money
 */
export function toFen(yuan: string): number {
  return toUnits(yuan, 2);
}

/**
 * Yuan string with exactly 2 decimals from integer fen.
 *
 * @example
 * ```ts
 * fenToYuan(2945800); //=> "29458.00"
 * fenToYuan(-5); //=> "-0.05"
 * ```
 * @category Money
 */
export function fenToYuan(fen: number): string {
  return fromUnits(fen, 2);
}

/**
 * Integer fen formatted for people: thousands separators and 2 decimals (no Decimal needed).
 *
 * @example
 * ```ts
 * formatFen(100000000); //=> "1,000,000.00"
 * formatFen(-2945800, { symbol: true }); //=> "-¥29,458.00"
 * ```
 * @category Money
 */
export function formatFen(fen: number, options: { symbol?: boolean } = {}): string {
  const plain = fenToYuan(fen);
  const negative = plain.startsWith("-");
  const [int = "0", frac = "00"] = (negative ? plain.slice(1) : plain).split(".");
  return `${negative ? "-" : ""}${options.symbol ? "¥" : ""}${groupThousands(int)}.${frac}`;
}

function groupThousands(int: string): string {
  if (int.length <= 3) return int;
  let grouped = "";
  for (let i = int.length; i > 0; i -= 3) grouped = int.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : "");
  return grouped;
}

/**
 * A rate (a fraction) as a percentage, exactly: "0.0003" → "0.03%".
 *
 * @example
 * ```ts
 * formatPercent("0.015"); //=> "1.5%"
 * formatPercent("0.0003"); //=> "0.03%"
 * ```
 * @category Money
 */
export function formatPercent(rate: string): string {
  const negative = rate.startsWith("-");
  const [int = "0", frac = ""] = rate.replace(/^[+-]/, "").split(".");
  const digits = int + frac.padEnd(2, "0");
  const point = int.length + 2;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${rest ? `.${rest}` : ""}%`;
}

/**
 * Money formatted for people: thousands separators and 2 decimals.
 *
 * @example
 * ```ts
 * formatYuan("1000000"); //=> "1,000,000.00"
 * formatYuan("29458", { symbol: true }); //=> "¥29,458.00"
 * ```
 * @category Money
 */
export function formatYuan(amount: DecimalInput | Dec, options: { symbol?: boolean } = {}): string {
  let value: Dec;
  if (typeof amount === "object" && amount !== null && DecimalJs.isDecimal(amount)) {
    if (!amount.isFinite()) throw new ShoulouError("INVALID_INPUT", ["amount"], "must be a finite number");
    value = amount;
  } else {
    value = new D(parseDecimal(amount, ["amount"], { maxDecimals: 40, maxIntegerDigits: 40 }));
  }
  const fixed = value.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
  const negative = fixed.startsWith("-");
  const [int = "0", frac = "00"] = (negative ? fixed.slice(1) : fixed).split(".");
  return `${negative ? "-" : ""}${options.symbol ? "¥" : ""}${groupThousands(int)}.${frac}`;
}

/** An exact rate as a fraction of integers: "0.0003" → 3/10000. @category Money */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/**
 * The exact fraction of a canonical decimal rate (up to 12 decimals).
 *
 * @example
 * ```ts
 * toRatio("0.0003"); //=> { num: 3, den: 10000 }
 * ```
 * @category Money
 */
export function toRatio(rate: string): Ratio {
  const negative = rate.startsWith("-");
  const [int = "0", frac = ""] = rate.replace(/^[+-]/, "").split(".");
  const den = 10 ** frac.length;
  const num = Number(int) * den + (frac ? Number(frac) : 0);
  return { num: negative ? -num : num, den };
}

/**
 * round(a × num ÷ den) half-up (away from zero at .5) in exact integer arithmetic: plain
 * numbers while every intermediate is a safe integer, BigInt beyond.
 *
 * @example
 * ```ts
 * mulDivHalfUp(100000000, 3, 10000); //=> 30000
 * mulDivHalfUp(5, 1, 10); //=> 1
 * ```
 * @category Money
 */
export function mulDivHalfUp(a: number, num: number, den: number): number {
  if (a >= 0 && num >= 0) {
    // The common case: one multiply, one add, one exact division while everything is a safe integer.
    const twice = 2 * a * num + den;
    if (twice <= Number.MAX_SAFE_INTEGER) return Math.floor(twice / (2 * den));
  }
  const negative = a < 0 !== num < 0 && a !== 0 && num !== 0;
  const absA = Math.abs(a);
  const absN = Math.abs(num);
  const twice = 2 * absA * absN + den;
  let q: number;
  if (twice <= Number.MAX_SAFE_INTEGER) {
    q = Math.floor(twice / (2 * den));
  } else {
    q = Number((2n * BigInt(absA) * BigInt(absN) + BigInt(den)) / (2n * BigInt(den)));
  }
  return negative ? -q : q;
}

/**
 * Checks that a fen amount is still an exact integer (|fen| ≤ 2^53 − 1, about ¥90 trillion);
 * beyond that shoulou refuses rather than round silently.
 *
 * @example
 * ```ts
 * safeFen(2945800, ["total"]); //=> 2945800
 * attempt(() => safeFen(2 ** 60, ["total"])).error.code; //=> "OUT_OF_RANGE"
 * ```
 * @throws {@link ShoulouError} `OUT_OF_RANGE`
 * @category Money
 */
export function safeFen(fen: number, path: ErrorPath): number {
  if (Number.isSafeInteger(fen)) return fen;
  throw new ShoulouError("OUT_OF_RANGE", path, "the amount is too large to keep exact to the fen (over ¥90 trillion)");
}

/**
 * Sum of yuan strings, exact, as a yuan string with 2 decimals.
 *
 * @example
 * ```ts
 * sumYuan(["0.10", "0.20"]); //=> "0.30"
 * ```
 * @category Money
 */
export function sumYuan(amounts: readonly string[]): string {
  let fen = 0;
  for (const a of amounts) fen += toFen(a);
  return fenToYuan(fen);
}

/**
 * Splits `total` yuan into parts proportional to `weights`, to the fen, by largest
 * remainder: the parts always add up to `total` exactly and each differs from its exact
 * share by less than one fen. Ties in remainder go to the earlier weight.
 *
 * @param total - yuan amount (decimal string or number, at most 2 decimals)
 * @param weights - non-negative decimals, at least one greater than zero
 * @returns yuan strings with 2 decimals, in the order of `weights`
 * @throws {@link ShoulouError} `INVALID_INPUT` for a bad amount or weights
 * @example
 * ```ts
 * allocate("100", [1, 1, 1]); //=> ["33.34", "33.33", "33.33"]
 * ```
 * @category Money
 */
export function allocate(total: DecimalInput, weights: readonly DecimalInput[]): string[] {
  const totalFen = toFen(parseDecimal(total, ["total"]));
  if (!Array.isArray(weights)) throw new ShoulouError("INVALID_INPUT", ["weights"], "must be an array of decimals");
  if (weights.length === 0) throw new ShoulouError("INVALID_INPUT", ["weights"], "needs at least one weight");
  const canon = weights.map((w, i) =>
    parseDecimal(w, ["weights", i], { sign: "nonnegative", maxDecimals: 12, maxIntegerDigits: 15 }),
  );
  const scale = canon.reduce((m, w) => Math.max(m, (w.split(".")[1] ?? "").length), 0);
  const ints = canon.map((w) => {
    const [i = "0", f = ""] = w.split(".");
    return BigInt(i + f.padEnd(scale, "0"));
  });
  if (ints.every((w) => w === 0n)) throw new ShoulouError("INVALID_INPUT", ["weights"], "at least one weight must be greater than 0");
  return allocateUnits(totalFen, ints).map(fenToYuan);
}

/**
 * The integer core of {@link allocate}: splits `total` units (fen, hundredths of a point …)
 * in proportion to non-negative integer `weights` by largest remainder, ties to the earlier
 * weight. Exact for any size (BigInt inside); the parts always add up to `total`. All-zero
 * weights give all-zero parts.
 *
 * @example
 * ```ts
 * allocateUnits(10000, [1, 1, 1]); //=> [3334, 3333, 3333]
 * allocateUnits(-5, [3, 1]); //=> [-4, -1]
 * ```
 * @category Money
 */
export function allocateUnits(total: number | bigint, weights: readonly (number | bigint)[]): number[] {
  const t = BigInt(total);
  const ws = weights.map((w) => BigInt(w));
  const sum = ws.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return ws.map(() => 0);
  const negative = t < 0n;
  const abs = negative ? -t : t;
  const parts = ws.map((w) => (abs * w) / sum);
  const rests = ws.map((w, i) => ({ i, rest: (abs * w) % sum }));
  let left = abs - parts.reduce((a, b) => a + b, 0n);
  rests.sort((x, y) => (x.rest === y.rest ? x.i - y.i : x.rest > y.rest ? -1 : 1));
  for (const { i } of rests) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(negative ? -p : p));
}
