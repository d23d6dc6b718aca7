
/**
 * The named input types of the referral module's policy, pool and growth, with a word on every
 * field (the data inputs — customers, referrals, deals, payouts — are in inputs.ts). Each shape's
 * one description is its zod schema: beside each schema a `true satisfies SameInput<…>` line stops
 * compiling when the interface and the schema drift apart. Money is in yuan, as a string or a
 * number with at most 2 decimals ("5000", 5000); rates are fractions ("0.005" = 0.5%); instants
 * and calendar days are read in the policy's time zone.
 */

/** A fixed reward for each referred deal, in yuan (REF-RW-1). @category Referral */
export interface ReferralFixedRewardInput {
  readonly kind: "fixed";
  /** The reward a deal, in yuan: ≥ 0, at most 2 decimals. */
  readonly amount: string | number;
}

/** A reward as a share of the deal's price, half-up to the fen (REF-RW-2). @category Referral */
export interface ReferralPercentRewardInput {
  readonly kind: "percent";
  /** The share of the price, a fraction 0–1 with at most 12 decimals ("0.005" = 0.5%). */
  readonly rate: string | number;
}

/** A tier band that pays a fixed sum, in yuan, from its deal number on. @category Referral */
export interface ReferralTierAmountBandInput {
  /** The referrer's deal number in the period from which the band applies: whole number 1–1,000,000; the first band starts at 1, later ones at increasing numbers. */
  readonly from: number;
  /** The reward a deal, in yuan: ≥ 0, at most 2 decimals. */
  readonly amount: string | number;
}

/** A tier band that pays a share of the deal's price from its deal number on. @category Referral */
export interface ReferralTierRateBandInput {
  /** The referrer's deal number in the period from which the band applies: whole number 1–1,000,000; the first band starts at 1, later ones at increasing numbers. */
  readonly from: number;
  /** The share of the price, a fraction 0–1 with at most 12 decimals, half-up to the fen. */
  readonly rate: string | number;
}

/** One band of a tiered reward: a fixed sum (`amount`) or a share of the price (`rate`). @category Referral */
export type ReferralTierBandInput = ReferralTierAmountBandInput | ReferralTierRateBandInput;

/**
 * A tiered reward: the more deals a referrer brings in a period, the higher the band
 * (REF-RW-3 flat, REF-RW-4 stepped).
 *
 * @category Referral
 */
export interface ReferralTieredRewardInput {
  readonly kind: "tiered";
  /** The period the referrer's deals are counted over: a calendar `"month"`, a calendar `"year"` (of the day the reward is earned, in the policy's zone) or `"all"` time; default `"year"`. */
  readonly period?: "month" | "year" | "all" | undefined;
  /** `"flat"`: every deal of the period at the band the referrer's count reaches (REF-RW-3); `"stepped"`: each deal at the band of its own rank (REF-RW-4). Default `"stepped"`. */
  readonly mode?: "flat" | "stepped" | undefined;
  /** The bands, at least one: the first from deal 1, then in increasing order of `from`. */
  readonly bands: readonly ReferralTierBandInput[];
}

/** The reward for one referred deal, by `kind`: fixed, percent of the price, or tiered. @category Referral */
export type ReferralRewardInput = ReferralFixedRewardInput | ReferralPercentRewardInput | ReferralTieredRewardInput;

/** Caps on rewards, in yuan (≥ 0, at most 2 decimals); a cap left out is no cap (REF-CAP-1 … REF-CAP-4). @category Referral */
export interface ReferralCapsInput {
  /** The most one deal pays, all levels together (REF-CAP-1). */
  readonly perDeal?: string | number | undefined;
  /** The most one referrer earns in a calendar month (REF-CAP-2). */
  readonly perReferrerMonth?: string | number | undefined;
  /** The most one referrer earns in a calendar year (REF-CAP-3). */
  readonly perReferrerYear?: string | number | undefined;
  /** The most paid for the deals of one buying household (REF-CAP-4). */
  readonly perHousehold?: string | number | undefined;
}

/** Many referrals in a short time (REF-FLG-2): `count` or more accepted referrals by one referrer within `days` calendar days are flagged. @category Referral */
export interface ReferralBurstInput {
  /** How many referrals make a burst: whole number 2–1,000,000. */
  readonly count: number;
  /** Within how many calendar days, in the policy's zone: whole number 1–3660. */
  readonly days: number;
}

