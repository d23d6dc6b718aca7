import * as fc from "fast-check";
import { addDays } from "../core/time";
import type { SubscriptionEventInput } from "../subscription/lifecycle-schema";
import type { SubscriptionPolicyInput } from "../subscription/policy";
import type { UnitPicksInput } from "../subscription/schema";
import { biased, yuan } from "./money-arbitraries";
import type { ArbitraryOptions } from "./options";

/** Options of `unitPicksInput`. @category Testing */
export interface UnitPicksArbitraryOptions extends ArbitraryOptions {
  /** Most cards. Default 50. */
  readonly maxCards?: number;
  /** Most units. Default 25. */
  readonly maxUnits?: number;
}

/**
 * Inputs of `resolveUnitPicks` (and, without preferences, `planSelectionEvent`): units, cards
 * with preferences, absences, carry/give-up choices and villa routes, over one to three days.
 *
 * @example
 * ```ts
 * const [day] = fc.sample(arbitraries.unitPicksInput(), { numRuns: 1, seed: 12 });
 * resolveUnitPicks(day, { dailyCap: 1000 }).unitsLeft >= 0; //=> true
 * ```
 * @category Testing
 */
export function unitPicksInput(options: UnitPicksArbitraryOptions = {}): fc.Arbitrary<UnitPicksInput> {
  return fc
    .record({
      unitCount: fc.integer({ min: 1, max: options.maxUnits ?? 25 }),
      numbers: fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: options.maxCards ?? 50 }),
      days: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ unitCount, numbers, days }) => {
      const units = Array.from({ length: unitCount }, (_, i) => `U${i}`);
      const card = (number: number) =>
        fc
          .record({
            number: fc.constant(number),
            present: fc.boolean(),
            preferences: fc.shuffledSubarray(units, { maxLength: Math.min(6, units.length) }),
            ifNotReached: fc.constantFrom("carry" as const, "give-up" as const, "undecided" as const),
            villa: fc.constantFrom(undefined, "reserve" as const, "give-up" as const, "pick" as const),
          })
          .map(({ villa, ...c }) => (villa === undefined ? c : villa === "pick" ? { ...c, villaIntent: true } : { ...c, villaIntent: true, villaRoute: villa }));
      return fc.record({
        units: fc.constant(units),
        cards: fc.tuple(...numbers.map(card)),
        dates: fc.constant(Array.from({ length: days }, (_, i) => addDays("2024-09-26", i))),
      });
    });
}

/**
 * Selection-day policies, valid by construction: caps, group sizes, slot lengths, breaks and
 * units per card. Some leave no room for a group in a day: the functions refuse those with
 * `INVALID_POLICY`, and the laws skip them.
 *
 * @example
 * ```ts
 * const [policy] = fc.sample(arbitraries.subscriptionPolicy(), { numRuns: 1, seed: 13 });
 * policy.dailyCap > 0; //=> true
 * ```
 * @category Testing
 */
export function subscriptionPolicy(_options: ArbitraryOptions = {}): fc.Arbitrary<SubscriptionPolicyInput & { dailyCap: number }> {
  return fc
    .record({
      dailyCap: fc.integer({ min: 1, max: 25 }),
      groupSize: fc.integer({ min: 1, max: 8 }),
      slotMinutes: fc.integer({ min: 5, max: 60 }),
      startTime: fc.constantFrom("08:00", "09:30", "10:15"),
      latestEnd: fc.constantFrom(undefined, "18:00", "23:00"),
      breaks: fc.constantFrom<{ from: string; to: string }[]>([], [{ from: "12:00", to: "13:15" }], [{ from: "11:00", to: "11:20" }, { from: "15:00", to: "16:00" }]),
      unitsPerCard: fc.constantFrom(1, 1, 2),
    })
    .map(({ latestEnd, ...p }) => (latestEnd === undefined ? p : { ...p, latestEnd }));
}

/**
 * A buyer's subscription events in date order: subscribe, change unit, pay the first
 * installment, change payment method, sign, change owner, check the deadline, cancel. With
 * boundaries, prices on the deposit cap's edge (20% of ¥99,999.99 and ¥100,000).
 * `minEvents`/`maxEvents` bound the count (default 0–12); `anyOrder: true` leaves the events in
 * the order drawn rather than by date (`replaySubscription` sorts them itself).
 *
 * @example
 * ```ts
 * const [events] = fc.sample(arbitraries.subscriptionEvents(), { numRuns: 1, seed: 14 });
 * replaySubscription(events, subscriptionPresets.changzhouOlympicGarden).events.length === events.length; //=> true
 * ```
 * @category Testing
 */
export function subscriptionEvents(options: ArbitraryOptions & { readonly minEvents?: number; readonly maxEvents?: number; readonly anyOrder?: boolean } = {}): fc.Arbitrary<SubscriptionEventInput[]> {
  const b = options.boundaries ?? true;
  const unit = fc.constantFrom("A-101", "A-102", "B-201");
  const price = biased(b, ["99999.99", "100000.00", "60000.00"], yuan(5_000_000, 500_000_000));
  const owners = fc.constantFrom<string[]>(["甲"], ["甲", "乙"]);
  const body = fc.oneof(
    fc.record({ type: fc.constant("subscribe" as const), unit, price, paymentMethod: fc.constantFrom("full" as const, "mortgage" as const), owners, deadline: fc.constant("2024-10-20"), paidIn: fc.constantFrom("cash" as const, "transfer" as const) }),
    fc.record({ type: fc.constant("change-unit" as const), unit, price }),
    fc.record({ type: fc.constant("pay-first-installment" as const), amount: fc.constantFrom("100000", "280000") }),
    fc.record({ type: fc.constant("change-payment-method" as const), method: fc.constantFrom("full" as const, "mortgage" as const) }),
    fc.record({
      type: fc.constant("sign-contract" as const),
      signers: fc.constantFrom<{ owner: string; by: "in-person" | "proxy"; notarised?: boolean }[]>([{ owner: "甲", by: "in-person" }], [{ owner: "甲", by: "in-person" }, { owner: "乙", by: "proxy", notarised: true }]),
    }),
    fc.record({ type: fc.constant("change-owner" as const), owners, sellerConsent: fc.boolean() }),
    fc.record({ type: fc.constant("check-deadline" as const) }),
    fc.record({ type: fc.constant("cancel" as const), reason: fc.constantFrom("buyer-default" as const, "seller-default" as const, "no-fault" as const) }),
  );
  return fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), body), { minLength: options.minEvents ?? 0, maxLength: options.maxEvents ?? 12 }).map((list) => {
    const days = list.map(([d]) => d);
    if (!options.anyOrder) days.sort((x, y) => x - y);
    return days.map((d, i) => ({ ...list[i]![1], on: addDays("2024-09-20", d) }) as SubscriptionEventInput);
  });
}
