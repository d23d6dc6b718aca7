import * as z from "zod";
import { idSchema, instantSchema, intSchema, moneySchema } from "../core/schema";

/**
 * The data the referral module reads: customers, referrals (who referred whom, when), deals
 * with their stage instants, and rewards already paid.
 */

/**
 * The most items each list of a referral input may hold. A longer list is refused with
 * `OUT_OF_RANGE` at its path before any work proportional to its length is done.
 *
 * @example
 * ```ts
 * referralLimits.customers; //=> 2000000
 * referralLimits.deals; //=> 1000000
 * ```
 * @category Referral
 */
export const referralLimits = {
  /** Customers in one call. */
  customers: 2_000_000,
  /** Referrals in one call (also the referrals of a graph passed back in). */
  referrals: 2_000_000,
  /** Deals in one call. */
  deals: 1_000_000,
  /** Payouts already made, in one call. */
  payouts: 1_000_000,
  /** Contact events and register entries passed through to attribution by `referralAgentCredit`. */
  events: 2_000_000,
  /** Owner ids given to `ownerCircle`. */
  owners: 2_000_000,
} as const;

/**
 * A customer known to the office: contact details for the self-referral checks, the household
 * for the household cap, and the instants that make someone "already known".
 *
 * @remarks REF-G-1, REF-G-4, REF-G-5, REF-TRG-3, REF-CAP-4 (practice).
 * @category Referral
 */
export const referralCustomerSchema = z.strictObject({
  id: idSchema,
  /** Name, for people reading the output. */
  name: z.string().max(200).optional(),
  /** Mobile number as recorded; equal numbers mean "same phone" (REF-G-1 / REF-FLG-1). */
  phone: z.string().min(1).max(40).optional(),
  /** ID card or passport number. */
  idNumber: z.string().min(1).max(40).optional(),
  /** Household (家庭) id; defaults to the customer's own id. */
  household: z.optional(idSchema),
  /** True for the developer's or agency's staff (REF-G-5). */
  staff: z.boolean().default(false),
  /** True for an owner named on a purchase contract outside `deals` (an earlier phase). */
  owner: z.boolean().default(false),
  /** First visit to the sales office (来访) or first call, if any. */
  firstVisitAt: z.optional(instantSchema),
  /** When someone else (an agent or a channel) registered this customer (报备), if anyone did. */
  registeredAt: z.optional(instantSchema),
});

/**
 * One referral: `referrer` introduced `referred` at `at` (registered with the office).
 *
 * @remarks REF-1 (record name, phone, work), REF-5 (relation): 《房地产客户跟踪及维护技巧》.
 * @category Referral
 */
export const referralSchema = z.strictObject({
  id: idSchema,
  referrer: idSchema,
  referred: idSchema,
  /** When the referral was recorded (报备) with the office. */
  at: instantSchema,
  /** Relation on the relationship map (REF-5): family, friend, colleague (or partner), other. */
  relation: z.enum(["family", "friend", "colleague", "other"]).default("other"),
  /** How the introduction was made: in person (亲自带领上门) or by phone (电话介绍) — ATT-2. */
  via: z.enum(["in-person", "phone"]).default("in-person"),
  /** The agent the referred customer asked for by name, if any (ATT-2 指明找销售人员A). */
  askedFor: z.optional(idSchema),
});

/**
 * A deal (成交): the buyer, the price, and the instants of its stages.
 *
 * @remarks REF-TRG-1, REF-TRG-2, REF-CLW-1 (practice).
 * @category Referral
 */
export const referralDealSchema = z.strictObject({
  id: idSchema,
  buyer: idSchema,
  price: moneySchema("positive"),
  contractSignedAt: z.optional(instantSchema),
  downPaymentAt: z.optional(instantSchema),
  loanDisbursedAt: z.optional(instantSchema),
  paidInFullAt: z.optional(instantSchema),
  cancelledAt: z.optional(instantSchema),
});

/**
 * A reward already paid out; a paid reward is never edited (REF-RW-6).
 *
 * @category Referral
 */
export const referralPayoutSchema = z.strictObject({
  deal: idSchema,
  referrer: idSchema,
  /** 1 = the direct referrer, 2 and 3 = deeper levels. */
  level: z._default(intSchema(1, 3), 1),
  amount: moneySchema("nonnegative"),
  paidAt: instantSchema,
});

/**
 * Input of {@link referralGraph}: the customers and the referrals between them.
 *
 * @category Referral
 */
export const referralGraphInputSchema = z.strictObject({
  customers: z.array(referralCustomerSchema).max(referralLimits.customers),
  referrals: z.array(referralSchema).max(referralLimits.referrals),
});

/**
 * An accepted referral as {@link referralGraph} returns it.
 *
 * @category Referral
 */
export const acceptedReferralSchema = z.object(referralSchema.shape);

/**
 * A graph as {@link referralGraph} returns it (only `referrals` is read back).
 *
 * @category Referral
 */
export const referralGraphSchema = z.object({ referrals: z.array(acceptedReferralSchema).max(referralLimits.referrals) });

/**
 * Input of {@link referralRewards}.
 *
 * @category Referral
 */
export const referralRewardsInputSchema = z.strictObject({
  customers: z.array(referralCustomerSchema).max(referralLimits.customers),
  referrals: z.array(referralSchema).max(referralLimits.referrals),
  deals: z.array(referralDealSchema).max(referralLimits.deals),
  payouts: z.array(referralPayoutSchema).max(referralLimits.payouts).default([]),
  /** The moment the rewards are computed for: nothing after it counts. */
  asOf: instantSchema,
});

/**
 * A deal as {@link networkValue} reads it: buyer and price.
 *
 * @category Referral
 */
export const referralNetworkDealSchema = z.object({ id: idSchema, buyer: idSchema, price: moneySchema("positive"), cancelledAt: z.optional(instantSchema) });

export type { ReferralCustomerInput, ReferralDealInput, ReferralGraphInput, ReferralInput, ReferralPayoutInput, ReferralRewardsInput } from "./inputs";
/** A graph as the chain functions accept it. @category Referral */
export type ReferralGraphData = { readonly referrals: readonly z.input<typeof acceptedReferralSchema>[] };
/** @category Referral */
export type ReferralCustomer = z.output<typeof referralCustomerSchema>;
/** @category Referral */
export type Referral = z.output<typeof referralSchema>;
/** @category Referral */
export type ReferralDeal = z.output<typeof referralDealSchema>;
/** @category Referral */
export type ReferralPayout = z.output<typeof referralPayoutSchema>;
