import { addDays, addMonths, instantMs, zoneClock, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { buildIdentity, type Identity } from "./identity";
import type { AttributionPolicy } from "./policy";
import type { AttributionBasis, AttributionChannelClaim, AttributionCustomer, AttributionEvent, AttributionReview, AttributionUnownedReason } from "./schema";

/** An event with its instant, group and place in the caller's list. */
export interface PreparedEvent {
  readonly ev: AttributionEvent;
  readonly ms: number;
  readonly rank: number;
  readonly index: number;
  readonly group: string;
}

/** A pending claim before the first contact (ATT-2, ATT-3). */
interface PendingIntro {
  readonly ev: Extract<AttributionEvent, { kind: "introduction" }>;
  readonly ms: number;
  /** The introducer's owner and basis at the introduction, read from the sweep. */
  readonly introducerOwner: string | null;
  readonly introducerBasis: AttributionBasis | null;
  readonly sameGroup: boolean;
}

/**
 * The state of one customer group after the sweep: the owner and why, the protection, the
 * helpers, and the facts the channel rules need.
 * @remarks ATT-1 … ATT-5.
 * @category Attribution
 */
export interface GroupOutcome {
  readonly group: string;
  owner: string | null;
  basis: AttributionBasis | null;
  until: number;
  everOwned: boolean;
  dealDone: boolean;
  helpers: string[];
  firstContactMs: number | null;
  /** The earliest instant any agent had a claim (record, introduction or contact). */
  agentClaimMs: number | null;
  /** A relative record or an introduction gave an agent a claim. */
  priorAgentClaim: boolean;
  visits: number[];
  visitChannels: { channel: string; event: string; ms: number }[];
  dealMs: number | null;
  relative: { agent: string; ms: number; event: string } | null;
  intros: PendingIntro[];
  trace: TraceStep[];
  review: AttributionReview[];
  unownedReason: AttributionUnownedReason;
  /** Set once the channel rules and closing steps have run (see toAttribution). */
  finished: { channel: AttributionChannelClaim | null } | null;
}

/**
 * A whole office prepared for a sweep: validated policy, its clock, identity groups, events
 * sorted by time (records before contacts at one instant, then id), channel registrations.
 * @remarks ATT-CH-7; ordering per DESIGN.md (time, then id).
 * @category Attribution
 */
export interface Office {
  readonly policy: AttributionPolicy;
  readonly clock: ZoneClock;
  readonly asOfMs: number;
  readonly identity: Identity;
  readonly byGroup: ReadonlyMap<string, readonly PreparedEvent[]>;
  readonly registrations: readonly PreparedEvent[];
  /** {@link periodEnd} in the office's zone, remembered per start date for the life of the call. */
  readonly periodEnd: (startMs: number, unit: "days" | "months", amount: number) => number;
  /** Registrations by their phone as given (full, or masked key). */
  readonly registrationsByPhone: ReadonlyMap<string, readonly PreparedEvent[]>;
}

const RANK: Record<AttributionEvent["kind"], number> = {
  "relative-record": 0,
  introduction: 1,
  "channel-registration": 1,
  "re-registration": 2,
  call: 3,
  visit: 3,
  "named-agent-arrival": 4,
  deal: 5,
};

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Milliseconds of an instant the schema has already accepted — plain arithmetic, no
 * `Date.parse`, because a nightly run reads a million of them.
 * @remarks Same value as core's `instantMs` for every text `instantSchema` accepts.
 * @param text - a validated ISO instant with an offset.
 * @returns milliseconds since the epoch.
 * @category Attribution
 */
export function validatedInstantMs(text: string): number {
  const m = INSTANT_RE.exec(text);
  if (!m) return instantMs(text) ?? 0;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), Number(((m[7] ?? "") + "00").slice(0, 3)));
  if (m[8] === "Z") return utc;
  const off = (Number(m[10]) * 60 + Number(m[11])) * 60_000;
  return m[9] === "-" ? utc + off : utc - off;
}

/** Orders events by time, then records before contacts, then id (then input position). */
export function byTimeThenId(a: PreparedEvent, b: PreparedEvent): number {
  return a.ms - b.ms || a.rank - b.rank || (a.ev.id < b.ev.id ? -1 : a.ev.id > b.ev.id ? 1 : a.index - b.index);
}

