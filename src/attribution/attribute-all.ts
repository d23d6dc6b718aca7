import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { prepareOffice } from "./office";
import { sweep } from "./sweep";
import { parseOfficeInput, readingData } from "./parse-input";
import { attributionPolicySchema, type AttributionPolicyInput } from "./policy";
import { toAttribution } from "./result";
import type { AttributeAllInput, Attribution, AttributionReview } from "./schema";

/** The answer of {@link attributeAll}. @category Attribution */
export interface OfficeAttribution {
  readonly ok: true;
  /** One answer per known customer, sorted by customer id; each equals {@link attributeCustomer}'s. */
  readonly attributions: readonly Attribution[];
  /**
   * Every matter left to a manager, once each: masked registrations that fit several customers
   * (ATT-CH-3), in customer order, then every registration whose phone fits no customer (ATT-CH-2),
   * in time order.
   */
  readonly review: readonly AttributionReview[];
}

/**
 * Attributes every customer of an office at once — for nightly runs and reports.
 *
 * @remarks
 * The batch form of {@link attributeCustomer}: the same rules (ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-7,
 * the house rules of 《康城百合湾项目案场管理制度》 and 《销售客户资源的归属原则》), one sweep over all events sorted by time then id, O(n log n) in the number of events.
 * Each customer's answer is exactly the one {@link attributeCustomer} gives for it.
 *
 * Every answer carries its full trace: traces are data (no text is made until `explainTrace` is
 * asked), so a lighter form without them saved no time and was removed.
 *
 * @param input - `{ asOf, events, customers? }` (see {@link attributeAllInputSchema}).
 * @param policy - an {@link attributionPolicySchema} policy.
 * @returns `{ attributions, review }`.
 * @throws ShoulouError `INVALID_INPUT` with the path, `INVALID_POLICY`, `DUPLICATE` (an event id
 * or a customer listed twice: both paths in `issues`), `OUT_OF_RANGE` (a list past
 * {@link attributionLimits}, or a period ending after 9999-12-31).
 *
 * @example
 * ```ts
 * const events = [{ id: "e1", kind: "visit", at: "2024-10-01T10:00:00+08:00", customer: "C1", agent: "A7" }, { id: "e2", kind: "call", at: "2024-10-02T10:00:00+08:00", customer: "C2", agent: "A3" }];
 * attributeAll({ asOf: "2024-10-03T00:00:00+08:00", events }, attributionPresets.versionB).attributions.map((a) => a.owner); //=> ["A7", "A3"]
 * explainTrace(attributeAll({ asOf: "2024-10-03T00:00:00+08:00", events }, attributionPresets.versionB).attributions[0].trace); //=> ["ATT-1 2024年10月1日 10:00 A7 首次接待（来访），客户归 A7 所有", "ATT-5 A7 的保护期为15天，至2024年10月16日 00:00"]
 * ```
 * @category Attribution
 */
export function attributeAll(input: AttributeAllInput, policy: AttributionPolicyInput = {}): OfficeAttribution {
  return guarded(() => {
    const pol = readingData(() => parseWith(attributionPolicySchema, policy, "INVALID_POLICY", ["policy"]), ["policy"], policy, "INVALID_POLICY");
    const data = parseOfficeInput("all", input);
    const office = prepareOffice(data.events, data.customers, data.asOf, pol);
    const customers = [...office.identity.known].sort();
    const run = sweep(office);
    const attributions: Attribution[] = [];
    const review: AttributionReview[] = [];
    const seen = new Set<string>();
    for (const c of customers) {
      const g = office.identity.groupOf(c);
      const o = run.outcome(g);
      const a = toAttribution(office, o, c);
      attributions.push(a);
      // A group is named by its smallest member, so its reviews are read once, in group order,
      // when that member comes up (after toAttribution has run the channel rules that fill them).
      if (g !== c) continue;
      for (const item of a.review) {
        if (item.rule !== "ATT-CH-3") continue; // ATT-CH-2 items are listed below, all of them
        const key = String(item.data["phone"]);
        if (!seen.has(key)) review.push(item);
        seen.add(key);
      }
    }
    for (const u of office.unmatched) review.push(u.step);
    return { ok: true, attributions, review };
  });
}
