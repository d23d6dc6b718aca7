import { guarded, ShoulouError } from "../core/errors";
import { parseWith } from "../core/schema";
import { prepareOffice } from "./office";
import { sweep } from "./sweep";
import { parseOfficeInput, readingData } from "./parse-input";
import { attributionPolicySchema, type AttributionPolicyInput } from "./policy";
import { toAttribution } from "./result";
import type { Attribution, AttributeCustomerInput } from "./schema";

/**
 * Decides who owns one customer and who shares the credit, from the office's contact history,
 * explained step by step.
 *
 * @remarks
 * Applies ATT-1 (first contact), ATT-1a (helpers while the owner is away), ATT-2 (the
 * introduction chain, only when registered first or the agent was named), ATT-3 (relatives and
 * friends recorded beforehand), ATT-4 (the off-duty named agent's time limit, 30 minutes in version B, none in A), ATT-5 (the
 * protection period, expiring at local midnight in the policy's zone, and re-registration) —
 * 《康城百合湾项目案场管理制度》第一章 (version A) and 《销售客户资源的归属原则》 (version B) — and the channel rules ATT-CH-1 … ATT-CH-7. Events after `asOf`
 * are ignored; order in the list does not matter (time, then records before contacts, then id).
 * Other customers' events in `events` are read only to know introducers' owners and identities.
 *
 * @param input - `{ customer, asOf, events, customers? }` (see {@link attributeCustomerInputSchema}).
 * @param policy - an {@link attributionPolicySchema} policy, e.g. `attributionPresets.versionB`.
 * @returns `{ owner, credit, protectedUntil, basis, channel, review, trace }`, or `owner: null` with `unownedReason`.
 * @throws ShoulouError `INVALID_INPUT` (with the path of the bad field), `INVALID_POLICY`,
 * `UNKNOWN_REFERENCE` (a customer nowhere in the events or register), `DUPLICATE` (a customer listed twice).
 *
 * @example
 * ```ts
 * const r = attributeCustomer({ customer: "C1", asOf: "2024-10-01T12:00:00+08:00", events: [{ id: "e1", kind: "visit", at: "2024-10-01T10:00:00+08:00", customer: "C1", agent: "A7" }] }, attributionPresets.versionB);
 * r.owner; //=> "A7"
 * r.protectedUntil; //=> "2024-10-16T00:00:00+08:00"
 * r.credit; //=> [{ agent: "A7", share: "1" }]
 * ```
 * @category Attribution
 */
export function attributeCustomer(input: AttributeCustomerInput, policy: AttributionPolicyInput = {}): Attribution {
  return guarded(() => {
    const pol = readingData(() => parseWith(attributionPolicySchema, policy, "INVALID_POLICY", ["policy"]), ["policy"], policy, "INVALID_POLICY");
    const data = parseOfficeInput("one", input);
    const office = prepareOffice(data.events, data.customers, data.asOf, pol);
    if (!office.identity.known.has(data.customer)) {
      throw new ShoulouError("UNKNOWN_REFERENCE", ["customer"], `customer ${data.customer} appears in no event and not in the register`);
    }
    const group = office.identity.groupOf(data.customer);
    return toAttribution(office, sweep(office).outcome(group), data.customer);
  });
}
