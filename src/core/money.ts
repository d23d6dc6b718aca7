import { ShoulouError, type ErrorPath } from "./errors";
import { limits } from "./limits";
import { preview, type MessageData, type MessageKey } from "./messages";

/** Money or a rate as the boundary accepts it: a decimal string or a finite number. @category Money */
export type DecimalInput = string | number;

/** Largest yuan amount accepted: keeps every fen count an exact integer (< 2^53). */
export const MAX_YUAN_DIGITS = 13;

/** Options for {@link parseDecimal}. @category Money */
export interface DecimalRules {
  /** "positive" (> 0), "nonnegative" (≥ 0) or "any". Default "any". */
  readonly sign?: "positive" | "nonnegative" | "any";
  /** Most digits after the point (0–40). Default 2 (money). */
  readonly maxDecimals?: number;
  /** Most digits before the point (1–40). Default 13: every fen count stays an exact integer below 2^53. */
  readonly maxIntegerDigits?: number;
}

/** Why {@link canonicalDecimal} refused a value: English text, and its message key and figures. @category Money */
export interface DecimalRefusal {
  readonly error: string;
  readonly key: MessageKey;
  readonly data?: MessageData;
}

interface CheckedRules {
  readonly sign: "positive" | "nonnegative" | "any";
  readonly maxDecimals: number;
  readonly maxInt: number;
}

const DEFAULT_RULES: CheckedRules = { sign: "any", maxDecimals: 2, maxInt: MAX_YUAN_DIGITS };

/** The rules with their defaults, checked (a bad rule is the caller's error, not the value's). */
function checkRules(rules: unknown): CheckedRules {
  if (rules === undefined) return DEFAULT_RULES;
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) throw new ShoulouError("INVALID_INPUT", ["rules"], "must be an object { sign?, maxDecimals?, maxIntegerDigits? }");
  const r = rules as { sign?: unknown; maxDecimals?: unknown; maxIntegerDigits?: unknown };
  const sign = r.sign ?? "any";
  if (sign !== "any" && sign !== "positive" && sign !== "nonnegative") throw new ShoulouError("INVALID_INPUT", ["rules", "sign"], { key: "one-of", data: { values: "positive, nonnegative, any" } });
  const maxDecimals = r.maxDecimals ?? 2;
  if (typeof maxDecimals !== "number" || !Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 40) throw new ShoulouError("INVALID_INPUT", ["rules", "maxDecimals"], "must be a whole number from 0 to 40");
  const maxInt = r.maxIntegerDigits ?? MAX_YUAN_DIGITS;
  if (typeof maxInt !== "number" || !Number.isInteger(maxInt) || maxInt < 1 || maxInt > 40) throw new ShoulouError("INVALID_INPUT", ["rules", "maxIntegerDigits"], "must be a whole number from 1 to 40");
  return { sign, maxDecimals, maxInt };
}

function refusal(key: MessageKey, error: string, data?: MessageData): DecimalRefusal {
  return data ? { error, key, data } : { error, key };
}

/**
 * The plain decimal text of a finite number, exactly as its shortest form reads
 * (`1e-7` → `"0.0000001"`, `1e21` → `"1000000000000000000000"`): never through binary fractions.
 */
function numberText(n: number): string {
  const s = String(n === 0 ? 0 : n);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = s.startsWith("-");
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exp = Number(s.slice(e + 1));
  const point = mantissa.indexOf(".");
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const at = (point < 0 ? mantissa.length : point) + exp;
  const text = at <= 0 ? `0.${"0".repeat(-at)}${digits}` : at >= digits.length ? digits + "0".repeat(at - digits.length) : `${digits.slice(0, at)}.${digits.slice(at)}`;
  return negative ? `-${text}` : text;
}