/**
 * A referral programme as callers write it (`referralPolicySchema`): how much, to whom, when,
 * with which caps, flags and windows. Every field has a default, so `{}` is a valid policy (a
 * reward of 0); start from one of `referralPresets` (`girard`, `laodaixin`) and change what differs.
 *
 * @category Referral
 */
export interface ReferralPolicyInput {
  /** The project's IANA time zone, for calendar days, months and years; default `"Asia/Shanghai"`. */
  readonly timeZone?: string | undefined;
  /** The reward for one referred deal (REF-RW-1 … REF-RW-4); default a fixed 0. */
  readonly reward?: ReferralRewardInput | undefined;
  /**
   * The share of the reward each level gets, a fraction 0–1 (at most 12 decimals): entry 1 is the
   * direct referrer, entry 2 the referrer's referrer, entry 3 the next (REF-RW-5). 1–3 entries,
   * never increasing (`["1", "0.5"]` also pays the referrer's referrer half); default `["1"]`.
   */
  readonly levels?: readonly (string | number)[] | undefined;
  /** Caps on rewards (REF-CAP-1 … REF-CAP-4); default none. */
  readonly caps?: ReferralCapsInput | undefined;
  /** When a deal earns the reward: at `"contract-signed"` (REF-TRG-1), or `"contract-and-payment"` — the contract and then full payment, or the down payment and the loan (REF-TRG-2). Default `"contract-signed"`. */
  readonly trigger?: "contract-signed" | "contract-and-payment" | undefined;
  /** The referrer must be an owner on a purchase contract when referring, else gets no reward (REF-TRG-3); default false. */
  readonly referrerMustBeOwner?: boolean | undefined;
  /** The referred must not have visited or been registered by someone else before the referral, else the referral is refused (REF-G-4); default true. */
  readonly referredMustBeNew?: boolean | undefined;
  /** A referrer who is staff of the developer or agency: refused (`"reject"`), flagged for review (`"flag"`) or allowed (REF-G-5, REF-FLG-3); default `"flag"`. */
  readonly staff?: "reject" | "flag" | "allow" | undefined;
  /** A referred customer with the referrer's phone or ID number: refused (`"reject"`) or flagged for review (`"flag"`) (REF-G-1, REF-FLG-1); default `"flag"`. */
  readonly sharedContact?: "reject" | "flag" | undefined;
  /** Flag many referrals by one referrer in a short time (REF-FLG-2); default no burst check. */
  readonly burst?: ReferralBurstInput | undefined;
  /** Calendar days after earning before an unflagged reward is approved (REF-TRG-4): whole number 0–3660; default 0 (approved at once). */
  readonly reviewDays?: number | undefined;
  /**
   * Calendar days after earning in which the deal's cancellation claws a paid reward back (a
   * negative line, REF-CLW-1) or withdraws an unpaid one (REF-CLW-2): whole number 0–3660;
   * default 0 (only a cancellation on the day the reward was earned).
   */
  readonly clawbackDays?: number | undefined;
}

/** One recipient of a pool and their weight. @category Referral */
export interface ReferralPoolWeightInput {
  /** The recipient's id (1–200 characters), once in the list. */
  readonly id: string;
  /** The recipient's weight: a decimal ≥ 0 with at most 12 decimals and 15 digits before the point; only its ratio to the others counts. */
  readonly weight: string | number;
}

/** What `splitPool` takes (`referralPoolSchema`, REF-POOL-1): a pool in yuan and a weight per recipient. @category Referral */
export interface ReferralPoolInput {
  /** The pool in yuan: ≥ 0, at most 2 decimals. */
  readonly amount: string | number;
  /** The recipients in the order the parts come back: at least one, each id once, at least one weight above 0. */
  readonly weights: readonly ReferralPoolWeightInput[];
}

/** What `projectReferralGrowth` takes (`referralGrowthInputSchema`, REF-4, REF-3). @category Referral */
export interface ReferralGrowthInput {
  /** The customers who start the chain: whole number 1–1,000,000,000; default 1. */
  readonly initial?: number | undefined;
  /** New customers each customer of the previous round brings: whole number 0–1,000,000; default 2 (《房地产客户跟踪及维护技巧》). */
  readonly perCustomer?: number | undefined;
  /** How many rounds to project: whole number 0–1000 (12 rounds from 1 customer: 8,190 new). */
  readonly rounds: number;
  /** The close rate of referred customers, a fraction 0–1 with at most 12 decimals (REF-3: "0.4"), to project deals; none when left out. */
  readonly closeRate?: string | number | undefined;
}
