import * as z from "zod";
import { idSchema } from "../core/schema";
import { attributionLimits } from "./limits";

/**
 * The rotation (轮值) of walk-ins: the queue of agents (head = whose turn it is), who is on
 * leave and who is busy with a customer.
 * @remarks ATT-6 — 《康城百合湾项目案场管理制度》第一章 二(一)1-2.
 * @category Attribution
 */
export const rotationStateSchema = z
  .strictObject({
    queue: z.array(idSchema).min(1).max(attributionLimits.rotationAgents),
    onLeave: z.array(idSchema).max(attributionLimits.rotationAgents).default([]),
    busy: z.array(idSchema).max(attributionLimits.rotationAgents).default([]),
  })
  .refine((s) => new Set(s.queue).size === s.queue.length, { message: "an agent appears twice in the queue", path: ["queue"] });

/**
 * Who walked in: a customer (peers from other firms included), or the developer's staff and
 * its contractors, who do not use a turn; a friend they bring to buy is a customer.
 * @remarks ATT-6 — 《康城百合湾项目案场管理制度》第一章 二(一)2.
 * @category Attribution
 */
export const rotationVisitorSchema = z.strictObject({
  kind: z.enum(["customer", "peer", "developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"]),
  /** For a customer: who brought them (e.g. "designer" for a designer's friend), for the trace. */
  broughtBy: z.string().min(1).max(200).optional(),
});

export type { RotationStateInput, RotationVisitorInput } from "./input-types";
/** Rotation state, parsed. @category Attribution */
export type RotationState = z.output<typeof rotationStateSchema>;
