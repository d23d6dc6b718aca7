import { fenToYuan } from "../core/money";
import type { RuleId } from "../core/rules";

/** Status of a reward line. @category Referral */
export type ReferralLineStatus = "pending" | "approved" | "flagged" | "paid" | "clawed-back";

/** One line of {@link referralRewards}: a reward, a top-up, or a clawback (negative). @category Referral */
export interface ReferralRewardLine {
  readonly id: string;
  readonly deal: string;
  readonly buyer: string;
  readonly referrer: string;
  /** 1 = the direct referrer; 2–3 = deeper levels (REF-RW-5). */
  readonly level: number;
  readonly kind: "reward" | "top-up" | "clawback";
  readonly rule: RuleId;
  /** Yuan with 2 decimals; negative for a clawback. */
  readonly amount: string;
  readonly status: ReferralLineStatus;
  /** When the line arose: the deal's earning instant, or its cancellation for a clawback. */
  readonly at: string;
}

/** Totals of one referrer (or of everyone). @category Referral */
export interface ReferralTotals {
  /** Sum of reward and top-up lines. */
  readonly rewards: string;
  /** Sum of clawbacks, as a positive amount. */
  readonly clawbacks: string;
  /** rewards − clawbacks, to the fen. */
  readonly total: string;
  readonly paid: string;
  readonly approved: string;
  readonly pending: string;
  readonly flagged: string;
  /** The next payout: approved lines less clawbacks (negative: carried against later rewards). */
  readonly payable: string;
}

/** A line while it is computed: amount in fen, time in ms. */
export interface DraftLine extends Omit<ReferralRewardLine, "amount" | "at"> {
  readonly fen: number;
  readonly ms: number;
}

interface Sums {
  rewards: number;
  clawbacks: number;
  paid: number;
  approved: number;
  pending: number;
  flagged: number;
}

function add(s: Sums, line: DraftLine): void {
  if (line.kind === "clawback") s.clawbacks += -line.fen;
  else {
    s.rewards += line.fen;
    if (line.status === "paid") s.paid += line.fen;
    else if (line.status === "approved") s.approved += line.fen;
    else if (line.status === "pending") s.pending += line.fen;
    else if (line.status === "flagged") s.flagged += line.fen;
  }
}

function show(s: Sums, yuan: (fen: number) => string): ReferralTotals {
  return {
    rewards: yuan(s.rewards),
    clawbacks: yuan(s.clawbacks),
    total: yuan(s.rewards - s.clawbacks),
    paid: yuan(s.paid),
    approved: yuan(s.approved),
    pending: yuan(s.pending),
    flagged: yuan(s.flagged),
    payable: yuan(s.approved - s.clawbacks),
  };
}

/** {@link show} with `referrer` first. */
function showFor(referrer: string, s: Sums, yuan: (fen: number) => string): ReferralTotals & { referrer: string } {
  return { referrer, ...show(s, yuan) };
}

/**
 * `fenToYuan` with the strings of amounts already seen reused: reward amounts repeat (a fixed
 * reward, its shares, zero totals), so a large run keeps one string per distinct amount.
 */
export function yuanStrings(): (fen: number) => string {
  const seen = new Map<number, string>();
  return (fen) => {
    let text = seen.get(fen);
    if (text === undefined) seen.set(fen, (text = fenToYuan(fen)));
    return text;
  };
}

/** Totals per referrer (sorted by id) and for everyone. */
export function rewardTotals(lines: readonly DraftLine[], yuan: (fen: number) => string = yuanStrings()): { byReferrer: (ReferralTotals & { referrer: string })[]; all: ReferralTotals } {
  const zero = (): Sums => ({ rewards: 0, clawbacks: 0, paid: 0, approved: 0, pending: 0, flagged: 0 });
  const all = zero();
  const per = new Map<string, Sums>();
  for (const line of lines) {
    add(all, line);
    let s = per.get(line.referrer);
    if (!s) per.set(line.referrer, (s = zero()));
    add(s, line);
  }
  const ids = [...per.keys()].sort();
  return { byReferrer: ids.map((referrer) => showFor(referrer, per.get(referrer)!, yuan)), all: show(all, yuan) };
}
