import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { explainStep, explainTrace, referralPresets, referralRewards, type ReferralPolicyInput, type ReferralRewardsInput } from "../../src/index";
import { at } from "./fixtures";


type Deal = ReferralRewardsInput["deals"][number];

/** L (an owner) referred each buyer on 2024-03-01; each buyer signed on the day given. */
function lReferred(buyers: { id: string; signed?: string; price?: string; household?: string; extra?: Partial<Deal> }[], asOf = at("2024-12-31")): ReferralRewardsInput {
  return {
    customers: [{ id: "L", owner: true }, ...buyers.map((b) => ({ id: b.id, ...(b.household ? { household: b.household } : {}) }))],
    referrals: buyers.map((b) => ({ id: `r-${b.id}`, referrer: "L", referred: b.id, at: at("2024-03-01") })),
    deals: buyers.map((b) => ({ id: `d-${b.id}`, buyer: b.id, price: b.price ?? "1000000", ...(b.signed ? { contractSignedAt: at(b.signed) } : {}), ...b.extra })),
    asOf,
  };
}

const fixed = (amount: string, more: ReferralPolicyInput = {}): ReferralPolicyInput => ({ reward: { kind: "fixed", amount }, ...more });
const amounts = (r: ReturnType<typeof referralRewards>) => r.lines.map((l) => l.amount);

describe("reward kinds", () => {
  it("REF-2: Girard's plan pays a fixed sum for every referred sale — 56 sales at 25 make the seed's 1,400", () => {
    const buyers = Array.from({ length: 56 }, (_, i) => ({ id: `b${String(i).padStart(2, "0")}`, signed: "2024-03-10" }));
    const r = referralRewards(lReferred(buyers), referralPresets.girard);
    expect(r.lines).toHaveLength(56);
    expect(r.total.total).toBe("1400.00");
    expect(r.lines.every((l) => l.status === "approved" && l.rule === "REF-RW-1")).toBe(true);
    expect(r.trace[0]).toEqual({ rule: "REF-2", fact: "programme", data: { amount: "25.00" } });
    expect(explainStep(r.trace[0]!)).toBe("猎犬计划：每成交一单固定奖励¥25.00，不设上限、不设审核，一律照付，奖励直接推荐人");
  });

  it("REF-2: at 25 a sale, the seed's 150 plan deals would cost 3,750, not the 1,400 it reports", () => {
    const buyers = Array.from({ length: 150 }, (_, i) => ({ id: `b${String(i).padStart(3, "0")}`, signed: "2024-03-10" }));
    expect(referralRewards(lReferred(buyers), referralPresets.girard).total.total).toBe("3750.00");
  });

  it("REF-RW-1: a fixed reward per referred deal", () => {
    const r = referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }]), fixed("5000"));
    expect(r.lines).toMatchObject([{ deal: "d-M", referrer: "L", level: 1, kind: "reward", rule: "REF-RW-1", amount: "5000.00", status: "approved", at: "2024-03-10T10:00:00+08:00" }]);
  });

  it("REF-RW-2: a percentage of the price, rounded half-up to the fen", () => {
    const r = referralRewards(lReferred([{ id: "M", signed: "2024-03-10", price: "1234567.89" }]), { reward: { kind: "percent", rate: "0.015" } });
    expect(amounts(r)).toEqual(["18518.52"]);
    expect(explainTrace(r.trace).at(-1)).toBe("REF-RW-2 d-M：推荐人 L（第1级）按成交价的1.5%四舍五入到分为¥18,518.52，应得¥18,518.52（已批准）");
  });

  const bands = [{ from: 1, amount: "1000" }, { from: 3, amount: "2000" }];
  const three = [{ id: "M1", signed: "2024-03-10" }, { id: "M2", signed: "2024-04-10" }, { id: "M3", signed: "2024-05-10" }];

  it("REF-RW-3: flat tiers pay every deal of the period at the tier reached", () => {
    expect(amounts(referralRewards(lReferred(three), { reward: { kind: "tiered", mode: "flat", period: "year", bands } }))).toEqual(["2000.00", "2000.00", "2000.00"]);
    expect(amounts(referralRewards(lReferred(three.slice(0, 2)), { reward: { kind: "tiered", mode: "flat", period: "year", bands } }))).toEqual(["1000.00", "1000.00"]);
    expect(amounts(referralRewards(lReferred(three), { reward: { kind: "tiered", mode: "flat", period: "month", bands } }))).toEqual(["1000.00", "1000.00", "1000.00"]);
  });

  it("REF-RW-4: stepped tiers pay each deal at its own band", () => {
    const r = referralRewards(lReferred(three), { reward: { kind: "tiered", mode: "stepped", period: "year", bands } });
    expect(amounts(r)).toEqual(["1000.00", "1000.00", "2000.00"]);
    expect(r.lines[2]?.rule).toBe("REF-RW-4");
  });

  it("REF-RW-4: a band may be a rate of the price", () => {
    const r = referralRewards(lReferred(three), { reward: { kind: "tiered", mode: "stepped", bands: [{ from: 1, rate: "0.005" }, { from: 2, rate: "0.01" }] } });
    expect(amounts(r)).toEqual(["5000.00", "10000.00", "10000.00"]);
  });

  it("REF-RW-5: deeper levels only with explicit decaying shares", () => {
    const input: ReferralRewardsInput = {
      customers: [{ id: "A", owner: true }, { id: "B", owner: true }, { id: "C" }],
      referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-01-01") }, { id: "r2", referrer: "B", referred: "C", at: at("2024-02-01") }],
      deals: [{ id: "dC", buyer: "C", price: "2000000", contractSignedAt: at("2024-03-01") }],
      asOf: at("2024-12-31"),
    };
    const r = referralRewards(input, fixed("5000", { levels: ["1", "0.5"] }));
    expect(r.lines.map((l) => [l.referrer, l.level, l.rule, l.amount])).toEqual([["B", 1, "REF-RW-1", "5000.00"], ["A", 2, "REF-RW-5", "2500.00"]]);
    expect(referralRewards(input, fixed("5000")).lines.map((l) => l.referrer)).toEqual(["B"]);
  });
});

