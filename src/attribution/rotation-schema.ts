import * as z from "zod";
import { idSchema } from "../core/schema";

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
