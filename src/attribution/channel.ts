import { step } from "../core/trace";
import { maskKey } from "./identity";
import { byTimeThenId, type Office, type PreparedEvent, type Unmatched } from "./office";
import type { GroupOutcome } from "./outcome";
import type { AttributionChannelClaim } from "./schema";

const NONE: readonly PreparedEvent[] = Object.freeze([]);

/** What a group's phones find among the registrations. */
interface Matches {
  /** Registrations of a member's full phone, or of a masked key that fits this group only, in order. */
  readonly own: readonly PreparedEvent[];
  /** Masked keys of the group's phones that fit two or more groups (ATT-CH-3). */
  readonly collisions: readonly string[];
}

/** The registrations whose phone fits the group: full phone of a member, or its masked key. */
function matching(office: Office, o: GroupOutcome): Matches {
  const phones = office.identity.phonesOf.get(o.group);
  if (phones === undefined) return { own: NONE, collisions: [] };
  let found: PreparedEvent[] | null = null;
  let collisions: string[] | null = null;
  const masked = office.identity.byMask.size > 0;
  for (const phone of phones) {
    const full = office.registrationsByPhone.get(phone);
    if (full) (found ??= []).push(...full);
    if (!masked) continue;
    const key = maskKey(phone);
    const byMask = office.registrationsByPhone.get(key);
    if (!byMask) continue;
    // A key that fits several groups is settled once per group (one step), never registration by
    // registration: otherwise k registrations × g customers sharing a key would cost k·g.
    if ((office.identity.byMask.get(key)?.length ?? 0) > 1) {
      if (collisions === null) collisions = [key];
      else if (!collisions.includes(key)) collisions.push(key);
    } else (found ??= []).push(...byMask);
  }
  const own = found === null ? NONE : found.length === 1 ? found : [...new Set(found)].sort(byTimeThenId);
  return { own, collisions: collisions ?? [] };
}

/**
 * Decides which channel, if any, is credited with a customer group: masked collisions go to a
 * manager (ATT-CH-3), each registration is checked against its mode's windows (ATT-CH-1), the
 * earliest valid one wins (ATT-CH-4), the conflict rule settles a prior agent claim (ATT-CH-6),
 * and a visit "brought" by a channel without a valid registration gives it nothing (ATT-CH-5) —
 * saying so, and flagging it, when that channel's registration fits no customer at all.
 * @remarks ATT-CH-1 … ATT-CH-6 (common practice beyond the house rules).
 * @param office - the prepared office.
 * @param o - the group's outcome; its trace and review are appended to.
 * @returns the winning claim or null.
 * @category Attribution
 */
export function channelClaim(office: Office, o: GroupOutcome): AttributionChannelClaim | null {
  const pol = office.policy.channel;
  const { own, collisions } = matching(office, o);
  for (const key of collisions) {
    const regs = office.registrationsByPhone.get(key) ?? NONE;
    const first = regs[0];
    if (first === undefined || first.ev.kind !== "channel-registration") continue;
    const data = { event: first.ev.id, channel: first.ev.channel, at: first.ev.at, phone: key, registrations: regs.length, customers: office.identity.byMask.get(key)?.length ?? 0 };
    if (!pol.acceptMaskedPhone) {
      o.trace.push(step("ATT-CH-2", "masked-refused", data));
      continue;
    }
    const s = step("ATT-CH-3", "collision", data);
    o.trace.push(s);
    o.review.push(s);
  }
  let winner: AttributionChannelClaim | null = null;
  for (const r of own) {
    if (r.ev.kind !== "channel-registration") continue;
    const ev = r.ev;
    if (ev.phone.includes("*")) {
      const data = { event: ev.id, channel: ev.channel, at: ev.at, phone: ev.phone };
      if (!pol.acceptMaskedPhone) {
        o.trace.push(step("ATT-CH-2", "masked-refused", data));
        continue;
      }
      o.trace.push(step("ATT-CH-2", "masked-fits-one", data));
    } else {
      o.trace.push(step("ATT-CH-2", "registered", { event: ev.id, channel: ev.channel, at: ev.at, phone: maskKey(ev.phone) }));
    }
    if (winner) {
      o.trace.push(step("ATT-CH-4", "later", { event: ev.id, channel: ev.channel, at: ev.at, winner: winner.channel }));
      continue;
    }
    if ((o.agentClaimMs !== null && o.agentClaimMs < r.ms) || (pol.conflict === "agent-wins" && o.priorAgentClaim)) {
      if (pol.conflict !== "channel-wins") {
        o.trace.push(
          // Only a claim before the registration is "first"; a later record or introduction wins by agent-wins alone.
          o.agentClaimMs !== null && o.agentClaimMs < r.ms
            ? step("ATT-CH-6", "agent-first", { event: ev.id, channel: ev.channel, at: ev.at, conflict: pol.conflict, claimAt: office.clock.format(o.agentClaimMs) })
            : step("ATT-CH-6", "agent-record", { event: ev.id, channel: ev.channel, at: ev.at, conflict: pol.conflict }),
        );
        continue;
      }
      o.trace.push(step("ATT-CH-6", "channel-kept", { event: ev.id, channel: ev.channel, conflict: pol.conflict }));
    }
    const claim = windows(office, o, r, ev.id, ev.channel);
    if (claim) winner = claim;
  }
  let flagged: Set<Unmatched> | null = null;
  for (const v of o.visitChannels) {
    if (winner?.channel === v.channel) continue;
    const stray = latestUnmatched(office.unmatchedByChannel.get(v.channel), v.ms);
    if (stray === null || stray.r.ev.kind !== "channel-registration") {
      o.trace.push(step("ATT-CH-5", "unregistered", { event: v.event, channel: v.channel, at: v.at }));
      continue;
    }
    o.trace.push(step("ATT-CH-5", "registration-fits-no-customer", { event: v.event, channel: v.channel, at: v.at, registration: stray.r.ev.id, registeredAt: stray.r.ev.at, phone: stray.r.ev.phone }));
    if (!(flagged ??= new Set()).has(stray)) o.review.push(stray.step);
    flagged.add(stray);
  }
  return winner;
}