/**
 * Prepares the office: drops events after `asOf`, groups by identity, sorts.
 * @remarks ATT-CH-7.
 * @param events - parsed events.
 * @param customers - parsed register.
 * @param asOf - ISO instant.
 * @param policy - parsed policy.
 * @param eventMs - each event's instant, when the caller has read them already.
 * @returns the {@link Office}.
 * @throws ShoulouError `DUPLICATE` for a customer listed twice.
 * @category Attribution
 */
export function prepareOffice(events: readonly AttributionEvent[], customers: readonly AttributionCustomer[], asOf: string, policy: AttributionPolicy, eventMs?: Float64Array): Office {
  const identity = buildIdentity(customers, events, policy);
  const asOfMs = instantMs(asOf) ?? 0;
  const byGroup = new Map<string, PreparedEvent[]>();
  const registrations: PreparedEvent[] = [];
  events.forEach((ev, index) => {
    const ms = eventMs ? (eventMs[index] as number) : validatedInstantMs(ev.at);
    if (ms > asOfMs) return;
    if (ev.kind === "channel-registration") {
      registrations.push({ ev, ms, rank: RANK[ev.kind], index, group: "" });
      return;
    }
    const group = identity.groupOf(ev.customer);
    const p: PreparedEvent = { ev, ms, rank: RANK[ev.kind], index, group };
    const list = byGroup.get(group);
    if (list) list.push(p);
    else byGroup.set(group, [p]);
  });
  for (const list of byGroup.values()) list.sort(byTimeThenId);
  registrations.sort(byTimeThenId);
  const registrationsByPhone = new Map<string, PreparedEvent[]>();
  for (const r of registrations) {
    if (r.ev.kind !== "channel-registration") continue;
    const list = registrationsByPhone.get(r.ev.phone);
    if (list) list.push(r);
    else registrationsByPhone.set(r.ev.phone, [r]);
  }
  const clock = memoClock(zoneClock(policy.timeZone));
  const ends = { days: new Map<number, Map<string, number>>(), months: new Map<number, Map<string, number>>() };
  const end = (startMs: number, unit: "days" | "months", amount: number): number => {
    let byDate = ends[unit].get(amount);
    if (!byDate) ends[unit].set(amount, (byDate = new Map()));
    const date = clock.localDate(startMs);
    let v = byDate.get(date);
    if (v === undefined) byDate.set(date, (v = periodEnd(clock, startMs, unit, amount)));
    return v;
  };
  return { policy, clock, asOfMs, identity, byGroup, registrations, registrationsByPhone, periodEnd: end };
}

/**
 * A clock whose `format`, `localDate` and `startOfDay` remember their answers for the life of one
 * call (a nightly run formats the same few midnights a hundred thousand times).
 * @remarks Performance only; same answers as the wrapped clock.
 * @param clock - the project zone clock.
 * @returns a clock with the same answers.
 * @category Attribution
 */
export function memoClock(clock: ZoneClock): ZoneClock {
  const formatted = new Map<number, string>();
  const dates = new Map<number, string>();
  const starts = new Map<string, number>();
  let lastBucket = NaN;
  let lastDate = "";
  return {
    ...clock,
    format: (ms) => {
      let v = formatted.get(ms);
      if (v === undefined) formatted.set(ms, (v = clock.format(ms)));
      return v;
    },
    localDate: (ms) => {
      const bucket = Math.floor(ms / 900_000);
      if (bucket === lastBucket) return lastDate;
      let v = dates.get(bucket);
      if (v === undefined) dates.set(bucket, (v = clock.localDate(ms)));
      lastBucket = bucket;
      lastDate = v;
      return v;
    },
    startOfDay: (date) => {
      let v = starts.get(date);
      if (v === undefined) starts.set(date, (v = clock.startOfDay(date)));
      return v;
    },
  };
}

/**
 * The instant a period starting at `startMs` ends: local midnight `amount` days or months after the
 * local start date (the start day counts as day 1), in the policy's zone — never the machine's.
 * @remarks ATT-5, ATT-CH-1.
 * @param clock - the project zone clock.
 * @param startMs - start instant.
 * @param unit - days or months.
 * @param amount - how many.
 * @returns the exclusive end instant in ms.
 * @category Attribution
 */
