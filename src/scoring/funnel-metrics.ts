import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { toFen } from "../core/money";
import { intSchema, moneySchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { bigUnitsToString, ratioString } from "./decimal";

/**
 * A marketing spend and the funnel it fed, widest stage first (calls or visits, then deals).
 *
 * @remarks SCO-FUN-1 (《客户链的建立及销售渠道的探索》).
 * @category Scoring
 */
export const funnelInputSchema = z
  .strictObject({
    spend: moneySchema("nonnegative"),
    stages: z.array(z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), count: intSchema(0, 1_000_000_000) })).min(2).max(20),
    /** Decimals of the conversion rates (default 4: 0.1292 = 12.92%). */
    rateDecimals: z._default(intSchema(0, 10), 4),
  })
  .superRefine((f, ctx) => {
    f.stages.forEach((s, i) => {
      const prev = f.stages[i - 1];
      if (prev && s.count > prev.count) ctx.addIssue({ code: "custom", path: ["stages", i, "count"], message: `more than the ${prev.id} stage before it` });
      if (f.stages.findIndex((x) => x.id === s.id) !== i) ctx.addIssue({ code: "custom", path: ["stages", i, "id"], message: "duplicate stage id" });
    });
  });

/** One stage of the funnel with its cost and conversions. @category Scoring */
export interface FunnelStage {
  readonly id: string;
  readonly count: number;
  /** Spend ÷ count, half-up to the fen; null when the count is 0. */
  readonly costEach: string | null;
  /** Count ÷ the previous stage's count (the first stage: null). */
  readonly fromPrevious: string | null;
  /** Count ÷ the first stage's count. */
  readonly fromFirst: string;
  /** Those of the previous stage who did not reach this one. */
  readonly lost: number;
}

/**
 * Funnel figures for a spend: cost per lead (the first stage), cost per deal (the last),
 * conversion from lead to deal, and each stage's cost and conversion. Money half-up to the
 * fen, rates half-up to `rateDecimals`, in exact integer arithmetic.
 *
 * @remarks SCO-FUN-1 (《客户链的建立及销售渠道的探索》: 广告投放11万元，来电209个，成交27个，流失182个).
 * @param input - ({@link funnelInputSchema})
 * @returns the headline figures, each stage and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (a stage wider than the one before, …)
 * @example
 * ```ts
 * const f = funnelMetrics({ spend: 110000, stages: [{ id: "call", count: 209 }, { id: "deal", count: 27 }] });
 * [f.costPerLead, f.costPerDeal, f.conversion, f.conversionPercent]; //=> ["526.32", "4074.07", "0.1292", "12.92"]
 * f.stages[1].lost; //=> 182
 * ```
 * @category Scoring
 */
export function funnelMetrics(input: z.input<typeof funnelInputSchema>): {
  readonly spend: string;
  readonly costPerLead: string | null;
  readonly costPerDeal: string | null;
  readonly conversion: string;
  readonly conversionPercent: string;
  readonly stages: readonly FunnelStage[];
  readonly trace: readonly TraceStep[];
} {
  return guarded(() => {
    const f = parseWith(funnelInputSchema, input, "INVALID_INPUT", []);
    const spendFen = BigInt(toFen(f.spend));
    const first = f.stages[0];
    const last = f.stages[f.stages.length - 1];
    if (!first || !last) throw new ShoulouError("INVALID_INPUT", ["stages"], "needs two stages");
    const cost = (n: number) => (n === 0 ? null : bigUnitsToString((2n * spendFen + BigInt(n)) / (2n * BigInt(n)), 2));
    const stages: FunnelStage[] = f.stages.map((s, i) => {
      const prev = f.stages[i - 1];
      return {
        id: s.id,
        count: s.count,
        costEach: cost(s.count),
        fromPrevious: prev ? ratioString(s.count, prev.count, f.rateDecimals) : null,
        fromFirst: ratioString(s.count, first.count, f.rateDecimals),
        lost: prev ? prev.count - s.count : 0,
      };
    });
    const conversion = ratioString(last.count, first.count, f.rateDecimals);
    const conversionPercent = ratioString(last.count * 100, first.count, Math.max(0, f.rateDecimals - 2));
    const spend = bigUnitsToString(spendFen, 2);
    const costPerLead = cost(first.count);
    const costPerDeal = cost(last.count);
    const costStep = (stage: string, count: number, each: string | null) =>
      each === null ? step("SCO-FUN-1", "no-cost", { stage }) : step("SCO-FUN-1", "cost-each", { spend, stage, count, cost: each });
    const trace = [
      costStep(first.id, first.count, costPerLead),
      costStep(last.id, last.count, costPerDeal),
      step("SCO-FUN-1", "conversion", { first: first.count, last: last.count, conversion, lost: first.count - last.count }),
    ];
    return { spend, costPerLead, costPerDeal, conversion, conversionPercent, stages, trace };
  });
}
