import { step, type TraceStep } from "../core/trace";
import type { Office, PreparedEvent } from "./office";
import type { AttributionBasis, AttributionChannelClaim, AttributionEvent, AttributionReview, AttributionUnownedReason } from "./schema";

/**
 * A pending claim before the first contact.
 * @remarks ATT-2, ATT-3.
 * @category Attribution
 */

export interface PendingIntro {
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
 * A fresh outcome: nobody owns the group yet.
 * @remarks ATT-1.
 * @param group - the group id.
 * @returns the outcome.
 * @category Attribution
 */
export function newOutcome(group: string): GroupOutcome {
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

/**
 * What the rules of one group may ask of the sweep.
 * @remarks ATT-2 (reading an introducer's owner), ATT-5 (recording ownership changes).
 * @category Attribution
 */
export interface Ctx {
  readonly office: Office;
  readonly fmt: (ms: number) => string;
  /** The owner of a group just before event `p`. */
  readonly ownerAt: (group: string, p: PreparedEvent) => { owner: string | null; basis: AttributionBasis | null };
  /** Records an ownership change of `o` made by event `at`. */
  readonly segment: (o: GroupOutcome, at: PreparedEvent) => void;
}

/**
 * Applies expiry up to `ms`: an owner whose protection ended loses the customer.
 * @remarks ATT-5 — seed 004 A 第一章 一(三), B §3.
 * @param ctx - the sweep.
 * @param o - the group's outcome.
 * @param ms - the instant reached.
 * @category Attribution
 */
export function settle(ctx: Ctx, o: GroupOutcome, ms: number): void {
  if (o.owner !== null && !o.dealDone && ms >= o.until) {
    const end = ctx.fmt(o.until);
    o.trace.push(step("ATT-5", `protection of ${o.owner} ended at ${end}; the customer is free`, { agent: o.owner, expired: end }));
    o.owner = null;
    o.basis = null;
    o.helpers = [];
    o.unownedReason = "protection-expired";
  }
}

/**
 * Makes `agent` the owner from `ms` and starts the protection period (in the policy's zone).
 * @remarks ATT-5.
 * @param ctx - the sweep.
 * @param o - the outcome.
 * @param agent - the new owner.
 * @param basis - why.
 * @param ms - the instant.
 * @param at - the event that made the change.
 * @category Attribution
 */
export function own(ctx: Ctx, o: GroupOutcome, agent: string, basis: AttributionBasis, ms: number, at: PreparedEvent): void {
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
