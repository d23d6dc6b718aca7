import { describe, expect, it } from "vitest";
import { attributionPresets, isShoulouError, referralAgentCredit, type ReferralCreditInput } from "../../src/index";
import { at } from "./fixtures";

const base: ReferralCreditInput = {
  customers: [{ id: "L" }, { id: "M" }, { id: "N" }],
  referrals: [
    { id: "r1", referrer: "L", referred: "M", at: at("2024-03-05") },
    { id: "r2", referrer: "M", referred: "N", at: at("2024-03-07"), via: "phone" },
  ],
  deals: [
    { id: "dM", buyer: "M", price: "1730000", agent: "A3", contractSignedAt: at("2024-03-09") },
    { id: "dN", buyer: "N", price: "1550000", agent: "A5", contractSignedAt: at("2024-03-10") },
  ],
  events: [
    { id: "v1", kind: "visit", at: at("2024-03-01"), customer: "L", agent: "A7" },
    { id: "v2", kind: "visit", at: at("2024-03-06"), customer: "M", agent: "A3" },
  ],
  asOf: at("2024-04-01"),
};

describe("referralAgentCredit", () => {
  it("REF-8: credit follows the chain to the agent who owns the root customer", () => {
    const r = referralAgentCredit(base, {}, attributionPresets.versionB);
    expect(r.deals.map((d) => [d.deal, d.root, d.agent, d.basis])).toEqual([
      ["dM", "L", "A7", "introduction-chain"],
      ["dN", "L", "A7", "introduction-chain"],
    ]);
    expect(r.deals[1]?.chain).toEqual(["N", "M", "L"]);
    expect(r.deals[1]?.trace[0]?.rule).toBe("REF-8");
    expect(r.deals[1]?.trace.some((s) => s.rule === "ATT-2")).toBe(true);
  });

  it("REF-8: attribution decides when the chain holds — an introducer who is nobody's customer yet carries no agent", () => {
    const r = referralAgentCredit({ ...base, events: [base.events![0]!] }, {}, attributionPresets.versionB);
    expect(r.deals.map((d) => [d.deal, d.agent])).toEqual([["dM", "A7"], ["dN", "A5"]]);
  });

  it("REF-8: a referral recorded after the customer's first visit does not carry the chain", () => {
    const late: ReferralCreditInput = {
      ...base,
      customers: [{ id: "L" }, { id: "M", firstVisitAt: at("2024-03-04") }, { id: "N" }],
      events: [base.events![0]!, { id: "vM", kind: "visit", at: at("2024-03-04"), customer: "M", agent: "A3" }],
    };
    const r = referralAgentCredit(late, { referredMustBeNew: false }, attributionPresets.versionB);
    expect(r.deals.find((d) => d.deal === "dM")?.agent).toBe("A3");
    expect(r.deals.find((d) => d.deal === "dN")?.agent).toBe("A3");
  });

  it("REF-8: a refused referral (a loop) never reaches attribution", () => {
    const loop = { ...base, referrals: [...base.referrals, { id: "r3", referrer: "N", referred: "L", at: at("2024-03-08") }] };
    const r = referralAgentCredit(loop, {}, attributionPresets.versionB);
    expect(r.trace.some((s) => s.rule === "REF-G-2")).toBe(true);
    expect(r.deals[1]?.root).toBe("L");
  });

  it("REF-8: unsigned or cancelled deals get no credit; a bad event is INVALID_INPUT at events[i]", () => {
    const r = referralAgentCredit({ ...base, deals: [{ id: "dX", buyer: "N", price: "1" }] }, {}, attributionPresets.versionB);
    expect(r.deals).toEqual([]);
    try {
      referralAgentCredit({ ...base, events: [{ id: "v1", kind: "visit" }] });
      expect.unreachable();
    } catch (e) {
      expect(isShoulouError(e) && [e.code, e.path[0], e.path[1]]).toEqual(["INVALID_INPUT", "events", 0]);
    }
  });
});
