// zod/mini, not classic zod: its schemas share zod's engine, and a bundle keeps only the checks
// it uses (classic zod is 25 kB gzip whatever is used). Modules on classic zod compose these
// schemas with its functions (`z.optional(isoDateSchema)`), as any zod 4 schema allows.
import * as z from "zod/mini";
import { $ZodCheckMaxLength, $ZodCheckMinLength, type $ZodCheck, type $ZodErrorMap, type $ZodIssue, type $ZodType, type output as Output, type util } from "zod/v4/core";
import type { SameInput } from "./same-input";
import { ShoulouError, type ShoulouErrorCode, type ShoulouIssue } from "./errors";
import { limits } from "./limits";
import { clip, messageCatalogue, preview, renderMessage, type MessageData, type MessageKey, type MessageRef } from "./messages";
import { canonicalDecimal, type DecimalRules } from "./money";
import { DEFAULT_TIME_ZONE, instantMs, isIsoDate, isTimeZone, minutesOfDay } from "./time";

/**
 * The zod building blocks every module's schemas are made of, and {@link parseWith}, the one
 * place where zod's verdict becomes a {@link ShoulouError}.
 */

const TYPE_ZH: { readonly [type: string]: string } = {
  string: "字符串", number: "数字", int: "整数", boolean: "布尔值", array: "列表", object: "对象", null: "null",
  undefined: "未填写", bigint: "大整数", symbol: "符号", function: "函数", date: "日期", nan: "NaN", map: "映射", set: "集合",
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}

function listPreview(items: readonly unknown[]): string {
  const shown = items.slice(0, 8).map((v) => (typeof v === "string" ? clip(v) : preview(v)));
  return shown.join(", ") + (items.length > 8 ? `, … (${items.length} in all)` : "");
}

/** A zod issue as zod hands it to an error map (the fields shoulou reads). */
interface RawIssue {
  readonly code?: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly origin?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly divisor?: number | bigint;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly params?: { readonly key?: unknown; readonly data?: unknown };
}

/** shoulou's message for a zod issue, by its code: the app's zod locale is never consulted. */
function issueRef(iss: RawIssue): MessageRef {
  const lists = iss.origin === "array" || iss.origin === "set" || iss.origin === "map" || iss.origin === "record";
  switch (iss.code) {
    case "invalid_type": {
      const expected = String(iss.expected ?? "value");
      const received = "input" in iss ? typeOf(iss.input) : "something else";
      return { key: "expected-type", data: { expected, received, expectedZh: TYPE_ZH[expected] ?? expected, receivedZh: TYPE_ZH[received] ?? received } };
    }
    case "too_big": {
      const maximum = String(iss.maximum);
      if (iss.origin === "string") return { key: "too-big-string", data: { maximum } };
      if (lists) return { key: "too-big-list", data: { maximum } };
      return { key: iss.inclusive === false ? "too-big-number-exclusive" : "too-big-number", data: { maximum } };
    }
    case "too_small": {
      const minimum = String(iss.minimum);
      if ((iss.origin === "string" || lists) && minimum === "1") return { key: "not-empty" };
      if (iss.origin === "string") return { key: "too-small-string", data: { minimum } };
      if (lists) return { key: "too-small-list", data: { minimum } };
      return { key: iss.inclusive === false ? "too-small-number-exclusive" : "too-small-number", data: { minimum } };
    }
    case "invalid_format":
      return { key: "invalid-format", data: { format: String(iss.format) } };
    case "not_multiple_of":
      return { key: "not-multiple-of", data: { divisor: String(iss.divisor) } };
    case "unrecognized_keys":
      return { key: "unknown-keys", data: { keys: listPreview(iss.keys ?? []) } };
    case "invalid_union":
      return { key: "no-union-match" };
    case "invalid_value":
      return { key: "one-of", data: { values: listPreview(iss.values ?? []) } };
    case "invalid_key":
      return { key: "invalid-key" };
    case "invalid_element":
      return { key: "invalid-entry" };
    default: {
      const key = iss.params?.key;
      if (typeof key === "string" && Object.prototype.hasOwnProperty.call(messageCatalogue, key)) {
        const data = iss.params?.data;
        return { key: key as MessageKey, ...(data && typeof data === "object" ? { data: data as MessageData } : {}) };
      }
      return { key: "invalid" };
    }
  }
}

