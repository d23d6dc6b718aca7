import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isShoulouError,
  networkValue,
  ownerCircle,
  projectReferralGrowth,
  referralAgentCredit,
  referralChain,
  referralGraph,
  referralRewards,
  splitPool,
  toFen,
  type ReferralPolicyInput,
  type ReferralRewardsInput,
} from "../../src/index";

const N = 8;
const day = (d: number) => {
  const date = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
  return `${date}T10:00:00+08:00`;
};
const ids = Array.from({ length: N }, (_, i) => `c${i}`);

const customerArb = (id: string) =>
  fc.record({ owner: fc.boolean(), staff: fc.boolean(), phone: fc.constantFrom(undefined, "p1", "p2"), household: fc.constantFrom(undefined, "h1", "h2") }).map((c) => ({
    id,
    owner: c.owner,
    staff: c.staff,
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.household ? { household: c.household } : {}),
  }));

const officeArb: fc.Arbitrary<ReferralRewardsInput> = fc
  .record({
    customers: fc.tuple(...ids.map(customerArb)),
    referrals: fc.array(fc.record({ a: fc.nat(N - 1), b: fc.nat(N - 1), d: fc.nat(60) }), { maxLength: 12 }),
    deals: fc.array(
      fc.record({ b: fc.nat(N - 1), price: fc.integer({ min: 1, max: 500_000_000 }), signed: fc.option(fc.nat(200)), pay: fc.option(fc.nat(30)), cancel: fc.option(fc.nat(300)) }),
      { maxLength: 10 },
    ),
    payouts: fc.array(fc.record({ d: fc.nat(9), c: fc.nat(N - 1), fen: fc.integer({ min: 0, max: 1_000_000 }), day: fc.nat(300) }), { maxLength: 4 }),
    asOf: fc.nat(365),
  })
  .map(({ customers, referrals, deals, payouts, asOf }) => ({
    customers,
    referrals: referrals.map((r, i) => ({ id: `r${i}`, referrer: `c${r.a}`, referred: `c${r.b}`, at: day(r.d) })),
    deals: deals.map((d, i) => ({
      id: `d${i}`,
      buyer: `c${d.b}`,
      price: (d.price / 100).toFixed(2),
      ...(d.signed === null ? {} : { contractSignedAt: day(d.signed) }),
      ...(d.signed === null || d.pay === null ? {} : { paidInFullAt: day(d.signed + d.pay) }),
      ...(d.cancel === null ? {} : { cancelledAt: day(d.cancel) }),
    })),
    payouts: payouts
      .filter((p, i) => p.d < deals.length && payouts.findIndex((q) => q.d === p.d && q.c === p.c) === i)
      .map((p) => ({ deal: `d${p.d}`, referrer: `c${p.c}`, amount: (p.fen / 100).toFixed(2), paidAt: day(p.day) })),
    asOf: day(asOf),
  }));

const policyArb: fc.Arbitrary<ReferralPolicyInput> = fc.record({
  reward: fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }).map((f) => ({ kind: "fixed" as const, amount: (f / 100).toFixed(2) })),
    fc.integer({ min: 0, max: 500 }).map((bp) => ({ kind: "percent" as const, rate: String(bp / 10000) })),
    fc.record({ mode: fc.constantFrom("flat" as const, "stepped" as const), period: fc.constantFrom("month" as const, "year" as const, "all" as const) }).map((t) => ({
      kind: "tiered" as const,
      ...t,
      bands: [{ from: 1, amount: "1000" }, { from: 2, rate: "0.01" }, { from: 4, amount: "8000.5" }],
    })),
  ),
  levels: fc.constantFrom(["1"], ["1", "0.5"], ["0.8", "0.3", "0.1"]),
  caps: fc.record({ perDeal: fc.constantFrom(undefined, "3000"), perReferrerMonth: fc.constantFrom(undefined, "7000"), perReferrerYear: fc.constantFrom(undefined, "20000"), perHousehold: fc.constantFrom(undefined, "9000") }).map((c) =>
    Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)),
  ),
  trigger: fc.constantFrom("contract-signed" as const, "contract-and-payment" as const),
  referrerMustBeOwner: fc.boolean(),
  referredMustBeNew: fc.boolean(),
  staff: fc.constantFrom("reject" as const, "flag" as const, "allow" as const),
  sharedContact: fc.constantFrom("reject" as const, "flag" as const),
  reviewDays: fc.nat(20),
  clawbackDays: fc.nat(120),
});

