import { fenToYuan, mulDivHalfUp, toFen, toRatio } from "../core/money";
import { addDays, instantMs, type ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import type { RuleId } from "../core/rules";
import type { ReferralPolicy } from "./policy";
import { baseRewardFen, CapBook, periodKey, rewardRule } from "./reward-base";
import { lineKey, type Candidate } from "./reward-candidates";
import type { DraftLine, ReferralLineStatus } from "./reward-totals";
import type { ReferralPayout } from "./schema";

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

/**
 * The reward, top-up and clawback lines of the earned deals, in the order they were earned:
 * amounts, caps, statuses and payouts (REF-RW-*, REF-CAP-*, REF-TRG-4, REF-CLW-*). Matched
 * payouts are removed from `payouts`; what is left was paid for lines that no longer qualify.
 */
export function linesOf(candidates: readonly Candidate[], payouts: Map<string, ReferralPayout>, policy: ReferralPolicy, clock: ZoneClock, asOfMs: number, households: (id: string) => string, trace: TraceStep[]): DraftLine[] {
  const lines: DraftLine[] = [];
  const caps = new CapBook(policy.caps);
  const { rank, count, last } = tierCounts(candidates, policy);
  const period = policy.reward.kind === "tiered" ? policy.reward.period : "all";
  const asOfDate = clock.localDate(asOfMs);
  const ratios = policy.levels.map((share) => toRatio(share));
  const rules = policy.levels.map((_, i) => (i === 0 ? rewardRule(policy.reward) : "REF-RW-5"));
  const shares = policy.levels.map((share, i) => (i === 0 ? "" : ` × share ${share} (level ${i + 1})`));
  for (const c of candidates) {
    const d = c.deal;
    const tierKey = `${c.direct}\u0000${periodKey(c.earnedDate, period)}`;
    const base = baseRewardFen(policy.reward, toFen(d.price), rank.get(d.id) ?? 1, count.get(tierKey) ?? 1);
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
          trace.push(step("REF-CLW-1", `${d.id}: cancelled within ${policy.clawbackDays} day(s) of earning; the paid ¥${fenToYuan(paidFen)} is clawed back from ${r.referrer}'s next payout`, { deal: d.id, referrer: r.referrer }));
        } else {
          trace.push(step("REF-CLW-2", `${d.id}: cancelled within ${policy.clawbackDays} day(s) of earning; the unpaid reward to ${r.referrer} is withdrawn`, { deal: d.id, referrer: r.referrer }));
        }
        continue;
      }
      const capped = caps.apply(fen, keys);
      const share = shares[r.level - 1] ?? "";
      const capSays = capped.bit.length ? `, capped by ${capped.bit.join(", ")} to ¥${fenToYuan(capped.fen)}` : "";
      const status: ReferralLineStatus = r.flags.length > 0 ? "flagged" : reviewed ? "approved" : "pending";
      if (paid) {
        const paidFen = toFen(paid.amount);
        caps.use(Math.max(paidFen, capped.fen), keys);
        lines.push(draft(d, r, "reward", rule, paidFen, "paid", instantMs(paid.paidAt)!));
        if (capped.fen > paidFen) {
          lines.push(draft(d, r, "top-up", "REF-RW-6", capped.fen - paidFen, status, Math.max(instantMs(paid.paidAt)!, last.get(tierKey) ?? c.earned)));
          trace.push(step("REF-RW-6", `${d.id}: ¥${fenToYuan(paidFen)} was paid to ${r.referrer}; ¥${fenToYuan(capped.fen)} is due now: a top-up of ¥${fenToYuan(capped.fen - paidFen)}`, { deal: d.id }));
        } else if (capped.fen < paidFen) {
          trace.push(step("REF-RW-6", `${d.id}: ¥${fenToYuan(paidFen)} was paid to ${r.referrer}, more than the ¥${fenToYuan(capped.fen)} due now; a paid reward is never edited`, { deal: d.id }));
        }
        continue;
      }
      caps.use(capped.fen, keys);
      const amount = fenToYuan(capped.fen);
      trace.push(step(capped.bit[0] ?? rule, `${d.id} → ${r.referrer}: ${base.says}${share}${capSays} = ¥${amount}, ${capped.fen > 0 ? status : "no line"}`, { deal: d.id, referrer: r.referrer, amount }));
      if (r.flags.length) trace.push(step("REF-TRG-4", `${d.id}: held for review — ${r.flags.join("; ")}`, { deal: d.id }));
      if (capped.fen > 0) lines.push(draft(d, r, "reward", rule, capped.fen, status, c.earned));
    }
  }
  return lines;
}

/** A draft line of deal `d` to recipient `r`. */
function draft(d: Candidate["deal"], r: Candidate["recipients"][number], kind: DraftLine["kind"], rule: RuleId, fen: number, status: ReferralLineStatus, ms: number): DraftLine {
  return { id: `${d.id}/${r.level}/${r.referrer}/${kind}`, deal: d.id, buyer: d.buyer, referrer: r.referrer, level: r.level, kind, rule, fen, status, ms };
}
