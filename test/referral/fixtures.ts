import type { ReferralPolicyInput, ReferralRewardsInput } from "../../src/index";

/** Shared fixtures: seed 002's owner L and his network (REF-7), and small builders. */
export const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

/** L先生 and the people he brought (seed 002 老客户维护定义【案例】). */
export const lNetwork = {
  customers: [
    { id: "L", name: "L先生" },
    { id: "brother", name: "哥哥和大嫂" },
    { id: "elder-sister", name: "大妹妹" },
    { id: "younger-sister", name: "小妹妹" },
    { id: "friend", name: "好友" },
    { id: "fathers-friend", name: "父辈挚友" },
  ],
  referrals: [
    { id: "r-brother", referrer: "L", referred: "brother", at: at("2013-04-01"), relation: "family" },
    { id: "r-elder", referrer: "L", referred: "elder-sister", at: at("2013-04-02"), relation: "family" },
    { id: "r-younger", referrer: "L", referred: "younger-sister", at: at("2013-04-03"), relation: "family" },
    { id: "r-friend", referrer: "L", referred: "friend", at: at("2013-04-04"), relation: "friend" },
    { id: "r-fathers-friend", referrer: "L", referred: "fathers-friend", at: at("2013-04-05"), relation: "other" },
  ],
  deals: [
    { id: "L-1-2101", buyer: "L", price: "1800000", contractSignedAt: at("2013-03-01") },
    { id: "L-shop", buyer: "L", price: "4200000", contractSignedAt: at("2013-03-15") },
    { id: "brother-1-1904", buyer: "brother", price: "1730000", contractSignedAt: at("2013-05-01") },
    { id: "brother-shop", buyer: "brother", price: "3700000", contractSignedAt: at("2013-05-02") },
    { id: "elder-5-2101", buyer: "elder-sister", price: "1550000", contractSignedAt: at("2013-05-03") },
    { id: "younger-5-1501", buyer: "younger-sister", price: "1490000", contractSignedAt: at("2013-05-04") },
    { id: "friend-2-shops", buyer: "friend", price: "10000000", contractSignedAt: at("2013-05-05") },
    { id: "fathers-friend-6-1701", buyer: "fathers-friend", price: "1600000", contractSignedAt: at("2013-05-06") },
  ],
} as const;

/** A chain c0 ← c1 ← … ← c(n-1): c(i) referred c(i+1). */
export function longChain(n: number) {
  const customers = Array.from({ length: n }, (_, i) => ({ id: `c${i}` }));
  const referrals = Array.from({ length: n - 1 }, (_, i) => ({ id: `r${i}`, referrer: `c${i}`, referred: `c${i + 1}`, at: at("2024-01-01") }));
  return { customers, referrals };
}

type Deal = ReferralRewardsInput["deals"][number];
type Customer = ReferralRewardsInput["customers"][number];
type Payout = NonNullable<ReferralRewardsInput["payouts"]>[number];

/** A buyer L referred, with their one deal `d-<id>`. */
export interface Buyer {
  readonly id: string;
  readonly signed?: string;
  readonly price?: string;
  readonly household?: string;
  readonly referredAt?: string;
  readonly extra?: Partial<Deal>;
}

/** referralRewards input: L (an owner) referred each buyer (on 2024-03-01 unless told); each buyer's deal `d-<id>`. */
export function office(buyers: readonly Buyer[], asOf = at("2024-12-31"), payouts: Payout[] = []): ReferralRewardsInput {
  return {
    customers: [{ id: "L", owner: true }, ...buyers.map((b): Customer => ({ id: b.id, ...(b.household ? { household: b.household } : {}) }))],
    referrals: buyers.map((b) => ({ id: `r-${b.id}`, referrer: "L", referred: b.id, at: b.referredAt ?? at("2024-03-01") })),
    deals: buyers.map((b) => ({ id: `d-${b.id}`, buyer: b.id, price: b.price ?? "1000000", ...(b.signed ? { contractSignedAt: b.signed } : {}), ...b.extra })),
    payouts,
    asOf,
  };
}

/** A fixed reward of `amount` per deal, with more policy fields. */
export const fixed = (amount: string, more: ReferralPolicyInput = {}): ReferralPolicyInput => ({ reward: { kind: "fixed", amount }, ...more });

/** A referred B, B referred C, C referred D; D bought on 2024-03-01. The levels up a chain (REF-RW-5). */
export const chainOfFour = (customers: ReferralRewardsInput["customers"]): ReferralRewardsInput => ({
  customers,
  referrals: [
    { id: "r1", referrer: "A", referred: "B", at: at("2024-01-01") },
    { id: "r2", referrer: "B", referred: "C", at: at("2024-01-02") },
    { id: "r3", referrer: "C", referred: "D", at: at("2024-01-03") },
  ],
  deals: [{ id: "dD", buyer: "D", price: "1000000", contractSignedAt: at("2024-03-01") }],
  asOf: at("2024-12-31"),
});
