import { ShoulouError } from "../core/errors";
import { addDays, daysBetween, formatMinutes, isIsoDate, minutesOfDay, type ZoneClock } from "../core/time";
import type { SubscriptionPolicy } from "./policy";

/**
 * Internal: the service order of cards and their places in the day's groups, shared by
 * planSelectionEvent and resolveUnitPicks so that both always agree.
 */

/** What the schedule needs to know of a card. */
export interface CardFacts {
  readonly number: number;
  readonly kind: "gold" | "vip";
  readonly carried: boolean;
  readonly villaIntent: boolean;
  readonly villaRoute?: "reserve" | "give-up" | undefined;
}

/** Minutes of one group within a day. */
export interface GroupTimes {
  readonly start: number;
  readonly end: number;
}

/** Where a scheduled card is served. */
export interface Place {
  readonly day: number;
  readonly group: number;
}

/** Rejects a card number given twice (a Map: O(n) whatever the numbers). */
export function assertUniqueCards(cards: readonly { number: number }[], root: readonly (string | number)[]): void {
  const seen = new Map<number, number>();
  cards.forEach((c, i) => {
    const first = seen.get(c.number);
    if (first !== undefined)
      throw new ShoulouError("DUPLICATE", [...root, "cards", i, "number"], `card ${c.number} is also cards[${first}]`);
    seen.set(c.number, i);
  });
}

/** The event's days: the input's dates (sorted), or the policy's month-days in `year`. */
export function eventDates(input: { dates?: readonly string[] | undefined; year?: number | undefined }, policy: SubscriptionPolicy): string[] {
  if (input.dates !== undefined) {
    const seen = new Set<string>();
    input.dates.forEach((d, i) => {
      if (seen.has(d)) throw new ShoulouError("DUPLICATE", ["dates", i], `date ${d} is given twice`);
      seen.add(d);
    });
    return [...input.dates].sort();
  }
  if (input.year === undefined || policy.eventFrom === undefined || policy.eventTo === undefined)
    throw new ShoulouError("MISSING_PARAMETER", ["dates"], "give the event's dates, or a year with a policy that has eventFrom and eventTo");
  const year = String(input.year).padStart(4, "0");
  const from = `${year}-${policy.eventFrom}`;
  const to = `${year}-${policy.eventTo}`;
  for (const d of [from, to]) if (!isIsoDate(d)) throw new ShoulouError("OUT_OF_RANGE", ["year"], `${d} is not a date`);
  // Counted, not stepped past `to`: the day after 9999-12-31 does not exist.
  const out: string[] = [];
  const days = daysBetween(from, to);
  for (let i = 0; i <= days; i++) out.push(addDays(from, i));
  return out;
}

/** Cards in the order they are served (SUB-EV-1, SUB-EV-5 carried cards, optional gold first). */
export function serviceOrder<C extends CardFacts>(cards: readonly C[], policy: SubscriptionPolicy): C[] {
  const rank = (c: CardFacts): number =>
    (policy.carriedCards === "first" && !c.carried ? 2 : 0) + (policy.cardOrder === "gold-first" && c.kind !== "gold" ? 1 : 0);
  return [...cards].sort((a, b) => rank(a) - rank(b) || a.number - b.number);
}

/** The groups that fit into one day, skipping breaks and stopping at latestEnd (SUB-EV-6, SUB-EV-8). */
export function dayGroups(policy: SubscriptionPolicy): GroupTimes[] {
  const wanted = Math.ceil(policy.dailyCap / policy.groupSize);
  const limit = policy.latestEnd === undefined ? 1440 : (minutesOfDay(policy.latestEnd) ?? 1440);
  const breaks = policy.breaks.map((b) => ({ from: minutesOfDay(b.from) ?? 0, to: minutesOfDay(b.to) ?? 0 }));
  const out: GroupTimes[] = [];
  let cur = minutesOfDay(policy.startTime) ?? 0;
  while (out.length < wanted) {
    let moved = true;
    while (moved) {
      moved = false;
      for (const b of breaks)
        if (cur < b.to && cur + policy.slotMinutes > b.from) {
          cur = b.to;
          moved = true;
        }
    }
    if (cur + policy.slotMinutes > limit) break;
    out.push({ start: cur, end: cur + policy.slotMinutes });
    cur += policy.slotMinutes;
  }
  if (out.length === 0)
    throw new ShoulouError(
      "INVALID_POLICY",
      ["slotMinutes"],
      `no group of ${policy.slotMinutes} minutes fits between ${policy.startTime} and ${formatMinutes(limit)} outside the breaks`,
    );
  return out;
}

/** Places the ordered cards day by day, group by group; the rest are not reached. */
export function placeCards(
  ordered: readonly CardFacts[],
  days: number,
  groups: readonly GroupTimes[],
  policy: SubscriptionPolicy,
): { places: (Place | undefined)[]; perDay: number; reached: number } {
  const perDay = Math.min(policy.dailyCap, groups.length * policy.groupSize);
  const reached = Math.min(ordered.length, perDay * days);
  const places: (Place | undefined)[] = ordered.map((_, i) =>
    i < reached ? { day: Math.floor(i / perDay), group: Math.floor((i % perDay) / policy.groupSize) } : undefined,
  );
  return { places, perDay, reached };
}

/** ISO instant of a minute of a day in the project zone. */
export function instantAt(clock: ZoneClock, date: string, minutes: number): string {
  return clock.format(clock.at(date, minutes));
}
