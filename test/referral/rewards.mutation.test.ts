import { describe, expect, it } from "vitest";
import { referralRewards, type ReferralPolicyInput, type ReferralRewardsInput } from "../../src/index";
import { expectShoulou, frozenCopy } from "../helpers";
import { at, chainOfFour, fixed, office } from "./fixtures";

/**
 * Mutation tests of referralRewards (rewards.ts, reward-base.ts, reward-candidates.ts,
 * reward-lines.ts, reward-totals.ts): exact lines, totals and trace steps at every boundary.
 */

type Deal = ReferralRewardsInput["deals"][number];
type Payout = NonNullable<ReferralRewardsInput["payouts"]>[number];

const brief = (r: ReturnType<typeof referralRewards>) => r.lines.map((l) => [l.deal, l.referrer, l.level, l.kind, l.rule, l.amount, l.status, l.at]);
const zeroTotals = { rewards: "0.00", clawbacks: "0.00", total: "0.00", paid: "0.00", approved: "0.00", pending: "0.00", flagged: "0.00", payable: "0.00" };

function refusal(fn: () => unknown, code: Parameters<typeof expectShoulou>[1], path: (string | number)[], message: string): void {
  const e = expectShoulou(fn, code, path);
  expect(e.issues).toEqual([{ path, message }]);
}

describe("rewards.ts: the programme step", () => {
  const one = office([{ id: "M", signed: at("2024-03-10") }]);

  it("REF-2: a fixed sum with no cap and no review is the bird-dog plan; its amount to the fen", () => {
    expect(referralRewards(one, fixed("25")).trace[0]).toEqual({ rule: "REF-2", fact: "programme", data: { amount: "25.00" } });
  });

  it("REF-2: caps given but left undefined are no caps: still the bird-dog plan", () => {
    expect(referralRewards(one, fixed("25", { caps: { perDeal: undefined, perHousehold: undefined } })).trace[0]).toEqual({ rule: "REF-2", fact: "programme", data: { amount: "25.00" } });
  });

  it("REF-RW-1: a fixed sum with any cap, or with a review window, is not the bird-dog plan", () => {
    expect(referralRewards(one, fixed("5000", { caps: { perHousehold: "9000" } })).trace[0]).toEqual({ rule: "REF-RW-1", fact: "programme", data: { amount: "5000.00" } });
    expect(referralRewards(one, fixed("5000", { reviewDays: 1 })).trace[0]).toEqual({ rule: "REF-RW-1", fact: "programme", data: { amount: "5000.00" } });
  });

  it("REF-RW-2: a percent programme names its rate", () => {
    expect(referralRewards(one, { reward: { kind: "percent", rate: "0.015" } }).trace[0]).toEqual({ rule: "REF-RW-2", fact: "programme", data: { rate: "0.015" } });
  });

  it("REF-RW-3: a flat tier programme names its period and number of bands; REF-RW-4 stepped defaults to the year", () => {
    const bands = [{ from: 1, amount: "1000" }, { from: 3, amount: "2000" }];
    expect(referralRewards(one, { reward: { kind: "tiered", mode: "flat", period: "month", bands } }).trace[0]).toEqual({ rule: "REF-RW-3", fact: "programme", data: { period: "month", bands: 2 } });
    expect(referralRewards(one, { reward: { kind: "tiered", bands: [{ from: 1, amount: "1000" }] } }).trace[0]).toEqual({ rule: "REF-RW-4", fact: "programme", data: { period: "year", bands: 1 } });
  });

  it("REF-RW-5: with deeper levels the programme lists the levels and their shares", () => {
    expect(referralRewards(one, fixed("5000", { levels: ["1", "0.5"] })).trace[0]).toEqual({ rule: "REF-2", fact: "programme-levels", data: { amount: "5000.00", levels: 2, shares: ["1", "0.5"] } });
    expect(referralRewards(one, { reward: { kind: "percent", rate: "0.01" }, levels: ["1", "0.5", "0.25"] }).trace[0]).toEqual({ rule: "REF-RW-2", fact: "programme-levels", data: { rate: "0.01", levels: 3, shares: ["1", "0.5", "0.25"] } });
  });

  it("REF-RW-1: the whole trace of one approved fixed reward", () => {
    const r = referralRewards(one, fixed("5000", { caps: { perDeal: "5000" } }));
    expect(r.trace).toEqual([
      { rule: "REF-RW-1", fact: "programme", data: { amount: "5000.00" } },
      { rule: "REF-G-3", fact: "accepted", data: { accepted: 1, refused: 0 } },
      { rule: "REF-RW-1", fact: "reward", data: { deal: "d-M", referrer: "L", level: 1, base: "5000.00", amount: "5000.00", status: "approved" } },
    ]);
    expect(r.lines).toStrictEqual([{ id: "d-M/1/L/reward", deal: "d-M", buyer: "M", referrer: "L", level: 1, kind: "reward", rule: "REF-RW-1", status: "approved", amount: "5000.00", at: "2024-03-10T10:00:00+08:00" }]);
  });
});

