import { isShoulouError } from "../core/errors";
import type { SubscriptionPolicyInput } from "../subscription/policy";
import { replaySubscription } from "../subscription/replay";
import { resolveUnitPicks } from "../subscription/unit-picks";
import { ensure, fenOf, holds, same } from "./law";
import type { LawOptions } from "./options";
import { subscriptionEvents, unitPicksInput } from "./subscription-arbitraries";

/** Runs `f`; a policy with no room for a group in a day is refused (INVALID_POLICY) and skipped. */
function unlessNoRoom<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isShoulouError(e) && e.code === "INVALID_POLICY") return undefined;
    throw e;
  }
}

/**
 * The laws every subscription policy must keep, checked on a company's own policy with generated
 * selection days and buyers' histories: no unit goes to two cards; no card gets more units than
 * the policy allows; every card appears exactly once in the outcome; the same day gives the same
 * outcome; refused events change nothing (dropping them gives the same state); charges are never
 * negative. Throws a `LawError` with fast-check's counterexample.
 *
 * @example
 * ```ts
 * laws.subscriptionPolicy(subscriptionPresets.changzhouOlympicGarden, { numRuns: 20 }); //=> undefined
 * ```
 * @category Testing
 */
export function subscriptionPolicyLaws(policy: SubscriptionPolicyInput, options: LawOptions = {}): void {
  const days = unitPicksInput();
  const perCard = (policy as { unitsPerCard?: number }).unitsPerCard ?? 1;

  holds("no unit goes to two cards, and no card gets more than its units", days, (input) => {
    const r = unlessNoRoom(() => resolveUnitPicks(input, policy));
    if (!r) return;
    const units = r.allocations.flatMap((a) => a.units);
    ensure(new Set(units).size === units.length, () => `a unit allocated twice: ${units.join(", ")}`);
    for (const a of r.allocations) ensure(a.units.length > 0 && a.units.length <= perCard, () => `card ${a.card} got ${a.units.length} units`);
  }, options);

  holds("every card appears exactly once in the outcome", days, (input) => {
    const r = unlessNoRoom(() => resolveUnitPicks(input, policy));
    if (!r) return;
    const seen = [...r.allocations, ...r.forfeits, ...r.carried, ...r.notReached, ...r.villaReserved].map((x) => x.card).sort((a, b) => a - b);
    ensure(same(seen, input.cards.map((c) => c.number).sort((a, b) => a - b)), () => `cards in the outcome: ${seen.join(", ")}`);
  }, options);

  holds("the same day gives the same outcome", days, (input) => {
    ensure(same(unlessNoRoom(() => resolveUnitPicks(input, policy)), unlessNoRoom(() => resolveUnitPicks(input, policy))), () => "two calls differ");
  }, options);

  holds("refused events change nothing, and no charge is negative", subscriptionEvents(), (events) => {
    const all = replaySubscription(events, policy);
    const kept = all.events.filter((e) => e.ok).map((e) => events[e.index]!);
    ensure(same(replaySubscription(kept, policy).state, all.state), () => "dropping the refused events changed the state");
    for (const e of all.events) if (e.ok) for (const c of e.charges) ensure(fenOf(c.amount) >= 0n, () => `charge ${c.amount}`);
  }, options);
}
