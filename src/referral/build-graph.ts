import { instantMs, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { flagBursts } from "./burst-flags";
import type { RuleId } from "../core/rules";
import type { ReferralPolicy } from "./policy";
import type { Referral, ReferralCustomer } from "./schema";
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

function sharesContact(a: ReferralCustomer, b: ReferralCustomer): string | undefined {
  if (a.phone !== undefined && a.phone === b.phone) return "phone";
  if (a.idNumber !== undefined && a.idNumber === b.idNumber) return "ID number";
  return undefined;
}

/**
 * Validates and indexes who referred whom, in time order (then id): self-referrals, loops,
 * second referrers, already-known customers and staff are refused or flagged as the policy says.
 */
export function buildReferralIndex(customerList: readonly ReferralCustomer[], referrals: readonly Referral[], policy: ReferralPolicy, clock: ZoneClock): ReferralIndex {
  const customers = indexCustomers(customerList);
  const parent: (Edge | undefined)[] = new Array<Edge | undefined>(customerList.length);
  const up = new Int32Array(customerList.length).fill(-1);
  const accepted: Edge[] = [];
  const rejected: Verdict[] = [];
  const flags = new Map<string, Verdict[]>();
  const flag = (id: string, rule: RuleId, says: string) => {
    const list = flags.get(id);
    if (list) list.push({ referral: id, rule, says });
    else flags.set(id, [{ referral: id, rule, says }]);
  };
  const sorted = sortedReferrals(referrals, customers);
  for (const i of sorted.order) {
    const r = referrals[i]!;
    const ms = sorted.ms[i]!;
    const a = sorted.from[i]!;
    const b = sorted.to[i]!;
    const from = customerList[a]!;
    const to = customerList[b]!;
    const refuse = (rule: RuleId, says: string) => rejected.push({ referral: r.id, rule, says });
    const shared = sharesContact(from, to);
    if (a === b) { refuse("REF-G-1", `${r.id}: ${r.referrer} cannot refer themselves`); continue; }
    if (shared && policy.sharedContact === "reject") { refuse("REF-G-1", `${r.id}: ${r.referrer} and ${r.referred} share a ${shared}: the same person`); continue; }
    if (from.staff && policy.staff === "reject") { refuse("REF-G-5", `${r.id}: ${r.referrer} is staff; staff may not refer`); continue; }
    const first = parent[b];
    if (first) { refuse("REF-G-3", `${r.id}: ${r.referred} was already referred by ${first.referral.referrer} (${first.referral.id}); the first referrer keeps them`); continue; }
    const visit = to.firstVisitAt === undefined ? undefined : (instantMs(to.firstVisitAt) ?? 0);
    const registeredBefore = to.registeredAt === undefined ? undefined : (instantMs(to.registeredAt) ?? 0);
    const visited = visit !== undefined && visit < ms;
    const known = visited || (registeredBefore !== undefined && registeredBefore < ms);
    if (known && policy.referredMustBeNew) {
      refuse("REF-G-4", `${r.id}: ${r.referred} was already known (${visited ? `visited ${to.firstVisitAt}` : `registered ${to.registeredAt}`}) before the referral`);
      continue;
    }
    const root = findRoot(up, a);
    if (root === b) { refuse("REF-G-2", `${r.id}: ${r.referrer} descends from ${r.referred}; the referral would close a loop`); continue; }
    up[b] = root;
    const edge: Edge = { referral: r, ms, registered: !known };
    parent[b] = edge;
    accepted.push(edge);
    if (shared) flag(r.id, "REF-FLG-1", `${r.id}: ${r.referrer} and ${r.referred} share a ${shared}`);
    if (from.staff && policy.staff === "flag") flag(r.id, "REF-FLG-3", `${r.id}: ${r.referrer} is staff`);
  }
  if (policy.burst) flagBursts(accepted, policy.burst, clock, flag);
  const trace: TraceStep[] = [
    step("REF-G-3", `${accepted.length} referral(s) accepted in time order, ${rejected.length} refused`, { accepted: accepted.length, refused: rejected.length }),
    ...rejected.map((v) => step(v.rule, v.says, { referral: v.referral })),
  ];
  const parentOf = {
    get: (id: string) => {
      const s = customers.slot(id);
      return s === undefined ? undefined : parent[s];
    },
  };
  return { customers, accepted, parentOf, rejected, flags, trace };
}