describe("reward-base.ts: stages known as of the moment, and the trigger", () => {
  it("REF-TRG-1: a contract signed at the very instant of asOf counts; one second later does not, and says so", () => {
    expect(brief(referralRewards(office([{ id: "M", signed: at("2024-03-10") }], at("2024-03-10")), fixed("5000")))).toEqual([["d-M", "L", 1, "reward", "REF-RW-1", "5000.00", "approved", "2024-03-10T10:00:00+08:00"]]);
    const r = referralRewards(office([{ id: "M", signed: "2024-03-10T10:00:01+08:00" }], at("2024-03-10")), fixed("5000"));
    expect(r.lines).toEqual([]);
    expect(r.trace.at(-1)).toEqual({ rule: "REF-TRG-1", fact: "not-earned", data: { deal: "d-M", asOf: "2024-03-10T10:00:00+08:00" } });
    expect(r.total).toEqual(zeroTotals);
    expect(r.totals).toEqual([]);
  });

  const trg2 = fixed("5000", { trigger: "contract-and-payment" });
  const earnedAt = (extra: Partial<Deal>, asOf = at("2024-12-31")) => referralRewards(office([{ id: "M", signed: at("2024-03-10"), extra }], asOf), trg2).lines.map((l) => l.at);

  it("REF-TRG-2: full payment before the contract is earned at the contract", () => {
    expect(earnedAt({ paidInFullAt: at("2024-03-01") })).toEqual(["2024-03-10T10:00:00+08:00"]);
  });

  it("REF-TRG-2: with both full payment and down payment plus loan, the earlier of the two", () => {
    expect(earnedAt({ paidInFullAt: at("2024-04-01"), downPaymentAt: at("2024-03-12"), loanDisbursedAt: at("2024-03-20") })).toEqual(["2024-03-20T10:00:00+08:00"]);
    expect(earnedAt({ paidInFullAt: at("2024-03-15"), downPaymentAt: at("2024-03-12"), loanDisbursedAt: at("2024-03-20") })).toEqual(["2024-03-15T10:00:00+08:00"]);
    expect(earnedAt({ downPaymentAt: at("2024-03-25"), loanDisbursedAt: at("2024-03-20") })).toEqual(["2024-03-25T10:00:00+08:00"]);
  });

  it("REF-TRG-2: a loan alone is not payment; a payment after asOf is not known yet, and the step names REF-TRG-2", () => {
    expect(earnedAt({ loanDisbursedAt: at("2024-03-20") })).toEqual([]);
    expect(earnedAt({ paidInFullAt: at("2024-04-02") }, at("2024-04-01"))).toEqual([]);
    expect(earnedAt({ downPaymentAt: at("2024-03-12"), loanDisbursedAt: at("2024-04-02") }, at("2024-04-01"))).toEqual([]);
    const r = referralRewards(office([{ id: "M", signed: at("2024-03-10"), extra: { paidInFullAt: at("2024-04-02") } }], at("2024-04-01")), trg2);
    expect(r.trace.at(-1)).toEqual({ rule: "REF-TRG-2", fact: "not-earned", data: { deal: "d-M", asOf: "2024-04-01T10:00:00+08:00" } });
  });

  it("REF-TRG-1: a deal cancelled at the very instant it would earn never earns; a second later it earns and is withdrawn (REF-CLW-2)", () => {
    const atOnce = referralRewards(office([{ id: "M", signed: at("2024-03-10"), extra: { cancelledAt: at("2024-03-10") } }]), fixed("5000"));
    expect(atOnce.trace.at(-1)).toEqual({ rule: "REF-TRG-1", fact: "not-earned", data: { deal: "d-M", asOf: "2024-12-31T10:00:00+08:00" } });
    const after = referralRewards(office([{ id: "M", signed: at("2024-03-10"), extra: { cancelledAt: "2024-03-10T10:00:01+08:00" } }]), fixed("5000"));
    expect(after.lines).toEqual([]);
    expect(after.trace.at(-1)).toEqual({ rule: "REF-CLW-2", fact: "withdrawn", data: { deal: "d-M", referrer: "L", days: 0 } });
  });

  it("REF-TRG-1: deals that have not earned are traced in deal id order, whatever the input order", () => {
    const r = referralRewards(office([{ id: "Z" }, { id: "M" }, { id: "A" }], at("2024-03-20")), fixed("5000"));
    expect(r.trace.slice(2)).toEqual(["d-A", "d-M", "d-Z"].map((deal) => ({ rule: "REF-TRG-1", fact: "not-earned", data: { deal, asOf: "2024-03-20T10:00:00+08:00" } })));
  });

  it("REF-CLW-2: a cancellation after asOf is not known yet: the reward stands", () => {
    const r = referralRewards(office([{ id: "M", signed: at("2024-03-10"), extra: { cancelledAt: at("2024-03-10", "11:00") } }], at("2024-03-10", "10:30")), fixed("5000"));
    expect(brief(r)).toEqual([["d-M", "L", 1, "reward", "REF-RW-1", "5000.00", "approved", "2024-03-10T10:00:00+08:00"]]);
  });
});

