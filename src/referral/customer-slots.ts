import { ShoulouError } from "../core/errors";
import type { CustomerLookup } from "./graph-types";
import { instantMs } from "../core/time";
import type { CustomerRow, ReferralRow } from "./bulk-input";

/**
 * Customers by id; a customer listed twice is DUPLICATE. Ids come from other systems and from
 * forms, so they are untrusted: a plain `Map` keeps look-ups O(1) expected whatever the ids,
 * because V8 seeds its string hashes per process (a hash table of our own, with a fixed
 * function, was flooded by 32,768 ids chosen to share one hash: 12 s instead of 0.13 s).
 */
export function indexCustomers(customers: readonly CustomerRow[]): CustomerLookup {
  const slots = new Map<string, number>();
  for (let i = 0; i < customers.length; i++) {
    const id = customers[i]!.id;
    if (slots.has(id)) throw new ShoulouError("DUPLICATE", ["customers", i, "id"], `customer "${id}" is listed twice`);
    slots.set(id, i);
  }
  return {
    get: (id) => {
      const i = slots.get(id);
      return i === undefined ? undefined : customers[i];
    },
    has: (id) => slots.has(id),
    slot: (id) => slots.get(id),
  };
}

/**
 * Sorts the run `order[s..e)` of referrals with equal instants by id (ids are unique), unless
 * it already is.
 */
function sortRunById(order: Int32Array, s: number, e: number, referrals: readonly ReferralRow[]): void {
  let inOrder = true;
  for (let k = s + 1; k < e && inOrder; k++) inOrder = referrals[order[k - 1]!]!.id < referrals[order[k]!]!.id;
  if (inOrder) return;
  const run = Array.from(order.subarray(s, e)).sort((x, y) => (referrals[x]!.id < referrals[y]!.id ? -1 : 1));
  order.set(run, s);
}

/**
 * Referrals with their customers' slots and instants, sorted by time then id. Sorting by time is numeric on typed arrays (and skipped when
 * the register is already in time order); ids are compared only within runs of equal instants.
 */
export function sortedReferrals(referrals: readonly ReferralRow[], customers: CustomerLookup): { order: Int32Array; from: Int32Array; to: Int32Array; ms: Float64Array } {
  const n = referrals.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const ms = new Float64Array(n);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const r = referrals[i]!;
    if (seen.has(r.id)) throw new ShoulouError("DUPLICATE", ["referrals", i, "id"], `referral "${r.id}" is listed twice`);
    const a = customers.slot(r.referrer);
    if (a === undefined) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referrer"], `unknown customer "${r.referrer}"`);
    const b = customers.slot(r.referred);
    if (b === undefined) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referred"], `unknown customer "${r.referred}"`);
    from[i] = a;
    to[i] = b;
    seen.add(r.id);
    ms[i] = instantMs(r.at) ?? 0;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Registers are usually kept in time order: check in one pass before paying for a sort.
  let inTimeOrder = true;
  for (let i = 1; i < n && inTimeOrder; i++) inTimeOrder = ms[i - 1]! <= ms[i]!;
  if (!inTimeOrder) order.sort((x, y) => ms[x]! - ms[y]! || x - y);
  let s = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && ms[order[k]!] === ms[order[s]!]) continue;
    if (k - s > 1) sortRunById(order, s, k, referrals);
    s = k;
  }
  return { order, from, to, ms };
}
