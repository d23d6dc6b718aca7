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

/** Customers by id, backed by one id → slot map. */
export interface CustomerLookup {
  get(id: string): ReferralCustomer | undefined;
  has(id: string): boolean;
  slot(id: string): number | undefined;
}

/** The validated, indexed referral forest every public function works on. */
export interface ReferralIndex {
  readonly customers: CustomerLookup;
  readonly accepted: readonly Edge[];
  /** referred → the edge from its (first valid) referrer. */
  readonly parentOf: { get(id: string): Edge | undefined };
  readonly rejected: readonly Verdict[];
  readonly flags: ReadonlyMap<string, readonly Verdict[]>;
  readonly trace: readonly TraceStep[];
}

const DAY_MS = 86_400_000;

function indexCustomers(customers: readonly ReferralCustomer[]): CustomerLookup {
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
function sortedReferrals(referrals: readonly Referral[], customers: CustomerLookup): { order: number[]; from: Int32Array; to: Int32Array; ms: Float64Array } {
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
    ms[i] = instantMs(r.at) ?? 0;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((x, y) => ms[x]! - ms[y]! || (referrals[x]!.id < referrals[y]!.id ? -1 : 1));
  return { order, from, to, ms };
}

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
    const visit = to.firstVisitAt === undefined ? undefined : instantMs(to.firstVisitAt);
    const registeredBefore = to.registeredAt === undefined ? undefined : instantMs(to.registeredAt);
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

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * `clock.format(ms)`, reusing `text` when it is already that string: whole seconds, no
 * fraction, and the zone's own offset at that instant (then its wall-clock fields are the
 * zone's local time). Saves formatting and memory on large graphs.
 */
export function formatInZone(clock: ZoneClock, text: string, ms: number): string {
  if (CANONICAL_INSTANT.test(text)) {
    const off = clock.offsetMinutes(ms);
    const abs = Math.abs(off);
    const suffix = `${off < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    if (text.endsWith(suffix)) return text;
  }
  return clock.format(ms);
}