export function periodEnd(clock: ZoneClock, startMs: number, unit: "days" | "months", amount: number): number {
  const startDate = clock.localDate(startMs);
  return clock.startOfDay(unit === "days" ? addDays(startDate, amount) : addMonths(startDate, amount));
}

function newOutcome(group: string): GroupOutcome {
  return {
    group,
    owner: null,
    basis: null,
    until: Infinity,
    everOwned: false,
    dealDone: false,
    helpers: [],
    firstContactMs: null,
    agentClaimMs: null,
    priorAgentClaim: false,
    visits: [],
    visitChannels: [],
    dealMs: null,
    relative: null,
    intros: [],
    trace: [],
    review: [],
    unownedReason: "no-contact",
    finished: null,
  };
}

/** One ownership change, keyed by the event that made it (for reading the past). */
interface Segment {
  readonly at: PreparedEvent;
  readonly owner: string;
  readonly basis: AttributionBasis;
  readonly until: number;
  readonly locked: boolean;
}

/** A group being run: its outcome, its sorted events, how far it has got. */
interface Run {
  readonly o: GroupOutcome;
  readonly events: readonly PreparedEvent[];
  next: number;
  running: boolean;
  readonly segments: Segment[];
}

/**
 * Runs customer groups lazily, each in its own time order (time, records before contacts, id).
 * When an introduction needs the introducer's owner, the introducer's group is run up to that
 * instant first (or, if it is already running, read from its recorded ownership changes), so
 * the result is the same whichever customer is asked first: O(n log n) overall, no global sort.
 * @remarks ATT-1 … ATT-5.
 * @category Attribution
 */
export interface Sweep {
  /** The finished outcome of a group (runs it to `asOf` if needed). */
  outcome(group: string): GroupOutcome;
}

/**
 * Creates the lazy {@link Sweep} of an office.
 * @remarks ATT-1 … ATT-5.
 * @param office - the prepared office.
 * @returns the sweep.
 * @category Attribution
 */
export function sweep(office: Office): Sweep {
  const runs = new Map<string, Run>();
  const runOf = (group: string): Run => {
    let r = runs.get(group);
    if (!r) {
      r = { o: newOutcome(group), events: office.byGroup.get(group) ?? [], next: 0, running: false, segments: [] };
      runs.set(group, r);
    }
    return r;
  };
  const ctx: Ctx = {
    office,
    fmt: (ms: number) => office.clock.format(ms),
    ownerAt: (group, p) => {
      const r = runOf(group);
      if (!r.running) advance(ctx, r, p);
      for (let i = r.segments.length - 1; i >= 0; i--) {
        const seg = r.segments[i] as Segment;
        if (byTimeThenId(seg.at, p) >= 0) continue;
        if (!seg.locked && p.ms >= seg.until) return { owner: null, basis: null };
        return { owner: seg.owner, basis: seg.basis };
      }
      return { owner: null, basis: null };
    },
    segment: (o, at) => {
      const r = runOf(o.group);
      if (o.owner !== null && o.basis !== null) r.segments.push({ at, owner: o.owner, basis: o.basis, until: o.until, locked: o.dealDone });
    },
  };
  // Introducers run before the customers they introduced (iterative post-order), so reading an
  // introducer's owner never recurses deeply, however long a referral chain is; only a cycle
  // of introductions falls back to running a group part-way, and only as deep as the cycle.
  const ordered = new Set<string>();
  const runAll = (root: string): void => {
    if (ordered.has(root)) return;
    const stack: { group: string; deps: string[]; i: number }[] = [{ group: root, deps: introducers(office, root), i: 0 }];
    ordered.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1] as { group: string; deps: string[]; i: number };
      const dep = top.deps[top.i++];
      if (dep !== undefined) {
        if (!ordered.has(dep)) {
          ordered.add(dep);
          stack.push({ group: dep, deps: introducers(office, dep), i: 0 });
        }
        continue;
      }
      stack.pop();
      const r = runOf(top.group);
      if (!r.running && r.next < r.events.length) advance(ctx, r, null);
    }
  };
  return {
    outcome: (group) => {
      runAll(group);
      const r = runOf(group);
      if (!r.running && r.next < r.events.length) advance(ctx, r, null);
      settle(ctx, r.o, office.asOfMs);
      return r.o;
    },
  };
}

/**
 * The groups whose owner `group` will ask for: introducers of introductions before its first
 * contact (later ones change nothing and are never looked up), in event order, without repeats.
 */
