import { guarded } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import { parseWith } from "../core/schema";
import { addDays, instantMs, zoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { buildReferralIndex } from "./build-graph";
import { itemChecks, parseBulk } from "./bulk-input";
import { referralPolicySchema, type ReferralPolicy, type ReferralPolicyInput } from "./policy";
import { rewardRule } from "./reward-base";
import { indexDeals, indexPayouts, inOrder, lineKey, rewardCandidates } from "./reward-candidates";
import { linesOf } from "./reward-lines";
import { rewardTotals, yuanStrings, type DraftLine, type ReferralRewardLine, type ReferralTotals } from "./reward-totals";
import { referralRewardsInputSchema, type ReferralRewardsInput } from "./schema";

export type { ReferralLineStatus, ReferralRewardLine, ReferralTotals } from "./reward-totals";

/** What {@link referralRewards} returns. @category Referral */
export interface ReferralRewards {
  /** Reward, top-up and clawback lines, by time, deal, level. */
  readonly lines: readonly ReferralRewardLine[];
  /** Totals per referrer, sorted by referrer id. */
  readonly totals: readonly (ReferralTotals & { readonly referrer: string })[];
  /** Totals over everyone. */
  readonly total: ReferralTotals;
  readonly trace: readonly TraceStep[];
}

const KIND_ORDER = { reward: 0, "top-up": 1, clawback: 2 } as const;

/** Lines by time, deal, level, referrer, kind. */
function lineOrder(a: DraftLine, b: DraftLine): number {
  return a.ms - b.ms || (a.deal < b.deal ? -1 : a.deal > b.deal ? 1 : 0) || a.level - b.level || (a.referrer < b.referrer ? -1 : a.referrer > b.referrer ? 1 : 0) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** The programme the policy describes: reward kind, amount or rate, and the level shares when there are deeper levels. */
function programmeStep(p: ReferralPolicy): TraceStep {
  const r = p.reward;
  // A fixed sum with no cap and no review is Girard's bird-dog plan (REF-2): always paid.
  const birdDog = r.kind === "fixed" && Object.values(p.caps).every((v) => v === undefined) && p.reviewDays === 0;
  const rule = birdDog ? "REF-2" : rewardRule(r);
  const what = r.kind === "fixed" ? { amount: fenToYuan(toFen(r.amount)) } : r.kind === "percent" ? { rate: r.rate } : { period: r.period, bands: r.bands.length };
  return p.levels.length === 1 ? step(rule, "programme", what) : step(rule, "programme-levels", { ...what, levels: p.levels.length, shares: p.levels });
}

const checks = itemChecks(referralRewardsInputSchema);

/**
 * Reward lines of a referral programme as of a moment: who is owed what for which deal, under
 * the policy's reward kind, levels, caps, trigger, flags, review and clawback windows.
 *
 * @remarks REF-2 (《房地产客户跟踪及维护技巧》 猎犬计划); REF-RW-1 … 6, REF-CAP-1 … 4, REF-TRG-1 … 4, REF-FLG-1 … 3,
 * REF-CLW-1/2, REF-G-1 … 5 (practice). Caps are applied in the order deals were earned (then
 * deal id); a paid reward is never edited; a clawback is a negative line against the next payout.
 * @param input - `{ customers, referrals, deals, payouts?, asOf }`
 * @param policy - a referral policy; see {@link referralPresets}
 * @returns the lines, totals per referrer and over all (total = rewards − clawbacks), and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`, `UNKNOWN_REFERENCE`, `DUPLICATE`, `OUT_OF_RANGE` (more than {@link referralLimits} allow)
 * @example
 * ```ts
 * const input = { customers: [{ id: "L", owner: true }, { id: "M" }], referrals: [{ id: "r1", referrer: "L", referred: "M", at: "2024-03-01T10:00:00+08:00" }], deals: [{ id: "d1", buyer: "M", price: "1730000", contractSignedAt: "2024-03-10T15:00:00+08:00" }], asOf: "2024-04-01T00:00:00+08:00" };
 * referralRewards(input, { reward: { kind: "fixed", amount: "5000" } }).lines[0].amount; //=> "5000.00"
 * referralRewards(input, { reward: { kind: "percent", rate: "0.01" } }).total.total; //=> "17300.00"
 * const r = referralRewards(input, { reward: { kind: "fixed", amount: "5000" } });
 * explainStep(r.trace.at(-1)); //=> "d1：推荐人 L（第1级）每单固定奖励¥5,000.00，应得¥5,000.00（已批准）"
 * ```
 * @category Referral
 */
export function referralRewards(input: ReferralRewardsInput, policy: ReferralPolicyInput = {}): ReferralRewards {
  return guarded(() => {
    const data = parseBulk(referralRewardsInputSchema, checks, input);
    const p = parseWith(referralPolicySchema, policy, "INVALID_POLICY", ["policy"]);
    const clock = zoneClock(p.timeZone);
    const asOfMs = instantMs(data.asOf)!;
    const index = buildReferralIndex(data.customers, data.referrals, p, clock);
    const deals = indexDeals(data.deals, index);
    const payouts = indexPayouts(data.payouts, deals, index);
    const trace: TraceStep[] = [programmeStep(p), ...index.trace];
    const candidates = rewardCandidates(deals, index, p, clock, asOfMs, trace);
    const households = (id: string) => index.customers.get(id)?.household ?? id;
    const yuan = yuanStrings();
    const lines = linesOf(candidates, payouts, p, clock, asOfMs, households, trace, yuan);
    for (const paid of [...payouts.values()].sort((a, b) => lineKey(a.deal, a.referrer, a.level) < lineKey(b.deal, b.referrer, b.level) ? -1 : 1)) {
      const d = deals.get(paid.deal)!;
      const paidMs = instantMs(paid.paidAt)!;
      const fen = toFen(paid.amount);
      const base = { deal: d.id, buyer: d.buyer, referrer: paid.referrer, level: paid.level };
      lines.push({ ...base, id: `${d.id}/${paid.level}/${paid.referrer}/reward`, kind: "reward", rule: "REF-RW-6", fen, status: "paid", ms: paidMs });
      trace.push(step("REF-RW-6", "no-longer-qualifies", { deal: d.id, referrer: paid.referrer, paid: yuan(fen) }));
      const cancelled = instantMs(d.cancelledAt);
      if (cancelled !== undefined && cancelled <= asOfMs && clock.localDate(cancelled) <= addDays(clock.localDate(paidMs), p.clawbackDays)) {
        lines.push({ ...base, id: `${d.id}/${paid.level}/${paid.referrer}/clawback`, kind: "clawback", rule: "REF-CLW-1", fen: -fen, status: "clawed-back", ms: cancelled });
      }
    }
    if (!inOrder(lines, (a, b) => lineOrder(a, b) < 0)) lines.sort(lineOrder);
    const totals = rewardTotals(lines, yuan);
    const out: ReferralRewardLine[] = new Array<ReferralRewardLine>(lines.length);
    let lastMs = Number.NaN;
    let lastAt = "";
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      // Lines come in time order: consecutive lines often share their instant (levels of one deal).
      if (l.ms !== lastMs) {
        lastMs = l.ms;
        lastAt = clock.format(l.ms);
      }
      out[i] = { id: l.id, deal: l.deal, buyer: l.buyer, referrer: l.referrer, level: l.level, kind: l.kind, rule: l.rule, status: l.status, amount: yuan(l.fen), at: lastAt };
    }
    return {
      lines: out,
      totals: totals.byReferrer,
      total: totals.all,
      trace,
    };
  });
}