describe("reward-candidates.ts: who qualifies", () => {
  it("REF-G-4: a referral recorded at the very instant of the contract counts; one second after does not", () => {
    expect(referralRewards(office([{ id: "M", signed: at("2024-03-10"), referredAt: at("2024-03-10") }]), fixed("5000")).lines.map((l) => l.amount)).toEqual(["5000.00"]);
    const late = referralRewards(office([{ id: "M", signed: at("2024-03-10"), referredAt: "2024-03-10T10:00:01+08:00" }]), fixed("5000"));
    expect(late.lines).toEqual([]);
    expect(late.trace.at(-1)).toEqual({ rule: "REF-G-4", fact: "after-contract", data: { deal: "d-M", referral: "r-M" } });
  });

  it("REF-CLW-2: cancelled on the last day of the window is withdrawn; the day after, the reward stands", () => {
    const policy = fixed("5000", { clawbackDays: 2 });
    const last = referralRewards(office([{ id: "M", signed: at("2024-03-10"), extra: { cancelledAt: at("2024-03-12", "23:59") } }]), policy);
    expect(last.lines).toEqual([]);
    expect(last.trace.at(-1)).toEqual({ rule: "REF-CLW-2", fact: "withdrawn", data: { deal: "d-M", referrer: "L", days: 2 } });
    const next = referralRewards(office([{ id: "M", signed: at("2024-03-10"), extra: { cancelledAt: at("2024-03-13", "00:00") } }]), policy);
    expect(brief(next)).toEqual([["d-M", "L", 1, "reward", "REF-RW-1", "5000.00", "approved", "2024-03-10T10:00:00+08:00"]]);
  });

  describe("REF-TRG-3: owners", () => {
    const policy = fixed("5000", { referrerMustBeOwner: true });
    const base = office([{ id: "M", signed: at("2024-03-10") }]);
    const withL = (deals: Deal[]) => ({ ...base, customers: [{ id: "L" }, { id: "M" }], deals: [...base.deals, ...deals] });

    it("REF-TRG-3: a referrer who is not an owner gets nothing, with the exact step", () => {
      const r = referralRewards(withL([]), policy);
      expect(r.lines).toEqual([]);
      expect(r.trace.at(-1)).toEqual({ rule: "REF-TRG-3", fact: "not-owner", data: { deal: "d-M", referrer: "L", level: 1 } });
    });

    it("REF-TRG-3: a contract signed at the very instant of the referral makes an owner; one second later does not", () => {
      expect(referralRewards(withL([{ id: "dL", buyer: "L", price: "1", contractSignedAt: at("2024-03-01") }]), policy).lines.map((l) => l.amount)).toEqual(["5000.00"]);
      expect(referralRewards(withL([{ id: "dL", buyer: "L", price: "1", contractSignedAt: "2024-03-01T10:00:01+08:00" }]), policy).lines).toEqual([]);
    });

    it("REF-TRG-3: the earliest contract counts, whatever the order of the deals", () => {
      const deals = [{ id: "dL2", buyer: "L", price: "1", contractSignedAt: at("2024-03-05") }, { id: "dL1", buyer: "L", price: "1", contractSignedAt: at("2024-02-01") }];
      expect(referralRewards(withL(deals), policy).lines.map((l) => l.amount)).toEqual(["5000.00"]);
      expect(referralRewards(withL([...deals].reverse()), policy).lines.map((l) => l.amount)).toEqual(["5000.00"]);
    });

    it("REF-TRG-3: a cancelled contract, or one signed after asOf, makes no owner", () => {
      expect(referralRewards(withL([{ id: "dL", buyer: "L", price: "1", contractSignedAt: at("2024-02-01"), cancelledAt: at("2024-02-15") }]), policy).lines).toEqual([]);
      const cancelsLater = withL([{ id: "dL", buyer: "L", price: "1", contractSignedAt: at("2024-02-01"), cancelledAt: at("2024-03-20") }]);
      expect(referralRewards({ ...cancelsLater, asOf: at("2024-03-15") }, policy).lines.map((l) => l.amount)).toEqual(["5000.00"]);
      expect(referralRewards({ ...cancelsLater, asOf: at("2024-03-20") }, policy).lines).toEqual([]);
    });

    it("REF-TRG-3: without the owner rule a non-owner is paid", () => {
      expect(referralRewards(withL([]), fixed("5000")).lines.map((l) => l.amount)).toEqual(["5000.00"]);
    });
  });

  describe("levels up the chain (REF-RW-5)", () => {
    const chain = chainOfFour;
    const levels = ["1", "0.5", "0.25"];

    it("REF-RW-5: three levels get their shares; a flag on a referral holds that level and every level above it", () => {
      const r = referralRewards(chain([{ id: "A" }, { id: "B", staff: true }, { id: "C" }, { id: "D" }]), fixed("1000", { levels }));
      expect(r.lines.map((l) => [l.referrer, l.level, l.rule, l.amount, l.status])).toEqual([
        ["C", 1, "REF-RW-1", "1000.00", "approved"],
        ["B", 2, "REF-RW-5", "500.00", "flagged"],
        ["A", 3, "REF-RW-5", "250.00", "flagged"],
      ]);
      expect(r.trace.slice(2)).toEqual([
        { rule: "REF-RW-1", fact: "reward", data: { deal: "dD", referrer: "C", level: 1, base: "1000.00", amount: "1000.00", status: "approved" } },
        { rule: "REF-RW-5", fact: "reward", data: { deal: "dD", referrer: "B", level: 2, base: "500.00", amount: "500.00", status: "flagged", share: "0.5" } },
        { rule: "REF-TRG-4", fact: "held", data: { deal: "dD", referrer: "B", flags: ["REF-FLG-3"] } },
        { rule: "REF-RW-5", fact: "reward", data: { deal: "dD", referrer: "A", level: 3, base: "250.00", amount: "250.00", status: "flagged", share: "0.25" } },
        { rule: "REF-TRG-4", fact: "held", data: { deal: "dD", referrer: "A", flags: ["REF-FLG-3"] } },
      ]);
      expect(r.totals.map((t) => [t.referrer, t.approved, t.flagged])).toEqual([["A", "0.00", "250.00"], ["B", "0.00", "500.00"], ["C", "1000.00", "0.00"]]);
    });

    it("REF-TRG-4: flags of two referrals on the way add up", () => {
      const r = referralRewards(chain([{ id: "A", staff: true }, { id: "B" }, { id: "C", staff: true }, { id: "D" }]), fixed("1000", { levels }));
      expect(r.trace.filter((s) => s.rule === "REF-TRG-4").map((s) => s.data)).toEqual([
        { deal: "dD", referrer: "C", flags: ["REF-FLG-3"] },
        { deal: "dD", referrer: "B", flags: ["REF-FLG-3"] },
        { deal: "dD", referrer: "A", flags: ["REF-FLG-3", "REF-FLG-3"] },
      ]);
    });

    it("REF-TRG-3: a non-owner in the middle is skipped; the owner above still gets their level's share", () => {
      const r = referralRewards(chain([{ id: "A", owner: true }, { id: "B" }, { id: "C", owner: true }, { id: "D" }]), fixed("1000", { levels, referrerMustBeOwner: true }));
      expect(r.lines.map((l) => [l.referrer, l.level, l.amount])).toEqual([["C", 1, "1000.00"], ["A", 3, "250.00"]]);
      expect(r.trace.filter((s) => s.rule === "REF-TRG-3")).toEqual([{ rule: "REF-TRG-3", fact: "not-owner", data: { deal: "dD", referrer: "B", level: 2 } }]);
    });

    it("REF-RW-5: a chain shorter than the levels stops at its root; levels beyond the policy are never paid", () => {
      const short = { ...chain([{ id: "A" }, { id: "B" }, { id: "C" }, { id: "D" }]), deals: [{ id: "dC", buyer: "C", price: "1000000", contractSignedAt: at("2024-03-01") }] };
      expect(referralRewards(short, fixed("1000", { levels })).lines.map((l) => [l.referrer, l.level])).toEqual([["B", 1], ["A", 2]]);
      expect(referralRewards(chain([{ id: "A" }, { id: "B" }, { id: "C" }, { id: "D" }]), fixed("1000", { levels: ["1", "0.5"] })).lines.map((l) => [l.referrer, l.level])).toEqual([["C", 1], ["B", 2]]);
    });

    it("REF-RW-5: a level's share is rounded half-up to the fen", () => {
      const r = referralRewards(chain([{ id: "A" }, { id: "B" }, { id: "C" }, { id: "D" }]), fixed("0.03", { levels: ["1", "0.5"] }));
      expect(r.lines.map((l) => l.amount)).toEqual(["0.03", "0.02"]);
    });
  });

  it("REF-CAP-2: caps are applied in the order deals were earned, not by deal id", () => {
    const buyers = [{ id: "A", signed: at("2024-03-20") }, { id: "Z", signed: at("2024-03-05") }];
    const r = referralRewards(office(buyers), fixed("5000", { caps: { perReferrerMonth: "6000" } }));
    expect(r.lines.map((l) => [l.deal, l.amount])).toEqual([["d-Z", "5000.00"], ["d-A", "1000.00"]]);
  });

  it("REF-CAP-2: deals earned at the same instant are capped in deal id order", () => {
    const buyers = [{ id: "Z", signed: at("2024-03-05") }, { id: "A", signed: at("2024-03-05") }];
    const r = referralRewards(office(buyers), fixed("5000", { caps: { perReferrerMonth: "6000" } }));
    expect(r.lines.map((l) => [l.deal, l.amount])).toEqual([["d-A", "5000.00"], ["d-Z", "1000.00"]]);
  });

  it("DUPLICATE and UNKNOWN_REFERENCE: deals and payouts are refused at their paths, with the words", () => {
    const ok = office([{ id: "M", signed: at("2024-03-10") }]);
    refusal(() => referralRewards({ ...ok, deals: [...ok.deals, { ...ok.deals[0]! }] }), "DUPLICATE", ["deals", 1, "id"], 'deal "d-M" is listed twice');
    refusal(() => referralRewards({ ...ok, deals: [...ok.deals, { id: "dZ", buyer: "Z", price: "1" }] }), "UNKNOWN_REFERENCE", ["deals", 1, "buyer"], 'unknown customer "Z"');
    const paid = { deal: "d-M", referrer: "L", amount: "1", paidAt: at("2024-03-20") };
    refusal(() => referralRewards({ ...ok, payouts: [{ ...paid, deal: "nope" }] }), "UNKNOWN_REFERENCE", ["payouts", 0, "deal"], 'unknown deal "nope"');
    refusal(() => referralRewards({ ...ok, payouts: [{ ...paid, referrer: "Q" }] }), "UNKNOWN_REFERENCE", ["payouts", 0, "referrer"], 'unknown customer "Q"');
    refusal(() => referralRewards({ ...ok, payouts: [paid, { ...paid, level: 1 }] }), "DUPLICATE", ["payouts", 1], 'a payout for deal "d-M" to "L" at level 1 is listed twice');
    // Levels 1 and 2 are two lines: no duplicate. Level 2 is not in the policy: it no longer qualifies.
    expect(referralRewards({ ...ok, payouts: [paid, { ...paid, level: 2 }] }).lines.map((l) => [l.level, l.kind, l.rule, l.amount])).toEqual([[1, "reward", "REF-RW-1", "1.00"], [2, "reward", "REF-RW-6", "1.00"]]);
  });
});

