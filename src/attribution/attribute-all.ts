import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { prepareOffice } from "./office";
import { sweep } from "./sweep";
import { parseOfficeInput } from "./parse-input";
import { attributionPolicySchema, type AttributionPolicyInput } from "./policy";
import { toAttribution } from "./result";
import type { AttributeAllInput, Attribution, AttributionReview } from "./schema";

/** The answer of {@link attributeAll}. @category Attribution */
export interface OfficeAttribution {
  readonly ok: true;
  /** One answer per known customer, sorted by customer id; each equals {@link attributeCustomer}'s. */
  readonly attributions: readonly Attribution[];
  /** Every matter left to a manager (ATT-CH-3), once each, in customer order. */
  readonly review: readonly AttributionReview[];
}

/**
 * Attributes every customer of an office at once — for nightly runs and reports.
 *
 * @remarks
 * The batch form of {@link attributeCustomer}: the same rules (ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-7,
 * seed 004), one sweep over all events sorted by time then id, O(n log n) in the number of events.
 * Each customer's answer is exactly the one {@link attributeCustomer} gives for it.
 *
 * Every answer carries its full trace unless the input says `explain: false` (the light form for
 * bulk reports: traces left out, every decision the same).
 *
 * @param input - `{ asOf, events, customers?, explain? }` (see {@link attributeAllInputSchema}).
 * @param policy - an {@link attributionPolicySchema} policy.
 * @returns `{ attributions, review }`.
 * @throws ShoulouError `INVALID_INPUT` with the path, `INVALID_POLICY`, `DUPLICATE`.
 *
 * @example
 * ```ts
 * const events = [{ id: "e1", kind: "visit", at: "2024-10-01T10:00:00+08:00", customer: "C1", agent: "A7" }, { id: "e2", kind: "call", at: "2024-10-02T10:00:00+08:00", customer: "C2", agent: "A3" }];
 * attributeAll({ asOf: "2024-10-03T00:00:00+08:00", events }, attributionPresets.versionB).attributions.map((a) => a.owner); //=> ["A7", "A3"]
 * attributeAll({ asOf: "2024-10-03T00:00:00+08:00", events, explain: false }, attributionPresets.versionB).attributions.map((a) => [a.owner, a.trace.length]); //=> [["A7", 0], ["A3", 0]]
 * ```
 * @category Attribution
 */
export function attributeAll(input: AttributeAllInput, policy: AttributionPolicyInput = {}): OfficeAttribution {
  return guarded(() => {
    const pol = parseWith(attributionPolicySchema, policy, "INVALID_POLICY", ["policy"]);
    const data = parseOfficeInput("all", input);
    const office = prepareOffice(data.events, data.customers, data.asOf, pol, data.eventMs, data.explain);
    const customers = [...office.identity.known].sort();
    const run = sweep(office);
    const attributions: Attribution[] = [];
    const review: AttributionReview[] = [];
    const seen = new Set<string>();
    for (const c of customers) {
      const g = office.identity.groupOf(c);
      const o = run.outcome(g);
      attributions.push(toAttribution(office, o, c));
      // A group is named by its smallest member, so its reviews are read once, in group order,
      // when that member comes up (after toAttribution has run the channel rules that fill them).
      if (g !== c) continue;
      for (const item of o.review) {
        const key = `${item.rule}:${String(item.data?.["event"] ?? item.says)}`;
        if (!seen.has(key)) review.push(item);
        seen.add(key);
      }
    }
    return { ok: true, attributions, review };
  });
}