/**
 * Checks a decimal given as a string or number and returns its canonical string
 * (no leading zeros, no trailing zeros after the point, no "-0"), or why it is refused.
 * Never converts through binary floating point: numbers are read by their shortest decimal form.
 *
 * The one rule for every money and rate field: a finite number, or a string of ASCII digits with
 * an optional leading `-` and at most one `.` between digits, at most 100 characters. Nothing
 * else: no surrounding or inner spaces (ASCII or ideographic), no `+`, no exponent, no
 * thousands separators, no full-width digits. Time is linear in the text and bounded by
 * the 100-character limit, checked first.
 *
 * @example
 * ```ts
 * canonicalDecimal("0012.50"); //=> "12.5"
 * canonicalDecimal(Number.NaN).error; //=> "must be a finite number"
 * canonicalDecimal(" 100 ").key; //=> "decimal-format"
 * canonicalDecimal(1e-7, { maxDecimals: 12 }); //=> "0.0000001"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` when `rules` itself is malformed.
 * @category Money
 */
export function canonicalDecimal(value: unknown, rules?: DecimalRules): string | DecimalRefusal {
  const r = checkRules(rules);
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return refusal("decimal-finite", "must be a finite number");
    text = numberText(value);
  } else if (typeof value === "string") {
    if (value === "") return refusal("decimal-empty", "must not be empty");
    if (value.length > limits.decimalCharacters) {
      return refusal("decimal-too-long", `is ${value.length} characters long; a decimal has at most ${limits.decimalCharacters}`, { length: value.length, max: limits.decimalCharacters });
    }
    text = value;
  } else {
    return refusal("decimal-type", "must be a decimal string or a number");
  }
  // One pass: [-]digits[.digits], noting the first significant integer digit and the last
  // non-zero decimal.
  const n = text.length;
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  const intStart = i;
  let firstNonZero = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (firstNonZero < 0 && c !== 48) firstNonZero = i;
  }
  const intEnd = i;
  let fracEnd = i;
  let ok = intEnd > intStart;
  if (ok && i < n) {
    ok = text.charCodeAt(i) === 46 && i + 1 < n;
    for (i++; ok && i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) ok = false;
      else if (c !== 48) fracEnd = i + 1;
    }
  }
  if (!ok) return refusal("decimal-format", `${preview(value)} is not a plain decimal number (digits, an optional leading minus and one decimal point; no spaces, '+' or exponent)`, { value: preview(value) });
  const int = firstNonZero < 0 ? "0" : text.slice(firstNonZero, intEnd);
  const frac = fracEnd > intEnd ? text.slice(intEnd + 1, fracEnd) : "";
  if (frac.length > r.maxDecimals) return refusal("decimal-places", `has more than ${r.maxDecimals} decimal places`, { max: r.maxDecimals });
  if (int.length > r.maxInt) return refusal("decimal-integer-digits", `has more than ${r.maxInt} digits before the point`, { max: r.maxInt });
  const isZero = int === "0" && frac === "";
  if (r.sign === "positive" && (isZero || negative)) return refusal("decimal-positive", "must be greater than 0");
  if (r.sign === "nonnegative" && negative && !isZero) return refusal("decimal-nonnegative", "must not be negative");
  return `${negative && !isZero ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/**
 * Like {@link canonicalDecimal} but throws a {@link ShoulouError} (`INVALID_INPUT`) at `path`.
 *
 * @example
 * ```ts
 * parseDecimal("1000000", ["price"], { sign: "positive" }); //=> "1000000"
 * attempt(() => parseDecimal("+5", ["price"])).error.message; //=> "INVALID_INPUT at price: \"+5\" is not a plain decimal number (digits, an optional leading minus and one decimal point; no spaces, '+' or exponent)"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT`
 * @category Money
 */
export function parseDecimal(value: unknown, path: ErrorPath = [], rules?: DecimalRules): string {
  const r = canonicalDecimal(value, rules);
  if (typeof r === "string") return r;
  throw new ShoulouError("INVALID_INPUT", path, { key: r.key, ...(r.data ? { data: r.data } : {}) });
}

/**
 * Exact integer count of 10^-places units in a canonical decimal string (`toUnits("12.5", 2)`
 * is 1250); decimals past `places` are dropped. Internal: callers pass text a schema checked.
 *
 * @internal
 */
