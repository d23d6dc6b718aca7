import { guarded } from "../core/errors";
import { fenToYuan, mulDivHalfUp, toFen, toRatio } from "../core/money";
import { parseWith } from "../core/schema";
import { addDays, instantMs, zoneClock, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { buildReferralIndex } from "./build-graph";
import { referralPolicySchema, type ReferralPolicy, type ReferralPolicyInput } from "./policy";
import { baseRewardFen, CapBook, periodKey, rewardRule } from "./reward-base";
import { indexDeals, indexPayouts, lineKey, rewardCandidates, type Candidate } from "./reward-candidates";
import { rewardTotals, type DraftLine, type ReferralLineStatus, type ReferralRewardLine, type ReferralTotals } from "./reward-totals";
import { referralRewardsInputSchema, type ReferralPayout, type ReferralRewardsInput } from "./schema";

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

function tierCounts(candidates: readonly Candidate[], policy: ReferralPolicy): { rank: Map<string, number>; count: Map<string, number>; last: Map<string, number> } {
  const rank = new Map<string, number>();
  const count = new Map<string, number>();
  const last = new Map<string, number>();
  const period = policy.reward.kind === "tiered" ? policy.reward.period : "all";
  for (const c of candidates) {
    if (c.cancelledInWindow) continue;
    const key = `${c.direct}\u0000${periodKey(c.earnedDate, period)}`;
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    last.set(key, c.earned);
    rank.set(c.deal.id, n);
  }
  return { rank, count, last };
}

function statusOf(flags: readonly string[], earnedDate: string, asOfDate: string, policy: ReferralPolicy): ReferralLineStatus {
  if (flags.length > 0) return "flagged";
  return asOfDate >= addDays(earnedDate, policy.reviewDays) ? "approved" : "pending";
}

function linesOf(candidates: readonly Candidate[], payouts: Map<string, ReferralPayout>, policy: ReferralPolicy, clock: ZoneClock, asOfMs: number, households: (id: string) => string, trace: TraceStep[]): DraftLine[] {
  const lines: DraftLine[] = [];
  const caps = new CapBook(policy.caps);
  const { rank, count, last } = tierCounts(candidates, policy);
  const period = policy.reward.kind === "tiered" ? policy.reward.period : "all";
  const asOfDate = clock.localDate(asOfMs);
  for (const c of candidates) {
    const d = c.deal;
    const tierKey = `${c.direct}\u0000${periodKey(c.earnedDate, period)}`;
    const base = baseRewardFen(policy.reward, toFen(d.price), rank.get(d.id) ?? 1, count.get(tierKey) ?? 1);
    for (const r of c.recipients) {
      const { num, den } = toRatio(policy.levels[r.level - 1] ?? "0");
      const fen = mulDivHalfUp(base.fen, num, den);
      const key = lineKey(d.id, r.referrer, r.level);
      const paid = payouts.get(key);
      payouts.delete(key);
      const rule = r.level === 1 ? rewardRule(policy.reward) : "REF-RW-5";
      const line = (kind: DraftLine["kind"], lineFen: number, status: ReferralLineStatus, ms: number, ruleId = rule): DraftLine =>
        ({ id: `${d.id}/${r.level}/${r.referrer}/${kind}`, deal: d.id, buyer: d.buyer, referrer: r.referrer, level: r.level, kind, rule: ruleId, fen: lineFen, status, ms });
      const keys = { deal: d.id, month: `${r.referrer}\u0000${c.earnedDate.slice(0, 7)}`, year: `${r.referrer}\u0000${c.earnedDate.slice(0, 4)}`, household: households(d.buyer) };
      if (c.cancelledInWindow) {
        if (paid) {
          const paidFen = toFen(paid.amount);
          caps.use(paidFen, keys);
          lines.push(line("reward", paidFen, "paid", instantMs(paid.paidAt)!));
          lines.push(line("clawback", -paidFen, "clawed-back", c.stages.cancelled!, "REF-CLW-1"));
          trace.push(step("REF-CLW-1", `${d.id}: cancelled within ${policy.clawbackDays} day(s) of earning; the paid ¥${fenToYuan(paidFen)} is clawed back from ${r.referrer}'s next payout`, { deal: d.id, referrer: r.referrer }));
        } else {
          trace.push(step("REF-CLW-2", `${d.id}: cancelled within ${policy.clawbackDays} day(s) of earning; the unpaid reward to ${r.referrer} is withdrawn`, { deal: d.id, referrer: r.referrer }));
        }
        continue;
      }
      const capped = caps.apply(fen, keys);
      const share = r.level === 1 ? "" : ` × share ${policy.levels[r.level - 1]} (level ${r.level})`;
      const capSays = capped.bit.length ? `, capped by ${capped.bit.join(", ")} to ¥${fenToYuan(capped.fen)}` : "";
      const status = statusOf(r.flags, c.earnedDate, asOfDate, policy);
      if (paid) {
        const paidFen = toFen(paid.amount);
        caps.use(Math.max(paidFen, capped.fen), keys);
        lines.push(line("reward", paidFen, "paid", instantMs(paid.paidAt)!));
        if (capped.fen > paidFen) {
          lines.push(line("top-up", capped.fen - paidFen, status, Math.max(instantMs(paid.paidAt)!, last.get(tierKey) ?? c.earned), "REF-RW-6"));
          trace.push(step("REF-RW-6", `${d.id}: ¥${fenToYuan(paidFen)} was paid to ${r.referrer}; ¥${fenToYuan(capped.fen)} is due now: a top-up of ¥${fenToYuan(capped.fen - paidFen)}`, { deal: d.id }));
        } else if (capped.fen < paidFen) {
          trace.push(step("REF-RW-6", `${d.id}: ¥${fenToYuan(paidFen)} was paid to ${r.referrer}, more than the ¥${fenToYuan(capped.fen)} due now; a paid reward is never edited`, { deal: d.id }));
        }
        continue;
      }
      caps.use(capped.fen, keys);
      trace.push(step(capped.bit[0] ?? rule, `${d.id} → ${r.referrer}: ${base.says}${share}${capSays} = ¥${fenToYuan(capped.fen)}, ${status}`, { deal: d.id, referrer: r.referrer, amount: fenToYuan(capped.fen) }));
      if (r.flags.length) trace.push(step("REF-TRG-4", `${d.id}: held for review — ${r.flags.join("; ")}`, { deal: d.id }));
      if (capped.fen > 0) lines.push(line("reward", capped.fen, status, c.earned));
    }
  }
  return lines;
}

function programmeStep(p: ReferralPolicy): TraceStep {
  const who = p.levels.length === 1 ? "the direct referrer" : `${p.levels.length} levels with shares ${p.levels.join(", ")}`;
  if (p.reward.kind === "fixed") return step("REF-2", `a fixed ¥${p.reward.amount} for each referred deal, paid to ${who} (the bird-dog plan)`);
  return step(rewardRule(p.reward), `a ${p.reward.kind} reward, paid to ${who}`);
}

/**
 * Reward lines of a referral programme as of a moment: who is owed what for which deal, under
 * the policy's reward kind, levels, caps, trigger, flags, review and clawback windows.
 *
 * @remarks REF-2 (seed 002); REF-RW-1 … 6, REF-CAP-1 … 4, REF-TRG-1 … 4, REF-FLG-1 … 3,
 * REF-CLW-1/2, REF-G-1 … 5 (practice). Caps are applied in the order deals were earned (then
 * deal id); a paid reward is never edited; a clawback is a negative line against the next payout.
 * @param input - `{ customers, referrals, deals, payouts?, asOf }`
 * @param policy - a referral policy; see {@link referralPresets}
 * @returns the lines, totals per referrer and over all (total = rewards − clawbacks), and the trace
 * @throws {@link ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`, `UNKNOWN_REFERENCE`, `DUPLICATE`
 * @example
 * ```ts
 * const input = { customers: [{ id: "L", owner: true }, { id: "M" }], referrals: [{ id: "r1", referrer: "L", referred: "M", at: "2024-03-01T10:00:00+08:00" }], deals: [{ id: "d1", buyer: "M", price: "1730000", contractSignedAt: "2024-03-10T15:00:00+08:00" }], asOf: "2024-04-01T00:00:00+08:00" };
 * referralRewards(input, { reward: { kind: "fixed", amount: "5000" } }).lines[0].amount; //=> "5000.00"
 * referralRewards(input, { reward: { kind: "percent", rate: "0.01" } }).total.total; //=> "17300.00"
 * ```
 * @category Referral
 */
export function referralRewards(input: ReferralRewardsInput, policy: ReferralPolicyInput = {}): ReferralRewards {
  return guarded(() => {
    const data = parseWith(referralRewardsInputSchema, input, "INVALID_INPUT");
    const p = parseWith(referralPolicySchema, policy, "INVALID_POLICY", ["policy"]);
    const clock = zoneClock(p.timeZone);
    const asOfMs = instantMs(data.asOf)!;
    const index = buildReferralIndex(data.customers, data.referrals, p, clock);
    const deals = indexDeals(data.deals, index);
    const payouts = indexPayouts(data.payouts, deals, index);
    const trace: TraceStep[] = [programmeStep(p), ...index.trace];
    const candidates = rewardCandidates(deals, index, p, clock, asOfMs, trace);
    const households = (id: string) => index.customers.get(id)?.household ?? id;
    const lines = linesOf(candidates, payouts, p, clock, asOfMs, households, trace);
    for (const paid of [...payouts.values()].sort((a, b) => lineKey(a.deal, a.referrer, a.level) < lineKey(b.deal, b.referrer, b.level) ? -1 : 1)) {
      const d = deals.get(paid.deal)!;
      const paidMs = instantMs(paid.paidAt)!;
      const fen = toFen(paid.amount);
      const base = { deal: d.id, buyer: d.buyer, referrer: paid.referrer, level: paid.level };
      lines.push({ ...base, id: `${d.id}/${paid.level}/${paid.referrer}/reward`, kind: "reward", rule: "REF-RW-6", fen, status: "paid", ms: paidMs });
      trace.push(step("REF-RW-6", `${d.id}: ¥${paid.amount} paid to ${paid.referrer} no longer qualifies under this policy; a paid reward is never edited`, { deal: d.id }));
      const cancelled = instantMs(d.cancelledAt);
      if (cancelled !== undefined && cancelled <= asOfMs && clock.localDate(cancelled) <= addDays(clock.localDate(paidMs), p.clawbackDays)) {
        lines.push({ ...base, id: `${d.id}/${paid.level}/${paid.referrer}/clawback`, kind: "clawback", rule: "REF-CLW-1", fen: -fen, status: "clawed-back", ms: cancelled });
      }
    }
    lines.sort((a, b) => a.ms - b.ms || (a.deal < b.deal ? -1 : a.deal > b.deal ? 1 : 0) || a.level - b.level || (a.referrer < b.referrer ? -1 : a.referrer > b.referrer ? 1 : 0) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    const totals = rewardTotals(lines);
    return {
      lines: lines.map(({ fen, ms, ...rest }) => ({ ...rest, amount: fenToYuan(fen), at: clock.format(ms) })),
      totals: totals.byReferrer,
      total: totals.all,
      trace,
    };
  });
}
