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
  referralPresets,
  type ReferralRewardsInput,
} from "../../src/index";
import { arbitraries, laws } from "../../src/testing/index";

const N = 8;
const day = (d: number) => {
  const date = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
  return `${date}T10:00:00+08:00`;
};

// The QA kit's generators: offices of customers c0…c7 with referrals, deals (cancellations on
// the review and clawback edges), payouts and asOf; and policies of every reward kind and cap.
const officeArb = arbitraries.referralOffice({ customers: N });
const policyArb = arbitraries.referralPolicy();
/** Generated policies the kit's laws run against, besides the shipped presets. */
const generatedPolicies = fc.sample(policyArb, { numRuns: 10, seed: 41 });

const runs = { numRuns: 150 };
const sumFen = (xs: readonly string[]) => xs.reduce((s, x) => s + toFen(x), 0);

describe("referral rewards laws", () => {
  // laws.referralPolicy checks: total = reward lines − clawbacks, per referrer too, amounts with
  // two decimals; no reward without a signed deal whose buyer was referred; no cap is ever
  // exceeded (per deal, referrer-month, referrer-year, household); deterministic.
  for (const [name, preset] of Object.entries(referralPresets)) {
    it(`laws.referralPolicy holds for the ${name} preset`, () => {
      laws.referralPolicy(preset, runs);
    });
  }

  it("laws.referralPolicy holds for generated policies (totals, qualifying deals, caps)", () => {
    for (const policy of generatedPolicies) laws.referralPolicy(policy, { numRuns: 15 });
  });

  it("the referrers' totals add up to the office total, and rewards and clawbacks are the lines of each kind", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const r = referralRewards(office, policy);
        const rewards = sumFen(r.lines.filter((l) => l.kind !== "clawback").map((l) => l.amount));
        const clawbacks = -sumFen(r.lines.filter((l) => l.kind === "clawback").map((l) => l.amount));
        expect(toFen(r.total.total)).toBe(rewards - clawbacks);
        expect(sumFen(r.totals.map((t) => t.total))).toBe(toFen(r.total.total));
      }),
      runs,
    );
  });

  it("an unpaid reward is positive and its deal was signed by asOf", () => {
    fc.assert(
      fc.property(officeArb, policyArb, (office, policy) => {
        const r = referralRewards(office, policy);
        for (const line of r.lines.filter((l) => l.status !== "paid" && l.kind !== "clawback")) {
          const deal = office.deals.find((d) => d.id === line.deal)!;
          expect(deal.contractSignedAt !== undefined && deal.contractSignedAt <= office.asOf).toBe(true);
          expect(toFen(line.amount)).toBeGreaterThan(0);
        }
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
      fc.property(arbitraries.referralPool(), (pool) => {
        const fen = toFen(pool.amount);
        const ws = pool.weights.map((w) => Number(w.weight));
        const s = splitPool(pool);
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
