import { ShoulouError, type ErrorPath } from "../core/errors";
import { boundedText } from "../core/schema";

/**
 * Internal: this module's size limits, refused before any work is done. Its bounded texts and
 * lists are core's (`boundedText`, `boundedList` in src/core/schema.ts: length checks that run only on a
 * value of the right type, so a hostile `length` is an issue, not an exception).
 */

/** An identifier (a unit): a non-empty text of at most 200 characters, as core's idSchema. */
export const unitIdSchema = boundedText(1, 200);

/**
 * The size limits of this module's inputs. Each is refused with `OUT_OF_RANGE` at the list's
 * path before any per-item work (the item-level ones by the schema, as `INVALID_INPUT`).
 *
 * @example
 * ```ts
 * subscriptionLimits.cards; //=> 100000
 * attempt(() => replaySubscription(new Array(10_001).fill({ type: "check-deadline", on: "2024-09-26" }))).error?.path; //=> ["events"]
 * ```
 * @category Subscription
 */
export const subscriptionLimits = {
  /** Cards in one call of planSelectionEvent or resolveUnitPicks. */
  cards: 100_000,
  /** Units on sale in one call of resolveUnitPicks. */
  units: 100_000,
  /** Preferences of one card. */
  preferences: 1_000,
  /** Preferences of all cards together. */
  totalPreferences: 2_000_000,
  /** Event days given as dates: a year at most (each day's groups and breaks become instants). */
  dates: 366,
  /** Events in one replaySubscription. */
  events: 10_000,
  /** Installments of one contract. */
  installments: 600,
  /** Named owners (and signers) of one subscription. */
  owners: 20,
  /** Breaks in a selection day. */
  breaks: 48,
  /** Characters of an id, a name or a label. */
  text: 200,
} as const;

/** The length of `container[key]` when it is a list held as an own data property (no getter runs). */
function ownListLength(container: unknown, key: string): number | undefined {
  if (container === null || typeof container !== "object") return undefined;
  const d = Object.getOwnPropertyDescriptor(container, key);
  return d !== undefined && "value" in d && Array.isArray(d.value) ? (d.value as unknown[]).length : undefined;
}

/** Refuses a list longer than `max` before anything reads its items. */
export function refuseLongList(length: number | undefined, max: number, path: ErrorPath, what: string): void {
  if (length !== undefined && length > max) throw new ShoulouError("OUT_OF_RANGE", path, `at most ${max.toLocaleString("en-US")} ${what}, got ${length.toLocaleString("en-US")}`);
}

/** Up-front limits of the selection-day inputs: cards, units, dates and all preferences together. */
export function refuseOversizedSelection(input: unknown): void {
  refuseLongList(ownListLength(input, "cards"), subscriptionLimits.cards, ["cards"], "cards");
  refuseLongList(ownListLength(input, "units"), subscriptionLimits.units, ["units"], "units");
  refuseLongList(ownListLength(input, "dates"), subscriptionLimits.dates, ["dates"], "dates");
  const cards = input !== null && typeof input === "object" ? Object.getOwnPropertyDescriptor(input, "cards") : undefined;
  if (cards === undefined || !("value" in cards) || !Array.isArray(cards.value)) return;
  let total = 0;
  const list = cards.value as unknown[];
  for (let i = 0; i < list.length; i++) {
    const n = ownListLength(list[i], "preferences") ?? 0;
    refuseLongList(n, subscriptionLimits.preferences, ["cards", i, "preferences"], "preferences a card");
    total += n;
    refuseLongList(total, subscriptionLimits.totalPreferences, ["cards", i, "preferences"], "preferences over all cards");
  }
}
