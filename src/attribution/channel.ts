import { step } from "../core/trace";
import { flat } from "./flat";
import { maskRegistrationPhone } from "./identity";
import { byTimeThenId, type Office, type PreparedEvent } from "./office";
import type { GroupOutcome } from "./outcome";
import type { AttributionChannelClaim } from "./schema";

const NONE: readonly PreparedEvent[] = Object.freeze([]);

/** The registrations whose phone fits the group: full phone of a member, or its masked key. */
function matching(office: Office, o: GroupOutcome): readonly PreparedEvent[] {
  const phones = office.identity.phonesOf.get(o.group);
  if (phones === undefined) return NONE;
  let found: PreparedEvent[] | null = null;
  const masked = office.identity.byMask.size > 0;
  for (const phone of phones) {
    const full = office.registrationsByPhone.get(phone);
    if (full) (found ??= []).push(...full);
    const byMask = masked ? office.registrationsByPhone.get(maskRegistrationPhone(phone)) : undefined;
    if (byMask) (found ??= []).push(...byMask);
  }
  if (found === null) return NONE;
  return found.length === 1 ? found : [...new Set(found)].sort(byTimeThenId);
}

/**
 * Decides which channel, if any, is credited with a customer group: masked collisions go to a
 * manager (ATT-CH-3), each registration is checked against its mode's windows (ATT-CH-1), the
 * earliest valid one wins (ATT-CH-4), the conflict rule settles a prior agent claim (ATT-CH-6),
 * and a visit "brought" by a channel without a valid registration gives it nothing (ATT-CH-5).
 * @remarks ATT-CH-1 … ATT-CH-6 (practice beyond seed 004).
 * @param office - the prepared office.
 * @param o - the group's outcome; its trace and review are appended to.
 * @returns the winning claim or null.
 * @category Attribution
 */
export function channelClaim(office: Office, o: GroupOutcome): AttributionChannelClaim | null {
  const pol = office.policy.channel;
  const clock = office.clock;
  const fmt = (ms: number) => clock.format(ms);
  let winner: AttributionChannelClaim | null = null;
  for (const r of matching(office, o)) {
    if (r.ev.kind !== "channel-registration") continue;
    const ev = r.ev;
    const at = fmt(r.ms);
    if (ev.phone.includes("*")) {
      if (!pol.acceptMaskedPhone) {
        o.trace.push(step("ATT-CH-2", flat`${ev.channel} registered a masked phone ${ev.phone} at ${at}; this office accepts full phones only`, { event: ev.id }));
        continue;
      }
      const fits = office.identity.byMask.get(ev.phone) ?? [];
      if (fits.length > 1) {
        const says = `${ev.channel}'s masked registration ${ev.phone} at ${at} fits ${fits.length} customers (${fits.join(", ")}): left to a manager, not guessed`;
        o.trace.push(step("ATT-CH-3", says, { event: ev.id, customers: fits }));
        o.review.push({ rule: "ATT-CH-3", says, data: { event: ev.id, channel: ev.channel, customers: fits } });
        continue;
      }
      o.trace.push(step("ATT-CH-2", flat`${ev.channel} registered by masked phone ${ev.phone} at ${at}; it fits this customer only`, { event: ev.id }));
    } else {
      o.trace.push(step("ATT-CH-2", flat`${ev.channel} registered phone ${maskRegistrationPhone(ev.phone)} at ${at}`, { event: ev.id }));
    }
    if (winner) {
      o.trace.push(step("ATT-CH-4", flat`${ev.channel}'s registration at ${at} is later than ${winner.channel}'s: the earliest valid registration wins`, { event: ev.id }));
      continue;
    }
    if ((o.agentClaimMs !== null && o.agentClaimMs < r.ms) || (pol.conflict === "agent-wins" && o.priorAgentClaim)) {
      if (pol.conflict !== "channel-wins") {
        o.trace.push(step("ATT-CH-6", flat`an agent's claim (${o.agentClaimMs === null ? "record" : fmt(o.agentClaimMs)}) comes before or beside ${ev.channel}'s registration at ${at}; ${pol.conflict}: the channel gets nothing`, { event: ev.id, conflict: pol.conflict }));
        continue;
      }
      o.trace.push(step("ATT-CH-6", flat`an agent's claim comes first, but channel-wins keeps ${ev.channel}'s registration in play`, { event: ev.id }));
    }
    const claim = windows(office, o, r.ms, ev.id, ev.channel);
    if (claim) winner = claim;
  }
  for (const v of o.visitChannels) {
    if (winner?.channel === v.channel) continue;
    o.trace.push(step("ATT-CH-5", flat`${v.channel} brought the visit at ${fmt(v.ms)} without a valid registration: the channel gets nothing`, { event: v.event, channel: v.channel }));
  }
  return winner;
}

/** Checks the mode's windows (ATT-CH-1) for a registration at `regMs`. */
function windows(office: Office, o: GroupOutcome, regMs: number, id: string, channel: string): AttributionChannelClaim | null {
  const pol = office.policy.channel;
  const clock = office.clock;
  const fmt = (ms: number) => clock.format(ms);
  const asOf = office.asOfMs;
  const visit = o.visits.find((v) => v >= regMs) ?? null;
  const deal = o.dealMs !== null && o.dealMs >= regMs ? o.dealMs : null;
  const done = (end: number, from: string): AttributionChannelClaim | null => {
    if (deal !== null && deal < end) {
      o.trace.push(step("ATT-CH-1", flat`${channel}: deal at ${fmt(deal)} inside the window ${from} → ${fmt(end)}: the channel is credited`, { event: id }));
      return { channel, registration: id, mode: pol.mode, protectedUntil: null };
    }
    if (asOf >= end) {
      o.trace.push(step("ATT-CH-1", flat`${channel}: the window ${from} → ${fmt(end)} passed without a deal: the registration lapsed`, { event: id }));
      return null;
    }
    o.trace.push(step("ATT-CH-1", flat`${channel} protects the customer until ${fmt(end)} (${pol.mode})`, { event: id, protectedUntil: fmt(end) }));
    return { channel, registration: id, mode: pol.mode, protectedUntil: fmt(end) };
  };
  if (pol.mode === "registration-to-deal") return done(office.periodEnd(regMs, "days", pol.registrationToDealDays), "registration");
  if (pol.mode === "registration-to-visit-to-deal") {
    const visitBy = office.periodEnd(regMs, "days", pol.registrationToVisitDays);
    if (visit === null || visit >= visitBy) {
      if (visit === null && asOf < visitBy) {
        o.trace.push(step("ATT-CH-1", flat`${channel} holds the registration until ${fmt(visitBy)} waiting for the first visit`, { event: id, protectedUntil: fmt(visitBy) }));
        return { channel, registration: id, mode: pol.mode, protectedUntil: fmt(visitBy) };
      }
      o.trace.push(step("ATT-CH-1", flat`${channel}: no visit before ${fmt(visitBy)} (${pol.registrationToVisitDays} days): the registration lapsed`, { event: id }));
      return null;
    }
    return done(office.periodEnd(visit, "days", pol.visitToDealDays), `visit ${fmt(visit)}`);
  }
  if (visit === null) {
    o.trace.push(step("ATT-CH-1", flat`${channel}: registered, protection starts only at the first visit (visit-to-deal)`, { event: id }));
    return null;
  }
  return done(office.periodEnd(visit, "days", pol.visitToDealDays), `visit ${fmt(visit)}`);
}
