import * as z from "zod";
import { intSchema, rateSchema, timeZoneSchema } from "../core/schema";

/**
 * How long an owner's claim lasts: calendar days or months in the project zone (ATT-5).
 * @remarks ATT-5 — seed 004 A 第一章 一(三) (3 months), B §3 (15 days).
 * @category Attribution
 */
export const attributionProtectionSchema = z.strictObject({
  unit: z.enum(["days", "months"]),
  amount: intSchema(1, 1200),
});

/**
 * Channel (报备) rules: the protection mode and its days, the masked-phone rule, the
 * conflict rule with agents.
 * @remarks ATT-CH-1 … ATT-CH-6 (practice beyond seed 004).
 * @category Attribution
 */
export const attributionChannelPolicySchema = z.strictObject({
  /** Which window protects the channel (ATT-CH-1). */
  mode: z.enum(["registration-to-deal", "registration-to-visit-to-deal", "visit-to-deal"]).default("registration-to-visit-to-deal"),
  /** registration→deal: days from the registration within which the deal must come. */
  registrationToDealDays: intSchema(1, 3650).default(30),
  /** registration→visit→deal: days from the registration within which the first visit must come. */
  registrationToVisitDays: intSchema(1, 3650).default(3),
  /** visit→deal (and the second leg of registration→visit→deal): days from the first visit to the deal. */
  visitToDealDays: intSchema(1, 3650).default(30),
  /** Accept masked phones, first 3 + last 4 digits (ATT-CH-2). */
  acceptMaskedPhone: z.boolean().default(true),
  /** Who wins when an agent's claim and a channel's registration meet (ATT-CH-6). */
  conflict: z.enum(["first-claim-wins", "channel-wins", "agent-wins"]).default("first-claim-wins"),
});

/**
 * An office's attribution policy: every figure of seed 004 is a field; the presets are the
 * seed's two versions.
 * @remarks ATT-1 … ATT-6, ATT-CH-1 … ATT-CH-7 — seed 004.
 * @category Attribution
 */
export const attributionPolicySchema = z.strictObject({
  timeZone: timeZoneSchema,
  /** ATT-1a: the helper's credit when the owner is away — none (A), equal split (B) or a custom owner share. */
  helperCredit: z.enum(["none", "equal", "custom"]).default("none"),
  /** With `helperCredit: "custom"`: the owner's share; helpers split the rest equally. */
  ownerShare: rateSchema(1).default("0.5"),
  /** Decimal places of credit shares (largest remainder keeps the sum exactly 1). */
  shareDecimals: intSchema(0, 12).default(4),
  /** ATT-2: the chain follows introductions transitively (A's customer's customer is A's). */
  chainTransitive: z.boolean().default(true),
  /** ATT-2 / ATT-3: which claim wins when both a relative record and an introduction exist. */
  claimPrecedence: z.enum(["relative-first", "introduction-first"]).default("relative-first"),
  /** ATT-4: minutes the off-duty named agent has to arrive after being called. */
  namedAgentArrivalMinutes: intSchema(0, 1440).default(30),
  /** ATT-5: the protection period. */
  protection: attributionProtectionSchema.default({ unit: "months", amount: 3 }),
  /** ATT-5: the owner's own later contact restarts the period (not in the seed; off by default). */
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
  familyRelations: z.array(z.enum(["parent", "spouse", "child", "sibling"])).default(["parent", "spouse", "child"]),
  /** ATT-6: rotation — the agent busy with a customer keeps the turn. */
  busyKeepsTurn: z.boolean().default(true),
  /** ATT-6: visitor kinds that do not use a turn. */
  exemptVisitors: z
    .array(z.enum(["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company", "peer", "customer"]))
    .default(["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"]),
});

/** A policy as callers write it (defaults may be omitted). @category Attribution */
export type AttributionPolicyInput = z.input<typeof attributionPolicySchema>;
/** A validated policy. @category Attribution */
export type AttributionPolicy = z.output<typeof attributionPolicySchema>;

/**
 * Named policies from seed 004 (version A, 康城百合湾; version B) and a channel preset
 * following common practice. Each field is cited in {@link attributionPresetSources}.
 * @remarks ATT-1a, ATT-4, ATT-5, ATT-6 — seed 004; ATT-CH-* practice.
 * @category Attribution
 */
export const attributionPresets = {
  kangchengBaihewan: {
    timeZone: "Asia/Shanghai",
    helperCredit: "none",
    protection: { unit: "months", amount: 3 },
    reRegistrationNeedsApproval: true,
    exemptVisitors: ["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"],
  },
  versionB: {
    timeZone: "Asia/Shanghai",
    helperCredit: "equal",
    namedAgentArrivalMinutes: 30,
    protection: { unit: "days", amount: 15 },
    reRegistrationNeedsApproval: true,
  },
  channelPractice: {
    timeZone: "Asia/Shanghai",
    helperCredit: "equal",
    protection: { unit: "days", amount: 15 },
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

/**
 * Where every field of every {@link attributionPresets} entry comes from.
 * @remarks seed 004 (A: 康城百合湾 案场管理制度 第一章; B: 销售客户资源的归属原则).
 * @category Attribution
 */
export const attributionPresetSources = {
  kangchengBaihewan: {
    timeZone: "seed 004 A 康城百合湾 (a project in China; DESIGN.md default zone)",
    helperCredit: "seed 004 A 第一章 一(一) 不计入业绩",
    protection: "seed 004 A 第一章 一(三) 时效为三个月",
    reRegistrationNeedsApproval: "seed 004 A 第一章 一(三) 登记表须经营销经理签字确认",
    exemptVisitors: "seed 004 A 第一章 二(一)2 发展商的工作人员、设计方、施工方、广告公司、礼仪公司、模型公司除外",
  },
  versionB: {
    timeZone: "seed 004 B (a Chinese sales office; DESIGN.md default zone)",
    helperCredit: "seed 004 B §1 销售业绩平分",
    namedAgentArrivalMinutes: "seed 004 B §2(3) 半小时内不能到达现场",
    protection: "seed 004 B §3 老客户的有效期为15天",
    reRegistrationNeedsApproval: "seed 004 B §3 登记表须经售楼部主管签字确认",
  },
  channelPractice: {
    timeZone: "practice: projects in mainland China",
    helperCredit: "seed 004 B §1 销售业绩平分",
    protection: "seed 004 B §3 老客户的有效期为15天",
    channel: "practice: 渠道报备 — registration valid 3 days to the first visit, then 30 days to the deal; masked phone 前三后四; first valid claim wins",
    familyRelations: "practice: 直系亲属 (parents, spouse, children) count as one batch",
  },
} as const satisfies { [K in keyof typeof attributionPresets]: { [F in keyof (typeof attributionPresets)[K]]: string } };