describe("reward-base.ts: tiers and periods", () => {
  const stepped = (period: "month" | "year" | "all") => ({ reward: { kind: "tiered" as const, mode: "stepped" as const, period, bands: [{ from: 1, amount: "1000" }, { from: 2, amount: "2000" }] } });

  it("REF-RW-4: a year's count restarts in January; `all` never restarts; a month's restarts each month, also a year later", () => {
    const buyers = [{ id: "M1", signed: at("2024-12-10") }, { id: "M2", signed: at("2025-01-10") }];
    expect(referralRewards(office(buyers, at("2025-12-31")), stepped("year")).lines.map((l) => l.amount)).toEqual(["1000.00", "1000.00"]);
    expect(referralRewards(office(buyers, at("2025-12-31")), stepped("all")).lines.map((l) => l.amount)).toEqual(["1000.00", "2000.00"]);
    const months = [{ id: "M1", signed: at("2024-03-10") }, { id: "M2", signed: at("2024-03-20") }, { id: "M3", signed: at("2025-03-05") }];
    expect(referralRewards(office(months, at("2025-12-31")), stepped("month")).lines.map((l) => l.amount)).toEqual(["1000.00", "2000.00", "1000.00"]);
  });

  it("REF-RW-4: a stepped line's step names period, rank and the band's first deal", () => {
    const r = referralRewards(office([{ id: "M1", signed: at("2024-03-10") }, { id: "M2", signed: at("2024-03-20") }]), stepped("month"));
    expect(r.trace.slice(-2)).toEqual([
      { rule: "REF-RW-4", fact: "reward", data: { deal: "d-M1", referrer: "L", level: 1, base: "1000.00", amount: "1000.00", status: "approved", period: "month", rank: 1, from: 1 } },
      { rule: "REF-RW-4", fact: "reward", data: { deal: "d-M2", referrer: "L", level: 1, base: "2000.00", amount: "2000.00", status: "approved", period: "month", rank: 2, from: 2 } },
    ]);
  });

  it("REF-RW-3: a flat line's step names period, the count reached and the band's first deal", () => {
    const policy = { reward: { kind: "tiered" as const, mode: "flat" as const, bands: [{ from: 1, amount: "1000" }, { from: 2, rate: "0.003" }] } };
    const r = referralRewards(office([{ id: "M1", signed: at("2024-03-10") }, { id: "M2", signed: at("2024-03-20"), price: "2000000" }]), policy);
    expect(r.lines.map((l) => [l.deal, l.rule, l.amount])).toEqual([["d-M1", "REF-RW-3", "3000.00"], ["d-M2", "REF-RW-3", "6000.00"]]);
    expect(r.trace.at(-1)).toEqual({ rule: "REF-RW-3", fact: "reward", data: { deal: "d-M2", referrer: "L", level: 1, base: "6000.00", amount: "6000.00", status: "approved", period: "year", count: 2, from: 2 } });
  });

  it("REF-RW-3: a deal withdrawn in the clawback window does not count toward the tier", () => {
    const policy = { reward: { kind: "tiered" as const, mode: "flat" as const, bands: [{ from: 1, amount: "1000" }, { from: 2, amount: "2000" }] }, clawbackDays: 30 };
    const buyers = [{ id: "M1", signed: at("2024-03-10"), extra: { cancelledAt: at("2024-03-15") } }, { id: "M2", signed: at("2024-03-20") }];
    expect(referralRewards(office(buyers), policy).lines.map((l) => [l.deal, l.amount])).toEqual([["d-M2", "1000.00"]]);
  });

  it("REF-RW-2: a percent line's step names the rate", () => {
    const r = referralRewards(office([{ id: "M", signed: at("2024-03-10"), price: "1000001" }]), { reward: { kind: "percent", rate: "0.005" } });
    expect(r.trace.at(-1)).toEqual({ rule: "REF-RW-2", fact: "reward", data: { deal: "d-M", referrer: "L", level: 1, base: "5000.01", amount: "5000.01", status: "approved", rate: "0.005" } });
  });

  it("REF-RW-1: a zero reward makes no line and says so", () => {
    const r = referralRewards(office([{ id: "M", signed: at("2024-03-10") }]), {});
    expect(r.lines).toEqual([]);
    expect(r.trace.at(-1)).toEqual({ rule: "REF-RW-1", fact: "reward", data: { deal: "d-M", referrer: "L", level: 1, base: "0.00", amount: "0.00", status: "no-line" } });
    expect(r.trace[0]).toEqual({ rule: "REF-2", fact: "programme", data: { amount: "0.00" } });
  });
});