const runs = { numRuns: 150 };
const sumFen = (xs: readonly string[]) => xs.reduce((s, x) => s + toFen(x), 0);

describe("referral rewards laws", () => {
  it("total paid = sum of reward lines − clawbacks, to the fen", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const r = referralRewards(office, policy);
        const rewards = sumFen(r.lines.filter((l) => l.kind !== "clawback").map((l) => l.amount));
        const clawbacks = -sumFen(r.lines.filter((l) => l.kind === "clawback").map((l) => l.amount));
        expect(toFen(r.total.total)).toBe(rewards - clawbacks);
        expect(toFen(r.total.rewards) - toFen(r.total.clawbacks)).toBe(toFen(r.total.total));
        for (const t of r.totals) {
          const mine = r.lines.filter((l) => l.referrer === t.referrer);
          expect(toFen(t.total)).toBe(sumFen(mine.map((l) => l.amount)));
        }
        expect(sumFen(r.totals.map((t) => t.total))).toBe(toFen(r.total.total));
      }),
      runs,
    );
  });

  it("no reward without a qualifying deal", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const r = referralRewards(office, policy);
        const graph = referralGraph({ customers: office.customers, referrals: office.referrals }, policy);
        const referred = new Set(graph.referrals.map((e) => e.referred));
        for (const line of r.lines.filter((l) => l.status !== "paid" && l.kind !== "clawback")) {
          const deal = office.deals.find((d) => d.id === line.deal)!;
          expect(deal.contractSignedAt !== undefined && deal.contractSignedAt <= office.asOf).toBe(true);
          expect(referred.has(deal.buyer)).toBe(true);
          expect(toFen(line.amount)).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it("no cap is ever exceeded", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const r = referralRewards({ ...office, payouts: [] }, policy);
        const caps = policy.caps ?? {};
        const positive = r.lines.filter((l) => l.kind !== "clawback");
        const household = (id: string) => office.customers.find((c) => c.id === id)?.household ?? id;
        const check = (cap: string | number | undefined, key: (l: (typeof positive)[number]) => string) => {
          if (cap === undefined) return;
          const sums = new Map<string, number>();
          for (const l of positive) sums.set(key(l), (sums.get(key(l)) ?? 0) + toFen(l.amount));
          for (const s of sums.values()) expect(s).toBeLessThanOrEqual(toFen(String(cap)));
        };
        check(caps.perDeal, (l) => l.deal);
        check(caps.perReferrerMonth, (l) => `${l.referrer}|${l.at.slice(0, 7)}`);
        check(caps.perReferrerYear, (l) => `${l.referrer}|${l.at.slice(0, 4)}`);
        check(caps.perHousehold, (l) => household(l.buyer));
      }),
      runs,
    );
  });

  it("the generated offices exercise rewards, tiers, caps, payouts and clawbacks", () => {
    const results = fc.sample(fc.tuple(officeArb, policyArb), { numRuns: 300, seed: 7 }).map(([o, p]) => referralRewards(o, p));
    const lines = results.flatMap((r) => r.lines);
    expect(lines.filter((l) => l.kind === "reward" && l.status !== "paid").length).toBeGreaterThan(20);
    expect(lines.some((l) => l.kind === "clawback")).toBe(true);
    expect(lines.some((l) => l.level > 1)).toBe(true);
    expect(results.some((r) => r.trace.some((t) => t.rule.startsWith("REF-CAP")))).toBe(true);
  });

  it("adding an unrelated referral never changes others' rewards", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const before = referralRewards(office, policy);
        const more: ReferralRewardsInput = {
          ...office,
          customers: [...office.customers, { id: "x1", owner: true }, { id: "x2" }],
          referrals: [...office.referrals, { id: "rx", referrer: "x1", referred: "x2", at: day(1) }],
          deals: [...office.deals, { id: "dx", buyer: "x2", price: "1000000", contractSignedAt: day(2), paidInFullAt: day(3) }],
        };
        const after = referralRewards(more, policy);
        expect(after.lines.filter((l) => l.deal !== "dx")).toEqual(before.lines);
      }),
      runs,
    );
  });

  it("deterministic and order-independent", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const a = referralRewards(office, policy);
        const shuffled = { ...office, customers: [...office.customers].reverse(), referrals: [...office.referrals].reverse(), deals: [...office.deals].reverse() };
        expect(referralRewards(shuffled, policy)).toEqual(a);
        expect(JSON.stringify(referralRewards(office, policy))).toBe(JSON.stringify(a));
      }),
      runs,
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const copy = structuredClone(office);
        const policyCopy = structuredClone(policy);
        referralRewards(office, policy);
        referralGraph({ customers: office.customers, referrals: office.referrals }, policy);
        expect(office).toEqual(copy);
        expect(policy).toEqual(policyCopy);
      }),
      { numRuns: 50 },
    );
  });
});

