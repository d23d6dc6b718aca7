import { describe, expect, it } from "vitest";
import { referralRewards, type ReferralRewardsInput } from "../../src/index";
import { at, fixed, office } from "./fixtures";

/** Mutation tests of reward-base.ts (through referralRewards): the trigger without a contract, and what a per-deal cap is keyed by. */

describe("reward-base.ts: the trigger", () => {
  it("REF-TRG-2: a deal paid in full but with no contract signed never earns, and says so", () => {
    const r = referralRewards(office([{ id: "M", extra: { paidInFullAt: at("2024-03-10") } }]), fixed("5000", { trigger: "contract-and-payment" }));
    expect(r.lines).toEqual([]);
    expect(r.trace.slice(2)).toEqual([{ rule: "REF-TRG-2", fact: "not-earned", data: { deal: "d-M", asOf: "2024-12-31T10:00:00+08:00" } }]);
  });
});

describe("reward-base.ts: the per-deal cap (REF-CAP-1)", () => {
  it("REF-CAP-1: each deal has its own cap: two deals of one buyer (one household) and a deal of another buyer are each paid in full", () => {
    const input = office([{ id: "M", signed: at("2024-03-10") }, { id: "N", signed: at("2024-03-12") }]);
    const twoOfM: ReferralRewardsInput = { ...input, deals: [...input.deals, { id: "d-M2", buyer: "M", price: "1000000", contractSignedAt: at("2024-03-11") }] };
    const r = referralRewards(twoOfM, fixed("5000", { caps: { perDeal: "6000" } }));
    expect(r.lines.map((l) => [l.deal, l.rule, l.amount])).toEqual([["d-M", "REF-RW-1", "5000.00"], ["d-M2", "REF-RW-1", "5000.00"], ["d-N", "REF-RW-1", "5000.00"]]);
    expect(r.trace.filter((s) => s.fact === "capped")).toEqual([]);
  });

  it("REF-CAP-1: the levels of one deal share its cap: the deeper level gets what the first left", () => {
    const input: ReferralRewardsInput = {
      customers: [{ id: "A" }, { id: "B" }, { id: "C" }],
      referrals: [
        { id: "r1", referrer: "A", referred: "B", at: at("2024-01-01") },
        { id: "r2", referrer: "B", referred: "C", at: at("2024-01-02") },
      ],
      deals: [{ id: "dC", buyer: "C", price: "1000000", contractSignedAt: at("2024-03-01") }],
      asOf: at("2024-12-31"),
    };
    const r = referralRewards(input, fixed("5000", { levels: ["1", "0.5"], caps: { perDeal: "6000" } }));
    expect(r.lines.map((l) => [l.referrer, l.level, l.amount])).toEqual([["B", 1, "5000.00"], ["A", 2, "1000.00"]]);
    expect(r.trace.at(-1)).toEqual({ rule: "REF-CAP-1", fact: "capped", data: { deal: "dC", referrer: "A", due: "2500.00", cap: "6000.00", amount: "1000.00", status: "approved" } });
  });
});