describe("reward-base.ts: caps", () => {
  const one = (price = "1000000") => office([{ id: "M", signed: at("2024-03-10"), price }]);

  it("REF-CAP-1: a reward exactly at the cap is not capped; one fen over is, with due, cap and amount", () => {
    expect(referralRewards(one(), fixed("5000", { caps: { perDeal: "5000" } })).trace.at(-1)).toEqual({ rule: "REF-RW-1", fact: "reward", data: { deal: "d-M", referrer: "L", level: 1, base: "5000.00", amount: "5000.00", status: "approved" } });
    const over = referralRewards(one(), fixed("5000.01", { caps: { perDeal: "5000" } }));
    expect(over.trace.at(-1)).toEqual({ rule: "REF-CAP-1", fact: "capped", data: { deal: "d-M", referrer: "L", due: "5000.01", cap: "5000.00", amount: "5000.00", status: "approved" } });
    expect(over.lines.map((l) => [l.rule, l.amount])).toEqual([["REF-RW-1", "5000.00"]]);
  });

  it("REF-CAP-4: of two caps that bite, the tightest is named; a looser later cap is not", () => {
    expect(referralRewards(one(), fixed("5000", { caps: { perDeal: "4000", perHousehold: "3000" } })).trace.at(-1)).toEqual({ rule: "REF-CAP-4", fact: "capped", data: { deal: "d-M", referrer: "L", due: "5000.00", cap: "3000.00", amount: "3000.00", status: "approved" } });
    expect(referralRewards(one(), fixed("5000", { caps: { perDeal: "3000", perHousehold: "4000" } })).trace.at(-1)).toEqual({ rule: "REF-CAP-1", fact: "capped", data: { deal: "d-M", referrer: "L", due: "5000.00", cap: "3000.00", amount: "3000.00", status: "approved" } });
    expect(referralRewards(one(), fixed("5000", { caps: { perReferrerMonth: "4500", perReferrerYear: "4000" } })).trace.at(-1)).toMatchObject({ rule: "REF-CAP-3", data: { cap: "4000.00", amount: "4000.00" } });
    expect(referralRewards(one(), fixed("5000", { caps: { perReferrerMonth: "4000", perReferrerYear: "4500" } })).trace.at(-1)).toMatchObject({ rule: "REF-CAP-2", data: { cap: "4000.00", amount: "4000.00" } });
  });

  it("REF-CAP-4: a buyer without a household is their own household: two deals by one buyer share the cap, two buyers do not", () => {
    const policy = fixed("5000", { caps: { perHousehold: "6000" } });
    const twoBuyers = office([{ id: "M", signed: at("2024-03-10") }, { id: "N", signed: at("2024-03-11") }]);
    expect(referralRewards(twoBuyers, policy).lines.map((l) => l.amount)).toEqual(["5000.00", "5000.00"]);
    const oneBuyer = { ...twoBuyers, customers: twoBuyers.customers.slice(0, 2), referrals: twoBuyers.referrals.slice(0, 1), deals: [twoBuyers.deals[0]!, { id: "d-M2", buyer: "M", price: "1000000", contractSignedAt: at("2024-03-11") }] };
    expect(referralRewards(oneBuyer, policy).lines.map((l) => [l.deal, l.amount])).toEqual([["d-M", "5000.00"], ["d-M2", "1000.00"]]);
  });

  it("REF-CAP-2: the month is the project zone's: 23:30 on 31 March and 00:30 on 1 April are two months", () => {
    const buyers = [{ id: "M", signed: at("2024-03-31", "23:30") }, { id: "N", signed: at("2024-04-01", "00:30") }];
    expect(referralRewards(office(buyers), fixed("5000", { caps: { perReferrerMonth: "5000" } })).lines.map((l) => l.amount)).toEqual(["5000.00", "5000.00"]);
    const same = [{ id: "M", signed: at("2024-04-01", "00:10") }, { id: "N", signed: at("2024-04-01", "00:30") }];
    expect(referralRewards(office(same), fixed("5000", { caps: { perReferrerMonth: "5000" } })).lines.map((l) => l.amount)).toEqual(["5000.00"]);
  });

  it("REF-CAP-3: the year is the project zone's: 23:30 on 31 December and 00:30 on 1 January are two years", () => {
    const buyers = [{ id: "M", signed: at("2024-12-31", "23:30") }, { id: "N", signed: at("2025-01-01", "00:30") }];
    expect(referralRewards(office(buyers, at("2025-06-30")), fixed("5000", { caps: { perReferrerYear: "5000" } })).lines.map((l) => l.amount)).toEqual(["5000.00", "5000.00"]);
  });

  it("REF-CAP-3: an overpaid reward uses the cap up to what was paid: the next deal gets nothing, never a negative amount", () => {
    const paid = [{ deal: "d-M1", referrer: "L", amount: "9000", paidAt: at("2024-03-20") }];
    const r = referralRewards(office([{ id: "M1", signed: at("2024-03-10") }, { id: "M2", signed: at("2024-04-10") }], at("2024-12-31"), paid), fixed("5000", { caps: { perReferrerYear: "8000" } }));
    expect(brief(r)).toEqual([["d-M1", "L", 1, "reward", "REF-RW-1", "9000.00", "paid", "2024-03-20T10:00:00+08:00"]]);
    expect(r.trace.slice(2)).toEqual([
      { rule: "REF-RW-6", fact: "overpaid", data: { deal: "d-M1", referrer: "L", paid: "9000.00", due: "5000.00" } },
      { rule: "REF-CAP-3", fact: "capped", data: { deal: "d-M2", referrer: "L", due: "5000.00", cap: "8000.00", amount: "0.00", status: "no-line" } },
    ]);
  });

  it("REF-RW-6: an underpaid reward uses the cap up to what is due: the top-up and the next deal share what is left", () => {
    const paid = [{ deal: "d-M1", referrer: "L", amount: "3000", paidAt: at("2024-03-20") }];
    const r = referralRewards(office([{ id: "M1", signed: at("2024-03-10") }, { id: "M2", signed: at("2024-04-10") }], at("2024-12-31"), paid), fixed("5000", { caps: { perReferrerYear: "8000" } }));
    // A fixed reward's top-up is due from the payout (the deal earned it before), not from the referrer's later deal M2.
    expect(brief(r)).toEqual([
      ["d-M1", "L", 1, "reward", "REF-RW-1", "3000.00", "paid", "2024-03-20T10:00:00+08:00"],
      ["d-M1", "L", 1, "top-up", "REF-RW-6", "2000.00", "approved", "2024-03-20T10:00:00+08:00"],
      ["d-M2", "L", 1, "reward", "REF-RW-1", "3000.00", "approved", "2024-04-10T10:00:00+08:00"],
    ]);
    expect(r.trace[2]).toEqual({ rule: "REF-RW-6", fact: "top-up", data: { deal: "d-M1", referrer: "L", paid: "3000.00", due: "5000.00", topUp: "2000.00" } });
    expect(r.total).toEqual({ rewards: "8000.00", clawbacks: "0.00", total: "8000.00", paid: "3000.00", approved: "5000.00", pending: "0.00", flagged: "0.00", payable: "5000.00" });
  });

  it("REF-RW-6: a fixed reward's only deal underpaid: the top-up arises at the payout, approved by the deal's review", () => {
    const paid = [{ deal: "d-M", referrer: "L", amount: "4999.99", paidAt: at("2024-03-20") }];
    const r = referralRewards(office([{ id: "M", signed: at("2024-03-10") }], at("2024-03-20", "12:00"), paid), fixed("5000", { reviewDays: 10 }));
    expect(r.lines).toStrictEqual([
      { id: "d-M/1/L/reward", deal: "d-M", buyer: "M", referrer: "L", level: 1, kind: "reward", rule: "REF-RW-1", status: "paid", amount: "4999.99", at: "2024-03-20T10:00:00+08:00" },
      { id: "d-M/1/L/top-up", deal: "d-M", buyer: "M", referrer: "L", level: 1, kind: "top-up", rule: "REF-RW-6", status: "approved", amount: "0.01", at: "2024-03-20T10:00:00+08:00" },
    ]);
    expect(r.trace.at(-1)).toEqual({ rule: "REF-RW-6", fact: "top-up", data: { deal: "d-M", referrer: "L", paid: "4999.99", due: "5000.00", topUp: "0.01" } });
  });

  it("REF-RW-6: a payout of exactly what is due makes no top-up and no step", () => {
    const paid = [{ deal: "d-M", referrer: "L", amount: "5000", paidAt: at("2024-03-20") }];
    const r = referralRewards(office([{ id: "M", signed: at("2024-03-10") }], at("2024-12-31"), paid), fixed("5000"));
    expect(brief(r)).toEqual([["d-M", "L", 1, "reward", "REF-RW-1", "5000.00", "paid", "2024-03-20T10:00:00+08:00"]]);
    expect(r.trace).toHaveLength(2);
  });

  it("REF-CLW-1: a clawed-back reward still uses the cap (clawbacks do not reopen caps)", () => {
    const paid = [{ deal: "d-M1", referrer: "L", amount: "5000", paidAt: at("2024-03-12") }];
    const buyers = [{ id: "M1", signed: at("2024-03-10"), extra: { cancelledAt: at("2024-03-15") } }, { id: "M2", signed: at("2024-04-10") }];
    const r = referralRewards(office(buyers, at("2024-12-31"), paid), fixed("5000", { caps: { perReferrerYear: "8000" }, clawbackDays: 30 }));
    expect(brief(r)).toEqual([
      ["d-M1", "L", 1, "reward", "REF-RW-1", "5000.00", "paid", "2024-03-12T10:00:00+08:00"],
      ["d-M1", "L", 1, "clawback", "REF-CLW-1", "-5000.00", "clawed-back", "2024-03-15T10:00:00+08:00"],
      ["d-M2", "L", 1, "reward", "REF-RW-1", "3000.00", "approved", "2024-04-10T10:00:00+08:00"],
    ]);
    expect(r.trace[2]).toEqual({ rule: "REF-CLW-1", fact: "clawed-back", data: { deal: "d-M1", referrer: "L", days: 30, amount: "5000.00" } });
    expect(r.totals).toEqual([{ referrer: "L", rewards: "8000.00", clawbacks: "5000.00", total: "3000.00", paid: "5000.00", approved: "3000.00", pending: "0.00", flagged: "0.00", payable: "-2000.00" }]);
  });
});

