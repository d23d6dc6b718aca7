import * as z from "zod";
import { guarded } from "../core/errors";
import { dec, roundFen } from "../core/decimal";
import { decimalSchema, intSchema, moneySchema, parseWith, rateSchema } from "../core/schema";
import { step, type TraceStep } from "../core/trace";

/**
 * What lifetime value is computed from: past and current value, the expected repeat and
 * referred purchases per period with their probabilities, the direct cost per period, the
 * discount rate per period and the horizon.
 *
 * @remarks SCO-9 (《房地产客户跟踪及维护技巧》: 重复购买能力 + 推荐购买能力; 《客户链的建立及销售渠道的探索》: 历史价值、当前价值、潜在价值).
 * @category Scoring
 */
export const lifetimeValueInputSchema = z.strictObject({
  historicalValue: z._default(moneySchema("nonnegative"), "0"),
  currentValue: z._default(moneySchema("nonnegative"), "0"),
  repeat: z.strictObject({ probabilityPerPeriod: rateSchema(1), profitPerPurchase: moneySchema("nonnegative") }).optional(),
  referral: z
    .strictObject({
      referralsPerPeriod: decimalSchema({ sign: "nonnegative", maxDecimals: 4, maxIntegerDigits: 4 }),
      closeRate: rateSchema(1),
      profitPerPurchase: moneySchema("nonnegative"),
    })
    .optional(),
  directCostPerPeriod: z._default(moneySchema("nonnegative"), "0"),
  discountRate: rateSchema(10),
  horizonPeriods: intSchema(1, 600),
  /** Satisfaction = experience − expectation (《房地产客户跟踪及维护技巧》), on any scale the office uses. */
  satisfaction: z.strictObject({ experience: decimalSchema({ maxDecimals: 4 }), expectation: decimalSchema({ maxDecimals: 4 }) }).optional(),
});

/** One period of the potential value. @category Scoring */
export interface LifetimeValuePeriod {
  readonly period: number;
  /** Expected profit of the period, before discounting, to the fen. */
  readonly expectedProfit: string;
  /** Its present value, half-up to the fen; potential value is the sum of these lines. */
  readonly presentValue: string;
}

/**
 * A customer's lifetime value: historical value + current value + potential value, where
 * potential value is the net present value of the expected future profit — repeat purchases
 * (probability × profit) and referred purchases (referrals × close rate × profit) less the
 * direct cost — discounted each period at the discount rate over the horizon. Exact decimals;
 * each period's present value is rounded half-up to the fen once and the total is the sum
 * of the rounded lines.
 *
 * @remarks SCO-9 (《房地产客户跟踪及维护技巧》; 《客户链的建立及销售渠道的探索》: 未来利润的期望净现值减直接成本).
 * @param input - ({@link lifetimeValueInputSchema})
 * @returns historical, current, potential and lifetime value (yuan), each period's line,
 * satisfaction when given, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`
 * @example
 * ```ts
 * const v = lifetimeValue({ historicalValue: 50000, repeat: { probabilityPerPeriod: "0.4", profitPerPurchase: 10000 }, discountRate: "0.1", horizonPeriods: 2 });
 * v.periods.map((p) => p.presentValue); //=> ["3636.36", "3305.79"]
 * v.lifetimeValue; //=> "56942.15"
 * ```
 * @category Scoring
 */
export function lifetimeValue(input: z.input<typeof lifetimeValueInputSchema>): {
  readonly historicalValue: string;
  readonly currentValue: string;
  readonly potentialValue: string;
  readonly lifetimeValue: string;
  readonly periods: readonly LifetimeValuePeriod[];
  readonly satisfaction: string | null;
  readonly trace: readonly TraceStep[];
} {
  return guarded(() => {
    const v = parseWith(lifetimeValueInputSchema, input, "INVALID_INPUT", []);
    const repeat = v.repeat ? dec(v.repeat.probabilityPerPeriod).times(v.repeat.profitPerPurchase) : dec(0);
    const referral = v.referral ? dec(v.referral.referralsPerPeriod).times(v.referral.closeRate).times(v.referral.profitPerPurchase) : dec(0);
    const expected = repeat.plus(referral).minus(v.directCostPerPeriod);
    const base = dec(1).plus(v.discountRate);
    const periods: LifetimeValuePeriod[] = [];
    let potential = dec(0);
    let factor = dec(1);
    for (let t = 1; t <= v.horizonPeriods; t++) {
      factor = factor.times(base);
      const pv = roundFen(expected.div(factor));
      potential = potential.plus(pv);
      periods.push({ period: t, expectedProfit: roundFen(expected).toFixed(2), presentValue: pv.toFixed(2) });
    }
    const total = dec(v.historicalValue).plus(v.currentValue).plus(potential);
    const satisfaction = v.satisfaction ? dec(v.satisfaction.experience).minus(v.satisfaction.expectation).toString() : null;
    const potentialValue = potential.toFixed(2);
    const trace: TraceStep[] = [
      step("SCO-9", "expected-profit", { repeat: repeat.toString(), referral: referral.toString(), cost: v.directCostPerPeriod, expected: expected.toString() }),
      step("SCO-9", "npv", { periods: v.horizonPeriods, rate: v.discountRate, potential: potentialValue, potentialValue }),
      step("SCO-9", "lifetime", { historical: v.historicalValue, current: v.currentValue, potential: potentialValue, total: total.toFixed(2) }),
    ];
    if (v.satisfaction && satisfaction !== null)
      trace.push(step("SCO-9", "satisfaction", { experience: v.satisfaction.experience, expectation: v.satisfaction.expectation, satisfaction }));
    return {
      historicalValue: dec(v.historicalValue).toFixed(2),
      currentValue: dec(v.currentValue).toFixed(2),
      potentialValue: potential.toFixed(2),
      lifetimeValue: total.toFixed(2),
      periods,
      satisfaction,
      trace,
    };
  });
}