/** The latest of a channel's unmatched registrations at or before `ms` (binary search), if any. */
function latestUnmatched(list: readonly Unmatched[] | undefined, ms: number): Unmatched | null {
  if (list === undefined) return null;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Unmatched).r.ms <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (list[lo - 1] as Unmatched);
}

/** The first visit at or after `ms` (visits are in time order; binary search). */
function firstVisitFrom(visits: readonly number[], ms: number): number | null {
  let lo = 0;
  let hi = visits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((visits[mid] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo < visits.length ? (visits[lo] as number) : null;
}

/** Checks the mode's windows (ATT-CH-1) for a registration at `regMs`. */
function windows(office: Office, o: GroupOutcome, r: PreparedEvent, id: string, channel: string): AttributionChannelClaim | null {
  const pol = office.policy.channel;
  const fmt = (ms: number) => office.clock.format(ms);
  const regMs = r.ms;
  const index = r.index;
  const visit = firstVisitFrom(o.visits, regMs);
  const deal = o.dealMs !== null && o.dealMs >= regMs ? o.dealMs : null;
  const done = (start: number, end: number): AttributionChannelClaim | null => {
    if (deal !== null && deal < end) {
      o.trace.push(step("ATT-CH-1", "credited", { event: id, channel, deal: fmt(deal), from: fmt(start), until: fmt(end) }));
      return { channel, registration: id, mode: pol.mode, protectedUntil: null };
    }
    if (office.asOfMs >= end) {
      o.trace.push(step("ATT-CH-1", "lapsed", { event: id, channel, from: fmt(start), until: fmt(end) }));
      return null;
    }
    o.trace.push(step("ATT-CH-1", "protects", { event: id, channel, until: fmt(end), mode: pol.mode }));
    return { channel, registration: id, mode: pol.mode, protectedUntil: fmt(end) };
  };
  if (pol.mode === "registration-to-deal") return done(regMs, office.periodEnd(regMs, "days", pol.registrationToDealDays, index));
  if (pol.mode === "registration-to-visit-to-deal") {
    const visitBy = office.periodEnd(regMs, "days", pol.registrationToVisitDays, index);
    if (visit === null || visit >= visitBy) {
      if (visit === null && office.asOfMs < visitBy) {
        o.trace.push(step("ATT-CH-1", "awaiting-visit", { event: id, channel, until: fmt(visitBy) }));
        return { channel, registration: id, mode: pol.mode, protectedUntil: fmt(visitBy) };
      }
      o.trace.push(step("ATT-CH-1", "no-visit-in-time", { event: id, channel, until: fmt(visitBy), days: pol.registrationToVisitDays }));
      return null;
    }
    return done(visit, office.periodEnd(visit, "days", pol.visitToDealDays, index));
  }
  if (visit === null) {
    o.trace.push(step("ATT-CH-1", "starts-at-visit", { event: id, channel, mode: pol.mode }));
    return null;
  }
  return done(visit, office.periodEnd(visit, "days", pol.visitToDealDays, index));
}