describe("reward-lines.ts: top-ups", () => {
  const bands = [{ from: 1, amount: "1000" }, { from: 3, amount: "2000" }];
  const three = [{ id: "M1", signed: at("2024-03-10") }, { id: "M2", signed: at("2024-04-10") }, { id: "M3", signed: at("2024-05-10") }];
  const policy: ReferralPolicyInput = { reward: { kind: "tiered", mode: "flat", bands }, reviewDays: 10 };

  it("REF-RW-6: a flat tier's top-up arises when the tier is reached (the 3rd deal), dated then", () => {
    const r = referralRewards(office(three, at("2024-05-15"), [{ deal: "d-M1", referrer: "L", amount: "1000", paidAt: at("2024-03-31") }]), policy);
    expect(brief(r)).toEqual([
      ["d-M1", "L", 1, "reward", "REF-RW-3", "1000.00", "paid", "2024-03-31T10:00:00+08:00"],
      ["d-M2", "L", 1, "reward", "REF-RW-3", "2000.00", "approved", "2024-04-10T10:00:00+08:00"],
      ["d-M1", "L", 1, "top-up", "REF-RW-6", "1000.00", "approved", "2024-05-10T10:00:00+08:00"],
      ["d-M3", "L", 1, "reward", "REF-RW-3", "2000.00", "pending", "2024-05-10T10:00:00+08:00"],
    ]);
    expect(r.total).toEqual({ rewards: "6000.00", clawbacks: "0.00", total: "6000.00", paid: "1000.00", approved: "3000.00", pending: "2000.00", flagged: "0.00", payable: "3000.00" });
  });

  it("REF-RW-6: a flat tier's top-up is due from the deal that reached the band (the 3rd), not from a later 4th deal", () => {
    const four = [...three, { id: "M4", signed: at("2024-06-10") }];
    const r = referralRewards(office(four, at("2024-12-31"), [{ deal: "d-M1", referrer: "L", amount: "1000", paidAt: at("2024-03-31") }]), policy);
    expect(r.lines.filter((l) => l.kind === "top-up").map((l) => [l.deal, l.amount, l.at])).toEqual([["d-M1", "1000.00", "2024-05-10T10:00:00+08:00"]]);
  });

  it("REF-RW-6: a top-up paid after the tier was reached arises at the payout", () => {
    const r = referralRewards(office(three, at("2024-12-31"), [{ deal: "d-M1", referrer: "L", amount: "1000", paidAt: at("2024-06-01") }]), policy);
    expect(r.lines.filter((l) => l.kind === "top-up").map((l) => l.at)).toEqual(["2024-06-01T10:00:00+08:00"]);
  });
});

