import * as fc from "fast-check";
import type { IntentProfileInput } from "../scoring/intent-schema";
import type { lifetimeValue } from "../scoring/lifetime-value";
import type { MaintenanceBookInput } from "../scoring/maintenance-schema";
import { biased, dateBetween, yuan } from "./money-arbitraries";
import type { ArbitraryOptions } from "./options";

const id = (prefix: string) => fc.integer({ min: 0, max: 9_999 }).map((n) => `${prefix}${n}`);
const rating = fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 100).toFixed(2));

/**
 * Profiles for `gradeIntent`: every signal, present or not; with boundaries, the probability and
 * day thresholds of the intent grades.
 *
 * @example
 * ```ts
 * const [p] = fc.sample(arbitraries.intentProfile(), { numRuns: 1, seed: 15 });
 * intentGrades.includes(gradeIntent(p).grade); //=> true
 * ```
 * @category Testing
 */
export function intentProfile(options: ArbitraryOptions = {}): fc.Arbitrary<IntentProfileInput> {
  const b = options.boundaries ?? true;
  return fc.record(
    {
      id: id("C"),
      subscribed: fc.boolean(),
      depositPaid: yuan(0, 10_000_000),
      cardHolder: fc.boolean(),
      purchaseProbability: biased(b, ["0.8", "0.5", "0.3", "0", "1"], fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2))),
      visited: fc.boolean(),
      statedIntent: fc.boolean(),
      expectedPurchaseInDays: biased(b, [7, 30, 90, 180], fc.integer({ min: 0, max: 400 })),
      peer: fc.boolean(),
      leftContact: fc.boolean(),
    },
    { requiredKeys: ["id"] },
  );
}

/**
 * Inputs of `valueLoyaltyMatrix`: a customer's volume and loyalty (decimals).
 *
 * @example
 * ```ts
 * const [c] = fc.sample(arbitraries.valueLoyaltyInput(), { numRuns: 1, seed: 16 });
 * typeof valueLoyaltyMatrix(c, { highVolumeFrom: 100, highLoyaltyFrom: 50 }).quadrant; //=> "string"
 * ```
 * @category Testing
 */
export function valueLoyaltyInput(_options: ArbitraryOptions = {}) {
  return fc.record({ id: id("C"), volume: rating, loyalty: rating });
}

/**
 * Inputs of `creditAbilityMatrix`: a partner's credit and selling-ability ratings.
 *
 * @example
 * ```ts
 * const [p] = fc.sample(arbitraries.creditAbilityInput(), { numRuns: 1, seed: 17 });
 * typeof creditAbilityMatrix(p, { goodCreditFrom: 60, strongAbilityFrom: 60 }).cell; //=> "string"
 * ```
 * @category Testing
 */
export function creditAbilityInput(_options: ArbitraryOptions = {}) {
  return fc.record({ id: id("P"), credit: rating, sellingAbility: rating });
}

/**
 * Inputs of `paretoSegments` and `portfolioMix`-style lists: customers with revenue, unique ids.
 *
 * @example
 * ```ts
 * const [cs] = fc.sample(arbitraries.paretoInput(), { numRuns: 1, seed: 18 });
 * paretoSegments(cs).top.length <= cs.length; //=> true
 * ```
 * @category Testing
 */
export function paretoInput(_options: ArbitraryOptions = {}) {
  return fc.uniqueArray(fc.record({ id: id("C"), revenue: yuan(0, 100_000_000) }), { selector: (c) => c.id, maxLength: 40 });
}

/**
 * Inputs of `portfolioMix`: customers with their last maintenance date (or never) and their
 * relationship; with boundaries, dates exactly 30 and 31 days before 2024-10-31.
 *
 * @example
 * ```ts
 * const [cs] = fc.sample(arbitraries.portfolioInput(), { numRuns: 1, seed: 19 });
 * Object.keys(portfolioMix(cs, "2024-10-31").counts).length; //=> 3
 * ```
 * @category Testing
 */
export function portfolioInput(options: ArbitraryOptions = {}) {
  const b = options.boundaries ?? true;
  const day = biased(b, ["2024-10-01", "2024-09-30", "2024-10-31"], dateBetween("2024-06-01", "2024-10-31"));
  return fc.uniqueArray(fc.record({ id: id("C"), lastMaintainedOn: fc.option(day, { nil: null }), relationship: fc.constantFrom("deep" as const, "ordinary" as const) }), { selector: (c) => c.id, maxLength: 40 });
}

