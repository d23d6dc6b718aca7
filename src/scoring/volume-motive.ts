import * as z from "zod";
import { guarded } from "../core/errors";
import { decimalSchema, idSchema, moneySchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { compareDecimal } from "./decimal";

/** The motive types of SCO-4, in the source's order (ties go to the earlier one). @category Scoring */
export const motiveTypes = ["price-sensitive", "supply-security", "brand-service", "relationship"] as const;

/** One motive type. @category Scoring */
export type MotiveType = (typeof motiveTypes)[number];

/**
 * Volume tiers, highest first, each with the annual volume it starts at; the last starts at 0.
 * The source names the tiers but gives no amounts: each office sets them.
 *
 * @remarks SCO-4 (《房地产销售现场管理关系客户购买须知》篇9 §三.2).
 * @category Scoring
 */
export const volumeTierPolicySchema = z.strictObject({
  tiers: z
    .array(z.strictObject({ tier: z.string().regex(/^[a-z][a-z0-9-]*$/), from: moneySchema("nonnegative") }))
    .min(1)
    .superRefine((t, ctx) => {
      t.forEach((x, i) => {
        const prev = t[i - 1];
        if (prev && compareDecimal(x.from, prev.from) >= 0) ctx.addIssue({ code: "custom", path: [i, "from"], message: "tiers go from the highest amount down" });
      });
      // An empty list is refused by min(1) alone: no issue at index -1.
      const last = t[t.length - 1];
      if (last !== undefined && last.from !== "0") ctx.addIssue({ code: "custom", path: [t.length - 1, "from"], message: "the last tier must start at 0" });
    }),
});

/** A customer's volume, what they value (a score per motive), how they pay and how stable they are. @category Scoring */
export const volumeMotiveInputSchema = z.strictObject({
  id: idSchema,
  annualVolume: moneySchema("nonnegative"),
  motiveScores: z.partialRecord(z.enum(motiveTypes), decimalSchema({ sign: "nonnegative", maxDecimals: 4 })).default({}),
  payment: z.enum(["card-personal", "card-company", "cash", "mortgage", "installment"]).optional(),
  stability: z.enum(["stable-local", "floating"]).optional(),
});

const approach: Record<MotiveType, string> = {
  "price-sensitive": "give a fair discount at the market's dealing price",
  "supply-security": "sign an agreement that secures supply (here: the unit and its delivery)",
  "brand-service": "price may be higher; serve faster and better (a green channel)",
  relationship: "hold regular get-togethers and visit in person more",
};

/**
 * Classifies a customer by volume tier (diamond / gold / silver / general, or the office's own),
 * motive type (the highest-scoring of price-sensitive, supply-security, brand-service,
 * relationship), payment type and stability, with the source's approach for the motive.
 *
 * @remarks SCO-4 (《房地产销售现场管理关系客户购买须知》篇9 §三.2–3).
 * @param customer - ({@link volumeMotiveInputSchema})
 * @param policy - the tiers ({@link volumeTierPolicySchema})
 * @returns tier, motive (or null when no scores), approach, payment, stability and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`
 * @example
 * ```ts
 * const policy = { tiers: [{ tier: "diamond", from: 5000000 }, { tier: "gold", from: 2000000 }, { tier: "silver", from: 1000000 }, { tier: "general", from: 0 }] };
 * const r = volumeTierAndMotive({ id: "C1", annualVolume: 2400000, motiveScores: { relationship: 8, "price-sensitive": 5 } }, policy);
 * [r.tier, r.motive]; //=> ["gold", "relationship"]
 * ```
 * @category Scoring
 */
export function volumeTierAndMotive(
  customer: z.input<typeof volumeMotiveInputSchema>,
  policy: z.input<typeof volumeTierPolicySchema>,
): {
  readonly customerId: string;
  readonly tier: string;
  readonly motive: MotiveType | null;
  readonly approach: string | null;
  readonly payment: string | null;
  readonly stability: string | null;
  readonly trace: readonly TraceStep[];
} {
  return guarded(() => {
    const p = parseWith(volumeTierPolicySchema, policy, "INVALID_POLICY", []);
    const c = parseWith(volumeMotiveInputSchema, customer, "INVALID_INPUT", []);
    const tier = p.tiers.find((t) => compareDecimal(c.annualVolume, t.from) >= 0) ?? p.tiers[p.tiers.length - 1];
    let motive: MotiveType | null = null;
    for (const m of motiveTypes) {
      const s = c.motiveScores[m];
      if (s === undefined) continue;
      const best = motive === null ? undefined : c.motiveScores[motive];
      if (best === undefined || compareDecimal(s, best) > 0) motive = m;
    }
    const trace = [
      step("SCO-4", "tier", { tier: tier?.tier ?? "", volume: c.annualVolume, from: tier?.from ?? "0" }),
      motive === null ? step("SCO-4", "no-motive") : step("SCO-4", motive, { motive }),
    ];
    return {
      customerId: c.id,
      tier: tier?.tier ?? "",
      motive,
      approach: motive === null ? null : approach[motive],
      payment: c.payment ?? null,
      stability: c.stability ?? null,
      trace,
    };
  });
}
