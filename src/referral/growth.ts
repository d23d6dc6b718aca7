import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { dec } from "../core/decimal";
import { intSchema, parseWith, rateSchema } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import type { SameInput } from "../core/same-input";
import type { ReferralGrowthInput } from "./input-types";
// the named input type lives in input-types.ts; re-exported where it used to be defined
export type { ReferralGrowthInput } from "./input-types";

/**
 * Input of {@link projectReferralGrowth}.
 *
 * @remarks REF-4, REF-3 (《房地产客户跟踪及维护技巧》).
 * @category Referral
 */
export const referralGrowthInputSchema = z.strictObject({
  initial: z._default(intSchema(1, 1_000_000_000), 1),
  perCustomer: z._default(intSchema(0, 1_000_000), 2),
  rounds: intSchema(0, 1000),
  /** Optional close rate of referred customers (REF-3: 0.40) to project deals. */
  closeRate: z.optional(rateSchema(1)),
});

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<ReferralGrowthInput, typeof referralGrowthInputSchema>;

/** One round of {@link projectReferralGrowth}. @category Referral */
export interface ReferralGrowthRound {
  readonly round: number;
  /** Customers brought in this round. */
  readonly newThisRound: number;
  /** New customers brought so far (the initial ones excluded). */
  readonly newTotal: number;
  /** Everyone so far, the initial customers included. */
  readonly total: number;
  /** newTotal × closeRate, when a close rate is given (a decimal string). */
  readonly expectedDeals?: string;
}

/** What {@link projectReferralGrowth} returns. @category Referral */
export interface ReferralGrowth {
  readonly rounds: readonly ReferralGrowthRound[];
  /** The last round's figures (round 0 when `rounds` is 0). */
  readonly final: ReferralGrowthRound;
  readonly trace: readonly TraceStep[];
}

/**
 * Projects referral growth: in each round every customer brought in the previous round brings
 * `perCustomer` new ones. With 《房地产客户跟踪及维护技巧》's 1 customer and 2 per round: 8,190 new after 12
 * rounds (8,191 with the first), 16,383 in all after 13 and 32,767 after 14.
 *
 * @remarks REF-4 (《房地产客户跟踪及维护技巧》 客户转介绍: 重复12次，将累计产生8190名新顾客); REF-3 (《房地产客户跟踪及维护技巧》: 转介绍的成交率是40%) for `closeRate`.
 * @param input - `{ initial = 1, perCustomer = 2, rounds, closeRate? }`
 * @returns every round's figures, the final one and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`; `OUT_OF_RANGE` when a count would pass 2^53
 * @example
 * ```ts
 * projectReferralGrowth({ rounds: 12 }).final.newTotal; //=> 8190
 * projectReferralGrowth({ rounds: 13 }).final.total; //=> 16383
 * projectReferralGrowth({ rounds: 14, closeRate: "0.4" }).final.total; //=> 32767
 * ```
 * @category Referral
 */
export function projectReferralGrowth(input: ReferralGrowthInput): ReferralGrowth {
  return guarded(() => {
    const g = parseWith(referralGrowthInputSchema, input, "INVALID_INPUT");
    const row = (round: number, newThisRound: number, newTotal: number): ReferralGrowthRound => {
      const base = { round, newThisRound, newTotal, total: g.initial + newTotal };
      return g.closeRate === undefined ? base : { ...base, expectedDeals: dec(newTotal).times(g.closeRate).toString() };
    };
    const rounds: ReferralGrowthRound[] = [];
    let generation = g.initial;
    let newTotal = 0;
    for (let round = 1; round <= g.rounds; round++) {
      generation *= g.perCustomer;
      newTotal += generation;
      if (g.initial + newTotal > Number.MAX_SAFE_INTEGER) {
        throw new ShoulouError("OUT_OF_RANGE", ["rounds"], `round ${round} passes ${Number.MAX_SAFE_INTEGER} customers`);
      }
      rounds.push(row(round, generation, newTotal));
    }
    const final = rounds[rounds.length - 1] ?? row(0, 0, 0);
    const trace = [
      step("REF-4", "projection", { initial: g.initial, perCustomer: g.perCustomer, rounds: final.round, newTotal: final.newTotal, total: final.total }),
      ...(final.expectedDeals === undefined || g.closeRate === undefined ? [] : [step("REF-3", "expected-deals", { closeRate: g.closeRate, expectedDeals: final.expectedDeals })]),
    ];
    return { rounds, final, trace };
  });
}
