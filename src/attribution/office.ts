import { instantMs, zoneClock, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { duplicate } from "./duplicate";
import { buildIdentity, type Identity } from "./identity";
import { memoClock, periodEnd } from "./period";
import type { AttributionPolicy } from "./policy";
import type { AttributionCustomer, AttributionEvent } from "./schema";

/**
 * An event with its instant, group and place in the caller's list.
 * @remarks internal to the attribution sweep (ordering per DESIGN.md: time, then id).
 * @category Attribution
 */

export interface PreparedEvent {
  readonly ev: AttributionEvent;
  readonly ms: number;
  readonly rank: number;
  readonly index: number;
  readonly group: string;
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
  /**
   * {@link periodEnd} in the office's zone with the policy's `countFrom`, remembered per start
   * date for the life of the call; `index` is the event that started the period (for the error).
   */
  readonly periodEnd: (startMs: number, unit: "days" | "months", amount: number, index: number) => number;
  /** The groups some introduction names as the introducer (only their ownership history is kept). */
  readonly introducerGroups: ReadonlySet<string>;
  /** Registrations by their phone as given (full, or masked key). */
  readonly registrationsByPhone: ReadonlyMap<string, readonly PreparedEvent[]>;
  /** Registrations whose phone fits no customer of the register, in time order, each with its review step (ATT-CH-2). */
  readonly unmatched: readonly Unmatched[];
  /** The same, by channel (ATT-CH-5 explains a channel's visit with them). */
  readonly unmatchedByChannel: ReadonlyMap<string, readonly Unmatched[]>;
}

/**
 * A channel registration whose phone fits no customer, with the review step that flags it (made
 * once, frozen, so every list that names it holds the same step).
 * @remarks ATT-CH-2.
 * @category Attribution
 */
export interface Unmatched {
  readonly r: PreparedEvent;
  readonly step: TraceStep;
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
 * @returns the {@link Office}.
 * @throws ShoulouError `DUPLICATE` for a customer or an event id listed twice (both paths in `issues`),
 * `OUT_OF_RANGE` for a period that would end after 9999-12-31.
 * @category Attribution
 */
export function prepareOffice(events: readonly AttributionEvent[], customers: readonly AttributionCustomer[], asOf: string, policy: AttributionPolicy): Office {
  const identity = buildIdentity(customers, events, policy);
  const asOfMs = instantMs(asOf) ?? 0;
  const byGroup = new Map<string, PreparedEvent[]>();
  const registrations: PreparedEvent[] = [];
  const introducerGroups = new Set<string>();
  const firstWithId = new Map<string, number>();
  events.forEach((ev, index) => {
    const first = firstWithId.get(ev.id);
    if (first !== undefined) throw duplicate("events", first, index, `event id ${ev.id}`);
    firstWithId.set(ev.id, index);
    const ms = instantMs(ev.at) ?? 0;
    if (ms > asOfMs) return;
    if (ev.kind === "channel-registration") {
      registrations.push({ ev, ms, rank: RANK[ev.kind], index, group: "" });
      return;
    }
    const group = identity.groupOf(ev.customer);
    if (ev.kind === "introduction") introducerGroups.add(identity.groupOf(ev.introducer));
    const p: PreparedEvent = { ev, ms, rank: RANK[ev.kind], index, group };
    const list = byGroup.get(group);
    if (list) list.push(p);
    else byGroup.set(group, [p]);
  });
  for (const list of byGroup.values()) list.sort(byTimeThenId);
  registrations.sort(byTimeThenId);
  const registrationsByPhone = new Map<string, PreparedEvent[]>();
  const unmatched: Unmatched[] = [];
  const unmatchedByChannel = new Map<string, Unmatched[]>();
  for (const r of registrations) {
    if (r.ev.kind !== "channel-registration") continue;
    const list = registrationsByPhone.get(r.ev.phone);
    if (list) list.push(r);
    else registrationsByPhone.set(r.ev.phone, [r]);
    if (identity.fitsSomeone(r.ev.phone)) continue;
    const u: Unmatched = { r, step: Object.freeze(step("ATT-CH-2", "no-customer", Object.freeze({ event: r.ev.id, channel: r.ev.channel, at: r.ev.at, phone: r.ev.phone }))) };
    unmatched.push(u);
    const byChannel = unmatchedByChannel.get(r.ev.channel);
    if (byChannel) byChannel.push(u);
    else unmatchedByChannel.set(r.ev.channel, [u]);
  }
  const clock = memoClock(zoneClock(policy.timeZone));
  const ends = { days: new Map<number, Map<string, number>>(), months: new Map<number, Map<string, number>>() };
  const end = (startMs: number, unit: "days" | "months", amount: number, index: number): number => {
    let byDate = ends[unit].get(amount);
    if (!byDate) ends[unit].set(amount, (byDate = new Map()));
    const date = clock.localDate(startMs);
    let v = byDate.get(date);
    if (v === undefined) byDate.set(date, (v = periodEnd(clock, startMs, unit, amount, policy.countFrom, ["events", index, "at"])));
    return v;
  };
  return { policy, clock, asOfMs, identity, byGroup, registrations, introducerGroups, registrationsByPhone, unmatched, unmatchedByChannel, periodEnd: end };
}