/**
 * The zod error map of every shoulou schema and of {@link parseWith}: shoulou's English words,
 * and the message's key and figures kept on the issue (as `shoulou`) for {@link ShoulouError.localizedMessage}.
 */
function shoulouMessage(iss: RawIssue): string {
  const ref = issueRef(iss);
  (iss as { shoulou?: MessageRef }).shoulou = ref;
  return renderMessage(ref, "en");
}

/** An error map that always gives one catalogue message (and keeps its key on the issue). */
function speaks(key: MessageKey, data?: MessageData): $ZodErrorMap {
  const ref: MessageRef = data ? { key, data } : { key };
  const en = renderMessage(ref, "en");
  return (iss) => {
    (iss as { shoulou?: MessageRef }).shoulou = ref;
    return en;
  };
}

/** The error map as zod's parse options type it. */
const errorMap = shoulouMessage as unknown as $ZodErrorMap;

/**
 * A decimal given as a string or number, checked by {@link canonicalDecimal}; parses to its
 * canonical string. Money by default (≤ 2 decimals, < 10^13). The money rule is the same for
 * every field: see docs/money-and-rounding.md.
 *
 * @internal
 */
export function decimalSchema(rules: DecimalRules = {}) {
  return z
    .pipe(
      z.union([z.string(), z.number()], { error: speaks("decimal-type") }),
      z.transform((value: string | number, ctx): string => {
        const r = canonicalDecimal(value, rules);
        if (typeof r === "string") return r;
        ctx.issues.push({ code: "custom", message: r.error, input: value, params: { key: r.key, ...(r.data ? { data: r.data } : {}) } });
        return z.NEVER;
      }),
    )
    .register(z.globalRegistry, decimalMeta(rules));
}

/** What the JSON Schema of a decimal says: the one money-string rule as a pattern, the rest in words. */
function decimalMeta(rules: DecimalRules): { description: string; pattern: string; maxLength: number } {
  const sign = rules.sign ?? "any";
  const decimals = rules.maxDecimals ?? 2;
  const words = sign === "positive" ? "greater than 0" : sign === "nonnegative" ? "0 or more" : "any sign";
  return {
    description: `A decimal as text (ASCII digits, an optional leading "-", at most one "." with digits on both sides; no spaces, "+" or exponent) or as a number: ${words}, at most ${decimals} decimal${decimals === 1 ? "" : "s"}.`,
    pattern: "^-?[0-9]+(\\.[0-9]+)?$", // "-0" passes a non-negative field: the sign is in the words
    maxLength: limits.decimalCharacters,
  };
}

/**
 * Money in yuan: a decimal string or number with at most 2 decimals.
 *
 * @internal
 */
export function moneySchema(sign: DecimalRules["sign"] = "nonnegative") {
  return decimalSchema({ sign, maxDecimals: 2 });
}

/**
 * A rate as a fraction (0.02 = 2%), non-negative, up to 12 decimals and at most `max`.
 *
 * @internal
 */
export function rateSchema(max = 1) {
  return decimalSchema({ sign: "nonnegative", maxDecimals: 12, maxIntegerDigits: 6 }).check(z.refine((r: string) => Number(r) <= max, { error: speaks("decimal-at-most", { max }) }));
}

/** A calendar date `YYYY-MM-DD` that exists (0001-01-01 … 9999-12-31). @category Schemas */
export const isoDateSchema = z
  .string({ error: shoulouMessage })
  .check(z.refine(isIsoDate, { error: speaks("date") }))
  .register(z.globalRegistry, { format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "A calendar date YYYY-MM-DD that exists, 0001-01-01 … 9999-12-31." });

/** An RFC 3339 instant with an explicit offset (`Z` or `+08:00`), up to 9 fractional digits. @category Schemas */
export const instantSchema = z
  .string({ error: shoulouMessage })
  .check(z.refine((v: string) => instantMs(v) !== undefined, { error: speaks("instant") }))
  .register(z.globalRegistry, {
    format: "date-time",
    pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$",
    description: "An RFC 3339 instant with an explicit offset (Z or ±hh:mm); seconds may be left out and carry up to 9 fractional digits (truncated to milliseconds).",
  });

