import { describe, expect, it } from "vitest";
import { referralRewards } from "../../src/index";
import { at, chainOfFour, fixed, office } from "./fixtures";

/**
 * Mutation tests of reward-candidates.ts (through referralRewards): the order deals are looked
 * at and capped in, and how far up the chain the policy's levels reach.
 */

describe("reward-candidates.ts: order of the deals", () => {
  it("REF-TRG-1: deals are looked at in deal id order from any input order, not only a reversed one", () => {
    const r = referralRewards(office([{ id: "M" }, { id: "Z" }, { id: "A" }], at("2024-03-20")), fixed("5000"));
    expect(r.trace.slice(2)).toEqual(["d-A", "d-M", "d-Z"].map((deal) => ({ rule: "REF-TRG-1", fact: "not-earned", data: { deal, asOf: "2024-03-20T10:00:00+08:00" } })));
  });

  it("REF-CAP-2: a later deal listed first is capped after the earlier ones; deals earned at one instant are capped in deal id order", () => {
    // A earned last; B and C at the same instant: the month's cap goes to B, then C, then A.
    const buyers = [{ id: "A", signed: at("2024-03-20") }, { id: "B", signed: at("2024-03-05") }, { id: "C", signed: at("2024-03-05") }];
    const r = referralRewards(office(buyers), fixed("5000", { caps: { perReferrerMonth: "6000" } }));
    expect(r.lines.map((l) => [l.deal, l.amount, l.at])).toEqual([
      ["d-B", "5000.00", "2024-03-05T10:00:00+08:00"],
      ["d-C", "1000.00", "2024-03-05T10:00:00+08:00"],
    ]);
    expect(r.trace.slice(2)).toEqual([
      { rule: "REF-RW-1", fact: "reward", data: { deal: "d-B", referrer: "L", level: 1, base: "5000.00", amount: "5000.00", status: "approved" } },
      { rule: "REF-CAP-2", fact: "capped", data: { deal: "d-C", referrer: "L", due: "5000.00", cap: "6000.00", amount: "1000.00", status: "approved" } },
      { rule: "REF-CAP-2", fact: "capped", data: { deal: "d-A", referrer: "L", due: "5000.00", cap: "6000.00", amount: "0.00", status: "no-line" } },
    ]);
  });
});

describe("reward-candidates.ts: levels (REF-RW-5)", () => {
  // Two levels: C and B, never A.
  const chain = chainOfFour([{ id: "A" }, { id: "B", owner: true }, { id: "C", owner: true }, { id: "D" }]);

  it("REF-RW-5: a referrer above the policy's last level gets no line and no step", () => {
    const r = referralRewards(chain, fixed("1000", { levels: ["1", "0.5"] }));
    expect(r.trace.slice(2)).toEqual([
      { rule: "REF-RW-1", fact: "reward", data: { deal: "dD", referrer: "C", level: 1, base: "1000.00", amount: "1000.00", status: "approved" } },
      { rule: "REF-RW-5", fact: "reward", data: { deal: "dD", referrer: "B", level: 2, base: "500.00", amount: "500.00", status: "approved", share: "0.5" } },
    ]);
  });

  it("REF-TRG-3: a non-owner above the policy's last level is not looked at, so no not-owner step", () => {
    const r = referralRewards(chain, fixed("1000", { levels: ["1", "0.5"], referrerMustBeOwner: true }));
    expect(r.lines.map((l) => [l.referrer, l.level, l.amount])).toEqual([["C", 1, "1000.00"], ["B", 2, "500.00"]]);
    expect(r.trace.filter((s) => s.rule === "REF-TRG-3")).toEqual([]);
  });
});