/**
 * Inputs of `lifetimeValue`: past and current value, repeat and referral purchases, costs, a
 * discount rate and a horizon. `withCosts: false` leaves the direct cost out, so no period's
 * profit is negative (for laws monotone in the rate and the horizon).
 *
 * @example
 * ```ts
 * const [input] = fc.sample(arbitraries.lifetimeValueInput(), { numRuns: 1, seed: 20 });
 * lifetimeValue(input).periods.length === input.horizonPeriods; //=> true
 * ```
 * @category Testing
 */
export function lifetimeValueInput(options: ArbitraryOptions & { readonly withCosts?: boolean } = {}): fc.Arbitrary<Parameters<typeof lifetimeValue>[0]> {
  const rate = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));
  const input = fc.record({
    historicalValue: yuan(0, 100_000_000),
    currentValue: yuan(0, 100_000_000),
    repeat: fc.record({ probabilityPerPeriod: rate, profitPerPurchase: yuan(0, 10_000_000) }),
    referral: fc.record({ referralsPerPeriod: fc.integer({ min: 0, max: 500 }).map((n) => (n / 100).toFixed(2)), closeRate: rate, profitPerPurchase: yuan(0, 10_000_000) }),
    directCostPerPeriod: yuan(0, 1_000_000),
    discountRate: fc.integer({ min: 0, max: 50 }).map((n) => (n / 100).toFixed(2)),
    horizonPeriods: fc.integer({ min: 1, max: 40 }),
  });
  if (options.withCosts !== false) return input;
  return input.map(({ directCostPerPeriod: _cost, ...rest }) => rest);
}

/**
 * Inputs of `lifecycleStage`: a customer's dated events up to `asOf`.
 *
 * @example
 * ```ts
 * const [h] = fc.sample(arbitraries.lifecycleHistory(), { numRuns: 1, seed: 21 });
 * lifecycleStages.includes(lifecycleStage(h).stage); //=> true
 * ```
 * @category Testing
 */
export function lifecycleHistory(_options: ArbitraryOptions = {}) {
  const kind = fc.constantFrom("contact" as const, "qualified" as const, "disqualified" as const, "purchase" as const, "joined-membership" as const, "referral" as const, "partnership" as const);
  return fc.record({ asOf: fc.constant("2024-12-31"), events: fc.array(fc.record({ on: dateBetween("2022-01-01", "2024-12-31"), kind }), { maxLength: 12 }) });
}

/**
 * A maintenance book for `maintenanceAudit`: customers with agents, grades and birthdays, and
 * records of every kind whose texts straddle the length standards (29/30 and 49/50 characters).
 *
 * @example
 * ```ts
 * const [book] = fc.sample(arbitraries.maintenanceBook(), { numRuns: 1, seed: 22 });
 * Array.isArray(maintenanceAudit(book, "2024-10-31").findings); //=> true
 * ```
 * @category Testing
 */
export function maintenanceBook(options: ArbitraryOptions = {}): fc.Arbitrary<MaintenanceBookInput> {
  const b = options.boundaries ?? true;
  const customers = ["C1", "C2", "C3", "C4"];
  const text = biased(b, [29, 30, 49, 50], fc.integer({ min: 0, max: 80 })).map((n) => "客".repeat(n));
  return fc.record({
    customers: fc.constant(customers.map((c, i) => ({ id: c, agentId: i % 2 ? "A1" : "A2", grade: i < 2 ? "a" : "b", birthday: ["01-15", "02-29", "10-20", "12-31"][i] as string }))),
    records: fc.array(
      fc.record({ kind: fc.constantFrom("sms" as const, "call" as const, "visit" as const, "event" as const, "birthday-invitation" as const), customerId: fc.constantFrom(...customers), agentId: fc.constantFrom("A1", "A2"), at: dateBetween("2024-08-01", "2024-10-31"), text, durationMinutes: fc.integer({ min: 0, max: 120 }), withKeyPerson: fc.boolean() }),
      { maxLength: 15 },
    ).map((rs) => rs.map((r, i) => ({ id: `r${i}`, ...r }))),
  });
}

/**
 * Inputs of `funnelMetrics`: a spend and two to six stages whose counts never grow down the funnel.
 *
 * @example
 * ```ts
 * const [f] = fc.sample(arbitraries.funnelInput(), { numRuns: 1, seed: 23 });
 * funnelMetrics(f).stages.length === f.stages.length; //=> true
 * ```
 * @category Testing
 */
export function funnelInput(_options: ArbitraryOptions = {}) {
  return fc.record({ spend: yuan(0, 100_000_000), counts: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 6 }) }).map(({ spend, counts }) => ({
    spend,
    stages: [...counts].sort((x, y) => y - x).map((count, i) => ({ id: `stage-${i + 1}`, count })),
  }));
}
