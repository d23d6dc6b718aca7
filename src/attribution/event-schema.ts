import * as z from "zod";
import { idSchema, instantSchema } from "../core/schema";

/**
 * A phone as a channel or the office records it: 11 digits, or masked as first 3 + `****` + last 4.
 * @remarks ATT-CH-2 (practice).
 * @category Attribution
 */
export const attributionPhoneSchema = z
  .string()
  .regex(/^(\d{11}|\d{3}\*{4}\d{4})$/, "must be 11 digits or masked as 3 digits + **** + 4 digits");

const base = { id: idSchema, at: instantSchema };

/**
 * A contact in person: the first one is the first contact (ATT-1); later ones may be served by a
 * helper while the owner is away (ATT-1a).
 * @remarks ATT-1, ATT-1a — 《康城百合湾项目案场管理制度》第一章 一(一), 《销售客户资源的归属原则》 第1条.
 * @category Attribution
 */
export const attributionVisitSchema = z.strictObject({
  ...base,
  kind: z.literal("visit"),
  customer: idSchema,
  /** The agent who received or served the customer. */
  agent: idSchema,
  /** Whether the owner was on duty; omitted means "absent" when another agent served. */
  ownerOnDuty: z.boolean().optional(),
  /** The channel (broker) that brought the customer, if one did (ATT-CH-5). */
  channel: z.optional(idSchema),
});

/**
 * A phone call from the customer: a first contact by phone (ATT-1).
 * @remarks ATT-1 — 《康城百合湾项目案场管理制度》第一章 一(一) “包括上客户和电话客户”.
 * @category Attribution
 */
export const attributionCallSchema = z.strictObject({ ...base, kind: z.literal("call"), customer: idSchema, agent: idSchema });

/**
 * An introduction of a new customer by an existing one (in person or by phone).
 * @remarks ATT-2, ATT-4 — 《康城百合湾项目案场管理制度》第一章 一(二)1, 《销售客户资源的归属原则》 第2条(1)(3).
 * @category Attribution
 */
export const attributionIntroductionSchema = z.strictObject({
  ...base,
  kind: z.literal("introduction"),
  /** The new customer. */
  customer: idSchema,
  /** The existing customer who introduces them. */
  introducer: idSchema,
  via: z.enum(["in-person", "phone"]),
  /** The introduction was registered with the office before the new customer's first visit. */
  registeredBeforeVisit: z.boolean().default(false),
  /** The agent the new customer asked for by name, if any. */
  askedFor: z.optional(idSchema),
  /** Whether that named agent was on duty (ATT-4); default true. */
  askedForOnDuty: z.boolean().default(true),
});

/**
 * An agent's record of a relative or friend, made before (or after) the customer comes.
 * @remarks ATT-3 — 《康城百合湾项目案场管理制度》第一章 一(二)2, 《销售客户资源的归属原则》 第2条(2).
 * @category Attribution
 */
export const attributionRelativeRecordSchema = z.strictObject({
  ...base,
  kind: z.literal("relative-record"),
  customer: idSchema,
  agent: idSchema,
  relation: z.enum(["relative", "friend"]),
});

/**
 * A named agent's arrival on site after being called in (ATT-4).
 * @remarks ATT-4 — 《销售客户资源的归属原则》 第2条(3); 《康城百合湾项目案场管理制度》第一章 sets no time limit.
 * @category Attribution
 */
export const attributionNamedAgentArrivalSchema = z.strictObject({
  ...base,
  kind: z.literal("named-agent-arrival"),
  customer: idSchema,
  agent: idSchema,
});

/**
 * A re-registration of a slow customer after the protection period, with or without the manager's signature.
 * @remarks ATT-5 — 《康城百合湾项目案场管理制度》第一章 一(三), 《销售客户资源的归属原则》 第3条.
 * @category Attribution
 */
export const attributionReRegistrationSchema = z.strictObject({
  ...base,
  kind: z.literal("re-registration"),
  customer: idSchema,
  agent: idSchema,
  managerApproved: z.boolean(),
});

/**
 * A channel's registration (报备) of a customer by full or masked phone; matched to customers by phone.
 * @remarks ATT-CH-1 … ATT-CH-4 (practice).
 * @category Attribution
 */
export const attributionChannelRegistrationSchema = z.strictObject({
  ...base,
  kind: z.literal("channel-registration"),
  channel: idSchema,
  phone: attributionPhoneSchema,
});

/**
 * The deal (subscription): locks ownership; the closing agent is a helper when not the owner.
 * @remarks ATT-1a, ATT-CH-1.
 * @category Attribution
 */
export const attributionDealSchema = z.strictObject({
  ...base,
  kind: z.literal("deal"),
  customer: idSchema,
  /** The agent who closed the deal. */
  agent: idSchema,
  ownerOnDuty: z.boolean().optional(),
});

/**
 * Any event of a customer's contact history, by `kind`.
 * @remarks ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-5.
 * @category Attribution
 */
export const attributionEventSchema = z.discriminatedUnion("kind", [
  attributionVisitSchema,
  attributionCallSchema,
  attributionIntroductionSchema,
  attributionRelativeRecordSchema,
  attributionNamedAgentArrivalSchema,
  attributionReRegistrationSchema,
  attributionChannelRegistrationSchema,
  attributionDealSchema,
]);
