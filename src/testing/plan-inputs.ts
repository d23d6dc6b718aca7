import * as fc from "fast-check";
import type { PurchasePlanInput } from "../fees/input-types";
import type { ReferralCreditInput } from "../referral/agent-credit";
import { fenOf } from "./law";
import { biased, yuan } from "./money-arbitraries";
import type { ArbitraryOptions } from "./options";
import { referralOffice, type ReferralArbitraryOptions } from "./referral-arbitraries";

/**
 * Inputs of `purchasePlan`: a price, a down payment share, and none, one or a combination of
 * two loans (provident fund + commercial, the commercial one taking the rest).
 *
 * @example
 * ```ts
 * const [plan] = fc.sample(arbitraries.purchasePlanInput(), { numRuns: 1, seed: 34 });
 * typeof purchasePlan(plan).firstMonthPayment; //=> "string"
 * ```
 * @category Testing
 */
export function purchasePlanInput(options: ArbitraryOptions = {}): fc.Arbitrary<PurchasePlanInput> {
  const b = options.boundaries ?? true;
  const rate = fc.integer({ min: 0, max: 8000 }).map((n) => (n / 1000).toFixed(3));
  const months = biased(b, [1, 360], fc.integer({ min: 12, max: 360 }));
  const method = fc.constantFrom("equal-installment" as const, "equal-principal" as const);
  return fc.record({ price: yuan(100_000_00, 5_000_000_000), down: fc.integer({ min: 20, max: 90 }), loans: fc.integer({ min: 0, max: 2 }), fund: fc.integer({ min: 1, max: 50 }) }).chain(({ price, down, loans, fund }) =>
    fc.record({ r1: rate, r2: rate, m1: months, m2: months, k1: method, k2: method }).map(({ r1, r2, m1, m2, k1, k2 }) => ({
      price,
      // without a loan the price is paid in full
      downPaymentRatio: loans === 0 ? "1" : (down / 100).toFixed(2),
      loans:
        loans === 0
          ? []
          : loans === 1
            ? [{ kind: "commercial" as const, annualRatePercent: r2, months: m2, method: k2 }]
            : [
                { kind: "provident-fund" as const, amount: `${fund * 10_000}`, annualRatePercent: r1, months: m1, method: k1 },
                { kind: "commercial" as const, annualRatePercent: r2, months: m2, method: k2 },
              ],
    })),
  ).filter((p) => {
    // a combination loan needs the provident-fund part below the loan total (exact, in fen)
    const loanFen = (fenOf(String(p.price)) * BigInt(100 - Math.round(Number(p.downPaymentRatio) * 100))) / 100n;
    const first = p.loans[0];
    return p.loans.length < 2 || (first?.amount !== undefined && fenOf(String(first.amount)) < loanFen);
  });
}

/**
 * Inputs of `referralAgentCredit`: a referral office whose deals name the agent who closed them.
 *
 * @example
 * ```ts
 * const [office] = fc.sample(arbitraries.referralCreditInput(), { numRuns: 1, seed: 35 });
 * referralAgentCredit(office).deals.length <= office.deals.length; //=> true
 * ```
 * @category Testing
 */
export function referralCreditInput(options: ReferralArbitraryOptions = {}): fc.Arbitrary<ReferralCreditInput> {
  return referralOffice(options).chain((o) =>
    fc.tuple(...o.deals.map(() => fc.constantFrom("A1", "A2", undefined))).map((agents): ReferralCreditInput => ({
      customers: o.customers,
      referrals: o.referrals,
      deals: o.deals.map((d, i): ReferralCreditInput["deals"][number] => (agents[i] ? { ...d, agent: agents[i] } : d)),
      asOf: o.asOf,
    })),
  );
}
