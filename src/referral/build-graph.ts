import { instantMs, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { flagBursts } from "./burst-flags";
import type { RuleId } from "../core/rules";
import type { ReferralPolicy } from "./policy";
import type { CustomerRow, ReferralRow } from "./fast-input";
import { indexCustomers, sortedReferrals } from "./customer-slots";
import type { Edge, ReferralIndex, Verdict } from "./graph-types";

export type { Edge, ReferralIndex, Verdict } from "./graph-types";

/** Root of `x` in the union-find whose representatives are the forest's real roots. */
function findRoot(up: Int32Array, x: number): number {
  let root = x;
  while (up[root]! >= 0) root = up[root]!;
  let node = x;
  while (node !== root) {
    const next = up[node]!;
    up[node] = root;
    node = next;
  }
  return root;
}

function sharesContact(a: CustomerRow, b: CustomerRow): string | undefined {
  if (a.phone !== undefined && a.phone === b.phone) return "phone";
  if (a.idNumber !== undefined && a.idNumber === b.idNumber) return "ID number";
  return undefined;
}

/**
 * Validates and indexes who referred whom, in time order (then id): self-referrals, loops,
 * second referrers, already-known customers and staff are refused or flagged as the policy says.
 */
export function buildReferralIndex(customerList: readonly CustomerRow[], referrals: readonly ReferralRow[], policy: ReferralPolicy, clock: ZoneClock, referralMs?: Float64Array): ReferralIndex {
  const customers = indexCustomers(customerList);
  /** Per customer slot: index of the accepted referral that referred them, or −1. */
  const parent = new Int32Array(customerList.length).fill(-1);
  const up = new Int32Array(customerList.length).fill(-1);
  const acceptedAll = new Int32Array(referrals.length);
  const registeredBy = new Uint8Array(referrals.length);
  let count = 0;
  const rejected: Verdict[] = [];
  const flags = new Map<string, Verdict[]>();
  const flag = (id: string, rule: RuleId, says: string) => {
    const list = flags.get(id);
    if (list) list.push({ referral: id, rule, says });
    else flags.set(id, [{ referral: id, rule, says }]);
  };
  const refuse = (r: ReferralRow, rule: RuleId, says: string) => rejected.push({ referral: r.id, rule, says });
  const sorted = sortedReferrals(referrals, customers, referralMs);
  for (const i of sorted.order) {
    const r = referrals[i]!;
    const ms = sorted.ms[i]!;
    const a = sorted.from[i]!;
    const b = sorted.to[i]!;
    const from = customerList[a]!;
    const to = customerList[b]!;
    const shared = sharesContact(from, to);
    if (a === b) { refuse(r, "REF-G-1", `${r.id}: ${r.referrer} cannot refer themselves`); continue; }
    if (shared && policy.sharedContact === "reject") { refuse(r, "REF-G-1", `${r.id}: ${r.referrer} and ${r.referred} share a ${shared}: the same person`); continue; }
    if (from.staff === true && policy.staff === "reject") { refuse(r, "REF-G-5", `${r.id}: ${r.referrer} is staff; staff may not refer`); continue; }
    const firstAt = parent[b]!;
    if (firstAt >= 0) {
      const first = referrals[firstAt]!;
      refuse(r, "REF-G-3", `${r.id}: ${r.referred} was already referred by ${first.referrer} (${first.id}); the first referrer keeps them`);
      continue;
    }
    const visit = to.firstVisitAt === undefined ? undefined : (instantMs(to.firstVisitAt) ?? 0);
    const registeredBefore = to.registeredAt === undefined ? undefined : (instantMs(to.registeredAt) ?? 0);
    const visited = visit !== undefined && visit < ms;
    const known = visited || (registeredBefore !== undefined && registeredBefore < ms);
    if (known && policy.referredMustBeNew) {
      refuse(r, "REF-G-4", `${r.id}: ${r.referred} was already known (${visited ? `visited ${to.firstVisitAt}` : `registered ${to.registeredAt}`}) before the referral`);
      continue;
    }
    const root = findRoot(up, a);
    if (root === b) { refuse(r, "REF-G-2", `${r.id}: ${r.referrer} descends from ${r.referred}; the referral would close a loop`); continue; }
    up[b] = root;
    parent[b] = i;
    registeredBy[i] = known ? 0 : 1;
    acceptedAll[count++] = i;
    if (shared) flag(r.id, "REF-FLG-1", `${r.id}: ${r.referrer} and ${r.referred} share a ${shared}`);
    if (from.staff === true && policy.staff === "flag") flag(r.id, "REF-FLG-3", `${r.id}: ${r.referrer} is staff`);
  }
  const accepted = acceptedAll.slice(0, count);
  const ms = sorted.ms;
  const edge = (i: number): Edge => ({ referral: referrals[i]!, ms: ms[i]!, registered: registeredBy[i] === 1 });
  if (policy.burst) flagBursts(referrals, accepted, ms, policy.burst, clock, flag);
  const trace: TraceStep[] = [step("REF-G-3", `${count} referral(s) accepted in time order, ${rejected.length} refused`, { accepted: count, refused: rejected.length })];
  for (const v of rejected) trace.push(step(v.rule, v.says, { referral: v.referral }));
  const parentOf = {
    get: (id: string) => {
      const s = customers.slot(id);
      const i = s === undefined ? -1 : parent[s]!;
      return i < 0 ? undefined : edge(i);
    },
  };
  return { customers, referrals, ms, accepted, registered: registeredBy, from: sorted.from, parentAt: (slot: number) => parent[slot]!, edge, parentOf, rejected, flags, trace };
}
