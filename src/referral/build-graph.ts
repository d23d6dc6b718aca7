import { ShoulouError } from "../core/errors";
import { instantMs, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import type { RuleId } from "../core/rules";
import type { ReferralPolicy } from "./policy";
import type { Referral, ReferralCustomer } from "./schema";

/** An accepted referral with its instant in ms and whether it came before the first visit. */
export interface Edge {
  readonly referral: Referral;
  readonly ms: number;
  readonly registered: boolean;
}

/** A referral refused or flagged, and the rule that says so. */
export interface Verdict {
  readonly referral: string;
  readonly rule: RuleId;
  readonly says: string;
}

/** The validated, indexed referral forest every public function works on. */
export interface ReferralIndex {
  readonly customers: ReadonlyMap<string, ReferralCustomer>;
  readonly accepted: readonly Edge[];
  /** referred → the edge from its (first valid) referrer. */
  readonly parentOf: ReadonlyMap<string, Edge>;
  readonly rejected: readonly Verdict[];
  readonly flags: ReadonlyMap<string, readonly Verdict[]>;
  readonly trace: readonly TraceStep[];
}

const DAY_MS = 86_400_000;

function indexCustomers(customers: readonly ReferralCustomer[]): Map<string, ReferralCustomer> {
  const byId = new Map<string, ReferralCustomer>();
  customers.forEach((c, i) => {
    if (byId.has(c.id)) throw new ShoulouError("DUPLICATE", ["customers", i, "id"], `customer "${c.id}" is listed twice`);
    byId.set(c.id, c);
  });
  return byId;
}

function sortedReferrals(referrals: readonly Referral[], customers: ReadonlyMap<string, ReferralCustomer>): { r: Referral; ms: number }[] {
  const seen = new Set<string>();
  const out = referrals.map((r, i) => {
    if (seen.has(r.id)) throw new ShoulouError("DUPLICATE", ["referrals", i, "id"], `referral "${r.id}" is listed twice`);
    seen.add(r.id);
    if (!customers.has(r.referrer)) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referrer"], `unknown customer "${r.referrer}"`);
    if (!customers.has(r.referred)) throw new ShoulouError("UNKNOWN_REFERENCE", ["referrals", i, "referred"], `unknown customer "${r.referred}"`);
    return { r, ms: instantMs(r.at) ?? 0 };
  });
  return out.sort((a, b) => a.ms - b.ms || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
}

/** Root of `x` in the union-find whose representatives are the forest's real roots. */
function findRoot(up: Map<string, string>, x: string): string {
  let root = x;
  for (let next = up.get(root); next !== undefined; next = up.get(root)) root = next;
  let node = x;
  while (node !== root) {
    const next = up.get(node)!;
    up.set(node, root);
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
  const parentOf = new Map<string, Edge>();
  const up = new Map<string, string>();
  const accepted: Edge[] = [];
  const rejected: Verdict[] = [];
  const flags = new Map<string, Verdict[]>();
  const flag = (id: string, rule: RuleId, says: string) => {
    const list = flags.get(id);
    if (list) list.push({ referral: id, rule, says });
    else flags.set(id, [{ referral: id, rule, says }]);
  };
  for (const { r, ms } of sortedReferrals(referrals, customers)) {
    const from = customers.get(r.referrer)!;
    const to = customers.get(r.referred)!;
    const refuse = (rule: RuleId, says: string) => rejected.push({ referral: r.id, rule, says });
    const shared = sharesContact(from, to);
    if (r.referrer === r.referred) { refuse("REF-G-1", `${r.id}: ${r.referrer} cannot refer themselves`); continue; }
    if (shared && policy.sharedContact === "reject") { refuse("REF-G-1", `${r.id}: ${r.referrer} and ${r.referred} share a ${shared}: the same person`); continue; }
    if (from.staff && policy.staff === "reject") { refuse("REF-G-5", `${r.id}: ${r.referrer} is staff; staff may not refer`); continue; }
    const first = parentOf.get(r.referred);
    if (first) { refuse("REF-G-3", `${r.id}: ${r.referred} was already referred by ${first.referral.referrer} (${first.referral.id}); the first referrer keeps them`); continue; }
    const visit = instantMs(to.firstVisitAt);
    const registeredBefore = instantMs(to.registeredAt);
    const known = (visit !== undefined && visit < ms) || (registeredBefore !== undefined && registeredBefore < ms);
    if (known && policy.referredMustBeNew) {
      refuse("REF-G-4", `${r.id}: ${r.referred} was already known (${visit !== undefined && visit < ms ? `visited ${to.firstVisitAt}` : `registered ${to.registeredAt}`}) before the referral`);
      continue;
    }
    if (findRoot(up, r.referrer) === r.referred) { refuse("REF-G-2", `${r.id}: ${r.referrer} descends from ${r.referred}; the referral would close a loop`); continue; }
    up.set(r.referred, findRoot(up, r.referrer));
    const edge: Edge = { referral: r, ms, registered: !known };
    parentOf.set(r.referred, edge);
    accepted.push(edge);
    if (shared) flag(r.id, "REF-FLG-1", `${r.id}: ${r.referrer} and ${r.referred} share a ${shared}`);
    if (from.staff && policy.staff === "flag") flag(r.id, "REF-FLG-3", `${r.id}: ${r.referrer} is staff`);
  }
  if (policy.burst) flagBursts(accepted, policy.burst, clock, flag);
  const trace: TraceStep[] = [
    step("REF-G-3", `${accepted.length} referral(s) accepted in time order, ${rejected.length} refused`, { accepted: accepted.length, refused: rejected.length }),
    ...rejected.map((v) => step(v.rule, v.says, { referral: v.referral })),
  ];
  return { customers, accepted, parentOf, rejected, flags, trace };
}

function flagBursts(accepted: readonly Edge[], burst: { count: number; days: number }, clock: ZoneClock, flag: (id: string, rule: RuleId, says: string) => void): void {
  const byReferrer = new Map<string, Edge[]>();
  for (const e of accepted) {
    const list = byReferrer.get(e.referral.referrer);
    if (list) list.push(e);
    else byReferrer.set(e.referral.referrer, [e]);
  }
  for (const [referrer, edges] of byReferrer) {
    if (edges.length < burst.count) continue;
    const day = edges.map((e) => Math.floor((e.ms + clock.offsetMinutes(e.ms) * 60_000) / DAY_MS));
    let start = 0;
    for (let i = 0; i < edges.length; i++) {
      while (day[i]! - day[start]! >= burst.days) start++;
      if (i - start + 1 >= burst.count) {
        flag(edges[i]!.referral.id, "REF-FLG-2", `${edges[i]!.referral.id}: ${referrer} made ${i - start + 1} referrals within ${burst.days} day(s)`);
      }
    }
  }
}
