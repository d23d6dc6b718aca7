import { describe, expect, it } from "vitest";
import { attributionPresets, referralAgentCredit, type ReferralCreditInput } from "../../src/index";
import { at } from "./fixtures";

/** Mutation tests of build-graph.ts: whether a referral was registered before the visit. */

describe("build-graph.ts: registered before the visit", () => {
  // L (A7's) referred M, who then visited with A3; M referred N; N bought with A5.
  const input = (n: ReferralCreditInput["customers"][number]): ReferralCreditInput => ({
    customers: [{ id: "L" }, { id: "M" }, n],
    referrals: [
      { id: "r1", referrer: "L", referred: "M", at: at("2024-03-05") },
      { id: "r2", referrer: "M", referred: "N", at: at("2024-03-07") },
    ],
    deals: [{ id: "dN", buyer: "N", price: "1", agent: "A5", contractSignedAt: at("2024-03-10") }],
    events: [
      { id: "v1", kind: "visit", at: at("2024-03-01"), customer: "L", agent: "A7" },
      { id: "v2", kind: "visit", at: at("2024-03-06"), customer: "M", agent: "A3" },
    ],
    asOf: at("2024-04-01"),
  });
  const credit = (n: ReferralCreditInput["customers"][number]) => referralAgentCredit(input(n), { referredMustBeNew: false }, attributionPresets.versionB).deals[0]!;

  it("ATT-2: a referral recorded after the customer's first visit is accepted (REF-G-4 off) but not registered before the visit: a chance meeting, no chain credit", () => {
    const d = credit({ id: "N", firstVisitAt: at("2024-03-06") });
    expect([d.agent, d.basis]).toEqual(["A5", "first-contact"]);
    expect(d.trace[2]).toEqual({ rule: "ATT-2", fact: "chance-meeting", data: { event: "referral:r2", introducer: "M" } });
  });

  it("ATT-2: the same referral recorded before the first visit is registered: the chain's agent is credited", () => {
    const d = credit({ id: "N", firstVisitAt: at("2024-03-08") });
    expect([d.agent, d.basis]).toEqual(["A7", "introduction-chain"]);
    expect(d.trace[2]).toEqual({ rule: "ATT-2", fact: "chain-registered", data: { event: "referral:r2", introducer: "M", owner: "A7" } });
  });
});
