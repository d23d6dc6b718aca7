import { ShoulouError } from "../core/errors";
import { addDays, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import type { Edge, ReferralIndex } from "./build-graph";
import type { ReferralPolicy } from "./policy";
import { dealStages, triggerMs, type DealStages } from "./reward-base";
import { customerDefaults, payoutDefaults, type PayoutRow } from "./bulk-input";
import type { ReferralDeal, ReferralPayout } from "./schema";

/** One level of a referred deal's chain: who would be paid, through which referral. */
export interface Recipient {
  readonly level: number;
  readonly referrer: string;
  readonly edge: Edge;
  /** The rules of the flags on the referrals between the buyer and this recipient (REF-FLG-*). */
  readonly flags: readonly string[];
}

/** A referred deal that earned the reward under the trigger. */
export interface Candidate {
  readonly deal: ReferralDeal;
  /** The buyer's direct referrer (whose tier count the deal adds to). */
  readonly direct: string;
  readonly stages: DealStages;
  readonly earned: number;
  readonly earnedDate: string;
  /** Cancelled within the clawback window (REF-CLW-1/2). */
  readonly cancelledInWindow: boolean;
  readonly recipients: readonly Recipient[];
}

/** The flags of a recipient with none (shared: flag lists are never mutated once made). */
const NO_FLAGS: readonly string[] = Object.freeze([]);

/** Indexes deals by id (DUPLICATE) and checks buyers (UNKNOWN_REFERENCE). */
export function indexDeals(deals: readonly ReferralDeal[], index: ReferralIndex): Map<string, ReferralDeal> {
  const byId = new Map<string, ReferralDeal>();
  deals.forEach((d, i) => {
    if (byId.has(d.id)) throw new ShoulouError("DUPLICATE", ["deals", i, "id"], `deal "${d.id}" is listed twice`);
    if (!index.customers.has(d.buyer)) throw new ShoulouError("UNKNOWN_REFERENCE", ["deals", i, "buyer"], `unknown customer "${d.buyer}"`);
    byId.set(d.id, d);
  });
  return byId;
}

/** Key of a reward line: deal, recipient, level. */
export function lineKey(deal: string, referrer: string, level: number): string {
  return `${deal}\u0000${referrer}\u0000${level}`;
}

/** Indexes payouts by line (DUPLICATE) and checks their deal and referrer (UNKNOWN_REFERENCE); the level's default is filled in. */
export function indexPayouts(payouts: readonly PayoutRow[], deals: ReadonlyMap<string, ReferralDeal>, index: ReferralIndex): Map<string, ReferralPayout> {
  const byLine = new Map<string, ReferralPayout>();
  payouts.forEach((row, i) => {
    const p: ReferralPayout = { ...row, level: row.level ?? payoutDefaults.level };
    if (!deals.has(p.deal)) throw new ShoulouError("UNKNOWN_REFERENCE", ["payouts", i, "deal"], `unknown deal "${p.deal}"`);
    if (!index.customers.has(p.referrer)) throw new ShoulouError("UNKNOWN_REFERENCE", ["payouts", i, "referrer"], `unknown customer "${p.referrer}"`);
    const key = lineKey(p.deal, p.referrer, p.level);
    if (byLine.has(key)) throw new ShoulouError("DUPLICATE", ["payouts", i], `a payout for deal "${p.deal}" to "${p.referrer}" at level ${p.level} is listed twice`);
    byLine.set(key, p);
  });
  return byLine;
}

/** True when every item comes strictly `before` the next: the list needs no sort. */
export function inOrder<T>(list: readonly T[], before: (a: T, b: T) => boolean): boolean {
  for (let i = 1; i < list.length; i++) if (!before(list[i - 1]!, list[i]!)) return false;
  return true;
}

/** When each customer first became an owner on a contract not cancelled by `asOfMs`. */
function ownerSince(deals: ReadonlyMap<string, ReferralDeal>, stagesOf: (d: ReferralDeal) => DealStages): Map<string, number> {
  const since = new Map<string, number>();
  for (const d of deals.values()) {
    const s = stagesOf(d);
    if (s.contract === undefined || s.cancelled !== undefined) continue;
    const prev = since.get(d.buyer);
    if (prev === undefined || s.contract < prev) since.set(d.buyer, s.contract);
  }
  return since;
}

/** True when `who` was an owner when referring at `ms`: listed as one, or on a contract signed by then. */
function isOwnerWhenReferring(who: string, ms: number, index: ReferralIndex, owners: ReadonlyMap<string, number>): boolean {
  const customer = index.customers.get(who);
  if (customer && (customer.owner ?? customerDefaults.owner)) return true;
  const since = owners.get(who);
  return since !== undefined && since <= ms;
}

/**
 * The referred deals that earned a reward by `asOfMs`, each with the recipients the policy's
 * levels reach, sorted by the instant earned, then deal id. Steps explain every referred deal
 * that did not qualify.
 */
export function rewardCandidates(deals: ReadonlyMap<string, ReferralDeal>, index: ReferralIndex, policy: ReferralPolicy, clock: ZoneClock, asOfMs: number, trace: TraceStep[]): Candidate[] {
  const stages = new Map<string, DealStages>();
  const stagesOf = (d: ReferralDeal) => {
    let st = stages.get(d.id);
    if (!st) stages.set(d.id, (st = dealStages(d, asOfMs)));
    return st;
  };
  const owners = policy.referrerMustBeOwner ? ownerSince(deals, stagesOf) : new Map<string, number>();
  const out: Candidate[] = [];
  let asOfText: string | undefined;
  const sorted = [...deals.values()];
  if (!inOrder(sorted, (a, b) => a.id < b.id)) sorted.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const deal of sorted) {
    const buyerSlot = index.customers.slot(deal.buyer);
    const firstAt = buyerSlot === undefined ? -1 : index.parentAt(buyerSlot);
    if (firstAt < 0) continue;
    const first = index.edge(firstAt);
    const dealStagesNow = stagesOf(deal);
    const earned = triggerMs(dealStagesNow, policy.trigger);
    if (earned === undefined) {
      trace.push(step(policy.trigger === "contract-signed" ? "REF-TRG-1" : "REF-TRG-2", "not-earned", { deal: deal.id, asOf: asOfText ??= clock.format(asOfMs) }));
      continue;
    }
    if (dealStagesNow.contract !== undefined && first.ms > dealStagesNow.contract) {
      trace.push(step("REF-G-4", "after-contract", { deal: deal.id, referral: first.referral.id }));
      continue;
    }
    const earnedDate = clock.localDate(earned);
    const cancelledInWindow = dealStagesNow.cancelled !== undefined && clock.localDate(dealStagesNow.cancelled) <= addDays(earnedDate, policy.clawbackDays);
    const recipients: Recipient[] = [];
    let flags: readonly string[] = NO_FLAGS;
    let edge: Edge | undefined = first;
    let at = firstAt;
    for (let level = 1; level <= policy.levels.length && edge; level++) {
      const verdicts = index.flags.size > 0 ? index.flags.get(edge.referral.id) : undefined;
      if (verdicts) flags = [...flags, ...verdicts.map((v) => v.rule)];
      const who = edge.referral.referrer;
      if (policy.referrerMustBeOwner && !isOwnerWhenReferring(who, edge.ms, index, owners)) {
        trace.push(step("REF-TRG-3", "not-owner", { deal: deal.id, referrer: who, level }));
      } else {
        recipients.push({ level, referrer: who, edge, flags });
      }
      // Up the chain by slots: the referrer's own referral, without looking their id up again.
      at = index.parentAt(index.from[at]!);
      edge = at < 0 ? undefined : index.edge(at);
    }
    out.push({ deal, direct: first.referral.referrer, stages: dealStagesNow, earned, earnedDate, cancelledInWindow, recipients });
  }
  return inOrder(out, (a, b) => a.earned < b.earned || (a.earned === b.earned && a.deal.id < b.deal.id))
    ? out
    : out.sort((a, b) => a.earned - b.earned || (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0));
}
