import * as z from "zod";
import { guarded } from "../core/errors";
import { decimalSchema, idSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { compareDecimal } from "./decimal";

const amount = decimalSchema({ sign: "nonnegative", maxDecimals: 4 });

/**
 * Where "high" starts on each axis of the value × loyalty matrix. The source gives no
 * numbers: each office sets its own (e.g. the purchase amount of its top fifth).
 *
 * @remarks SCO-1 (the Q&A thread on keeping customers, reply 2).
 * @category Scoring
 */
export const valueLoyaltyPolicySchema = z.strictObject({ highVolumeFrom: amount, highLoyaltyFrom: amount });

/** A customer on the value × loyalty matrix: volume (amount bought) and a loyalty measure. @category Scoring */
export const valueLoyaltyInputSchema = z.strictObject({ id: idSchema, volume: amount, loyalty: amount });

/** The four quadrants of SCO-1. @category Scoring */
export type ValueLoyaltyQuadrant = "drop" | "watch" | "cultivate" | "keep";

const meaning: Record<ValueLoyaltyQuadrant, string> = {
  drop: "low volume, disloyal: no value — drop when it is time (该淘汰的就淘汰)",
  watch: "high volume, disloyal: the most dangerous — watch closely (最危险的敌人)",
  cultivate: "low volume, loyal: tomorrow's star — support and cultivate (明日之星)",
  keep: "high volume, loyal: the most valuable — keep (最宝贵的财富)",
};

/**
 * Places a customer on the value × loyalty matrix: drop, watch, cultivate or keep.
 *
 * @remarks SCO-1 (the Q&A thread on keeping customers, reply 2): low & disloyal — no value, drop; high & disloyal — the most
 * dangerous; low & loyal — cultivate ("tomorrow's star"); high & loyal — the most valuable.
 * @param customer - `{ id, volume, loyalty }` ({@link valueLoyaltyInputSchema})
 * @param policy - where high starts on each axis ({@link valueLoyaltyPolicySchema})
 * @returns the quadrant, what it means and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`
 * @example
 * ```ts
 * const policy = { highVolumeFrom: 3000000, highLoyaltyFrom: 60 };
 * valueLoyaltyMatrix({ id: "C1", volume: 5000000, loyalty: 20 }, policy).quadrant; //=> "watch"
 * valueLoyaltyMatrix({ id: "C2", volume: 800000, loyalty: 90 }, policy).quadrant; //=> "cultivate"
 * ```
 * @category Scoring
 */
export function valueLoyaltyMatrix(
  customer: z.input<typeof valueLoyaltyInputSchema>,
  policy: z.input<typeof valueLoyaltyPolicySchema>,
): { readonly customerId: string; readonly quadrant: ValueLoyaltyQuadrant; readonly meaning: string; readonly trace: readonly TraceStep[] } {
  return guarded(() => {
    const c = parseWith(valueLoyaltyInputSchema, customer, "INVALID_INPUT", []);
    const p = parseWith(valueLoyaltyPolicySchema, policy, "INVALID_POLICY", []);
    const high = compareDecimal(c.volume, p.highVolumeFrom) >= 0;
    const loyal = compareDecimal(c.loyalty, p.highLoyaltyFrom) >= 0;
    const quadrant: ValueLoyaltyQuadrant = high ? (loyal ? "keep" : "watch") : loyal ? "cultivate" : "drop";
    const data = { quadrant, volume: c.volume, highVolumeFrom: p.highVolumeFrom, loyalty: c.loyalty, highLoyaltyFrom: p.highLoyaltyFrom };
    return { customerId: c.id, quadrant, meaning: meaning[quadrant], trace: [step("SCO-1", quadrant, data)] };
  });
}