describe("caps", () => {
  it("REF-CAP-1: a deal's rewards never pass the per-deal cap", () => {
    const r = referralRewards(lReferred([{ id: "M", signed: "2024-03-10", price: "3000000" }]), { reward: { kind: "percent", rate: "0.01" }, caps: { perDeal: "20000" } });
    expect(amounts(r)).toEqual(["20000.00"]);
    expect(r.trace.some((s) => s.rule === "REF-CAP-1")).toBe(true);
  });

  it("REF-CAP-2: a referrer's month never passes the monthly cap", () => {
    const r = referralRewards(lReferred([{ id: "M1", signed: "2024-03-10" }, { id: "M2", signed: "2024-03-11" }, { id: "M3", signed: "2024-04-01" }]), fixed("5000", { caps: { perReferrerMonth: "8000" } }));
    expect(amounts(r)).toEqual(["5000.00", "3000.00", "5000.00"]);
  });

  it("REF-CAP-3: a referrer's year never passes the yearly cap", () => {
    const buyers = [{ id: "M1", signed: "2024-03-10" }, { id: "M2", signed: "2024-05-10" }, { id: "M3", signed: "2024-07-10" }, { id: "M4", signed: "2025-01-10" }];
    expect(amounts(referralRewards(lReferred(buyers, at("2025-06-30")), fixed("5000", { caps: { perReferrerYear: "12000" } })))).toEqual(["5000.00", "5000.00", "2000.00", "5000.00"]);
  });

  it("REF-CAP-4: one buying household earns its referrer the household cap at most", () => {
    const r = referralRewards(lReferred([{ id: "H1", signed: "2024-03-10", household: "H" }, { id: "H2", signed: "2024-03-12", household: "H" }]), fixed("5000", { caps: { perHousehold: "5000" } }));
    expect(amounts(r)).toEqual(["5000.00"]);
    const cap = r.trace.find((s) => s.rule === "REF-CAP-4")!;
    expect(cap.data).toEqual({ deal: "d-H2", referrer: "L", due: "5000.00", cap: "5000.00", amount: "0.00", status: "no-line" });
    expect(explainStep(cap)).toBe("d-H2：推荐人 L 应得¥5,000.00，受此上限¥5,000.00所限，实得¥0.00（不出奖励行）");
  });
});

