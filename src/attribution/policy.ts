import * as z from "zod";
import { intSchema, rateSchema, timeZoneSchema } from "../core/schema";
import type { SameInput } from "../core/same-input";
import type { AttributionChannelPolicyInput, AttributionPolicyInput, AttributionProtectionInput } from "./input-types";
// the named input types live in input-types.ts; re-exported where the policy's input used to be defined
export type { AttributionChannelPolicyInput, AttributionPolicyInput, AttributionProtectionInput } from "./input-types";

/**
 * How long an owner's claim lasts: calendar days or months in the project zone (ATT-5).
 * @remarks ATT-5 — 《康城百合湾项目案场管理制度》第一章 一(三) (3 months), 《销售客户资源的归属原则》第3条 (15 days).
 * @category Attribution
 */
export const attributionProtectionSchema = z.strictObject({
  unit: z.enum(["days", "months"]),
  amount: intSchema(1, 1200),
});

true satisfies SameInput<AttributionProtectionInput, typeof attributionProtectionSchema>;

/**
 * Channel (报备) rules: the protection mode and its days, the masked-phone rule, the
 * conflict rule with agents.
 * @remarks ATT-CH-1 … ATT-CH-6 (common practice beyond the house rules).
 * @category Attribution
 */
export const attributionChannelPolicySchema = z.strictObject({
  /** Which window protects the channel (ATT-CH-1). */
  mode: z.enum(["registration-to-deal", "registration-to-visit-to-deal", "visit-to-deal"]).default("registration-to-visit-to-deal"),
  /** registration→deal: days from the registration within which the deal must come. */
  registrationToDealDays: z._default(intSchema(1, 3650), 30),
  /** registration→visit→deal: days from the registration within which the first visit must come. */
  registrationToVisitDays: z._default(intSchema(1, 3650), 3),
  /** visit→deal (and the second leg of registration→visit→deal): days from the first visit to the deal. */
  visitToDealDays: z._default(intSchema(1, 3650), 30),
  /** Accept masked phones, first 3 + last 4 digits (ATT-CH-2). */
  acceptMaskedPhone: z.boolean().default(true),
  /** Who wins when an agent's claim and a channel's registration meet (ATT-CH-6). */
  conflict: z.enum(["first-claim-wins", "channel-wins", "agent-wins"]).default("first-claim-wins"),
});

true satisfies SameInput<AttributionChannelPolicyInput, typeof attributionChannelPolicySchema>;

/**
 * An office's attribution policy: every figure of the house rules is a field; the presets are
 * their two versions (《康城百合湾项目案场管理制度》 and 《销售客户资源的归属原则》).
 * @remarks ATT-1 … ATT-6, ATT-CH-1 … ATT-CH-7.
 * @category Attribution
 */
export const attributionPolicySchema = z.strictObject({
  timeZone: timeZoneSchema,
  /** ATT-1a: the helper's credit when the owner is away — none (A), equal split (B) or a custom owner share. */
  helperCredit: z.enum(["none", "equal", "custom"]).default("none"),
  /** With `helperCredit: "custom"`: the owner's share; helpers split the rest equally. */
  ownerShare: z._default(rateSchema(1), "0.5"),
  /** Decimal places of credit shares (largest remainder keeps the sum exactly 1). */
  shareDecimals: z._default(intSchema(0, 12), 4),
  /** ATT-2: the chain follows introductions transitively (A's customer's customer is A's). */
  chainTransitive: z.boolean().default(true),
  /** ATT-2 / ATT-3: which claim wins when both a relative record and an introduction exist. */
  claimPrecedence: z.enum(["relative-first", "introduction-first"]).default("relative-first"),
  /**
   * ATT-4: minutes the off-duty named agent has to arrive after being called (arriving at minute
   * 30 of 30 is in time: 半小时内); `null` sets no time limit (version A names none).
   */
  namedAgentArrivalMinutes: z.nullable(intSchema(0, 1440)).default(30),
  /** ATT-5: the protection period. */
  protection: attributionProtectionSchema.default({ unit: "months", amount: 3 }),
  /**
   * ATT-5, ATT-CH-1: which day is day 1 of a period — `"contact-day"` (the day of the contact or
   * registration counts) or `"next-day"` (《中华人民共和国民法典》第二百零一条: the period starts the next day,
   * so it ends one day later). The house rules do not say.
   */
  countFrom: z.enum(["contact-day", "next-day"]).default("contact-day"),
  /** ATT-5: the owner's own later contact restarts the period (not in the house rules; off by default). */
  renewOnOwnerContact: z.boolean().default(false),
  /** ATT-5: only a manager-approved re-registration restores ownership after expiry. */
  reRegistrationNeedsApproval: z.boolean().default(true),
  /** ATT-CH-*: channel registration rules. */
  channel: attributionChannelPolicySchema.default({
    mode: "registration-to-visit-to-deal",
    registrationToDealDays: 30,
    registrationToVisitDays: 3,
    visitToDealDays: 30,
    acceptMaskedPhone: true,
    conflict: "first-claim-wins",
  }),
  /** ATT-CH-7: family relations that make one batch of customers (parents, spouse, children; some add siblings). */
  familyRelations: z.array(z.enum(["parent", "spouse", "child", "sibling"])).max(4).default(["parent", "spouse", "child"]),
  /** ATT-6: rotation — the agent busy with a customer keeps the turn. */
  busyKeepsTurn: z.boolean().default(true),
  /** ATT-6: visitor kinds that do not use a turn. */
  exemptVisitors: z
    .array(z.enum(["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company", "peer", "customer"]))
    .max(8)
    .default(["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"]),
});

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<AttributionPolicyInput, typeof attributionPolicySchema>;
/** A validated policy. @category Attribution */
export type AttributionPolicy = z.output<typeof attributionPolicySchema>;

