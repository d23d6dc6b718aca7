import { instantMs, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { flagBursts } from "./burst-flags";
import type { ReferralPolicy } from "./policy";
import { customerDefaults, type CustomerRow, type ReferralRow } from "./bulk-input";
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

/** What two customers share that makes them look like one person (REF-G-1 / REF-FLG-1). */
function sharesContact(a: CustomerRow, b: CustomerRow): "phone-number" | "id-number" | undefined {
  if (a.phone !== undefined && a.phone === b.phone) return "phone-number";
  if (a.idNumber !== undefined && a.idNumber === b.idNumber) return "id-number";
  return undefined;
}

/** A verdict on referral `referral`: the step that decided it. */
function verdict(referral: string, s: TraceStep): Verdict {
  return { referral, rule: s.rule, fact: s.fact, data: s.data };
}

/**
 * Validates and indexes who referred whom, in time order (then id): self-referrals, loops,
 * second referrers, already-known customers and staff are refused or flagged as the policy says.
 */
export function buildReferralIndex(customerList: readonly CustomerRow[], referrals: readonly ReferralRow[], policy: ReferralPolicy, clock: ZoneClock): ReferralIndex {
  const customers = indexCustomers(customerList);
  /** Per customer slot: index of the accepted referral that referred them, or −1. */
  const parent = new Int32Array(customerList.length).fill(-1);
  const up = new Int32Array(customerList.length).fill(-1);
  const acceptedAll = new Int32Array(referrals.length);
  const registeredBy = new Uint8Array(referrals.length);
  let count = 0;
  const rejected: Verdict[] = [];
  const flags = new Map<string, Verdict[]>();
  const flag = (id: string, s: TraceStep) => {
    const list = flags.get(id);
    if (list) list.push(verdict(id, s));
    else flags.set(id, [verdict(id, s)]);
  };
  const refuse = (r: ReferralRow, s: TraceStep) => rejected.push(verdict(r.id, s));
  const sorted = sortedReferrals(referrals, customers);
  for (const i of sorted.order) {
    const r = referrals[i]!;
    const ms = sorted.ms[i]!;
    const a = sorted.from[i]!;
    const b = sorted.to[i]!;
    const from = customerList[a]!;
    const to = customerList[b]!;
    const shared = sharesContact(from, to);
    if (a === b) { refuse(r, step("REF-G-1", "self", { referral: r.id, referrer: r.referrer })); continue; }
    if (shared && policy.sharedContact === "reject") { refuse(r, step("REF-G-1", "same-person", { referral: r.id, referrer: r.referrer, referred: r.referred, contact: shared })); continue; }
    const staff = from.staff ?? customerDefaults.staff;
    if (staff && policy.staff === "reject") { refuse(r, step("REF-G-5", "refused", { referral: r.id, referrer: r.referrer })); continue; }
    const firstAt = parent[b]!;
    if (firstAt >= 0) {
      const first = referrals[firstAt]!;
      refuse(r, step("REF-G-3", "second-referrer", { referral: r.id, referred: r.referred, first: first.referrer, firstReferral: first.id }));
      continue;
    }
    const visit = to.firstVisitAt === undefined ? undefined : (instantMs(to.firstVisitAt) ?? 0);
    const registeredBefore = to.registeredAt === undefined ? undefined : (instantMs(to.registeredAt) ?? 0);
    const visited = visit !== undefined && visit < ms;
    const known = visited || (registeredBefore !== undefined && registeredBefore < ms);
    if (known && policy.referredMustBeNew) {
      const how = visited ? "first-visit" : "registration";
      refuse(r, step("REF-G-4", "already-known", { referral: r.id, referred: r.referred, how, since: clock.format(visited ? visit : registeredBefore!) }));
      continue;
    }
    const root = findRoot(up, a);
    if (root === b) { refuse(r, step("REF-G-2", "loop", { referral: r.id, referrer: r.referrer, referred: r.referred })); continue; }
    up[b] = root;
    parent[b] = i;
    registeredBy[i] = known ? 0 : 1;
    acceptedAll[count++] = i;
    if (shared) flag(r.id, step("REF-FLG-1", "shared-contact", { referral: r.id, referrer: r.referrer, referred: r.referred, contact: shared }));
    if (staff && policy.staff === "flag") flag(r.id, step("REF-FLG-3", "staff", { referral: r.id, referrer: r.referrer }));
  }
  const accepted = acceptedAll.slice(0, count);
  const ms = sorted.ms;
  const edge = (i: number): Edge => ({ referral: referrals[i]!, ms: ms[i]!, registered: registeredBy[i] === 1 });
  if (policy.burst) flagBursts(referrals, accepted, ms, policy.burst, clock, flag);
  const trace: TraceStep[] = [step("REF-G-3", "accepted", { accepted: count, refused: rejected.length })];
  for (const v of rejected) trace.push({ rule: v.rule, fact: v.fact, data: v.data });
  return { customers, referrals, ms, accepted, registered: registeredBy, from: sorted.from, parentAt: (slot: number) => parent[slot]!, edge, rejected, flags, trace };
}