describe("triggers and review", () => {
  it("REF-TRG-1: earned when the contract is signed; not before", () => {
    expect(amounts(referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }]), fixed("5000")))).toEqual(["5000.00"]);
    expect(referralRewards(lReferred([{ id: "M" }]), fixed("5000")).lines).toEqual([]);
    expect(referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }], at("2024-03-09")), fixed("5000")).lines).toEqual([]);
  });

  it("REF-G-4: a referral recorded after the contract earns nothing for that deal", () => {
    const late = lReferred([{ id: "M", signed: "2024-02-20" }]);
    const r = referralRewards(late, fixed("5000"));
    expect(r.lines).toEqual([]);
    expect(r.trace.find((s) => s.rule === "REF-G-4")).toEqual({ rule: "REF-G-4", fact: "after-contract", data: { deal: "d-M", referral: "r-M" } });
  });

  it("REF-TRG-2: contract plus full payment, or plus down payment and loan", () => {
    const policy = fixed("5000", { trigger: "contract-and-payment" });
    const deal = (extra: Partial<Deal>) => referralRewards(lReferred([{ id: "M", signed: "2024-03-10", extra }]), policy).lines.map((l) => l.at);
    expect(deal({})).toEqual([]);
    expect(deal({ downPaymentAt: at("2024-03-10", "11:00") })).toEqual([]);
    expect(deal({ downPaymentAt: at("2024-03-10", "11:00"), loanDisbursedAt: at("2024-04-20") })).toEqual(["2024-04-20T10:00:00+08:00"]);
    expect(deal({ paidInFullAt: at("2024-03-12") })).toEqual(["2024-03-12T10:00:00+08:00"]);
  });

  it("REF-TRG-3: the referrer must be an owner on a purchase contract when referring", () => {
    const policy = fixed("5000", { referrerMustBeOwner: true });
    const base = lReferred([{ id: "M", signed: "2024-03-10" }]);
    const notOwner = { ...base, customers: [{ id: "L" }, { id: "M" }] };
    expect(referralRewards(notOwner, policy).lines).toEqual([]);
    expect(referralRewards(notOwner, policy).trace.some((s) => s.rule === "REF-TRG-3")).toBe(true);
    const ownerBefore = { ...notOwner, deals: [...base.deals, { id: "dL", buyer: "L", price: "1800000", contractSignedAt: at("2024-02-01") }] };
    expect(amounts(referralRewards(ownerBefore, policy))).toEqual(["5000.00"]);
    const ownerAfter = { ...notOwner, deals: [...base.deals, { id: "dL", buyer: "L", price: "1800000", contractSignedAt: at("2024-03-05") }] };
    expect(referralRewards(ownerAfter, policy).lines).toEqual([]);
  });

  it("REF-TRG-4: pending in the review window, approved after it, flagged lines wait for a person", () => {
    const policy = fixed("5000", { reviewDays: 15 });
    expect(referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }], at("2024-03-24", "23:59")), policy).lines[0]?.status).toBe("pending");
    expect(referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }], at("2024-03-25", "00:00")), policy).lines[0]?.status).toBe("approved");
    const staff = lReferred([{ id: "M", signed: "2024-03-10" }]);
    const flagged = referralRewards({ ...staff, customers: [{ id: "L", owner: true, staff: true }, { id: "M" }] }, policy);
    expect(flagged.lines[0]?.status).toBe("flagged");
    expect(flagged.total.flagged).toBe("5000.00");
  });
});

