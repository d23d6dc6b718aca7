import { ShoulouError } from "../core/errors";
import type { CustomerLookup } from "./graph-types";
import { instantMs } from "../core/time";
import type { Referral, ReferralCustomer } from "./schema";

/** Customers by id through one id → slot map; a customer listed twice is DUPLICATE. */
export function indexCustomers(customers: readonly ReferralCustomer[]): CustomerLookup {
  const slots = new Map<string, number>();
  customers.forEach((c, i) => {
    const size = slots.size;
    slots.set(c.id, i);
    if (slots.size === size) throw new ShoulouError("DUPLICATE", ["customers", i, "id"], `customer "${c.id}" is listed twice`);
  });
  return {
    get: (id) => {
      const i = slots.get(id);
      return i === undefined ? undefined : customers[i];
    },
    has: (id) => slots.has(id),
    slot: (id) => slots.get(id),
  };
}

/** Referrals with their customers' slots and instants, sorted by time then id. */
export function sortedReferrals(referrals: readonly Referral[], customers: CustomerLookup): { order: number[]; from: Int32Array; to: Int32Array; ms: Float64Array } {
  const n = referrals.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const ms = new Float64Array(n);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const r = referrals[i]!;
    const size = seen.size;
    seen.add(r.id);
    if (seen.size === size) throw new ShoulouError("DUPLICATE", ["referrals", i, "id"], `referral "${r.id}" is listed twice`);
    const a = customers.slot(r.referrer);
    if (a === undefined) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referrer"], `unknown customer "${r.referrer}"`);
    const b = customers.slot(r.referred);
    if (b === undefined) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referred"], `unknown customer "${r.referred}"`);
    from[i] = a;
    to[i] = b;
    ms[i] = (instantMs(r.at) ?? 0);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  // Registers are usually kept in time order: check in one pass before paying for a sort.
  let inOrder = true;
  for (let i = 1; i < n && inOrder; i++) {
    const d = ms[i - 1]! - ms[i]!;
    inOrder = d < 0 || (d === 0 && referrals[i - 1]!.id < referrals[i]!.id);
  }
  if (!inOrder) order.sort((x, y) => ms[x]! - ms[y]! || (referrals[x]!.id < referrals[y]!.id ? -1 : 1));
  return { order, from, to, ms };
}