/** A local time of day `HH:mm`. @category Schemas */
export const timeOfDaySchema = z
  .string({ error: shoulouMessage })
  .check(z.refine((v: string) => minutesOfDay(v) !== undefined, { error: speaks("time-of-day") }))
  .register(z.globalRegistry, { pattern: "^[0-9]{2}:[0-9]{2}$", description: "A local time of day HH:mm." });

/** An IANA time zone, default `Asia/Shanghai`. @category Schemas */
export const timeZoneSchema = z._default(z.string({ error: shoulouMessage }).check(z.refine(isTimeZone, { error: speaks("time-zone") })), DEFAULT_TIME_ZONE);

// zod's length checks run even after a value failed its type check (they only ask that
// `value.length` exists), so `{ "length": { "toString": 1, "valueOf": 1 } }` where a list or a
// text is expected made them compare an object with a number and throw. These checks run only
// on a value of the right type; their messages and JSON Schema (minLength/maxLength,
// minItems/maxItems) are those of `.min()`/`.max()`.
const isText = (p: { value: unknown }) => typeof p.value === "string";
const isList = (p: { value: unknown }) => Array.isArray(p.value);

function lengthChecks<T extends { length: number }>(when: (p: { value: unknown }) => boolean, min: number | undefined, max: number, tooShort: $ZodErrorMap = errorMap, tooLong: $ZodErrorMap = errorMap) {
  const out: $ZodCheck<T>[] = [];
  // The constructors are typed for any value with a length; T narrows them to the schema's own type.
  if (min !== undefined) out.push(new $ZodCheckMinLength({ check: "min_length", minimum: min, when, error: tooShort }) as $ZodCheck<T>);
  out.push(new $ZodCheckMaxLength({ check: "max_length", maximum: max, when, error: tooLong }) as $ZodCheck<T>);
  return out;
}

/**
 * A text of `min`–`max` characters, whose length is checked only on a text (never throws).
 *
 * @internal
 */
export function boundedText(min: number, max: number) {
  return z.string({ error: shoulouMessage }).check(...lengthChecks<string>(isText, min, max));
}

/**
 * A list of `item` with `min`–`max` entries, whose length is checked only on a list (never throws).
 *
 * @internal
 */
export function boundedList<T extends $ZodType>(item: T, max: number, min?: number) {
  return z.array(item, { error: shoulouMessage }).check(...lengthChecks<Output<T>[]>(isList, min, max));
}

/** An identifier: a non-empty string of at most {@link limits}.idCharacters (200) characters. @category Schemas */
export const idSchema = z
  .string({ error: shoulouMessage })
  .check(...lengthChecks<string>(isText, 1, limits.idCharacters, speaks("id-empty"), speaks("id-too-long", { max: limits.idCharacters })));

/** A bilingual label. @category Schemas */
export const labelSchema = z.strictObject(
  { zh: z.string({ error: shoulouMessage }).check(z.minLength(1, { error: shoulouMessage })), en: z.string({ error: shoulouMessage }).check(z.minLength(1, { error: shoulouMessage })) },
  { error: shoulouMessage },
);

/** A bilingual label: the Chinese the office shows and the English beside it (`labelSchema`). @category Schemas */
export interface LabelInput {
  /** Chinese, at least one character. */
  readonly zh: string;
  /** English, at least one character. */
  readonly en: string;
}

true satisfies SameInput<LabelInput, typeof labelSchema>;

/**
 * A whole number from `min` to `max`.
 *
 * @internal
 */
export function intSchema(min = 0, max = Number.MAX_SAFE_INTEGER) {
  return z.number({ error: shoulouMessage }).check(z.int({ error: shoulouMessage }), z.gte(min, { error: shoulouMessage }), z.lte(max, { error: shoulouMessage }));
}

/** At most this many issues are kept on one error: a million bad lines make one readable error. */
const MAX_ISSUES = 100;

/** Where the defanging walk stops: no schema of shoulou's is this deep. */
const MAX_DEPTH = 64;

/** Stands in for a value that cannot be read: an empty object (which converts to text and number without fail). */
const UNREADABLE: object = Object.freeze({});

interface Trail {
  readonly parent: Trail | undefined;
  readonly key: string | number;
}

