import { step } from "../core/trace";
import type { PreparedEvent } from "./office";
import { own, type Ctx, type GroupOutcome } from "./outcome";
import type { AttributionBasis } from "./schema";

interface Claim {
  readonly agent: string;
  readonly basis: AttributionBasis;
  readonly ms: number;
}

const CLAIM_RULE = { "relative-record": "ATT-3", "named-agent": "ATT-4", "introduction-chain": "ATT-2" } as const;

/**
 * Resolves the claims pending at the first contact: a relative record, an introduction (with the
 * off-duty named agent's time limit, if the policy sets one), else the agent who received the customer.
 * @remarks ATT-1, ATT-2, ATT-3, ATT-4 — 《康城百合湾项目案场管理制度》第一章 一(一)(二), 《销售客户资源的归属原则》第1–2条.
 * @param ctx - the sweep.
 * @param o - the group's outcome.
 * @param p - the first contact.
 * @param receiver - the agent who received the customer.
 * @category Attribution
 */
export function firstContact(ctx: Ctx, o: GroupOutcome, p: PreparedEvent, receiver: string): void {
  const pol = ctx.office.policy;
  const claims: Claim[] = [];
  const rel = o.relative;
  const intro = o.intros.length === 0 ? null : resolveIntroductions(ctx, o, p);
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
    if (claims.length > 1) o.trace.push(step(win.basis === "relative-record" ? "ATT-3" : "ATT-2", "claims-compete", { owner: win.agent, precedence: pol.claimPrecedence }));
    o.trace.push(step(CLAIM_RULE[win.basis as keyof typeof CLAIM_RULE], "owner-by-claim", { event: p.ev.id, owner: win.agent, receiver, basis: win.basis, at: p.ev.at }));
    own(ctx, o, win.agent, win.basis, p.ms, p);
    if (receiver !== win.agent) o.trace.push(step("ATT-1a", "receiver-no-credit", { receiver, owner: win.agent }));
  } else {
    o.trace.push(step("ATT-1", "first-contact", { event: p.ev.id, agent: receiver, via: p.ev.kind, at: p.ev.at }));
    own(ctx, o, receiver, "first-contact", p.ms, p);
  }
}

/**
 * The earliest arrival of each agent at or after the first contact, read once per group (a
 * group's first contact happens once), so each introduction's named agent is looked up in O(1).
 */
function arrivalsFrom(ctx: Ctx, p: PreparedEvent): Map<string, number> {
  const arrivals = new Map<string, number>();
  for (const a of ctx.office.byGroup.get(p.group) ?? []) {
    if (a.ev.kind === "named-agent-arrival" && a.ms >= p.ms && !arrivals.has(a.ev.agent)) arrivals.set(a.ev.agent, a.ms);
  }
  return arrivals;
}

function resolveIntroductions(ctx: Ctx, o: GroupOutcome, p: PreparedEvent): Claim | null {
  const pol = ctx.office.policy;
  const limit = pol.namedAgentArrivalMinutes;
  let arrivals: Map<string, number> | null = null;
  for (const intro of o.intros) {
    const ev = intro.ev;
    if (intro.sameGroup) {
      o.trace.push(step("ATT-2", "same-customer", { event: ev.id, introducer: ev.introducer }));
      continue;
    }
    const chainOwner = intro.introducerOwner;
    if (ev.askedFor !== undefined && ev.askedForOnDuty === false) {
      if (limit === null) {
        o.trace.push(step("ATT-4", "named-no-limit", { event: ev.id, named: ev.askedFor }));
      } else {
        arrivals ??= arrivalsFrom(ctx, p);
        const arrived = arrivals.get(ev.askedFor);
        // 半小时内: arriving at minute 30 exactly is in time.
        const deadline = p.ms + limit * 60_000;
        if (arrived === undefined || arrived > deadline) {
          o.trace.push(step("ATT-4", "named-late", { event: ev.id, named: ev.askedFor, calledAt: ctx.office.clock.format(p.ms), limit }));
          continue;
        }
        o.trace.push(step("ATT-4", "named-arrived", { event: ev.id, named: ev.askedFor, minutes: Math.floor((arrived - p.ms) / 60_000), limit }));
      }
    }
    if (ev.askedFor !== undefined && ev.askedFor !== chainOwner) {
      o.trace.push(step("ATT-4", "named", { event: ev.id, named: ev.askedFor }));
      return { agent: ev.askedFor, basis: "named-agent", ms: intro.ms };
    }
    if (chainOwner === null) {
      o.trace.push(step("ATT-2", "introducer-unowned", { event: ev.id, introducer: ev.introducer }));
      continue;
    }
    if (!pol.chainTransitive && intro.introducerBasis === "introduction-chain") {
      o.trace.push(step("ATT-2", "one-step-only", { event: ev.id, introducer: ev.introducer }));
      continue;
    }
    if (ev.askedFor === chainOwner || ev.registeredBeforeVisit === true) {
      o.trace.push(step("ATT-2", ev.askedFor === chainOwner ? "chain-named" : "chain-registered", { event: ev.id, introducer: ev.introducer, owner: chainOwner }));
      return { agent: chainOwner, basis: "introduction-chain", ms: intro.ms };
    }
    o.trace.push(step("ATT-2", "chance-meeting", { event: ev.id, introducer: ev.introducer }));
  }
  return null;
}
