import * as z from "zod";
import { idSchema, instantSchema } from "../core/schema";
import { attributionEventSchema } from "./event-schema";
import { attributionLimits } from "./limits";

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
    .max(attributionLimits.family)
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
  events: z.array(attributionEventSchema).max(attributionLimits.events),
  customers: z.array(attributionCustomerSchema).max(attributionLimits.customers).default([]),
});

/**
 * Input of {@link attributeAll}: a whole office's history at once. Every answer carries its full
 * trace (traces are data, cheap to make: there is no lighter form).
 * @remarks ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-7.
 * @category Attribution
 */
export const attributeAllInputSchema = z.strictObject({
  asOf: instantSchema,
  events: z.array(attributionEventSchema).max(attributionLimits.events),
  customers: z.array(attributionCustomerSchema).max(attributionLimits.customers).default([]),
});

export type {
  AttributeAllInput,
  AttributeCustomerInput,
  AttributionCallInput,
  AttributionChannelRegistrationInput,
  AttributionCustomerInput,
  AttributionDealInput,
  AttributionEventBase,
  AttributionEventInput,
  AttributionIntroductionInput,
  AttributionNamedAgentArrivalInput,
  AttributionReRegistrationInput,
  AttributionRelativeRecordInput,
  AttributionVisitInput,
} from "./input-types";
/** One event, parsed. @category Attribution */
export type AttributionEvent = z.output<typeof attributionEventSchema>;
/** A customer of the register, parsed. @category Attribution */
export type AttributionCustomer = z.output<typeof attributionCustomerSchema>;

export * from "./event-schema";
export * from "./rotation-schema";
export * from "./types";
