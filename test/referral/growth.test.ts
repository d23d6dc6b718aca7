import { describe, expect, it } from "vitest";
import { isShoulouError, projectReferralGrowth, referralAskingSteps, referralCloseRates } from "../../src/index";

describe("projectReferralGrowth", () => {
  it("REF-4: one customer bringing 2 a round makes 8,190 new after 12 rounds (8,191 with the first)", () => {
    const g = projectReferralGrowth({ initial: 1, perCustomer: 2, rounds: 12 });
    expect(g.final).toEqual({ round: 12, newThisRound: 4096, newTotal: 8190, total: 8191 });
    expect(g.rounds.map((r) => r.newThisRound).slice(0, 4)).toEqual([2, 4, 8, 16]);
  });

  it("REF-4: 16,383 in all after 13 rounds and 32,767 after 14", () => {
    expect(projectReferralGrowth({ rounds: 13 }).final.total).toBe(16383);
    expect(projectReferralGrowth({ rounds: 14 }).final.total).toBe(32767);
  });

  it("REF-3: at the referral close rate of 40%, 8,190 referred customers make about 3,276 deals", () => {
    const g = projectReferralGrowth({ rounds: 12, closeRate: referralCloseRates.referral });
    expect(g.final.expectedDeals).toBe("3276");
    expect(g.trace.map((s) => s.rule)).toEqual(["REF-4", "REF-3"]);
    expect(referralCloseRates.coldVisit).toBe("0.11");
  });

  it("zero rounds is the initial customers; a count past 2^53 is OUT_OF_RANGE", () => {
    expect(projectReferralGrowth({ initial: 5, rounds: 0 }).final).toEqual({ round: 0, newThisRound: 0, newTotal: 0, total: 5 });
    try {
      projectReferralGrowth({ rounds: 60 });
      expect.unreachable();
    } catch (e) {
      expect(isShoulouError(e) && e.code).toBe("OUT_OF_RANGE");
    }
  });
});

describe("referralAskingSteps", () => {
  it("REF-1: six steps, from a positive response to reporting back", () => {
    expect(referralAskingSteps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(referralAskingSteps.every((s) => s.rule === "REF-1")).toBe(true);
    expect(referralAskingSteps[2].zh).toContain("记录");
    expect(referralAskingSteps[3].en).toContain("anyone else");
  });
});