function introducers(office: Office, group: string): string[] {
  const out = new Set<string>();
  for (const p of office.byGroup.get(group) ?? []) {
    if (p.ev.kind === "visit" || p.ev.kind === "call" || p.ev.kind === "deal") break;
    if (p.ev.kind !== "introduction") continue;
    const g = office.identity.groupOf(p.ev.introducer);
    if (g !== group) out.add(g);
  }
  return [...out];
}

/** Runs `r`'s events that come strictly before `until` (all when null). */
function advance(ctx: Ctx, r: Run, until: PreparedEvent | null): void {
  r.running = true;
  while (r.next < r.events.length) {
    const p = r.events[r.next] as PreparedEvent;
    if (until !== null && byTimeThenId(p, until) >= 0) break;
    r.next++;
    applyEvent(ctx, r.o, p);
  }
  r.running = false;
}

interface Ctx {
  readonly office: Office;
  readonly fmt: (ms: number) => string;
  /** The owner of a group just before event `p`. */
  readonly ownerAt: (group: string, p: PreparedEvent) => { owner: string | null; basis: AttributionBasis | null };
  /** Records an ownership change of `o` made by event `at`. */
  readonly segment: (o: GroupOutcome, at: PreparedEvent) => void;
}

/** Applies expiry (ATT-5) up to `ms`. */
function settle(ctx: Ctx, o: GroupOutcome, ms: number): void {
  if (o.owner !== null && !o.dealDone && ms >= o.until) {
    const end = ctx.fmt(o.until);
    o.trace.push(step("ATT-5", `protection of ${o.owner} ended at ${end}; the customer is free`, { agent: o.owner, expired: end }));
    o.owner = null;
    o.basis = null;
    o.helpers = [];
    o.unownedReason = "protection-expired";
  }
}

function own(ctx: Ctx, o: GroupOutcome, agent: string, basis: AttributionBasis, ms: number, at: PreparedEvent): void {
  const pol = ctx.office.policy;
  o.owner = agent;
  o.basis = basis;
  o.everOwned = true;
  o.helpers = [];
  o.until = ctx.office.periodEnd(ms, pol.protection.unit, pol.protection.amount);
  const end = ctx.fmt(o.until);
  o.trace.push(step("ATT-5", `${agent} is protected until ${end} (${pol.protection.amount} ${pol.protection.unit})`, { agent, protectedUntil: end }));
  ctx.segment(o, at);
}

function applyEvent(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): void {
  settle(ctx, o, p.ms);
  const ev = p.ev;
  const at = ev.at;
  switch (ev.kind) {
    case "relative-record":
      if (o.firstContactMs === null) {
        if (o.relative === null) o.relative = { agent: ev.agent, ms: p.ms, event: ev.id };
        o.trace.push(step("ATT-3", `${ev.agent} recorded the customer as a ${ev.relation} at ${at}, before any contact`, { event: ev.id, agent: ev.agent }));
      } else {
        o.trace.push(step("ATT-3", `${ev.agent}'s ${ev.relation} record at ${at} comes after the first contact: no claim`, { event: ev.id, agent: ev.agent }));
      }
      return;
    case "introduction": {
      const ig = ctx.office.identity.groupOf(ev.introducer);
      const sameGroup = ig === p.group;
      if (o.firstContactMs === null) {
        const io = sameGroup ? { owner: null, basis: null } : ctx.ownerAt(ig, p);
        o.intros.push({ ev, ms: p.ms, introducerOwner: io.owner, introducerBasis: io.basis, sameGroup });
        o.trace.push(step("ATT-2", `introduced by ${ev.introducer} (${ev.via}) at ${at}, whose owner then was ${io.owner ?? "nobody"}`, { event: ev.id, introducer: ev.introducer, introducerOwner: io.owner }));
      } else {
        o.trace.push(step("ATT-2", `introduction by ${ev.introducer} at ${at} comes after the first contact: it changes nothing`, { event: ev.id }));
      }
      return;
    }
    case "re-registration":
      reRegister(ctx, o, ev, p);
      return;
    case "named-agent-arrival":
      return;
    case "call":
    case "visit":
    case "deal":
      contact(ctx, o, p);
      return;
    case "channel-registration":
      return;
  }
}

