import * as fc from "fast-check";
import type { ReferralPolicyInput } from "../referral/policy";
import type { ReferralRewardsInput } from "../referral/schema";
import { instantAt } from "./instants";
import { biased, yuan } from "./money-arbitraries";
import type { ArbitraryOptions } from "./options";

/** Options of `referralOffice`. @category Testing */
export interface ReferralArbitraryOptions extends ArbitraryOptions {
  /** Customers c0, c1, … . Default 8. */
  readonly customers?: number;
}

const START = "2024-01-01";
const at = (day: number) => instantAt(START, day * 1440 + 600);

/**
 * An office for the referral functions, valid by construction: customers (owners, staff,
 * shared phones and households), referrals (loops and self-referrals included: the guards must
 * catch them), deals signed, paid, cancelled, earlier payouts and `asOf`. With boundaries,
 * deals land on the last day of the review and clawback windows of the usual presets.
 *
 * @example
 * ```ts
 * const [office] = fc.sample(arbitraries.referralOffice(), { numRuns: 1, seed: 10 });
 * /^-?\d+\.\d{2}$/.test(referralRewards(office, referralPresets.laodaixin).total.total); //=> true
 * ```
 * @category Testing
 */
export function referralOffice(options: ReferralArbitraryOptions = {}): fc.Arbitrary<ReferralRewardsInput> {
  const n = options.customers ?? 8;
  const b = options.boundaries ?? true;
  const customer = (id: string) =>
    fc.record({ owner: fc.boolean(), staff: fc.boolean(), phone: fc.constantFrom(undefined, "p1", "p2"), household: fc.constantFrom(undefined, "h1", "h2") }).map((c) => ({
      id,
      owner: c.owner,
      staff: c.staff,
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.household ? { household: c.household } : {}),
    }));
  const dayGap = biased(b, [15, 16, 90, 91, 30, 31], fc.nat(120));
  return fc
    .record({
      customers: fc.tuple(...Array.from({ length: n }, (_, i) => customer(`c${i}`))),
      referrals: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), d: fc.nat(60) }), { maxLength: 12 }),
      deals: fc.array(fc.record({ b: fc.nat(n - 1), price: yuan(1, 500_000_000), signed: fc.option(fc.nat(200)), pay: fc.option(fc.nat(30)), cancel: fc.option(dayGap) }), { maxLength: 10 }),
      payouts: fc.array(fc.record({ d: fc.nat(9), c: fc.nat(n - 1), amount: yuan(0, 1_000_000), day: fc.nat(300) }), { maxLength: 4 }),
      asOf: fc.nat(365),
    })
    .map(({ customers, referrals, deals, payouts, asOf }) => ({
      customers,
      referrals: referrals.map((r, i) => ({ id: `r${i}`, referrer: `c${r.a}`, referred: `c${r.b}`, at: at(r.d) })),
      deals: deals.map((d, i) => ({
        id: `d${i}`,
        buyer: `c${d.b}`,
        price: d.price,
        ...(d.signed === null ? {} : { contractSignedAt: at(d.signed) }),
        ...(d.signed === null || d.pay === null ? {} : { paidInFullAt: at(d.signed + d.pay) }),
        ...(d.cancel === null ? {} : { cancelledAt: at((d.signed ?? 0) + d.cancel) }),
      })),
      payouts: payouts
        .filter((p, i) => p.d < deals.length && payouts.findIndex((q) => q.d === p.d && q.c === p.c) === i)
        .map((p) => ({ deal: `d${p.d}`, referrer: `c${p.c}`, amount: p.amount, paidAt: at(p.day) })),
      asOf: at(asOf),
    }));
}

/**
 * Referral policies, valid by construction: fixed, percentage and tiered rewards, one to three
 * levels, every cap, both triggers, every guard and window.
 *
 * @example
 * ```ts
 * const [policy] = fc.sample(arbitraries.referralPolicy(), { numRuns: 1, seed: 11 });
 * typeof referralRewards({ customers: [], referrals: [], deals: [], asOf: "2024-06-01T00:00:00+08:00" }, policy).total.total; //=> "string"
 * ```
 * @category Testing
 */
export function referralPolicy(_options: ArbitraryOptions = {}): fc.Arbitrary<ReferralPolicyInput> {
  return fc.record({
    reward: fc.oneof(
      yuan(0, 1_000_000).map((amount) => ({ kind: "fixed" as const, amount })),
      fc.integer({ min: 0, max: 500 }).map((bp) => ({ kind: "percent" as const, rate: (bp / 10_000).toFixed(4) })),
      fc.record({ mode: fc.constantFrom("flat" as const, "stepped" as const), period: fc.constantFrom("month" as const, "year" as const, "all" as const) }).map((t) => ({
        kind: "tiered" as const,
        ...t,
        bands: [{ from: 1, amount: "1000" }, { from: 2, rate: "0.01" }, { from: 4, amount: "8000.5" }],
      })),
    ),
    levels: fc.constantFrom(["1"], ["1", "0.5"], ["0.8", "0.3", "0.1"]),
    caps: fc
      .record({ perDeal: fc.constantFrom(undefined, "3000"), perReferrerMonth: fc.constantFrom(undefined, "7000"), perReferrerYear: fc.constantFrom(undefined, "20000"), perHousehold: fc.constantFrom(undefined, "9000") })
      .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))),
    trigger: fc.constantFrom("contract-signed" as const, "contract-and-payment" as const),
    referrerMustBeOwner: fc.boolean(),
    referredMustBeNew: fc.boolean(),
    staff: fc.constantFrom("reject" as const, "flag" as const, "allow" as const),
    sharedContact: fc.constantFrom("reject" as const, "flag" as const),
    reviewDays: fc.nat(20),
    clawbackDays: fc.nat(120),
  });
}
