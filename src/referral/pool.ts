import * as z from "zod";
import { guarded } from "../core/errors";
import { allocate, fenToYuan, toFen } from "../core/money";
import { decimalSchema, idSchema, moneySchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import type { SameInput } from "../core/same-input";
import type { ReferralPoolInput } from "./input-types";
// the named input type lives in input-types.ts; re-exported where it used to be defined
export type { ReferralPoolInput } from "./input-types";

/**
 * Input of {@link splitPool}: the pool in yuan and a weight per recipient.
 *
 * @remarks REF-POOL-1 (practice).
 * @category Referral
 */
export const referralPoolSchema = z.strictObject({
  amount: moneySchema("nonnegative"),
  weights: z
    .array(z.strictObject({ id: idSchema, weight: decimalSchema({ sign: "nonnegative", maxDecimals: 12, maxIntegerDigits: 15 }) }))
    .min(1, "needs at least one recipient")
    .refine((ws) => new Set(ws.map((w) => w.id)).size === ws.length, "each recipient appears once")
    .refine((ws) => ws.some((w) => Number(w.weight) > 0), "at least one weight must be greater than 0"),
});

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<ReferralPoolInput, typeof referralPoolSchema>;

/** What {@link splitPool} returns. @category Referral */
export interface ReferralPoolSplit {
  readonly amount: string;
  /** One part per recipient, in the order given; the parts sum exactly to `amount`. */
  readonly parts: readonly { readonly id: string; readonly weight: string; readonly amount: string }[];
  readonly trace: readonly TraceStep[];
}

/**
 * Splits a team bonus or a shared reward by weights, to the fen, by largest remainder (core's
 * `allocate`): the parts always add up to the pool and each differs from its exact share by
 * less than one fen; ties go to the earlier recipient.
 *
 * @remarks REF-POOL-1 (practice; DESIGN.md "Money").
 * @param input - `{ amount, weights: [{ id, weight }] }`
 * @returns the parts in the order given, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (negative pool, no positive weight, a recipient twice)
 * @example
 * ```ts
 * splitPool({ amount: "100", weights: [{ id: "A7", weight: 1 }, { id: "A8", weight: 1 }, { id: "A9", weight: 1 }] }).parts.map((p) => p.amount); //=> ["33.34", "33.33", "33.33"]
 * ```
 * @category Referral
 */
export function splitPool(input: ReferralPoolInput): ReferralPoolSplit {
  return guarded(() => {
    const data = parseWith(referralPoolSchema, input, "INVALID_INPUT");
    const amounts = allocate(data.amount, data.weights.map((w) => w.weight));
    const amount = fenToYuan(toFen(data.amount));
    const parts = data.weights.map((w, i) => ({ id: w.id, weight: w.weight, amount: amounts[i]! }));
    return {
      amount,
      parts,
      trace: [step("REF-POOL-1", "split", { amount, weights: data.weights.map((w) => w.weight), parts: parts.map((p) => p.amount) })],
    };
  });
}