export function toUnits(value: string, places: number): number {
  const negative = value.startsWith("-");
  const [int = "0", frac = ""] = (negative || value.startsWith("+") ? value.slice(1) : value).split(".");
  const n = Number(int) * 10 ** places + (places > 0 ? Number((frac + "0".repeat(places)).slice(0, places)) : 0);
  return negative ? -n : n;
}

/**
 * A decimal string with exactly `places` decimals from an integer count of 10^-places units
 * (`fromUnits(-5, 2)` is "-0.05"). Internal: callers pass safe integers.
 *
 * @internal
 */
export function fromUnits(units: number, places: number): string {
  const negative = units < 0;
  const abs = Math.abs(units);
  const scale = 10 ** places;
  const int = Math.floor(abs / scale);
  return `${negative ? "-" : ""}${int}${places > 0 ? `.${String(abs - int * scale).padStart(places, "0")}` : ""}`;
}

/**
 * Integer fen of a money string with at most 2 decimals, or why not: one pass, no regex.
 * `"format"` for text that breaks the money rule, `"range"` beyond 2^53 − 1 fen.
 */
function fenOfText(t: string): number | "format" | "places" | "range" {
  const n = t.length;
  if (n === 0 || n > limits.decimalCharacters) return "format";
  const negative = t.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  const start = i;
  let int = 0;
  for (; i < n; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    int = int * 10 + c;
  }
  if (i === start) return "format";
  let frac = 0;
  if (i < n) {
    if (t.charCodeAt(i) !== 46 || i + 1 === n) return "format";
    let places = 0;
    for (i++; i < n; i++) {
      const c = t.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return "format";
      if (places === 0) frac = c * 10;
      else if (places === 1) frac += c;
      else if (c !== 0) return "places";
      places++;
    }
  }
  const fen = int * 100 + frac;
  if (!Number.isSafeInteger(fen)) return "range";
  return negative && fen !== 0 ? -fen : fen;
}

/**
 * Exact integer fen of a yuan amount (a money string or number with at most 2 decimals).
 *
 * @example
 * ```ts
 * toFen("1234.5"); //=> 123450
 * attempt(() => toFen("1e5")).error.code; //=> "INVALID_INPUT"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` for anything but money; `OUT_OF_RANGE` past 2^53 − 1 fen
 * @category Money
 */
export function toFen(yuan: DecimalInput): number {
  return fenAt(yuan, ["yuan"]);
}

/** {@link toFen} reporting at `path`. */
function fenAt(yuan: unknown, path: ErrorPath): number {
  const r = typeof yuan === "string" ? fenOfText(yuan) : typeof yuan === "number" && Number.isFinite(yuan) ? fenOfText(numberText(yuan)) : "type";
  if (typeof r === "number") return r;
  if (r === "range") throw new ShoulouError("OUT_OF_RANGE", path, { key: "money-too-large" });
  if (r === "places") throw new ShoulouError("INVALID_INPUT", path, { key: "decimal-places", data: { max: 2 } });
  throw new ShoulouError("INVALID_INPUT", path, parseDecimalRefusal(yuan));
}

function parseDecimalRefusal(value: unknown): { key: MessageKey; data?: MessageData } {
  const r = canonicalDecimal(value, { maxDecimals: 40, maxIntegerDigits: 40 });
  return typeof r === "string" ? { key: "decimal-too-long", data: { length: String(value).length, max: limits.decimalCharacters } } : { key: r.key, ...(r.data ? { data: r.data } : {}) };
}

/** A safe integer, or INVALID_INPUT at `path`. */
function wholeAt(value: unknown, path: ErrorPath, key: MessageKey = "integer"): number {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  throw new ShoulouError("INVALID_INPUT", path, { key });
}

/**
 * Yuan string with exactly 2 decimals from integer fen.
 *
 * @example
 * ```ts
 * fenToYuan(2945800); //=> "29458.00"
 * fenToYuan(-5); //=> "-0.05"
 * attempt(() => fenToYuan(0.5)).error.code; //=> "INVALID_INPUT"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` unless `fen` is a safe integer
 * @category Money
 */
export function fenToYuan(fen: number): string {
  return fromUnits(wholeAt(fen, ["fen"], "fen-integer"), 2);
}