function reRegister(ctx: Ctx, o: GroupOutcome, ev: Extract<AttributionEvent, { kind: "re-registration" }>, p: PreparedEvent): void {
  const at = ev.at;
  if (o.owner !== null) {
    o.trace.push(step("ATT-5", `re-registration by ${ev.agent} at ${at} while ${o.owner} is still protected${o.dealDone ? " by a deal" : ""}: nothing changes`, { event: ev.id }));
    return;
  }
  if (!o.everOwned) {
    o.trace.push(step("ATT-5", `re-registration by ${ev.agent} at ${at} before any ownership: only a contact makes an owner`, { event: ev.id }));
    return;
  }
  if (ctx.office.policy.reRegistrationNeedsApproval && !ev.managerApproved) {
    o.trace.push(step("ATT-5", `re-registration by ${ev.agent} at ${at} lacks the manager's signature: no ownership`, { event: ev.id, managerApproved: false }));
    return;
  }
  o.trace.push(step("ATT-5", `re-registration by ${ev.agent} at ${at}${ev.managerApproved ? " signed by the manager" : ""}: ${ev.agent} owns the customer again`, { event: ev.id, agent: ev.agent, managerApproved: ev.managerApproved }));
  own(ctx, o, ev.agent, "re-registration", p.ms, p);
}

function contact(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): void {
  const ev = p.ev as Extract<AttributionEvent, { kind: "call" | "visit" | "deal" }>;
  const at = ev.at;
  const what = ev.kind === "call" ? "phone call" : ev.kind;
  if (ev.kind === "visit") {
    o.visits.push(p.ms);
    if (ev.channel !== undefined) o.visitChannels.push({ channel: ev.channel, event: ev.id, ms: p.ms });
  }
  if (o.firstContactMs === null) {
    o.firstContactMs = p.ms;
    firstContact(ctx, o, p, ev.agent);
  } else if (o.owner === null) {
    o.trace.push(step("ATT-1", `${what} at ${at} by ${ev.agent} after the protection ended: served as a new customer, ${ev.agent} owns`, { event: ev.id, agent: ev.agent }));
    own(ctx, o, ev.agent, "first-contact", p.ms, p);
  } else if (ev.agent === o.owner) {
    if (ctx.office.policy.renewOnOwnerContact && !o.dealDone) {
      o.trace.push(step("ATT-5", `${what} by the owner ${ev.agent} at ${at} renews the protection`, { event: ev.id }));
      own(ctx, o, ev.agent, o.basis ?? "first-contact", p.ms, p);
    }
  } else if ("ownerOnDuty" in ev && ev.ownerOnDuty === true) {
    o.trace.push(step("ATT-1", `${what} at ${at} served by ${ev.agent} while the owner ${o.owner} was on duty: no credit`, { event: ev.id, agent: ev.agent }));
  } else if (!o.helpers.includes(ev.agent)) {
    o.helpers.push(ev.agent);
    o.trace.push(step("ATT-1a", `${what} at ${at}: ${ev.agent} helps while the owner ${o.owner} is away`, { event: ev.id, helper: ev.agent, owner: o.owner }));
  }
  if (ev.kind === "deal") {
    if (o.dealDone) {
      o.trace.push(step("ATT-5", `another deal at ${at}: ownership was already locked`, { event: ev.id }));
    } else if (o.owner !== null) {
      o.dealDone = true;
      o.dealMs = p.ms;
      ctx.segment(o, p);
      o.trace.push(step("ATT-5", `deal at ${at}: ${o.owner}'s ownership is locked, no expiry`, { event: ev.id, owner: o.owner }));
    }
  }
}

