import { ShoulouError } from "../core/errors";
import type { CustomerLookup } from "./graph-types";
import { IdTable } from "./id-table";
import { instantMs } from "../core/time";
import type { CustomerRow, ReferralRow } from "./fast-input";

/** Customers by id through one {@link IdTable}; a customer listed twice is DUPLICATE. */
export function indexCustomers(customers: readonly CustomerRow[]): CustomerLookup {
  const table = new IdTable((i) => customers[i]!.id, customers.length);
  for (let i = 0; i < customers.length; i++) {
    if (table.add(i) >= 0) throw new ShoulouError("DUPLICATE", ["customers", i, "id"], `customer "${customers[i]!.id}" is listed twice`);
  }
  return {
    get: (id) => {
      const i = table.get(id);
      return i < 0 ? undefined : customers[i];
    },
    has: (id) => table.get(id) >= 0,
    slot: (id) => {
      const i = table.get(id);
      return i < 0 ? undefined : i;
    },
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
 * Referrals with their customers' slots and instants (`readMs` when the parse already read
 * them), sorted by time then id. Sorting by time is numeric on typed arrays (and skipped when
 * the register is already in time order); ids are compared only within runs of equal instants.
 */
export function sortedReferrals(referrals: readonly ReferralRow[], customers: CustomerLookup, readMs?: Float64Array): { order: Int32Array; from: Int32Array; to: Int32Array; ms: Float64Array } {
  const n = referrals.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const ms = readMs && readMs.length === n ? readMs : new Float64Array(n);
  const seen = new IdTable((i) => referrals[i]!.id, n);
  for (let i = 0; i < n; i++) {
    const r = referrals[i]!;
    if (seen.add(i) >= 0) throw new ShoulouError("DUPLICATE", ["referrals", i, "id"], `referral "${r.id}" is listed twice`);
    const a = customers.slot(r.referrer);
    if (a === undefined) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referrer"], `unknown customer "${r.referrer}"`);
    const b = customers.slot(r.referred);
    if (b === undefined) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referred"], `unknown customer "${r.referred}"`);
    from[i] = a;
    to[i] = b;
    if (ms !== readMs) ms[i] = instantMs(r.at) ?? 0;
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