/**
 * Named policies from the two versions of the house rules — version A, 《康城百合湾项目案场管理制度》
 * 第一章, and version B, 《销售客户资源的归属原则》 — and a channel preset following common practice.
 * Each field is cited in {@link attributionPresetSources}.
 * @remarks ATT-1a, ATT-4, ATT-5, ATT-6; ATT-CH-* common practice.
 * @category Attribution
 */
export const attributionPresets = {
  kangchengBaihewan: {
    timeZone: "Asia/Shanghai",
    helperCredit: "none",
    namedAgentArrivalMinutes: null,
    protection: { unit: "months", amount: 3 },
    countFrom: "contact-day",
    reRegistrationNeedsApproval: true,
    exemptVisitors: ["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"],
  },
  versionB: {
    timeZone: "Asia/Shanghai",
    helperCredit: "equal",
    namedAgentArrivalMinutes: 30,
    protection: { unit: "days", amount: 15 },
    countFrom: "contact-day",
    reRegistrationNeedsApproval: true,
  },
  channelPractice: {
    timeZone: "Asia/Shanghai",
    helperCredit: "equal",
    protection: { unit: "days", amount: 15 },
    countFrom: "contact-day",
    channel: {
      mode: "registration-to-visit-to-deal",
      registrationToVisitDays: 3,
      visitToDealDays: 30,
      acceptMaskedPhone: true,
      conflict: "first-claim-wins",
    },
    familyRelations: ["parent", "spouse", "child"],
  },
} as const satisfies Record<string, AttributionPolicyInput>;

const A = "《康城百合湾项目案场管理制度》第一章";
const B = "《销售客户资源的归属原则》";
const COUNT = "the rules do not say whether the contact day counts; the office counts it as day 1 (当日起算), as these offices count their days. Set countFrom: \"next-day\" to follow 《中华人民共和国民法典》第二百零一条";

/**
 * Where every field of every {@link attributionPresets} entry comes from.
 * @remarks Version A: 《康城百合湾项目案场管理制度》第一章 客户资源的归属; version B: 《销售客户资源的归属原则》.
 * @category Attribution
 */
export const attributionPresetSources = {
  kangchengBaihewan: {
    timeZone: `${A}: a project in mainland China (the library's default zone)`,
    helperCredit: `${A} 一(一) “不计入业绩”`,
    namedAgentArrivalMinutes: `${A} 一(二)1 “指明找销售人员A” — no time limit for the named agent (version B's 半小时 is not in A)`,
    protection: `${A} 一(三) “其拥有客户资源的时效为三个月”`,
    countFrom: `${A} 一(三): ${COUNT}`,
    reRegistrationNeedsApproval: `${A} 一(三) “登记表须经营销经理签字确认”`,
    exemptVisitors: `${A} 二(一)2 “发展商的工作人员、设计方、施工方、广告公司、礼仪公司、模型公司等相关业务单位人员除外”`,
  },
  versionB: {
    timeZone: `${B}: a sales office in mainland China (the library's default zone)`,
    helperCredit: `${B} 第1条 “销售业绩平分”`,
    namedAgentArrivalMinutes: `${B} 第2条(3) “半小时内不能到达现场”`,
    protection: `${B} 第3条 “老客户的有效期为15天”`,
    countFrom: `${B} 第3条: ${COUNT}`,
    reRegistrationNeedsApproval: `${B} 第3条 “登记表须经售楼部主管签字确认”`,
  },
  channelPractice: {
    timeZone: "common practice: projects in mainland China",
    helperCredit: `${B} 第1条 “销售业绩平分”`,
    protection: `${B} 第3条 “老客户的有效期为15天”`,
    countFrom: `common practice: registration and protection days are counted from the day of the registration or visit; ${B} 第3条 is silent`,
    channel: "common practice: 渠道报备 — registration valid 3 days to the first visit, then 30 days to the deal; masked phone 前三后四; first valid claim wins",
    familyRelations: "common practice: 直系亲属 (parents, spouse, children) count as one batch",
  },
} as const satisfies { [K in keyof typeof attributionPresets]: { [F in keyof (typeof attributionPresets)[K]]: string } };