describe("rewards.ts: payouts for lines that no longer qualify", () => {
  const base = (deal: Partial<Deal>, payouts: Payout[], asOf = at("2024-12-31")): ReferralRewardsInput => ({
    customers: [{ id: "L", owner: true }, { id: "X" }],
    referrals: [],
    deals: [{ id: "dX", buyer: "X", price: "1000000", contractSignedAt: at("2024-03-10"), ...deal }],
    payouts,
    asOf,
  });
  const paid = (more: Partial<Payout> = {}): Payout => ({ deal: "dX", referrer: "L", amount: "5000", paidAt: at("2024-03-20"), ...more });

  it("REF-RW-6: a payout for a deal nobody referred stays as paid, with its step", () => {
    const r = referralRewards(base({}, [paid()]), fixed("5000"));
    expect(r.lines).toStrictEqual([{ id: "dX/1/L/reward", deal: "dX", buyer: "X", referrer: "L", level: 1, kind: "reward", rule: "REF-RW-6", status: "paid", amount: "5000.00", at: "2024-03-20T10:00:00+08:00" }]);
    expect(r.trace.at(-1)).toEqual({ rule: "REF-RW-6", fact: "no-longer-qualifies", data: { deal: "dX", referrer: "L", paid: "5000.00" } });
    expect(r.total).toEqual({ rewards: "5000.00", clawbacks: "0.00", total: "5000.00", paid: "5000.00", approved: "0.00", pending: "0.00", flagged: "0.00", payable: "0.00" });
  });

  it("REF-CLW-1: its deal cancelled within the window of the payout is clawed back, on the last day too; the day after is not", () => {
    const inWindow = referralRewards(base({ cancelledAt: at("2024-03-25", "23:59") }, [paid()]), fixed("5000", { clawbackDays: 5 }));
    expect(inWindow.lines).toStrictEqual([
      { id: "dX/1/L/reward", deal: "dX", buyer: "X", referrer: "L", level: 1, kind: "reward", rule: "REF-RW-6", status: "paid", amount: "5000.00", at: "2024-03-20T10:00:00+08:00" },
      { id: "dX/1/L/clawback", deal: "dX", buyer: "X", referrer: "L", level: 1, kind: "clawback", rule: "REF-CLW-1", status: "clawed-back", amount: "-5000.00", at: "2024-03-25T23:59:00+08:00" },
    ]);
    const after = referralRewards(base({ cancelledAt: at("2024-03-26", "00:00") }, [paid()]), fixed("5000", { clawbackDays: 5 }));
    expect(after.lines.map((l) => l.kind)).toEqual(["reward"]);
  });

  it("REF-CLW-1: a cancellation exactly at asOf is known; one second after it is not", () => {
    const cancelled = { contractSignedAt: at("2024-03-10"), cancelledAt: at("2024-03-21") };
    expect(referralRewards(base(cancelled, [paid()], at("2024-03-21")), fixed("5000", { clawbackDays: 5 })).lines.map((l) => [l.kind, l.amount])).toEqual([["reward", "5000.00"], ["clawback", "-5000.00"]]);
    expect(referralRewards(base(cancelled, [paid()], "2024-03-21T09:59:59+08:00"), fixed("5000", { clawbackDays: 5 })).lines.map((l) => l.kind)).toEqual(["reward"]);
  });

  it("REF-RW-6: payouts that no longer qualify are traced in deal, referrer, level order, and lines sorted by time, deal, level, referrer", () => {
    const input: ReferralRewardsInput = {
      customers: [{ id: "A" }, { id: "Z" }, { id: "X" }, { id: "Y" }],
      referrals: [],
      deals: [{ id: "dY", buyer: "Y", price: "1" }, { id: "dX", buyer: "X", price: "1" }],
      payouts: [
        { deal: "dY", referrer: "A", amount: "1", paidAt: at("2024-03-20") },
        { deal: "dX", referrer: "Z", level: 1, amount: "2", paidAt: at("2024-03-20") },
        { deal: "dX", referrer: "A", level: 2, amount: "3", paidAt: at("2024-03-20") },
        { deal: "dX", referrer: "A", level: 1, amount: "4", paidAt: at("2024-03-20") },
        { deal: "dX", referrer: "Z", level: 3, amount: "5", paidAt: at("2024-03-19") },
      ],
      asOf: at("2024-12-31"),
    };
    const r = referralRewards(input, fixed("5000"));
    expect(r.trace.slice(2).map((s) => [s.data.deal, s.data.referrer, s.data.paid])).toEqual([["dX", "A", "4.00"], ["dX", "A", "3.00"], ["dX", "Z", "2.00"], ["dX", "Z", "5.00"], ["dY", "A", "1.00"]]);
    expect(r.lines.map((l) => [l.deal, l.level, l.referrer, l.amount])).toEqual([["dX", 3, "Z", "5.00"], ["dX", 1, "A", "4.00"], ["dX", 1, "Z", "2.00"], ["dX", 2, "A", "3.00"], ["dY", 1, "A", "1.00"]]);
    expect(r.totals.map((t) => [t.referrer, t.paid])).toEqual([["A", "8.00"], ["Z", "7.00"]]);
  });

  it("REF-RW-6: a leftover payout sorts among the reward lines by time, then deal id", () => {
    const input: ReferralRewardsInput = {
      customers: [{ id: "L", owner: true }, { id: "M" }, { id: "X" }],
      referrals: [{ id: "r1", referrer: "L", referred: "M", at: at("2024-03-01") }],
      deals: [{ id: "dB", buyer: "M", price: "1", contractSignedAt: at("2024-03-10") }, { id: "dA", buyer: "X", price: "1" }, { id: "dC", buyer: "X", price: "1" }],
      payouts: [{ deal: "dA", referrer: "L", amount: "7", paidAt: at("2024-03-10") }, { deal: "dC", referrer: "L", amount: "8", paidAt: at("2024-03-05") }],
      asOf: at("2024-12-31"),
    };
    expect(referralRewards(input, fixed("5000")).lines.map((l) => [l.deal, l.amount, l.at])).toEqual([
      ["dC", "8.00", "2024-03-05T10:00:00+08:00"],
      ["dA", "7.00", "2024-03-10T10:00:00+08:00"],
      ["dB", "5000.00", "2024-03-10T10:00:00+08:00"],
    ]);
  });

  it("REF-RW-6: a leftover payout at the instant, deal and level of a reward line sorts with it by referrer", () => {
    // Z's reward line is made before A's leftover payout: the sort must put A first.
    const input: ReferralRewardsInput = {
      customers: [{ id: "Z", owner: true }, { id: "M" }, { id: "A" }],
      referrals: [{ id: "r1", referrer: "Z", referred: "M", at: at("2024-03-01") }],
      deals: [{ id: "dM", buyer: "M", price: "1", contractSignedAt: at("2024-03-10") }],
      payouts: [{ deal: "dM", referrer: "A", amount: "7", paidAt: at("2024-03-10") }],
      asOf: at("2024-12-31"),
    };
    expect(brief(referralRewards(input, fixed("5000")))).toEqual([
      ["dM", "A", 1, "reward", "REF-RW-6", "7.00", "paid", "2024-03-10T10:00:00+08:00"],
      ["dM", "Z", 1, "reward", "REF-RW-1", "5000.00", "approved", "2024-03-10T10:00:00+08:00"],
    ]);
  });

  it("REF-CLW-1: a reward and its clawback at one instant stay reward first when the lines are sorted", () => {
    // L's later reward for M's deal comes first in the making; sorting brings dX's pair ahead of it.
    const input: ReferralRewardsInput = {
      ...base({ cancelledAt: at("2024-03-20") }, [paid()]),
      customers: [{ id: "L", owner: true }, { id: "X" }, { id: "M" }],
      referrals: [{ id: "r1", referrer: "L", referred: "M", at: at("2024-03-01") }],
      deals: [{ id: "dX", buyer: "X", price: "1000000", contractSignedAt: at("2024-03-10"), cancelledAt: at("2024-03-20") }, { id: "dM", buyer: "M", price: "1", contractSignedAt: at("2024-04-01") }],
    };
    expect(referralRewards(input, fixed("5000")).lines.map((l) => [l.deal, l.kind, l.at])).toEqual([
      ["dX", "reward", "2024-03-20T10:00:00+08:00"],
      ["dX", "clawback", "2024-03-20T10:00:00+08:00"],
      ["dM", "reward", "2024-04-01T10:00:00+08:00"],
    ]);
  });

  it("REF-CLW-1: a reward and its clawback at one instant: the reward line first", () => {
    const r = referralRewards(base({ cancelledAt: at("2024-03-20") }, [paid()]), fixed("5000"));
    expect(r.lines.map((l) => [l.kind, l.at])).toEqual([["reward", "2024-03-20T10:00:00+08:00"], ["clawback", "2024-03-20T10:00:00+08:00"]]);
  });
});

