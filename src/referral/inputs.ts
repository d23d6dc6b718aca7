import type * as z from "zod";
import type { referralCustomerSchema, referralDealSchema, referralGraphInputSchema, referralPayoutSchema, referralRewardsInputSchema, referralSchema } from "./schema";

/**
 * The referral inputs as named interfaces, one comment per field, for editors and the API
 * docs. The zod schemas in schema.ts stay the one description of each shape: the checks at the
 * end of this file fail to compile if an interface and its schema's input type ever differ.
 */

/** A customer known to the office (REF-G-1, REF-G-4, REF-G-5, REF-TRG-3, REF-CAP-4). @category Referral */
export interface ReferralCustomerInput {
  /** The customer's id (1–200 characters), unique in the list. */
  id: string;
  /** Name, for people reading the output (at most 200 characters). */
  name?: string | undefined;
  /** Mobile number as recorded; equal numbers mean "same phone" (REF-G-1 / REF-FLG-1). */
  phone?: string | undefined;
  /** ID card or passport number; equal numbers mean the same person. */
  idNumber?: string | undefined;
  /** Household (家庭) id for the household cap (REF-CAP-4); defaults to the customer's own id. */
  household?: string | undefined;
  /** True for the developer's or agency's staff (REF-G-5, REF-FLG-3). Default false. */
  staff?: boolean | undefined;
  /** True for an owner named on a purchase contract outside `deals`, e.g. an earlier phase (REF-TRG-3). Default false. */
  owner?: boolean | undefined;
  /** First visit to the sales office (来访) or first call, ISO instant with offset (REF-G-4). */
  firstVisitAt?: string | undefined;
  /** When someone else (an agent or a channel) registered this customer (报备), ISO instant with offset (REF-G-4). */
  registeredAt?: string | undefined;
}

/** One referral: `referrer` introduced `referred` at `at` (REF-1, REF-5, ATT-2). @category Referral */
export interface ReferralInput {
  /** The referral's id, unique in the list. */
  id: string;
  /** The customer who made the introduction. */
  referrer: string;
  /** The customer introduced. */
  referred: string;
  /** When the referral was recorded (报备) with the office, ISO instant with offset. */
  at: string;
  /** Relation on the relationship map (REF-5). Default "other". */
  relation?: "family" | "friend" | "colleague" | "other" | undefined;
  /** In person (亲自带领上门) or by phone (电话介绍), ATT-2. Default "in-person". */
  via?: "in-person" | "phone" | undefined;
  /** The agent the referred customer asked for by name, if any (ATT-2 指明找销售人员A). */
  askedFor?: string | undefined;
}

/** A deal (成交) with the instants of its stages (REF-TRG-1, REF-TRG-2, REF-CLW-1). @category Referral */
export interface ReferralDealInput {
  /** The deal's id, unique in the list. */
  id: string;
  /** The buying customer's id. */
  buyer: string;
  /** The price in yuan: a decimal string or number, positive, at most 2 decimals. */
  price: string | number;
  /** When the sales contract was signed, ISO instant with offset. */
  contractSignedAt?: string | undefined;
  /** When the down payment arrived. */
  downPaymentAt?: string | undefined;
  /** When the loan was disbursed. */
  loanDisbursedAt?: string | undefined;
  /** When the price was paid in full. */
  paidInFullAt?: string | undefined;
  /** When the deal was cancelled (退房), if it was. */
  cancelledAt?: string | undefined;
}

/** A reward already paid out; a paid reward is never edited (REF-RW-6). @category Referral */
export interface ReferralPayoutInput {
  /** The deal the reward was for. */
  deal: string;
  /** Who was paid. */
  referrer: string;
  /** 1 = the direct referrer, 2 and 3 = deeper levels. Default 1. */
  level?: number | undefined;
  /** The amount paid, yuan (decimal string or number, not negative, at most 2 decimals). */
  amount: string | number;
  /** When it was paid, ISO instant with offset. */
  paidAt: string;
}

/** Input of `referralGraph`. @category Referral */
export interface ReferralGraphInput {
  /** Every customer a referral names (at most `referralLimits.customers`). */
  customers: ReferralCustomerInput[];
  /** Who referred whom (at most `referralLimits.referrals`). */
  referrals: ReferralInput[];
}

/** Input of `referralRewards`. @category Referral */
export interface ReferralRewardsInput extends ReferralGraphInput {
  /** The deals, referred or not (at most `referralLimits.deals`). */
  deals: ReferralDealInput[];
  /** Rewards already paid (at most `referralLimits.payouts`). Default none. */
  payouts?: ReferralPayoutInput[] | undefined;
  /** The moment the rewards are computed for: nothing after it counts. ISO instant with offset. */
  asOf: string;
}

/** True when `A` and `B` are assignable both ways. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only when its argument is `true`. */
export type Holds<T extends true> = T;

/** Compile-time checks: each interface is exactly its schema's input type. */
export type InputsMatchSchemas = [
  Holds<Same<ReferralCustomerInput, z.input<typeof referralCustomerSchema>>>,
  Holds<Same<ReferralInput, z.input<typeof referralSchema>>>,
  Holds<Same<ReferralDealInput, z.input<typeof referralDealSchema>>>,
  Holds<Same<ReferralPayoutInput, z.input<typeof referralPayoutSchema>>>,
  Holds<Same<ReferralGraphInput, z.input<typeof referralGraphInputSchema>>>,
  Holds<Same<ReferralRewardsInput, z.input<typeof referralRewardsInputSchema>>>,
];
