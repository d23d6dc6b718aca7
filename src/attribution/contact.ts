import { step } from "../core/trace";
import { flat } from "./flat";
import { firstContact } from "./first-contact";
import type { PreparedEvent } from "./office";
import { append, own, settle, type Ctx, type GroupOutcome } from "./outcome";
import type { AttributionEvent } from "./schema";

/**
 * Applies one event of a group in time order: records, re-registrations and contacts.
 * @remarks ATT-1, ATT-1a, ATT-2, ATT-3, ATT-5 — seed 004.
 * @param ctx - the sweep.
 * @param o - the group's outcome.
 * @param p - the event.
 * @category Attribution
 */
export function applyEvent(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): void {
  settle(ctx, o, p.ms);
  const ev = p.ev;
  const at = ev.at;
  switch (ev.kind) {
    case "relative-record":
      if (o.firstContactMs === null) {
        if (o.relative === null) o.relative = { agent: ev.agent, ms: p.ms, event: ev.id };
        o.trace.push(step("ATT-3", flat`${ev.agent} recorded the customer as a ${ev.relation} at ${at}, before any contact`, { event: ev.id, agent: ev.agent }));
      } else {
        o.trace.push(step("ATT-3", flat`${ev.agent}'s ${ev.relation} record at ${at} comes after the first contact: no claim`, { event: ev.id, agent: ev.agent }));
      }
      return;
    case "introduction": {
      const ig = ctx.office.identity.groupOf(ev.introducer);
      const sameGroup = ig === p.group;
      if (o.firstContactMs === null) {
        const io = sameGroup ? { owner: null, basis: null } : ctx.ownerAt(ig, p);
        o.intros = append(o.intros, { ev, ms: p.ms, introducerOwner: io.owner, introducerBasis: io.basis, sameGroup });
        o.trace.push(step("ATT-2", flat`introduced by ${ev.introducer} (${ev.via}) at ${at}, whose owner then was ${io.owner ?? "nobody"}`, { event: ev.id, introducer: ev.introducer, introducerOwner: io.owner }));
      } else {
        o.trace.push(step("ATT-2", flat`introduction by ${ev.introducer} at ${at} comes after the first contact: it changes nothing`, { event: ev.id }));
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
    o.trace.push(step("ATT-5", flat`re-registration by ${ev.agent} at ${at} while ${o.owner} is still protected${o.dealDone ? " by a deal" : ""}: nothing changes`, { event: ev.id }));
    return;
  }
  if (!o.everOwned) {
    o.trace.push(step("ATT-5", flat`re-registration by ${ev.agent} at ${at} before any ownership: only a contact makes an owner`, { event: ev.id }));
    return;
  }
  if (ctx.office.policy.reRegistrationNeedsApproval && !ev.managerApproved) {
    o.trace.push(step("ATT-5", flat`re-registration by ${ev.agent} at ${at} lacks the manager's signature: no ownership`, { event: ev.id, managerApproved: false }));
    return;
  }
  o.trace.push(step("ATT-5", flat`re-registration by ${ev.agent} at ${at}${ev.managerApproved ? " signed by the manager" : ""}: ${ev.agent} owns the customer again`, { event: ev.id, agent: ev.agent, managerApproved: ev.managerApproved }));
  own(ctx, o, ev.agent, "re-registration", p.ms, p);
}

function contact(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): void {
  const ev = p.ev as Extract<AttributionEvent, { kind: "call" | "visit" | "deal" }>;
  const at = ev.at;
  const what = ev.kind === "call" ? "phone call" : ev.kind;
  if (ev.kind === "visit") {
    // Visits matter only to a registration's windows, and only a group with a registered phone has one.
    if (ctx.office.identity.phonesOf.has(p.group)) o.visits = append(o.visits, p.ms);
    if (ev.channel !== undefined) o.visitChannels = append(o.visitChannels, { channel: ev.channel, event: ev.id, ms: p.ms });
  }
  if (o.firstContactMs === null) {
    o.firstContactMs = p.ms;
    firstContact(ctx, o, p, ev.agent);
  } else if (o.owner === null) {
    o.trace.push(step("ATT-1", flat`${what} at ${at} by ${ev.agent} after the protection ended: served as a new customer, ${ev.agent} owns`, { event: ev.id, agent: ev.agent }));
    own(ctx, o, ev.agent, "first-contact", p.ms, p);
  } else if (ev.agent === o.owner) {
    if (ctx.office.policy.renewOnOwnerContact && !o.dealDone) {
      o.trace.push(step("ATT-5", flat`${what} by the owner ${ev.agent} at ${at} renews the protection`, { event: ev.id }));
      own(ctx, o, ev.agent, o.basis ?? "first-contact", p.ms, p);
    }
  } else if ("ownerOnDuty" in ev && ev.ownerOnDuty === true) {
    o.trace.push(step("ATT-1", flat`${what} at ${at} served by ${ev.agent} while the owner ${o.owner} was on duty: no credit`, { event: ev.id, agent: ev.agent }));
  } else if (!o.helpers.includes(ev.agent)) {
    o.helpers = append(o.helpers, ev.agent);
    o.trace.push(step("ATT-1a", flat`${what} at ${at}: ${ev.agent} helps while the owner ${o.owner} is away`, { event: ev.id, helper: ev.agent, owner: o.owner }));
  }
  if (ev.kind === "deal") {
    if (o.dealDone) {
      o.trace.push(step("ATT-5", flat`another deal at ${at}: ownership was already locked`, { event: ev.id }));
    } else if (o.owner !== null) {
      o.dealDone = true;
      o.dealMs = p.ms;
      ctx.segment(o, p);
      o.trace.push(step("ATT-5", flat`deal at ${at}: ${o.owner}'s ownership is locked, no expiry`, { event: ev.id, owner: o.owner }));
    }
  }
}
