import { step } from "../core/trace";
import { flat } from "./flat";
import type { PreparedEvent } from "./office";
import { own, type Ctx, type GroupOutcome } from "./outcome";
import type { AttributionBasis } from "./schema";

/**
 * Resolves the claims pending at the first contact: a relative record, an introduction (with the
 * off-duty named agent's 30 minutes), else the agent who received the customer.
 * @remarks ATT-1, ATT-2, ATT-3, ATT-4 — seed 004 A 第一章 一(一)(二), B §1, §2.
 * @param ctx - the sweep.
 * @param o - the group's outcome.
 * @param p - the first contact.
 * @param receiver - the agent who received the customer.
 * @category Attribution
 */
export function firstContact(ctx: Ctx, o: GroupOutcome, p: PreparedEvent, receiver: string): void {
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
  let claimMs = p.ms;
  for (const c of claims) if (c.ms < claimMs) claimMs = c.ms;
  o.agentClaimMs = claimMs;
  o.priorAgentClaim = claims.length > 0;
  const win = claims[0];
  if (win) {
    if (claims.length > 1) o.trace.push(step(win.basis === "relative-record" ? "ATT-3" : "ATT-2", flat`both a relative record and an introduction claim the customer; ${pol.claimPrecedence} gives it to ${win.agent}`, { winner: win.agent }));
    o.trace.push(step(win.basis === "relative-record" ? "ATT-3" : win.basis === "named-agent" ? "ATT-4" : "ATT-2", flat`first contact at ${at} (received by ${receiver}): the customer belongs to ${win.agent} (${win.basis})`, { event: p.ev.id, owner: win.agent, receiver }));
    own(ctx, o, win.agent, win.basis, p.ms, p);
    if (receiver !== win.agent) o.trace.push(step("ATT-1a", flat`${receiver} received the customer for ${win.agent}: no credit for receiving`, { receiver }));
  } else {
    o.trace.push(step("ATT-1", flat`first contact: ${p.ev.kind === "call" ? "phone call" : p.ev.kind} at ${at} received by ${receiver} — ${receiver} owns the customer`, { event: p.ev.id, agent: receiver }));
    own(ctx, o, receiver, "first-contact", p.ms, p);
  }
}

function resolveIntroductions(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): { agent: string; basis: AttributionBasis; ms: number } | null {
  const pol = ctx.office.policy;
  for (const intro of o.intros) {
    const ev = intro.ev;
    if (intro.sameGroup) {
      o.trace.push(step("ATT-2", flat`${ev.introducer} is the same customer or batch: an introduction of oneself does not chain`, { event: ev.id }));
      continue;
    }
    const chainOwner = intro.introducerOwner;
    if (ev.askedFor !== undefined && ev.askedForOnDuty === false) {
      const deadline = p.ms + pol.namedAgentArrivalMinutes * 60_000;
      const arrival = (ctx.office.byGroup.get(p.group) ?? []).find(
        (a) => a.ev.kind === "named-agent-arrival" && a.ev.agent === ev.askedFor && a.ms >= p.ms && a.ms <= deadline,
      );
      if (!arrival) {
        o.trace.push(step("ATT-4", flat`${ev.askedFor} was named but off duty, called at ${ctx.fmt(p.ms)} and not on site within ${pol.namedAgentArrivalMinutes} minutes: the customer is new, ${ev.askedFor} has no claim`, { event: ev.id, named: ev.askedFor, deadline: ctx.fmt(deadline) }));
        continue;
      }
      const minutes = Math.floor((arrival.ms - p.ms) / 60_000);
      o.trace.push(step("ATT-4", flat`${ev.askedFor} was named, off duty, and arrived after ${minutes} minutes (limit ${pol.namedAgentArrivalMinutes}): the claim stands`, { event: ev.id, named: ev.askedFor, minutes }));
    }
    if (ev.askedFor !== undefined && ev.askedFor !== chainOwner) {
      o.trace.push(step("ATT-4", flat`the new customer asked for ${ev.askedFor} by name`, { event: ev.id, named: ev.askedFor }));
      return { agent: ev.askedFor, basis: "named-agent", ms: intro.ms };
    }
    if (chainOwner === null) {
      o.trace.push(step("ATT-2", flat`${ev.introducer} had no owner at the introduction: no chain`, { event: ev.id }));
      continue;
    }
    if (!pol.chainTransitive && intro.introducerBasis === "introduction-chain") {
      o.trace.push(step("ATT-2", flat`${ev.introducer} was itself introduced and the policy stops the chain after one step`, { event: ev.id }));
      continue;
    }
    if (ev.askedFor === chainOwner || ev.registeredBeforeVisit === true) {
      const why = ev.askedFor === chainOwner ? `asked for ${chainOwner} by name` : "the introduction was registered before the visit";
      o.trace.push(step("ATT-2", flat`chain applies: introduced by ${ev.introducer}, a customer of ${chainOwner}, and ${why}`, { event: ev.id, introducer: ev.introducer, owner: chainOwner }));
      return { agent: chainOwner, basis: "introduction-chain", ms: intro.ms };
    }
    o.trace.push(step("ATT-2", flat`a chance meeting: introduced by ${ev.introducer} but not registered first and no agent named — no chain`, { event: ev.id }));
  }
  return null;
}
