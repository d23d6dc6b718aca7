import * as z from "zod";
import { intSchema, moneySchema, rateSchema, timeZoneSchema } from "../core/schema";
import type { SameInput } from "../core/same-input";
import type { ReferralPolicyInput, ReferralRewardInput, ReferralTierBandInput } from "./input-types";
// the named input type lives in input-types.ts; re-exported where it used to be defined
export type { ReferralPolicyInput } from "./input-types";

const bandSchema = z.union([
  z.strictObject({ from: intSchema(1, 1_000_000), amount: moneySchema("nonnegative") }),
  z.strictObject({ from: intSchema(1, 1_000_000), rate: rateSchema(1) }),
]);

true satisfies SameInput<ReferralTierBandInput, typeof bandSchema>;

const rewardSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("fixed"), amount: moneySchema("nonnegative") }),
  z.strictObject({ kind: z.literal("percent"), rate: rateSchema(1) }),
  z.strictObject({
    kind: z.literal("tiered"),
    period: z.enum(["month", "year", "all"]).default("year"),
    mode: z.enum(["flat", "stepped"]).default("stepped"),
    bands: z
      .array(bandSchema)
      .min(1)
      .superRefine((bands, ctx) => {
        if (bands[0] && bands[0].from !== 1) ctx.addIssue({ code: "custom", path: [0, "from"], message: "the first band must start at deal 1" });
        for (let i = 1; i < bands.length; i++) {
          if (bands[i]!.from <= bands[i - 1]!.from) ctx.addIssue({ code: "custom", path: [i, "from"], message: "bands must be in increasing order of `from`" });
        }
      }),
  }),
]);

true satisfies SameInput<ReferralRewardInput, typeof rewardSchema>;

/**
 * A referral programme as data: how much, to whom, when, with which caps, flags and windows.
 * Every number a source gives is a field here; presets fill them from their sources.
 *
 * @remarks REF-2, REF-RW-*, REF-CAP-*, REF-TRG-*, REF-FLG-*, REF-CLW-*, REF-G-* (《房地产客户跟踪及维护技巧》; common practice).
 * @category Referral
 */
export const referralPolicySchema = z.strictObject({
  timeZone: timeZoneSchema,
  /** The reward for one referred deal (REF-RW-1 … REF-RW-4). */
  reward: rewardSchema.default({ kind: "fixed", amount: "0" }),
  /**
   * Shares of the reward by level: `["1"]` pays only the direct referrer; `["1", "0.5"]` also
   * pays the referrer's referrer half. Never increasing; at most 3 levels (REF-RW-5).
   */
  levels: z
    .array(rateSchema(1))
    .min(1)
    .max(3, "never beyond 3 levels")
    .default(["1"])
    .superRefine((shares, ctx) => {
      for (let i = 1; i < shares.length; i++) {
        if (Number(shares[i]) > Number(shares[i - 1])) ctx.addIssue({ code: "custom", path: [i], message: "shares must decay: a deeper level never gets more" });
      }
    }),
  /** Caps in yuan; absent = no cap (REF-CAP-1 … REF-CAP-4). */
  caps: z
    .strictObject({
      perDeal: z.optional(moneySchema("nonnegative")),
      perReferrerMonth: z.optional(moneySchema("nonnegative")),
      perReferrerYear: z.optional(moneySchema("nonnegative")),
      perHousehold: z.optional(moneySchema("nonnegative")),
    })
    .default({}),
  /** When a deal earns the reward (REF-TRG-1, REF-TRG-2). */
  trigger: z.enum(["contract-signed", "contract-and-payment"]).default("contract-signed"),
  /** The referrer must be an owner on a purchase contract when referring (REF-TRG-3). */
  referrerMustBeOwner: z.boolean().default(false),
  /** The referred must not have visited or been registered before the referral (REF-G-4). */
  referredMustBeNew: z.boolean().default(true),
  /** A staff referrer: refused, flagged or allowed (REF-G-5, REF-FLG-3). */
  staff: z.enum(["reject", "flag", "allow"]).default("flag"),
  /** Same phone or ID number as the referrer: refused or flagged (REF-G-1, REF-FLG-1). */
  sharedContact: z.enum(["reject", "flag"]).default("flag"),
  /** `count` or more referrals by one referrer within `days` days are flagged (REF-FLG-2). */
  burst: z.strictObject({ count: intSchema(2, 1_000_000), days: intSchema(1, 3660) }).optional(),
  /** Calendar days after the trigger before an unflagged reward is approved (REF-TRG-4). */
  reviewDays: z._default(intSchema(0, 3660), 0),
  /** Calendar days after the trigger in which a cancellation claws the reward back (REF-CLW-1). */
  clawbackDays: z._default(intSchema(0, 3660), 0),
});

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<ReferralPolicyInput, typeof referralPolicySchema>;
/** A referral policy with every default filled. @category Referral */
export type ReferralPolicy = z.output<typeof referralPolicySchema>;