function trailPath(t: Trail | undefined): (string | number)[] {
  const out: (string | number)[] = [];
  for (let at = t; at; at = at.parent) out.push(at.key);
  return out.reverse();
}

/**
 * A plain copy of `value` in which every value that cannot be read or converted (a getter that
 * throws, a `toString`/`valueOf` that is not a function, a revoked proxy) is {@link UNREADABLE}.
 * zod reads `length` and compares it even of a value that failed its type check, so
 * `{ length: { toString: 1 } }` would make zod itself throw; the copy lets it report an issue.
 */
function defang(value: unknown, trail: Trail | undefined, depth: number, seen: Map<object, unknown>, bad: { first?: Trail | undefined; found: boolean }): unknown {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
  if (depth > MAX_DEPTH) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  const mark = (): object => {
    if (!bad.found) {
      bad.found = true;
      bad.first = trail;
    }
    return UNREADABLE;
  };
  try {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (let i = 0; i < value.length; i++) out.push(defang(value[i], { parent: trail, key: i }, depth + 1, seen, bad));
      return out;
    }
    String(value);
    Number(value);
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const k of Object.keys(value)) {
      Object.defineProperty(out, k, { value: defang((value as Record<string, unknown>)[k], { parent: trail, key: k }, depth + 1, seen, bad), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } catch {
    return mark();
  }
}

function toIssues(zodIssues: readonly $ZodIssue[], root: readonly (string | number)[]): ShoulouIssue[] {
  const out: ShoulouIssue[] = [];
  for (const i of zodIssues.slice(0, MAX_ISSUES)) {
    const kept = (i as { shoulou?: MessageRef }).shoulou;
    const params = (i as { params?: { key?: unknown; data?: unknown } }).params;
    const ref = kept ?? (i.code === "custom" && typeof params?.key === "string" ? issueRef(i as RawIssue) : undefined);
    out.push({
      path: [...root, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
      message: i.message,
      code: i.code,
      ...(ref && ref.key !== "invalid" ? { key: ref.key, ...(ref.data ? { data: ref.data } : {}) } : {}),
    });
  }
  return out;
}

/**
 * `schema.safeParse(input)` in shoulou's words, for a fast path that falls back to
 * {@link parseWith} on failure: a value zod cannot read (see `defang`) is a failure here, never
 * an exception. Modules that call zod themselves call this instead of `safeParse`.
 *
 * @internal
 */
export function tryParse<S extends $ZodType>(schema: S, input: unknown): util.SafeParseResult<Output<S>> | { readonly success: false } {
  try {
    return z.safeParse(schema, input, { error: errorMap });
  } catch {
    return { success: false };
  }
}

/**
 * Validates `input` with `schema`; on failure throws a {@link ShoulouError} whose path is the
 * first issue's path (prefixed with `root`) and whose issues are zod's (the first 100), each in
 * shoulou's words whatever the app's zod locale. Any value zod cannot read is an issue too,
 * never an exception.
 *
 * @internal
 */
export function parseWith<S extends $ZodType>(
  schema: S,
  input: unknown,
  code: ShoulouErrorCode = "INVALID_INPUT",
  root: readonly (string | number)[] = [],
): Output<S> {
  let r: util.SafeParseResult<Output<S>>;
  try {
    r = z.safeParse(schema, input, { error: errorMap });
  } catch (e) {
    const bad: { first?: Trail | undefined; found: boolean } = { found: false };
    const copy = defang(input, undefined, 0, new Map(), bad);
    if (!bad.found) throw e;
    const again = z.safeParse(schema, copy, { error: errorMap });
    if (again.success) throw new ShoulouError(code, [...root, ...trailPath(bad.first)], { key: "unreadable" });
    r = again;
  }
  if (r.success) return r.data;
  const issues = toIssues(r.error.issues, root);
  const first = issues[0] ?? { path: [...root], message: "is invalid", key: "invalid" as const };
  const message: string | MessageRef = first.key ? { key: first.key, ...(first.data ? { data: first.data } : {}) } : first.message;
  throw new ShoulouError(code, first.path, message, {
    issues,
    ...(r.error.issues.length > MAX_ISSUES ? { details: { issueCount: r.error.issues.length } } : {}),
  });
}