describe("clawbacks and payouts", () => {
  const paid = { deal: "d-M", referrer: "L", amount: "5000", paidAt: at("2024-03-20") };
  const policy = fixed("5000", { clawbackDays: 90 });

  it("REF-CLW-1: a paid reward whose deal is cancelled in the window comes back as a negative line", () => {
    const input = { ...lReferred([{ id: "M", signed: "2024-03-10", extra: { cancelledAt: at("2024-05-01") } }]), payouts: [paid] };
    const r = referralRewards(input, policy);
    expect(r.lines.map((l) => [l.kind, l.amount, l.status])).toEqual([["reward", "5000.00", "paid"], ["clawback", "-5000.00", "clawed-back"]]);
    expect(r.totals[0]).toMatchObject({ referrer: "L", rewards: "5000.00", clawbacks: "5000.00", total: "0.00", payable: "-5000.00" });
  });

  it("REF-CLW-1: a cancellation after the window claws nothing back", () => {
    const input = { ...lReferred([{ id: "M", signed: "2024-03-10", extra: { cancelledAt: at("2024-07-01") } }]), payouts: [paid] };
    expect(referralRewards(input, policy).lines.map((l) => l.kind)).toEqual(["reward"]);
  });

  it("REF-CLW-2: an unpaid reward whose deal is cancelled in the window is withdrawn", () => {
    const r = referralRewards(lReferred([{ id: "M", signed: "2024-03-10", extra: { cancelledAt: at("2024-04-01") } }]), policy);
    expect(r.lines).toEqual([]);
    expect(r.trace.map((s) => s.rule)).toContain("REF-CLW-2");
  });

  it("REF-RW-6: a paid reward is never edited; a higher flat tier adds a top-up", () => {
    const three = [{ id: "M1", signed: "2024-03-10" }, { id: "M2", signed: "2024-04-10" }, { id: "M3", signed: "2024-05-10" }];
    const input = { ...lReferred(three), payouts: [{ deal: "d-M1", referrer: "L", amount: "1000", paidAt: at("2024-03-31") }] };
    const r = referralRewards(input, { reward: { kind: "tiered", mode: "flat", bands: [{ from: 1, amount: "1000" }, { from: 3, amount: "2000" }] } });
    expect(r.lines.filter((l) => l.deal === "d-M1").map((l) => [l.kind, l.amount, l.status])).toEqual([["reward", "1000.00", "paid"], ["top-up", "1000.00", "approved"]]);
    expect(r.total.total).toBe("6000.00");
    const over = referralRewards({ ...lReferred([{ id: "M1", signed: "2024-03-10" }]), payouts: [{ deal: "d-M1", referrer: "L", amount: "9000", paidAt: at("2024-03-31") }] }, fixed("5000"));
    expect(amounts(over)).toEqual(["9000.00"]);
  });
});

describe("bad input", () => {
  const ok = lReferred([{ id: "M", signed: "2024-03-10" }]);

  it("a negative reward is INVALID_POLICY at its path", () => {
    const e = thrown(() => referralRewards(ok, { reward: { kind: "fixed", amount: "-1" } }));
    expect([e.code, e.path]).toEqual(["INVALID_POLICY", ["policy", "reward", "amount"]]);
  });

  it("tier bands out of order are INVALID_POLICY at the band", () => {
    const e = thrown(() => referralRewards(ok, { reward: { kind: "tiered", bands: [{ from: 1, amount: "1" }, { from: 5, amount: "2" }, { from: 3, amount: "3" }] } }));
    expect([e.code, e.path]).toEqual(["INVALID_POLICY", ["policy", "reward", "bands", 2, "from"]]);
  });

  it("depth 4 is INVALID_POLICY; growing shares too", () => {
    expect(thrown(() => referralRewards(ok, { levels: ["1", "0.5", "0.25", "0.1"] })).path).toEqual(["policy", "levels"]);
    expect(thrown(() => referralRewards(ok, { levels: ["0.5", "1"] })).path).toEqual(["policy", "levels", 1]);
  });

  it("a deal for an unknown buyer, a payout for an unknown deal: UNKNOWN_REFERENCE at the path", () => {
    expect(thrown(() => referralRewards({ ...ok, deals: [{ id: "d", buyer: "Z", price: "1" }] })).path).toEqual(["deals", 0, "buyer"]);
    expect(thrown(() => referralRewards({ ...ok, payouts: [{ deal: "nope", referrer: "L", amount: "1", paidAt: at("2024-03-01") }] })).path).toEqual(["payouts", 0, "deal"]);
  });
});
