import * as z from "zod";
import { ShoulouError, type ShoulouErrorCode, type ShoulouIssue } from "./errors";
import { canonicalDecimal, type DecimalRules } from "./money";
import { DEFAULT_TIME_ZONE, instantMs, isIsoDate, isTimeZone, minutesOfDay } from "./time";

/**
 * The zod building blocks every module's schemas are made of, and {@link parseWith}, the one
 * place where zod's verdict becomes a {@link ShoulouError}.
 */

/**
 * A decimal given as a string or number, checked by {@link canonicalDecimal}; parses to its
 * canonical string. Money by default (≤ 2 decimals, < 10^13).
 *
 * @example
 * ```ts
 * decimalSchema({ sign: "positive" }).parse(1000000); //=> "1000000"
 * ```
 * @category Schemas
 */
export function decimalSchema(rules: DecimalRules = {}) {
  return z.union([z.string(), z.number()]).transform((value, ctx): string => {
    const r = canonicalDecimal(value, rules);
    if (typeof r === "string") return r;
    ctx.addIssue({ code: "custom", message: r.error });
    return z.NEVER;
  });
}

/**
 * Money in yuan: a decimal string or number with at most 2 decimals.
 *
 * @example
 * ```ts
 * moneySchema("nonnegative").parse("20000.00"); //=> "20000"
 * ```
 * @category Schemas
 */
export function moneySchema(sign: DecimalRules["sign"] = "nonnegative") {
  return decimalSchema({ sign, maxDecimals: 2 });
}

/**
 * A rate as a fraction (0.02 = 2%), non-negative, up to 12 decimals and at most `max`.
 *
 * @example
 * ```ts
 * rateSchema().parse("0.0003"); //=> "0.0003"
 * ```
 * @category Schemas
 */
export function rateSchema(max = 1) {
  return decimalSchema({ sign: "nonnegative", maxDecimals: 12, maxIntegerDigits: 6 }).refine(
    (r) => Number(r) <= max,
    `must be at most ${max}`,
  );
}

/** A calendar date `YYYY-MM-DD` that exists. @category Schemas */
export const isoDateSchema = z.string().refine(isIsoDate, "must be a real calendar date YYYY-MM-DD");

/** An ISO 8601 instant with an explicit offset (`Z` or `+08:00`). @category Schemas */
export const instantSchema = z
  .string()
  .refine((v) => instantMs(v) !== undefined, "must be an ISO instant with an offset, e.g. 2024-09-26T10:15:00+08:00");

/** A local time of day `HH:mm`. @category Schemas */
export const timeOfDaySchema = z.string().refine((v) => minutesOfDay(v) !== undefined, "must be a time HH:mm");

/** An IANA time zone, default `Asia/Shanghai`. @category Schemas */
export const timeZoneSchema = z.string().refine(isTimeZone, "must be an IANA time zone").default(DEFAULT_TIME_ZONE);

/** An identifier: a non-empty string of at most 200 characters. @category Schemas */
export const idSchema = z.string().min(1, "must not be empty").max(200, "must be at most 200 characters");

/** A bilingual label. @category Schemas */
export const labelSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/**
 * A whole number from `min` to `max`.
 *
 * @example
 * ```ts
 * intSchema(1, 600).safeParse(1.5).success; //=> false
 * ```
 * @category Schemas
 */
export function intSchema(min = 0, max = Number.MAX_SAFE_INTEGER) {
  return z.number().int().min(min).max(max);
}

/**
 * Validates `input` with `schema`; on failure throws a {@link ShoulouError} whose path is the
 * first issue's path (prefixed with `root`) and whose issues are all of zod's.
 *
 * @example
 * ```ts
 * parseWith(isoDateSchema, "2024-09-26", "INVALID_INPUT", ["date"]); //=> "2024-09-26"
 * ```
 * @throws {@link ShoulouError} with `code`
 * @category Schemas
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: ShoulouErrorCode = "INVALID_INPUT",
  root: readonly (string | number)[] = [],
): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues: ShoulouIssue[] = r.error.issues.map((i) => ({
    path: [...root, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: i.message,
    code: i.code,
  }));
  const first = issues[0] ?? { path: [...root], message: "invalid" };
  throw new ShoulouError(code, first.path, first.message, { issues });
}