describe("referral graph laws", () => {
  it("no loop survives validation: every chain ends at a root, each customer has one referrer", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const g = referralGraph({ customers: office.customers, referrals: office.referrals }, policy);
        const referred = g.referrals.map((e) => e.referred);
        expect(new Set(referred).size).toBe(referred.length);
        for (const c of office.customers) {
          const chain = referralChain(g, c.id);
          expect(chain.depth).toBeLessThan(N);
          expect(new Set(chain.chain).size).toBe(chain.chain.length);
        }
      }),
      runs,
    );
  });
});

describe("pool laws", () => {
  it("split parts sum exactly to the pool and differ from the exact share by less than one fen", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), (fen, ws) => {
        fc.pre(ws.some((w) => w > 0));
        const s = splitPool({ amount: (fen / 100).toFixed(2), weights: ws.map((w, i) => ({ id: `a${i}`, weight: w })) });
        expect(sumFen(s.parts.map((p) => p.amount))).toBe(fen);
        const total = ws.reduce((a, b) => a + b, 0);
        s.parts.forEach((p, i) => {
          const exactTimesTotal = fen * ws[i]!;
          expect(Math.abs(toFen(p.amount) * total - exactTimesTotal)).toBeLessThan(total);
        });
      }),
      runs,
    );
  });
});

describe("arbitrary input never throws anything but ShoulouError", () => {
  const onlyShoulou = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(isShoulouError(e)).toBe(true);
    }
  };
  it("for every public function", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        onlyShoulou(() => referralGraph(a as never, b as never));
        onlyShoulou(() => referralRewards(a as never, b as never));
        onlyShoulou(() => referralChain(a as never, b as never));
        onlyShoulou(() => networkValue(a as never, b as never, c as never));
        onlyShoulou(() => ownerCircle(a as never, b as never));
        onlyShoulou(() => splitPool(a as never));
        onlyShoulou(() => projectReferralGrowth(a as never));
        onlyShoulou(() => referralAgentCredit(a as never, b as never, c as never));
      }),
      runs,
    );
  });

  it("for near-valid offices and policies", () => {
    fc.assert(
      fc.property(officeArb, fc.anything(), fc.anything(), (office, junk, policy) => {
        onlyShoulou(() => referralRewards({ ...office, deals: [...office.deals, junk] } as never, policy as never));
        onlyShoulou(() => referralRewards(office, { reward: junk } as never));
      }),
      runs,
    );
  });
});
