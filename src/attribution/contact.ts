import { step } from "../core/trace";
import { firstContact } from "./first-contact";
import type { PreparedEvent } from "./office";
import { append, own, settle, type Ctx, type GroupOutcome } from "./outcome";
import type { AttributionEvent } from "./schema";

/**
 * Applies one event of a group in time order: records, re-registrations and contacts.
 * @remarks ATT-1, ATT-1a, ATT-2, ATT-3, ATT-5 — 《康城百合湾项目案场管理制度》第一章 一, 《销售客户资源的归属原则》第1–3条.
 * @param ctx - the sweep.
 * @param o - the group's outcome.
 * @param p - the event.
 * @category Attribution
 */
export function applyEvent(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): void {
  settle(ctx, o, p.ms);
  const ev = p.ev;
  switch (ev.kind) {
    case "relative-record":
      if (o.firstContactMs === null && o.relative === null) o.relative = { agent: ev.agent, ms: p.ms, event: ev.id };
      o.trace.push(step("ATT-3", o.firstContactMs === null ? "recorded" : "recorded-late", { event: ev.id, agent: ev.agent, relation: ev.relation, at: ev.at }));
      return;
    case "introduction": {
      const ig = ctx.office.identity.groupOf(ev.introducer);
      const sameGroup = ig === p.group;
      if (o.firstContactMs === null) {
        const io = sameGroup ? { owner: null, basis: null } : ctx.ownerAt(ig, p);
        o.intros = append(o.intros, { ev, ms: p.ms, introducerOwner: io.owner, introducerBasis: io.basis, sameGroup });
        o.trace.push(
          io.owner === null
            ? step("ATT-2", "introduced-unowned", { event: ev.id, introducer: ev.introducer, via: ev.via, at: ev.at })
            : step("ATT-2", "introduced", { event: ev.id, introducer: ev.introducer, via: ev.via, at: ev.at, introducerOwner: io.owner }),
        );
      } else {
        o.trace.push(step("ATT-2", "after-contact", { event: ev.id, introducer: ev.introducer, at: ev.at }));
      }
      return;
    }
    case "re-registration":
      reRegister(ctx, o, ev, p);
      return;
    case "call":
    case "visit":
    case "deal":
      contact(ctx, o, p);
      return;
    case "named-agent-arrival":
    case "channel-registration":
      return;
  }
}

function reRegister(ctx: Ctx, o: GroupOutcome, ev: Extract<AttributionEvent, { kind: "re-registration" }>, p: PreparedEvent): void {
  const data = { event: ev.id, agent: ev.agent, at: ev.at, managerApproved: ev.managerApproved };
  if (o.owner !== null) {
    o.trace.push(step("ATT-5", o.dealDone ? "re-registration-after-deal" : "re-registration-while-owned", { ...data, owner: o.owner }));
  } else if (!o.everOwned) {
    o.trace.push(step("ATT-5", "re-registration-never-owned", data));
  } else if (ctx.office.policy.reRegistrationNeedsApproval && !ev.managerApproved) {
    o.trace.push(step("ATT-5", "re-registration-unsigned", data));
  } else {
    o.trace.push(step("ATT-5", "re-registered", data));
    own(ctx, o, ev.agent, "re-registration", p.ms, p);
  }
}

function contact(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): void {
  const ev = p.ev as Extract<AttributionEvent, { kind: "call" | "visit" | "deal" }>;
  if (ev.kind === "visit") {
    // Visits matter only to a registration's windows, and only a group with a registered phone has one.
    if (ctx.office.identity.phonesOf.has(p.group)) o.visits = append(o.visits, p.ms);
    if (ev.channel !== undefined) o.visitChannels = append(o.visitChannels, { channel: ev.channel, event: ev.id, ms: p.ms, at: ev.at });
  }
  if (o.firstContactMs === null) {
    o.firstContactMs = p.ms;
    firstContact(ctx, o, p, ev.agent);
  } else if (o.owner === null) {
    o.trace.push(step("ATT-1", "new-after-expiry", { event: ev.id, agent: ev.agent, via: ev.kind, at: ev.at }));
    own(ctx, o, ev.agent, "first-contact", p.ms, p);
  } else if (ev.agent === o.owner) {
    if (ctx.office.policy.renewOnOwnerContact && !o.dealDone) {
      o.trace.push(step("ATT-5", "renewed", { event: ev.id, agent: ev.agent, via: ev.kind, at: ev.at }));
      own(ctx, o, ev.agent, o.basis ?? "first-contact", p.ms, p);
    }
  } else if ("ownerOnDuty" in ev && ev.ownerOnDuty === true) {
    o.trace.push(step("ATT-1", "owner-on-duty", { event: ev.id, agent: ev.agent, owner: o.owner, via: ev.kind, at: ev.at }));
  } else if (o.helpers === null || !o.helpers.has(ev.agent)) {
    (o.helpers ??= new Set()).add(ev.agent);
    o.trace.push(step("ATT-1a", "helper", { event: ev.id, helper: ev.agent, owner: o.owner, via: ev.kind, at: ev.at }));
  }
  if (ev.kind === "deal") {
    if (o.dealDone) {
      o.trace.push(step("ATT-5", "deal-again", { event: ev.id, at: ev.at }));
    } else if (o.owner !== null) {
      o.dealDone = true;
      o.dealMs = p.ms;
      ctx.segment(o, p);
      o.trace.push(step("ATT-5", "deal-locks", { event: ev.id, owner: o.owner, at: ev.at }));
    }
  }
}