/**
 * Integer fen formatted for people: thousands separators and 2 decimals (no Decimal needed).
 *
 * @example
 * ```ts
 * formatFen(100000000); //=> "1,000,000.00"
 * formatFen(-2945800, { symbol: true }); //=> "-¥29,458.00"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` unless `fen` is a safe integer
 * @category Money
 */
export function formatFen(fen: number, options?: { symbol?: boolean }): string {
  return forPeople(fenToYuan(fen), options);
}

/** "-1234.50" → "-1,234.50" (or "-¥1,234.50"): a yuan text with two decimals, grouped. */
function forPeople(plain: string, options: unknown): string {
  const negative = plain.startsWith("-");
  const [int = "0", frac = "00"] = (negative ? plain.slice(1) : plain).split(".");
  return `${negative ? "-" : ""}${symbolWanted(options) ? "¥" : ""}${groupThousands(int)}.${frac}`;
}

function symbolWanted(options: unknown): boolean {
  return typeof options === "object" && options !== null && (options as { symbol?: unknown }).symbol === true;
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
 * @throws {@link ShoulouError} `INVALID_INPUT` unless `rate` is a decimal (money rule, up to 40 digits each side)
 * @category Money
 */
export function formatPercent(rate: DecimalInput): string {
  const canon = parseDecimal(rate, ["rate"], { maxDecimals: 40, maxIntegerDigits: 40 });
  const negative = canon.startsWith("-");
  const [int = "0", frac = ""] = (negative ? canon.slice(1) : canon).split(".");
  const digits = int + frac.padEnd(2, "0");
  const point = int.length + 2;
  let from = 0;
  while (from < point - 1 && digits.charCodeAt(from) === 48) from++;
  let to = digits.length;
  while (to > point && digits.charCodeAt(to - 1) === 48) to--;
  const whole = digits.slice(from, point);
  const rest = digits.slice(point, to);
  return `${negative ? "-" : ""}${whole}${rest ? `.${rest}` : ""}%`;
}

/**
 * Money formatted for people: thousands separators and 2 decimals, rounded half-up.
 *
 * @example
 * ```ts
 * formatYuan("1000000"); //=> "1,000,000.00"
 * formatYuan("29458", { symbol: true }); //=> "¥29,458.00"
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` unless `amount` is a decimal (money rule, up to 40 digits each side)
 * @category Money
 */
export function formatYuan(amount: DecimalInput, options?: { symbol?: boolean }): string {
  return forPeople(fenText(parseDecimal(amount, ["amount"], { maxDecimals: 40, maxIntegerDigits: 40 })), options);
}

/**
 * A canonical decimal rounded half-up (away from zero) to the fen, as text with two decimals,
 * by its digits: exact at any length, and a money helper needs no Decimal (a smaller bundle).
 */
function fenText(canonical: string): string {
  const negative = canonical.startsWith("-");
  const [int = "0", frac = ""] = (negative ? canonical.slice(1) : canonical).split(".");
  const up = frac.length > 2 && frac.charCodeAt(2) >= 53; // the third decimal is 5–9
  const fen = BigInt(int + frac.padEnd(2, "0").slice(0, 2)) + (up ? 1n : 0n);
  const digits = fen.toString().padStart(3, "0");
  return `${negative && fen !== 0n ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** An exact rate as a fraction of integers: "0.0003" → 3/10000. Internal. @internal */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/** The exact fraction of a canonical decimal rate (up to 12 decimals). Internal. @internal */
export function toRatio(rate: string): Ratio {
  const negative = rate.startsWith("-");
  const [int = "0", frac = ""] = (negative ? rate.slice(1) : rate).split(".");
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
 * attempt(() => mulDivHalfUp(1, 1, 0)).error.path; //=> ["den"]
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` unless a, num are safe integers and den a positive one; `OUT_OF_RANGE` when the result is not
 * @category Money
 */
export function mulDivHalfUp(a: number, num: number, den: number): number {
  if (typeof a === "number" && typeof num === "number" && typeof den === "number" && a >= 0 && num >= 0 && den > 0) {
    // The common case: one multiply, one add, one exact division while everything is a safe integer.
    const twice = 2 * a * num + den;
    if (twice <= Number.MAX_SAFE_INTEGER && Number.isInteger(a) && Number.isInteger(num) && Number.isSafeInteger(den)) return Math.floor(twice / (2 * den));
  }
  wholeAt(a, ["a"]);
  wholeAt(num, ["num"]);
  if (wholeAt(den, ["den"], "positive-integer") <= 0) throw new ShoulouError("INVALID_INPUT", ["den"], { key: "positive-integer" });
  const negative = a < 0 !== num < 0 && a !== 0 && num !== 0;
  const absA = Math.abs(a);
  const absN = Math.abs(num);
  const twice = 2 * absA * absN + den;
  let q: number;
  if (twice <= Number.MAX_SAFE_INTEGER) {
    q = Math.floor(twice / (2 * den));
  } else {
    q = Number((2n * BigInt(absA) * BigInt(absN) + BigInt(den)) / (2n * BigInt(den)));
    if (!Number.isSafeInteger(q)) throw new ShoulouError("OUT_OF_RANGE", [], { key: "money-too-large" });
  }
  return negative ? -q : q;
}

/**
 * Checks that a fen amount is still an exact integer (|fen| ≤ 2^53 − 1, about ¥90 trillion);
 * beyond that shoulou refuses rather than round silently. Internal.
 *
 * @internal
 */
export function safeFen(fen: number, path: ErrorPath): number {
  if (Number.isSafeInteger(fen)) return fen;
  throw new ShoulouError("OUT_OF_RANGE", path, { key: "money-too-large" });
}

/**
 * Sum of yuan amounts (money strings or numbers, at most 2 decimals), exact, as a yuan
 * string with 2 decimals.
 *
 * @example
 * ```ts
 * sumYuan(["0.10", "0.20"]); //=> "0.30"
 * attempt(() => sumYuan(["1", "abc"])).error.path; //=> ["amounts", 1]
 * ```
 * @throws {@link ShoulouError} `INVALID_INPUT` at the bad amount; `OUT_OF_RANGE` past 2^53 − 1 fen
 * @category Money
 */
export function sumYuan(amounts: readonly DecimalInput[]): string {
  if (!Array.isArray(amounts)) throw new ShoulouError("INVALID_INPUT", ["amounts"], { key: "weights-list" });
  let fen = 0;
  for (let i = 0; i < amounts.length; i++) fen = safeFen(fen + fenAt(amounts[i], ["amounts", i]), ["amounts", i]);
  return fromUnits(fen, 2);
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
  if (!Array.isArray(weights)) throw new ShoulouError("INVALID_INPUT", ["weights"], { key: "weights-list" });
  if (weights.length === 0) throw new ShoulouError("INVALID_INPUT", ["weights"], { key: "weights-empty" });
  if (weights.length > limits.listItems) throw new ShoulouError("OUT_OF_RANGE", ["weights"], { key: "too-big-list", data: { maximum: limits.listItems } });
  const canon = weights.map((w, i) =>
    parseDecimal(w, ["weights", i], { sign: "nonnegative", maxDecimals: 12, maxIntegerDigits: 15 }),
  );
  const scale = canon.reduce((m, w) => Math.max(m, (w.split(".")[1] ?? "").length), 0);
  const ints = canon.map((w) => {
    const [i = "0", f = ""] = w.split(".");
    return BigInt(i + f.padEnd(scale, "0"));
  });
  if (ints.every((w) => w === 0n)) throw new ShoulouError("INVALID_INPUT", ["weights"], { key: "weights-zero" });
  return allocateUnits(totalFen, ints).map((f) => fromUnits(f, 2));
}

/**
 * The integer core of {@link allocate}: splits `total` units (fen, hundredths of a point …)
 * in proportion to non-negative integer `weights` by largest remainder, ties to the earlier
 * weight. Exact for any size (BigInt inside); the parts always add up to `total`. All-zero
 * weights give all-zero parts. Internal.
 *
 * @internal
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
