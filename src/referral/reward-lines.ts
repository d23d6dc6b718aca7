import { mulDivHalfUp, toFen, toRatio } from "../core/money";
import { addDays, instantMs, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import type { RuleId } from "../core/rules";
import type { ReferralPolicy } from "./policy";
import { baseRewardFen, CapBook, periodKey, rewardRule, type BaseReward, type RewardRule } from "./reward-base";
import { lineKey, type Candidate } from "./reward-candidates";
import type { DraftLine, ReferralLineStatus } from "./reward-totals";
import type { ReferralPayout } from "./schema";

function tierCounts(candidates: readonly Candidate[], policy: ReferralPolicy): { rank: Map<string, number>; count: Map<string, number>; earned: Map<string, number[]> } {
  const rank = new Map<string, number>();
  const count = new Map<string, number>();
  // When the referrer's 1st, 2nd … deal of each period was earned: a flat tier's top-up is due from the deal that reached its band.
  const earned = new Map<string, number[]>();
  const period = policy.reward.kind === "tiered" ? policy.reward.period : "all";
  for (const c of candidates) {
    if (c.cancelledInWindow) continue;
    const key = `${c.direct}\u0000${periodKey(c.earnedDate, period)}`;
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    const times = earned.get(key);
    if (times) times.push(c.earned);
    else earned.set(key, [c.earned]);
    rank.set(c.deal.id, n);
  }
  return { rank, count, earned };
}

/** The trace step of one reward line, uncapped: the rule's `reward` fact with the figures its template names. */
function rewardStep(rule: RewardRule, policy: ReferralPolicy, c: Candidate, level: number, referrer: string, base: BaseReward, baseYuan: string, amount: string, status: string, rank: number, count: number): TraceStep {
  const common = { deal: c.deal.id, referrer, level, base: baseYuan, amount, status };
  const r = policy.reward;
  if (rule === "REF-RW-5") return step(rule, "reward", { ...common, share: policy.levels[level - 1] ?? "0" });
  if (r.kind === "percent") return step(rule, "reward", { ...common, rate: r.rate });
  if (r.kind === "tiered") return step(rule, "reward", r.mode === "flat" ? { ...common, period: r.period, count, from: base.from } : { ...common, period: r.period, rank, from: base.from });
  return step(rule, "reward", common);
}

/**
 * The reward, top-up and clawback lines of the earned deals, in the order they were earned:
 * amounts, caps, statuses and payouts (REF-RW-*, REF-CAP-*, REF-TRG-4, REF-CLW-*). Matched
 * payouts are removed from `payouts`; what is left was paid for lines that no longer qualify.
 * `yuan` turns fen into the shared yuan strings of the output.
 */
export function linesOf(candidates: readonly Candidate[], payouts: Map<string, ReferralPayout>, policy: ReferralPolicy, clock: ZoneClock, asOfMs: number, households: (id: string) => string, trace: TraceStep[], yuan: (fen: number) => string): DraftLine[] {
  const lines: DraftLine[] = [];
  const caps = new CapBook(policy.caps);
  const { rank, count, earned } = tierCounts(candidates, policy);
  const period = policy.reward.kind === "tiered" ? policy.reward.period : "all";
  const asOfDate = clock.localDate(asOfMs);
  const ratios = policy.levels.map((share) => toRatio(share));
  const rules: RewardRule[] = policy.levels.map((_, i) => (i === 0 ? rewardRule(policy.reward) : "REF-RW-5"));
  const days = policy.clawbackDays;
  for (const c of candidates) {
    const d = c.deal;
    const tierKey = `${c.direct}\u0000${periodKey(c.earnedDate, period)}`;
    const dealRank = rank.get(d.id) ?? 1;
    const dealCount = count.get(tierKey) ?? 1;
    const base = baseRewardFen(policy.reward, toFen(d.price), dealRank, dealCount);
    const reviewed = asOfDate >= addDays(c.earnedDate, policy.reviewDays);
    for (const r of c.recipients) {
      const { num, den } = ratios[r.level - 1] ?? { num: 0, den: 1 };
      const fen = mulDivHalfUp(base.fen, num, den);
      // Payouts are matched by line; without any, no key is built.
      const key = payouts.size > 0 ? lineKey(d.id, r.referrer, r.level) : "";
      const paid = payouts.size > 0 ? payouts.get(key) : undefined;
      if (paid) payouts.delete(key);
      const rule = rules[r.level - 1] ?? "REF-RW-5";
      const keys = caps.keys({ deal: d.id, referrer: r.referrer, earnedDate: c.earnedDate, household: () => households(d.buyer) });
      if (c.cancelledInWindow) {
        if (paid) {
          const paidFen = toFen(paid.amount);
          caps.use(paidFen, keys);
          lines.push(draft(d, r, "reward", rule, paidFen, "paid", instantMs(paid.paidAt)!));
          lines.push(draft(d, r, "clawback", "REF-CLW-1", -paidFen, "clawed-back", c.stages.cancelled!));
          trace.push(step("REF-CLW-1", "clawed-back", { deal: d.id, referrer: r.referrer, days, amount: yuan(paidFen) }));
        } else {
          trace.push(step("REF-CLW-2", "withdrawn", { deal: d.id, referrer: r.referrer, days }));
        }
        continue;
      }
      const capped = caps.apply(fen, keys);
      const status: ReferralLineStatus = r.flags.length > 0 ? "flagged" : reviewed ? "approved" : "pending";
      if (paid) {
        const paidFen = toFen(paid.amount);
        caps.use(Math.max(paidFen, capped.fen), keys);
        lines.push(draft(d, r, "reward", rule, paidFen, "paid", instantMs(paid.paidAt)!));
        if (capped.fen > paidFen) {
          // Due from when the deal earned it, or when a later deal lifted the flat tier (the deal whose count reached the band), and never before the payout.
          const due = Math.max(c.earned, earned.get(tierKey)?.[base.from - 1] ?? c.earned);
          lines.push(draft(d, r, "top-up", "REF-RW-6", capped.fen - paidFen, status, Math.max(instantMs(paid.paidAt)!, due)));
          trace.push(step("REF-RW-6", "top-up", { deal: d.id, referrer: r.referrer, paid: yuan(paidFen), due: yuan(capped.fen), topUp: yuan(capped.fen - paidFen) }));
        } else if (capped.fen < paidFen) {
          trace.push(step("REF-RW-6", "overpaid", { deal: d.id, referrer: r.referrer, paid: yuan(paidFen), due: yuan(capped.fen) }));
        }
        continue;
      }
      caps.use(capped.fen, keys);
      const amount = yuan(capped.fen);
      const shown = capped.fen > 0 ? status : "no-line";
      trace.push(
        capped.bit
          ? step(capped.bit.rule, "capped", { deal: d.id, referrer: r.referrer, due: yuan(fen), cap: yuan(capped.bit.fen), amount, status: shown })
          : rewardStep(rule, policy, c, r.level, r.referrer, base, yuan(fen), amount, shown, dealRank, dealCount),
      );
      if (r.flags.length) trace.push(step("REF-TRG-4", "held", { deal: d.id, referrer: r.referrer, flags: r.flags }));
      if (capped.fen > 0) lines.push(draft(d, r, "reward", rule, capped.fen, status, c.earned));
    }
  }
  return lines;
}

/** A draft line of deal `d` to recipient `r`. */
function draft(d: Candidate["deal"], r: Candidate["recipients"][number], kind: DraftLine["kind"], rule: RuleId, fen: number, status: ReferralLineStatus, ms: number): DraftLine {
  return { id: `${d.id}/${r.level}/${r.referrer}/${kind}`, deal: d.id, buyer: d.buyer, referrer: r.referrer, level: r.level, kind, rule, fen, status, ms };
}
