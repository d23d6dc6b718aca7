import { referralGraph } from "../referral/graph";
import type { ReferralPolicyInput } from "../referral/policy";
import { referralRewards } from "../referral/rewards";
import { ensure, fenOf, holds, MONEY, same } from "./law";
import type { LawOptions } from "./options";
import { referralOffice, type ReferralArbitraryOptions } from "./referral-arbitraries";

/** Options of `referralPolicyLaws`. @category Testing */
export type ReferralPolicyLawOptions = LawOptions & ReferralArbitraryOptions;

/**
 * The laws every referral policy must keep, checked on a company's own policy with generated
 * offices: the total is the reward lines less the clawbacks, to the fen, and each referrer's
 * total is the sum of their lines; no reward without a deal signed by `asOf` whose buyer was
 * referred; no cap is ever exceeded; every amount has two decimals; the same office gives the
 * same rewards. Throws a `LawError` with fast-check's counterexample.
 *
 * @example
 * ```ts
 * laws.referralPolicy(referralPresets.laodaixin, { numRuns: 20 }); //=> undefined
 * ```
 * @category Testing
 */
export function referralPolicyLaws(policy: ReferralPolicyInput, options: ReferralPolicyLawOptions = {}): void {
  const offices = referralOffice(options);
  const sum = (xs: readonly string[]) => xs.reduce((s, x) => s + fenOf(x), 0n);

  holds("the total is the reward lines less the clawbacks, to the fen", offices, (office) => {
    const r = referralRewards(office, policy);
    ensure(fenOf(r.total.total) === sum(r.lines.map((l) => l.amount)), () => `total ${r.total.total} ≠ the sum of the lines`);
    ensure(fenOf(r.total.rewards) - fenOf(r.total.clawbacks) === fenOf(r.total.total), () => "rewards − clawbacks ≠ total");
    for (const t of r.totals) ensure(fenOf(t.total) === sum(r.lines.filter((l) => l.referrer === t.referrer).map((l) => l.amount)), () => `${t.referrer}'s total`);
    for (const l of r.lines) ensure(MONEY.test(l.amount), () => `amount ${l.amount}`);
  }, options);

  holds("no reward without a signed deal whose buyer was referred", offices, (office) => {
    const r = referralRewards(office, policy);
    const referred = new Set(referralGraph({ customers: office.customers, referrals: office.referrals }, policy).referrals.map((e) => e.referred));
    for (const line of r.lines.filter((l) => l.status !== "paid" && l.kind !== "clawback")) {
      const deal = office.deals.find((d) => d.id === line.deal);
      ensure(deal !== undefined && deal.contractSignedAt !== undefined && referred.has(deal.buyer), () => `line for deal ${line.deal} without a qualifying deal`);
    }
  }, options);

  holds("no cap is ever exceeded", offices, (office) => {
    const r = referralRewards({ ...office, payouts: [] }, policy);
    const caps = (policy.caps ?? {}) as Record<string, string | number | undefined>;
    const positive = r.lines.filter((l) => l.kind !== "clawback");
    const household = (id: string) => office.customers.find((c) => c.id === id)?.household ?? id;
    const check = (cap: string | number | undefined, key: (l: (typeof positive)[number]) => string, name: string) => {
      if (cap === undefined) return;
      const sums = new Map<string, bigint>();
      for (const l of positive) sums.set(key(l), (sums.get(key(l)) ?? 0n) + fenOf(l.amount));
      for (const [k, s] of sums) ensure(s <= fenOf(String(cap)), () => `${name} cap ${String(cap)} exceeded by ${k}`);
    };
    check(caps.perDeal, (l) => l.deal, "per-deal");
    check(caps.perReferrerMonth, (l) => `${l.referrer}|${l.at.slice(0, 7)}`, "per-referrer-month");
    check(caps.perReferrerYear, (l) => `${l.referrer}|${l.at.slice(0, 4)}`, "per-referrer-year");
    check(caps.perHousehold, (l) => household(l.buyer), "per-household");
  }, options);

  holds("the same office gives the same rewards", offices, (office) => {
    ensure(same(referralRewards(office, policy), referralRewards(office, policy)), () => "two calls differ");
  }, options);
}