/**
 * Named referral programmes from real documents and common practice.
 *
 * - `girard` — Joe Girard's bird-dog plan (《房地产客户跟踪及维护技巧》): a fixed sum for each referred sale,
 *   always paid ("better to overpay 50 than miss one"), no caps, no review. The document's sum is
 *   US$25; shoulou keeps money in yuan, so the preset carries 25 as the amount and says so.
 * - `laodaixin` — a Chinese 老带新 programme as commonly written: the referrer must be an
 *   owner on a purchase contract, the referred a first-time visitor registered by no one
 *   else, the reward earned at contract plus payment, a review window, a clawback window.
 *
 * @remarks REF-2 (《房地产客户跟踪及维护技巧》); REF-TRG-*, REF-FLG-*, REF-CLW-*, REF-CAP-* (practice).
 * @category Referral
 */
export const referralPresets = {
  girard: {
    timeZone: "America/Detroit",
    reward: { kind: "fixed", amount: "25" },
    levels: ["1"],
    caps: {},
    trigger: "contract-signed",
    referrerMustBeOwner: true,
    referredMustBeNew: false,
    staff: "allow",
    sharedContact: "flag",
    reviewDays: 0,
    clawbackDays: 0,
  },
  laodaixin: {
    timeZone: "Asia/Shanghai",
    reward: { kind: "fixed", amount: "5000" },
    levels: ["1"],
    caps: { perDeal: "5000", perReferrerYear: "50000", perHousehold: "5000" },
    trigger: "contract-and-payment",
    referrerMustBeOwner: true,
    referredMustBeNew: true,
    staff: "reject",
    sharedContact: "flag",
    burst: { count: 5, days: 7 },
    reviewDays: 15,
    clawbackDays: 90,
  },
} as const satisfies Record<string, ReferralPolicyInput>;

/**
 * Where every field of every {@link referralPresets} entry comes from.
 *
 * @remarks Same keys as the presets; a test checks that every field is cited.
 * @category Referral
 */
export const referralPresetSources = {
  girard: {
    timeZone: "《房地产客户跟踪及维护技巧》 乔·吉拉德 (Detroit car dealer): the plan ran in Detroit",
    reward: "《房地产客户跟踪及维护技巧》 猎犬计划: 每辆车他会得到25美元的酬劳 (US$25 per referred sale)",
    levels: "《房地产客户跟踪及维护技巧》 猎犬计划: only the customer who sent the buyer is paid",
    caps: "《房地产客户跟踪及维护技巧》 猎犬计划: 宁可错付50个人，也不要漏掉一个该付的人 — no cap",
    trigger: "《房地产客户跟踪及维护技巧》 猎犬计划: 在成交之后 (paid after the sale)",
    referrerMustBeOwner: "《房地产客户跟踪及维护技巧》 猎犬计划: 在生意成交之后…交给顾客 (the hounds are his buyers)",
    referredMustBeNew: "《房地产客户跟踪及维护技巧》 猎犬计划: 宁可错付 — no newness check",
    staff: "《房地产客户跟踪及维护技巧》 猎犬计划: silent on staff — allowed",
    sharedContact: "common practice: flag rather than refuse, in the plan's spirit of paying",
    reviewDays: "《房地产客户跟踪及维护技巧》 猎犬计划: 一定要付 (always paid, no review)",
    clawbackDays: "《房地产客户跟踪及维护技巧》 猎犬计划: no clawback mentioned",
  },
  laodaixin: {
    timeZone: "common practice: a Chinese sales office keeps Asia/Shanghai time",
    reward: "common practice: 老带新 fixed reward per deal (commonly ¥2,000–¥10,000; ¥5,000 as an example)",
    levels: "common practice: only the direct referrer (一级)",
    caps: "common practice: 同一成交只奖励一次, a yearly cap per owner, 同一家庭限奖一次",
    trigger: "common practice: 签约且首付到账、贷款发放（或全款付清）后发放",
    referrerMustBeOwner: "common practice: 推荐人须为已签约业主",
    referredMustBeNew: "common practice: 被推荐人须为首次到访且未被其他渠道报备的新客户",
    staff: "common practice: 本项目员工不得参与老带新",
    sharedContact: "common practice: 同一手机号/身份证 flagged for review",
    burst: "common practice: many referrals in a week flagged (5 in 7 days as an example)",
    reviewDays: "common practice: 审核期 15 天",
    clawbackDays: "common practice: 退房追回期 90 天",
  },
} as const satisfies { [K in keyof typeof referralPresets]: { [F in keyof (typeof referralPresets)[K]]: string } };
