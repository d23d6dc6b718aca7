import { mulDivHalfUp, toFen, toRatio } from "../core/money";
import { instantMs } from "../core/time";
import type { ReferralPolicy } from "./policy";
import type { ReferralDeal } from "./schema";

/** A deal's stage instants in ms, only those at or before `asOf`. */
export interface DealStages {
  readonly contract?: number;
  readonly down?: number;
  readonly loan?: number;
  readonly full?: number;
  readonly cancelled?: number;
}

/** The instant in ms of a stage's text when it is known at `asOfMs`, else undefined. */
function knownAt(text: string | undefined, asOfMs: number): number | undefined {
  if (text === undefined) return undefined;
  const ms = instantMs(text) ?? 0;
  return ms <= asOfMs ? ms : undefined;
}

/** The stage instants of a deal as known at `asOfMs` (one object, no closures: this runs once per deal). */
export function dealStages(deal: ReferralDeal, asOfMs: number): DealStages {
  const out: { -readonly [K in keyof DealStages]?: number } = {};
  const contract = knownAt(deal.contractSignedAt, asOfMs);
  if (contract !== undefined) out.contract = contract;
  const down = knownAt(deal.downPaymentAt, asOfMs);
  if (down !== undefined) out.down = down;
  const loan = knownAt(deal.loanDisbursedAt, asOfMs);
  if (loan !== undefined) out.loan = loan;
  const full = knownAt(deal.paidInFullAt, asOfMs);
  if (full !== undefined) out.full = full;
  const cancelled = knownAt(deal.cancelledAt, asOfMs);
  if (cancelled !== undefined) out.cancelled = cancelled;
  return out;
}

/**
 * The instant a deal earned the reward under the policy's trigger (REF-TRG-1/2), or
 * undefined when it has not (yet), or was cancelled before it did.
 */
export function triggerMs(s: DealStages, trigger: ReferralPolicy["trigger"]): number | undefined {
  if (s.contract === undefined) return undefined;
  let at: number | undefined = s.contract;
  if (trigger === "contract-and-payment") {
    const financed = s.down !== undefined && s.loan !== undefined ? Math.max(s.down, s.loan) : undefined;
    const paid = s.full !== undefined && financed !== undefined ? Math.min(s.full, financed) : (s.full ?? financed);
    at = paid === undefined ? undefined : Math.max(s.contract, paid);
  }
  if (at === undefined || (s.cancelled !== undefined && s.cancelled <= at)) return undefined;
  return at;
}

/** The rules of a reward line (REF-RW-1 … 5). */
export type RewardRule = "REF-RW-1" | "REF-RW-2" | "REF-RW-3" | "REF-RW-4" | "REF-RW-5";
/** The rules of a cap (REF-CAP-1 … 4). */
export type CapRule = "REF-CAP-1" | "REF-CAP-2" | "REF-CAP-3" | "REF-CAP-4";

/** The rule of the level-1 reward under the policy's reward kind. */
export function rewardRule(reward: ReferralPolicy["reward"]): Exclude<RewardRule, "REF-RW-5"> {
  if (reward.kind === "fixed") return "REF-RW-1";
  if (reward.kind === "percent") return "REF-RW-2";
  return reward.mode === "flat" ? "REF-RW-3" : "REF-RW-4";
}

/** The period a tier count runs over, as a key ("2024-03", "2024", "all"). */
export function periodKey(localDate: string, period: "month" | "year" | "all"): string {
  return period === "month" ? localDate.slice(0, 7) : period === "year" ? localDate.slice(0, 4) : "all";
}

/** A deal's base reward: the amount in fen and, for tiers, the band's first deal number. */
export interface BaseReward {
  readonly fen: number;
  /** The `from` of the band applied (1 when the reward is not tiered). */
  readonly from: number;
}

/**
 * The base reward in fen for a deal of price `priceFen`, given the referrer's rank of this
 * deal in the period (`rank`, 1-based) and the period's final count (`count`).
 */
export function baseRewardFen(reward: ReferralPolicy["reward"], priceFen: number, rank: number, count: number): BaseReward {
  if (reward.kind === "fixed") return { fen: toFen(reward.amount), from: 1 };
  const ofPrice = (rate: string) => {
    const { num, den } = toRatio(rate);
    return mulDivHalfUp(priceFen, num, den);
  };
  if (reward.kind === "percent") return { fen: ofPrice(reward.rate), from: 1 };
  const n = reward.mode === "flat" ? count : rank;
  let band = reward.bands[0]!;
  for (const b of reward.bands) if (b.from <= n) band = b;
  return { fen: "amount" in band ? toFen(band.amount) : ofPrice(band.rate), from: band.from };
}

/** The caps still open, in fen, keyed by what they cap. */
export class CapBook {
  private readonly used = new Map<string, number>();
  /** The policy's caps that are set, each with its rule, amount in fen and key prefix. */
  private readonly active: readonly { readonly rule: CapRule; readonly fen: number; readonly what: "d" | "m" | "y" | "h" }[];
  constructor(caps: ReferralPolicy["caps"]) {
    const active: { rule: CapRule; fen: number; what: "d" | "m" | "y" | "h" }[] = [];
    if (caps.perDeal !== undefined) active.push({ rule: "REF-CAP-1", fen: toFen(caps.perDeal), what: "d" });
    if (caps.perReferrerMonth !== undefined) active.push({ rule: "REF-CAP-2", fen: toFen(caps.perReferrerMonth), what: "m" });
    if (caps.perReferrerYear !== undefined) active.push({ rule: "REF-CAP-3", fen: toFen(caps.perReferrerYear), what: "y" });
    if (caps.perHousehold !== undefined) active.push({ rule: "REF-CAP-4", fen: toFen(caps.perHousehold), what: "h" });
    this.active = active;
  }

  /** The keys of the set caps for one line, in the order of {@link CapBook.apply}; built once per line. */
  keys(k: { deal: string; referrer: string; earnedDate: string; household: () => string }): string[] {
    const out: string[] = [];
    for (const c of this.active) {
      if (c.what === "d") out.push(`d|${k.deal}`);
      else if (c.what === "m") out.push(`m|${k.referrer}\u0000${k.earnedDate.slice(0, 7)}`);
      else if (c.what === "y") out.push(`y|${k.referrer}\u0000${k.earnedDate.slice(0, 4)}`);
      else out.push(`h|${k.household()}`);
    }
    return out;
  }

  /** Applies every cap to `fen`; returns the allowed amount and the tightest cap that bit (its rule and amount), if any. */
  apply(fen: number, keys: readonly string[]): { fen: number; bit?: { rule: CapRule; fen: number } } {
    let bit: { rule: CapRule; fen: number } | undefined;
    let allowed = fen;
    for (let i = 0; i < this.active.length; i++) {
      const cap = this.active[i]!;
      const left = Math.max(0, cap.fen - (this.used.get(keys[i]!) ?? 0));
      if (allowed > left) {
        allowed = left;
        bit = { rule: cap.rule, fen: cap.fen };
      }
    }
    return bit === undefined ? { fen: allowed } : { fen: allowed, bit };
  }

  /** Records `fen` as used against every cap. */
  use(fen: number, keys: readonly string[]): void {
    for (const key of keys) this.used.set(key, (this.used.get(key) ?? 0) + fen);
  }
}
