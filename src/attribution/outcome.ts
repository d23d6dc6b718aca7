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
  /** Agents who helped while the owner was away (null until the first one). */
  helpers: Set<string> | null;
  firstContactMs: number | null;
  /** The earliest instant any agent had a claim (record, introduction or contact). */
  agentClaimMs: number | null;
  /** A relative record or an introduction gave an agent a claim. */
  priorAgentClaim: boolean;
  visits: readonly number[];
  visitChannels: readonly { channel: string; event: string; ms: number; at: string }[];
  dealMs: number | null;
  relative: { agent: string; ms: number; event: string } | null;
  intros: readonly PendingIntro[];
  trace: TraceStep[];
  review: AttributionReview[];
  unownedReason: AttributionUnownedReason;
  /** Set once the channel rules and closing steps have run (see toAttribution): the answer's shared parts. */
  finished: { readonly channel: AttributionChannelClaim | null; readonly trace: readonly TraceStep[]; readonly review: readonly AttributionReview[] } | null;
}

/** The one empty list every outcome starts with (frozen; lists are allocated on their first item). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Appends `item` to a list of an outcome: a list still empty (possibly the shared frozen one) is
 * replaced by a new one; a non-empty list is always the outcome's own and grows in place.
 * @remarks Performance only (most customers have no helpers, channel visits or introductions).
 * @param list - the current list.
 * @param item - the new item.
 * @returns the list to store back.
 * @category Attribution
 */
export function append<T>(list: readonly T[], item: T): readonly T[] {
  if (list.length === 0) return [item];
  (list as T[]).push(item);
  return list;
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
    helpers: null,
    firstContactMs: null,
    agentClaimMs: null,
    priorAgentClaim: false,
    visits: NONE,
    visitChannels: NONE,
    dealMs: null,
    relative: null,
    intros: NONE,
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
  /** The owner of a group just before event `p`. */
  readonly ownerAt: (group: string, p: PreparedEvent) => { owner: string | null; basis: AttributionBasis | null };
  /** Records an ownership change of `o` made by event `at`. */
  readonly segment: (o: GroupOutcome, at: PreparedEvent) => void;
  /**
   * The trace step of an owner's protection starting (`ended` false) or ending (`ended` true) at
   * `until`: the same step for every customer of that owner and instant, so it is made once per
   * call and shared (frozen) between traces.
   */
  readonly protectionStep: (agent: string, until: number, ended: boolean) => TraceStep;
}

/**
 * Applies expiry up to `ms`: an owner whose protection ended loses the customer.
 * @remarks ATT-5 — 《康城百合湾项目案场管理制度》第一章 一(三), 《销售客户资源的归属原则》第3条.
 * @param ctx - the sweep.
 * @param o - the group's outcome.
 * @param ms - the instant reached.
 * @category Attribution
 */
export function settle(ctx: Ctx, o: GroupOutcome, ms: number): void {
  if (o.owner !== null && !o.dealDone && ms >= o.until) {
    o.trace.push(ctx.protectionStep(o.owner, o.until, true));
    o.owner = null;
    o.basis = null;
    o.helpers = null;
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
  o.helpers = null;
  o.until = ctx.office.periodEnd(ms, pol.protection.unit, pol.protection.amount, at.index);
  o.trace.push(ctx.protectionStep(agent, o.until, false));
  ctx.segment(o, at);
}

/** The ATT-5 fact that states a protection period, by unit and by which day counts first. */
const PROTECTED = {
  "contact-day": { days: "protected-until", months: "protected-until-months" },
  "next-day": { days: "protected-from-next-day", months: "protected-months-from-next-day" },
} as const;

/**
 * Makes the shared protection steps of one call (see {@link Ctx.protectionStep}).
 * @remarks ATT-5 — 《康城百合湾项目案场管理制度》第一章 一(三), 《销售客户资源的归属原则》第3条.
 * @param office - the prepared office (its policy and clock).
 * @returns the step maker, remembering each step per instant and agent.
 * @category Attribution
 */
export function protectionSteps(office: Office): (agent: string, until: number, ended: boolean) => TraceStep {
  const { unit, amount } = office.policy.protection;
  const fact = PROTECTED[office.policy.countFrom][unit];
  const made = [new Map<number, Map<string, TraceStep>>(), new Map<number, Map<string, TraceStep>>()] as const;
  return (agent, until, ended) => {
    const byUntil = made[ended ? 1 : 0];
    let byAgent = byUntil.get(until);
    if (!byAgent) byUntil.set(until, (byAgent = new Map()));
    let s = byAgent.get(agent);
    if (s === undefined) {
      const end = office.clock.format(until);
      s = ended
        ? step("ATT-5", "expired", Object.freeze({ agent, until: end }))
        : step("ATT-5", fact, Object.freeze({ agent, until: end, [unit]: amount }));
      byAgent.set(agent, Object.freeze(s));
    }
    return s;
  };
}