describe("reward-totals.ts: totals by status", () => {
  it("REF-TRG-4: approved, pending, flagged and paid lines sum apart, per referrer sorted by id and overall", () => {
    const input: ReferralRewardsInput = {
      customers: [{ id: "P", owner: true }, { id: "Q", staff: true }, { id: "M" }, { id: "N" }, { id: "O" }],
      referrals: [
        { id: "r1", referrer: "Q", referred: "M", at: at("2024-03-01") },
        { id: "r2", referrer: "P", referred: "N", at: at("2024-03-01") },
        { id: "r3", referrer: "P", referred: "O", at: at("2024-03-01") },
      ],
      deals: [
        { id: "dM", buyer: "M", price: "1", contractSignedAt: at("2024-03-10") },
        { id: "dN", buyer: "N", price: "1", contractSignedAt: at("2024-03-10") },
        { id: "dO", buyer: "O", price: "1", contractSignedAt: at("2024-03-20") },
      ],
      payouts: [{ deal: "dN", referrer: "P", amount: "100", paidAt: at("2024-03-11") }],
      asOf: at("2024-03-25"),
    };
    const r = referralRewards(input, fixed("100", { reviewDays: 10 }));
    expect(r.totals).toEqual([
      { referrer: "P", rewards: "200.00", clawbacks: "0.00", total: "200.00", paid: "100.00", approved: "0.00", pending: "100.00", flagged: "0.00", payable: "0.00" },
      { referrer: "Q", rewards: "100.00", clawbacks: "0.00", total: "100.00", paid: "0.00", approved: "0.00", pending: "0.00", flagged: "100.00", payable: "0.00" },
    ]);
    expect(r.total).toEqual({ rewards: "300.00", clawbacks: "0.00", total: "300.00", paid: "100.00", approved: "0.00", pending: "100.00", flagged: "100.00", payable: "0.00" });
  });
});

describe("bulk-input: items zod rewrites", () => {
  it("REF-RW-2: a price given as a number is read as yuan; the caller's lists are never written to, frozen or not", () => {
    const input = office([{ id: "M", signed: at("2024-03-10") }]);
    const numeric = { ...input, deals: [{ ...input.deals[0]!, price: 1234567.89 }] };
    const policy: ReferralPolicyInput = { reward: { kind: "percent", rate: 0.015 } };
    expect(referralRewards(numeric, policy).lines.map((l) => l.amount)).toEqual(["18518.52"]);
    expect(numeric.deals[0]!.price).toBe(1234567.89);
    const frozen = frozenCopy(numeric);
    expect(referralRewards(frozen, policy).lines.map((l) => l.amount)).toEqual(["18518.52"]);
  });
});

describe("rewards.ts: refusals", () => {
  it("INVALID_POLICY and INVALID_INPUT at their paths", () => {
    const ok = office([{ id: "M", signed: at("2024-03-10") }]);
    expectShoulou(() => referralRewards(ok, { trigger: "handshake" } as never), "INVALID_POLICY", ["policy", "trigger"]);
    expectShoulou(() => referralRewards({ ...ok, asOf: "yesterday" }), "INVALID_INPUT", ["asOf"]);
    expectShoulou(() => referralRewards({ ...ok, deals: [{ id: "d", buyer: "M", price: "0" }] }), "INVALID_INPUT", ["deals", 0, "price"]);
    expectShoulou(() => referralRewards({ ...ok, payouts: [{ deal: "d-M", referrer: "L", level: 4, amount: "1", paidAt: at("2024-03-20") }] }), "INVALID_INPUT", ["payouts", 0, "level"]);
  });
});
