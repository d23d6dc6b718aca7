import { ShoulouError, type ErrorPath } from "../core/errors";

/**
 * The size limits of the scoring functions' inputs. A list or text past its limit is refused
 * with `OUT_OF_RANGE` at its path before any work proportional to its size is done.
 *
 * @example
 * ```ts
 * scoringLimits.customers; //=> 1000000
 * scoringLimits.recordTextLength; //=> 20000
 * ```
 * @category Scoring
 */
export const scoringLimits = {
  /** Customers (profiles, intent profiles, portfolio or Pareto rows) in one call. */
  customers: 1_000_000,
  /** Customers in one maintenance book. */
  bookCustomers: 200_000,
  /** Agents listed in one maintenance book. */
  agents: 100_000,
  /** Maintenance records in one book. */
  records: 1_000_000,
  /** UTF-16 code units of one maintenance record's text. */
  recordTextLength: 20_000,
  /** UTF-16 code units of a text given to `countReaderCharacters`. */
  textLength: 1_000_000,
  /** Events in one lifecycle history. */
  events: 100_000,
} as const;

/** Refuses a list longer than `max` (OUT_OF_RANGE at `path`); anything that is not a list is left to the schema. */
export function refuseLongList(value: unknown, max: number, path: ErrorPath): void {
  if (Array.isArray(value) && value.length > max) throw new ShoulouError("OUT_OF_RANGE", path, `at most ${max} items (got ${value.length})`);
}

/** Refuses a text longer than `max` UTF-16 code units (OUT_OF_RANGE at `path`); anything that is not a string is left to the schema. */
export function refuseLongText(value: unknown, max: number, path: ErrorPath): void {
  if (typeof value === "string" && value.length > max) throw new ShoulouError("OUT_OF_RANGE", path, `at most ${max} characters (got ${value.length})`);
}

/** The own property `key` of a plain object, without calling getters of anything but plain data. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const d = Object.getOwnPropertyDescriptor(value, key);
  return d && "value" in d ? (d.value as unknown) : undefined;
}
