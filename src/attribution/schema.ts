import * as z from "zod";
import { idSchema, instantSchema } from "../core/schema";
import type { JsonValue, TraceStep } from "../core/trace";

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
 * @remarks ATT-1, ATT-1a — seed 004 A 第一章 一(一), B §1.
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
  channel: idSchema.optional(),
});

/**
 * A phone call from the customer: a first contact by phone (ATT-1).
 * @remarks ATT-1 — seed 004 A 第一章 一(一) "包括电话客户".
 * @category Attribution
 */
export const attributionCallSchema = z.strictObject({ ...base, kind: z.literal("call"), customer: idSchema, agent: idSchema });

/**
 * An introduction of a new customer by an existing one (in person or by phone).
 * @remarks ATT-2, ATT-4 — seed 004 A 第一章 一(二)1, B §2(1), §2(3).
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
  askedFor: idSchema.optional(),
  /** Whether that named agent was on duty (ATT-4); default true. */
  askedForOnDuty: z.boolean().default(true),
});

/**
 * An agent's record of a relative or friend, made before (or after) the customer comes.
 * @remarks ATT-3 — seed 004 A 第一章 一(二)2, B §2(2).
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
 * @remarks ATT-4 — seed 004 B §2(3).
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
 * @remarks ATT-5 — seed 004 A 第一章 一(三), B §3.
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

/**
 * A customer as the office's register knows them: phone and ID number identify the person;
 * `family` links immediate family (ATT-CH-7).
 * @remarks ATT-CH-7 (practice).
 * @category Attribution
 */
export const attributionCustomerSchema = z.strictObject({
  id: idSchema,
  phone: z.string().regex(/^\d{11}$/, "must be 11 digits").optional(),
  idNumber: z.string().min(1).max(40).optional(),
  family: z
    .array(z.strictObject({ customer: idSchema, relation: z.enum(["parent", "spouse", "child", "sibling"]) }))
    .default([]),
});

/**
 * Input of {@link attributeCustomer}: the customer to decide, the office's events (other
 * customers' events are used for introducers and identity), the register, and `asOf`.
 * @remarks ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-7.
 * @category Attribution
 */
export const attributeCustomerInputSchema = z.strictObject({
  customer: idSchema,
  asOf: instantSchema,
  events: z.array(attributionEventSchema),
  customers: z.array(attributionCustomerSchema).default([]),
});

/**
 * Input of {@link attributeAll}: a whole office's history at once.
 * @remarks ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-7.
 * @category Attribution
 */
export const attributeAllInputSchema = z.strictObject({
  asOf: instantSchema,
  events: z.array(attributionEventSchema),
  customers: z.array(attributionCustomerSchema).default([]),
});

/** Input form of {@link attributeCustomer}. @category Attribution */
export type AttributeCustomerInput = z.input<typeof attributeCustomerInputSchema>;
/** Input form of {@link attributeAll}. @category Attribution */
export type AttributeAllInput = z.input<typeof attributeAllInputSchema>;
/** One event, input form. @category Attribution */
export type AttributionEventInput = z.input<typeof attributionEventSchema>;
/** One event, parsed. @category Attribution */
export type AttributionEvent = z.output<typeof attributionEventSchema>;
/** A customer of the register, parsed. @category Attribution */
export type AttributionCustomer = z.output<typeof attributionCustomerSchema>;

/** Why a customer's owner is who it is. @category Attribution */
export type AttributionBasis =
  | "first-contact"
  | "introduction-chain"
  | "relative-record"
  | "named-agent"
  | "re-registration";

/** Why a customer has no owner. @category Attribution */
export type AttributionUnownedReason = "no-contact" | "protection-expired" | "no-events";

/** One agent's share of the credit: a decimal string; the shares sum to exactly 1. @category Attribution */
export interface CreditShare {
  readonly agent: string;
  readonly share: string;
}

/** The channel credited with a customer (ATT-CH-*). @category Attribution */
export interface AttributionChannelClaim {
  readonly channel: string;
  /** The id of the winning registration event. */
  readonly registration: string;
  readonly mode: string;
  /** The instant the channel's protection ends (exclusive); null once the deal is done inside it. */
  readonly protectedUntil: string | null;
}

/** A matter left to a manager (ATT-CH-3). @category Attribution */
export interface AttributionReview {
  readonly rule: TraceStep["rule"];
  readonly says: string;
  readonly data?: { readonly [key: string]: JsonValue };
}

/** The answer of {@link attributeCustomer}. @category Attribution */
export interface Attribution {
  readonly ok: true;
  readonly customer: string;
  /** The owning agent, or null with `unownedReason`. */
  readonly owner: string | null;
  readonly unownedReason: AttributionUnownedReason | null;
  readonly basis: AttributionBasis | null;
  /** Credit among the owner and helpers (ATT-1a); empty when unowned. */
  readonly credit: readonly CreditShare[];
  /** The instant protection ends (exclusive), ISO in the project zone; null after a deal or when unowned. */
  readonly protectedUntil: string | null;
  /** True once a deal has locked the ownership. */
  readonly dealDone: boolean;
  readonly channel: AttributionChannelClaim | null;
  readonly review: readonly AttributionReview[];
  readonly trace: readonly TraceStep[];
}

/**
 * The rotation (轮值) of walk-ins: the queue of agents (head = whose turn it is), who is on
 * leave and who is busy with a customer.
 * @remarks ATT-6 — seed 004 A 第一章 二(一)1-2.
 * @category Attribution
 */
export const rotationStateSchema = z
  .strictObject({
    queue: z.array(idSchema).min(1),
    onLeave: z.array(idSchema).default([]),
    busy: z.array(idSchema).default([]),
  })
  .refine((s) => new Set(s.queue).size === s.queue.length, { message: "an agent appears twice in the queue", path: ["queue"] });

/**
 * Who walked in: a customer (peers from other firms included), or the developer's staff and
 * its contractors, who do not use a turn; a friend they bring to buy is a customer.
 * @remarks ATT-6 — seed 004 A 第一章 二(一)2.
 * @category Attribution
 */
export const rotationVisitorSchema = z.strictObject({
  kind: z.enum(["customer", "peer", "developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"]),
  /** For a customer: who brought them (e.g. "designer" for a designer's friend), for the trace. */
  broughtBy: z.string().min(1).max(200).optional(),
});

/** Rotation state, input form. @category Attribution */
export type RotationStateInput = z.input<typeof rotationStateSchema>;
/** Visitor, input form. @category Attribution */
export type RotationVisitorInput = z.input<typeof rotationVisitorSchema>;
/** Rotation state, parsed. @category Attribution */
export type RotationState = z.output<typeof rotationStateSchema>;
