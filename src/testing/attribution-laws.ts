import * as fc from "fast-check";
import { attributeAll } from "../attribution/attribute-all";
import { attributeCustomer } from "../attribution/attribute-customer";
import type { AttributionPolicyInput } from "../attribution/policy";
import { instantMs } from "../core/time";
import { attributeAllInput, ATTRIBUTION_START, type AttributionArbitraryOptions } from "./attribution-arbitraries";
import { instantAt } from "./instants";
import { ensure, holds, same } from "./law";
import type { LawOptions } from "./options";

/** Options of `attributionPolicyLaws`. @category Testing */
export type AttributionPolicyLawOptions = LawOptions & AttributionArbitraryOptions;

/** A decimal share as an exact fraction of 10^12 (shares have at most 12 decimals). */
function shareUnits(share: string): bigint {
  const [i = "0", f = ""] = share.split(".");
  return BigInt(i) * 10n ** 12n + BigInt((f + "0".repeat(12)).slice(0, 12));
}

/**
 * The laws every attribution policy must keep, checked on a company's own policy with generated
 * office histories: the batch form gives each customer the same answer as the single form;
 * each customer has exactly one owner or none (with the reason); the credit shares sum to
 * exactly 1; the protection end never moves earlier when the first contact comes later; the
 * order of the events never matters. Throws a `LawError` with fast-check's counterexample.
 *
 * @example
 * ```ts
 * laws.attributionPolicy(attributionPresets.versionB, { numRuns: 10 }); //=> undefined
 * ```
 * @category Testing
 */
export function attributionPolicyLaws(policy: AttributionPolicyInput, options: AttributionPolicyLawOptions = {}): void {
  const offices = attributeAllInput(options);

  holds("the batch form equals the single form, customer by customer", offices, (office) => {
    for (const a of attributeAll(office, policy).attributions) {
      const one = attributeCustomer({ customer: a.customer, asOf: office.asOf, events: office.events, customers: office.customers }, policy);
      ensure(same(one, a), () => `${a.customer}: attributeAll and attributeCustomer differ`);
    }
  }, options);

  holds("exactly one owner, or none with a reason", offices, (office) => {
    for (const a of attributeAll(office, policy).attributions) {
      ensure((a.owner === null) !== (a.unownedReason === null), () => `${a.customer}: owner ${String(a.owner)} with reason ${String(a.unownedReason)}`);
      ensure(a.owner === null ? a.credit.length === 0 : a.credit.length > 0, () => `${a.customer}: owner ${String(a.owner)} with ${a.credit.length} credit shares`);
      ensure(new Set(a.credit.map((c) => c.agent)).size === a.credit.length, () => `${a.customer}: an agent credited twice`);
    }
  }, options);

  holds("credit shares sum to exactly 1", offices, (office) => {
    for (const a of attributeAll(office, policy).attributions) {
      if (a.owner === null) continue;
      const sum = a.credit.reduce((s, c) => s + shareUnits(c.share), 0n);
      ensure(sum === 10n ** 12n, () => `${a.customer}: shares ${a.credit.map((c) => c.share).join(" + ")} ≠ 1`);
    }
  }, options);

  holds("a later first contact never ends the protection earlier", fc.tuple(fc.integer({ min: 0, max: 30 * 1440 }), fc.integer({ min: 0, max: 30 * 1440 })), ([m1, m2]) => {
    const [early, late] = m1 <= m2 ? [m1, m2] : [m2, m1];
    const asOf = instantAt(ATTRIBUTION_START, late + 1);
    const until = (minute: number) =>
      attributeCustomer({ customer: "C0", asOf, events: [{ id: "v", kind: "visit", at: instantAt(ATTRIBUTION_START, minute), customer: "C0", agent: "A0" }] }, policy).protectedUntil;
    const a = until(early);
    const b = until(late);
    if (a !== null && b !== null) ensure((instantMs(b) ?? 0) >= (instantMs(a) ?? 0), () => `contact at minute ${early} protects until ${a}, at minute ${late} only until ${b}`);
  }, options);

  holds("the order of the events never matters", offices.chain((o) => fc.tuple(fc.constant(o), fc.shuffledSubarray(o.events, { minLength: o.events.length, maxLength: o.events.length }))), ([office, shuffled]) => {
    ensure(same(attributeAll(office, policy), attributeAll({ ...office, events: shuffled }, policy)), () => "shuffling the events changed the answer");
  }, options);
}
