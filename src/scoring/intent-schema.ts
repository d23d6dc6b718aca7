import * as z from "zod";
import { compareDecimal } from "./decimal";
import { idSchema, intSchema, moneySchema, rateSchema } from "../core/schema";
import type { SameInput } from "../core/same-input";
import type { IntentPolicyInput, IntentProfileInput } from "./input-types";
// re-exported where they used to be defined, for code that imports them from here
export type { IntentPolicyInput, IntentProfileInput } from "./input-types";

/**
 * What the office knows about a customer's intent to buy.
 *
 * @remarks SCO-INT-A … SCO-INT-D (practice of Chinese sales offices: 客户意向分级).
 * @category Scoring
 */
export const intentProfileSchema = z.strictObject({
  id: idSchema,
  /** Signed a subscription agreement (认购). */
  subscribed: z.boolean().default(false),
  /** Deposit paid so far (定金), yuan. */
  depositPaid: z._default(moneySchema("nonnegative"), "0"),
  /** Queued or holding a VIP card (排卡 / 贵宾卡). */
  cardHolder: z.boolean().default(false),
  /** The agent's estimate that the customer buys, 0–1. */
  purchaseProbability: z.optional(rateSchema(1)),
  visited: z.boolean().default(false),
  /** Said what they want (a unit type, a budget, a time). */
  statedIntent: z.boolean().default(false),
  /** When the customer expects to buy, in days from now. */
  expectedPurchaseInDays: z.optional(intSchema(0, 36_500)),
  /** A peer from another project doing market research (同行踩盘). */
  peer: z.boolean().default(false),
  leftContact: z.boolean().default(true),
});

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<IntentProfileInput, typeof intentProfileSchema>;

/**
 * Thresholds of the intent grades. Defaults: the common practice preset
 * `scoringPresets.intentCommonPractice`.
 *
 * @remarks SCO-INT-A … SCO-INT-D (practice); the large deposit defaults to the ¥20,000
 * subscription deposit of 《房地产销售现场管理关系客户购买须知》篇2 §二.2.
 * @category Scoring
 */
export const intentPolicySchema = z
  .strictObject({
    /** A deposit of at least this makes an A (大定). */
    largeDeposit: z._default(moneySchema("positive"), "20000"),
    /** B+ from this probability up. */
    bPlusProbability: z._default(rateSchema(1), "0.7"),
    /** B from this probability up; below it B-. */
    bProbability: z._default(rateSchema(1), "0.4"),
    /** C+ when the customer expects to buy within this many days. */
    cPlusWithinDays: z._default(intSchema(0, 36_500), 30),
    /** C within this many days; later, C-. */
    cWithinDays: z._default(intSchema(0, 36_500), 90),
  })
  .refine((p) => compareDecimal(p.bProbability, p.bPlusProbability) <= 0, { path: ["bProbability"], message: "must not exceed bPlusProbability" })
  .refine((p) => p.cPlusWithinDays <= p.cWithinDays, { path: ["cPlusWithinDays"], message: "must not exceed cWithinDays" });

true satisfies SameInput<IntentPolicyInput, typeof intentPolicySchema>;

/** The intent grades, best first. @category Scoring */
export const intentGrades = ["a", "b-plus", "b", "b-minus", "c-plus", "c", "c-minus", "d"] as const;

/** One intent grade. @category Scoring */
export type IntentGrade = (typeof intentGrades)[number];