/** Resolves the claims pending at the first contact: ATT-3, ATT-2 and ATT-4, else ATT-1. */
function firstContact(ctx: Ctx, o: GroupOutcome, p: PreparedEvent, receiver: string): void {
  const pol = ctx.office.policy;
  const at = p.ev.at;
  const claims: { agent: string; basis: AttributionBasis; ms: number }[] = [];
  const rel = o.relative;
  const intro = resolveIntroductions(ctx, o, p);
  if (rel) claims.push({ agent: rel.agent, basis: "relative-record", ms: rel.ms });
  if (intro) {
    if (pol.claimPrecedence === "introduction-first") claims.unshift(intro);
    else claims.push(intro);
  }
  const claimMs = [p.ms, ...claims.map((c) => c.ms)];
  o.agentClaimMs = Math.min(...claimMs);
  o.priorAgentClaim = claims.length > 0;
  const win = claims[0];
  if (win) {
    if (claims.length > 1) o.trace.push(step(win.basis === "relative-record" ? "ATT-3" : "ATT-2", `both a relative record and an introduction claim the customer; ${pol.claimPrecedence} gives it to ${win.agent}`, { winner: win.agent }));
    o.trace.push(step(win.basis === "relative-record" ? "ATT-3" : win.basis === "named-agent" ? "ATT-4" : "ATT-2", `first contact at ${at} (received by ${receiver}): the customer belongs to ${win.agent} (${win.basis})`, { event: p.ev.id, owner: win.agent, receiver }));
    own(ctx, o, win.agent, win.basis, p.ms, p);
    if (receiver !== win.agent) o.trace.push(step("ATT-1a", `${receiver} received the customer for ${win.agent}: no credit for receiving`, { receiver }));
  } else {
    o.trace.push(step("ATT-1", `first contact: ${p.ev.kind === "call" ? "phone call" : p.ev.kind} at ${at} received by ${receiver} — ${receiver} owns the customer`, { event: p.ev.id, agent: receiver }));
    own(ctx, o, receiver, "first-contact", p.ms, p);
  }
}

function resolveIntroductions(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): { agent: string; basis: AttributionBasis; ms: number } | null {
  const pol = ctx.office.policy;
  for (const intro of o.intros) {
    const ev = intro.ev;
    if (intro.sameGroup) {
      o.trace.push(step("ATT-2", `${ev.introducer} is the same customer or batch: an introduction of oneself does not chain`, { event: ev.id }));
      continue;
    }
    const chainOwner = intro.introducerOwner;
    if (ev.askedFor !== undefined && ev.askedForOnDuty === false) {
      const deadline = p.ms + pol.namedAgentArrivalMinutes * 60_000;
      const arrival = (ctx.office.byGroup.get(p.group) ?? []).find(
        (a) => a.ev.kind === "named-agent-arrival" && a.ev.agent === ev.askedFor && a.ms >= p.ms && a.ms <= deadline,
      );
      if (!arrival) {
        o.trace.push(step("ATT-4", `${ev.askedFor} was named but off duty, called at ${ctx.fmt(p.ms)} and not on site within ${pol.namedAgentArrivalMinutes} minutes: the customer is new, ${ev.askedFor} has no claim`, { event: ev.id, named: ev.askedFor, deadline: ctx.fmt(deadline) }));
        continue;
      }
      const minutes = Math.floor((arrival.ms - p.ms) / 60_000);
      o.trace.push(step("ATT-4", `${ev.askedFor} was named, off duty, and arrived after ${minutes} minutes (limit ${pol.namedAgentArrivalMinutes}): the claim stands`, { event: ev.id, named: ev.askedFor, minutes }));
    }
    if (ev.askedFor !== undefined && ev.askedFor !== chainOwner) {
      o.trace.push(step("ATT-4", `the new customer asked for ${ev.askedFor} by name`, { event: ev.id, named: ev.askedFor }));
      return { agent: ev.askedFor, basis: "named-agent", ms: intro.ms };
    }
    if (chainOwner === null) {
      o.trace.push(step("ATT-2", `${ev.introducer} had no owner at the introduction: no chain`, { event: ev.id }));
      continue;
    }
    if (!pol.chainTransitive && intro.introducerBasis === "introduction-chain") {
      o.trace.push(step("ATT-2", `${ev.introducer} was itself introduced and the policy stops the chain after one step`, { event: ev.id }));
      continue;
    }
    if (ev.askedFor === chainOwner || ev.registeredBeforeVisit === true) {
      const why = ev.askedFor === chainOwner ? `asked for ${chainOwner} by name` : "the introduction was registered before the visit";
      o.trace.push(step("ATT-2", `chain applies: introduced by ${ev.introducer}, a customer of ${chainOwner}, and ${why}`, { event: ev.id, introducer: ev.introducer, owner: chainOwner }));
      return { agent: chainOwner, basis: "introduction-chain", ms: intro.ms };
    }
    o.trace.push(step("ATT-2", `a chance meeting: introduced by ${ev.introducer} but not registered first and no agent named — no chain`, { event: ev.id }));
  }
  return null;
}
