import { describe, expect, it } from "vitest";
import { attributionPresets, referralAgentCredit, type ReferralCreditInput } from "../../src/index";
import { expectShoulou } from "../helpers";
import { at } from "./fixtures";

/** Mutation tests of referralAgentCredit (agent-credit.ts): exact credits, steps, and which deals stand. */

const base: ReferralCreditInput = {
  customers: [{ id: "L" }, { id: "M" }, { id: "N" }],
  referrals: [
    { id: "r1", referrer: "L", referred: "M", at: at("2024-03-05") },
    { id: "r2", referrer: "M", referred: "N", at: at("2024-03-07"), via: "phone" },
  ],
  deals: [
    { id: "dN", buyer: "N", price: "1550000", agent: "A5", contractSignedAt: at("2024-03-10") },
    { id: "dM", buyer: "M", price: "1730000", agent: "A3", contractSignedAt: at("2024-03-09") },
    { id: "dL", buyer: "L", price: "1", contractSignedAt: at("2024-03-09") },
  ],
  events: [{ id: "v1", kind: "visit", at: at("2024-03-01"), customer: "L", agent: "A7" }],
  asOf: at("2024-04-01"),
};

const credit = (input: ReferralCreditInput) => referralAgentCredit(input, {}, attributionPresets.versionB);

describe("referralAgentCredit", () => {
  it("REF-8: deals by id, each with its chain, root, agent, basis and the credited or no-agent step first", () => {
    const r = credit(base);
    expect(r.deals.map((d) => [d.deal, d.buyer, d.chain, d.root, d.agent, d.basis, d.credit])).toEqual([
      ["dL", "L", ["L"], "L", null, null, []],
      ["dM", "M", ["M", "L"], "L", "A7", "introduction-chain", [{ agent: "A7", share: "1" }]],
      ["dN", "N", ["N", "M", "L"], "L", "A5", "first-contact", [{ agent: "A5", share: "1" }]],
    ]);
    expect(r.deals.map((d) => d.trace[0])).toEqual([
      { rule: "REF-8", fact: "no-agent", data: { deal: "dL", buyer: "L", root: "L", depth: 0 } },
      { rule: "REF-8", fact: "credited", data: { deal: "dM", buyer: "M", root: "L", depth: 1, agent: "A7", basis: "introduction-chain" } },
      { rule: "REF-8", fact: "credited", data: { deal: "dN", buyer: "N", root: "L", depth: 2, agent: "A5", basis: "first-contact" } },
    ]);
    expect(r.trace).toEqual([
      { rule: "REF-G-3", fact: "accepted", data: { accepted: 2, refused: 0 } },
      { rule: "REF-8", fact: "credits", data: { deals: 3 } },
    ]);
  });

  it("REF-8: referrals reach attribution as introductions named after them, with their way (in person by default) and the deals as deal events", () => {
    const r = credit(base);
    const dM = r.deals[1]!.trace;
    expect(dM[1]).toEqual({ rule: "ATT-2", fact: "introduced", data: { event: "referral:r1", introducer: "L", via: "in-person", at: "2024-03-05T10:00:00+08:00", introducerOwner: "A7" } });
    expect(dM.at(-1)).toEqual({ rule: "ATT-5", fact: "deal-locks", data: { event: "deal:dM", owner: "A7", at: "2024-03-09T10:00:00+08:00" } });
    expect(r.deals[2]!.trace[1]).toEqual({ rule: "ATT-2", fact: "introduced-unowned", data: { event: "referral:r2", introducer: "M", via: "phone", at: "2024-03-07T10:00:00+08:00" } });
  });

  it("REF-8: the agent a referred customer asked for by name reaches attribution (ATT-4)", () => {
    const asked: ReferralCreditInput = { ...base, referrals: [{ id: "r1", referrer: "L", referred: "M", at: at("2024-03-05"), askedFor: "A9" }], deals: [base.deals[1]!] };
    const d = credit(asked).deals[0]!;
    expect([d.agent, d.basis]).toEqual(["A9", "named-agent"]);
    expect(d.trace[2]).toEqual({ rule: "ATT-4", fact: "named", data: { event: "referral:r1", named: "A9" } });
  });

  it("REF-8: a deal stands when signed by asOf (at the very instant too) and not cancelled by then (a cancellation at asOf counts)", () => {
    const asOf = at("2024-04-01");
    const input: ReferralCreditInput = {
      ...base,
      deals: [
        { id: "dE", buyer: "M", price: "1" },
        { id: "dD", buyer: "M", price: "1", agent: "A3", contractSignedAt: at("2024-03-09"), cancelledAt: "2024-04-01T10:00:01+08:00" },
        { id: "dC", buyer: "M", price: "1", contractSignedAt: at("2024-03-09"), cancelledAt: asOf },
        { id: "dB", buyer: "M", price: "1", contractSignedAt: "2024-04-01T10:00:01+08:00" },
        { id: "dA", buyer: "M", price: "1", agent: "A3", contractSignedAt: asOf },
      ],
      asOf,
    };
    const r = credit(input);
    expect(r.deals.map((d) => d.deal)).toEqual(["dA", "dD"]);
    expect(r.trace).toEqual([
      { rule: "REF-G-3", fact: "accepted", data: { accepted: 2, refused: 0 } },
      { rule: "REF-8", fact: "not-standing", data: { deal: "dB", asOf: "2024-04-01T10:00:00+08:00" } },
      { rule: "REF-8", fact: "not-standing", data: { deal: "dC", asOf: "2024-04-01T10:00:00+08:00" } },
      { rule: "REF-8", fact: "not-standing", data: { deal: "dE", asOf: "2024-04-01T10:00:00+08:00" } },
      { rule: "REF-8", fact: "credits", data: { deals: 2 } },
    ]);
  });

  it("REF-8: with no events and no agent on the deal nobody is credited", () => {
    const r = credit({ ...base, events: [], deals: [{ id: "dN", buyer: "N", price: "1", contractSignedAt: at("2024-03-10") }] });
    expect(r.deals.map((d) => [d.deal, d.chain, d.agent, d.basis, d.credit, d.trace[0]])).toEqual([
      ["dN", ["N", "M", "L"], null, null, [], { rule: "REF-8", fact: "no-agent", data: { deal: "dN", buyer: "N", root: "L", depth: 2 } }],
    ]);
  });

  it("REF-8: with a register every referral reaches attribution: a buyer the register ties to a referred customer is credited by that chain", () => {
    const input: ReferralCreditInput = {
      customers: [{ id: "L" }, { id: "N" }, { id: "X" }],
      referrals: [{ id: "r1", referrer: "L", referred: "X", at: at("2024-03-05") }],
      deals: [{ id: "dN", buyer: "N", price: "1", agent: "A5", contractSignedAt: at("2024-03-10") }],
      events: [{ id: "v1", kind: "visit", at: at("2024-03-01"), customer: "L", agent: "A7" }],
      register: [{ id: "N", phone: "13800000001" }, { id: "X", phone: "13800000001" }],
      asOf: at("2024-04-01"),
    };
    const tied = credit(input).deals[0]!;
    expect([tied.chain, tied.agent, tied.basis]).toEqual([["N"], "A7", "introduction-chain"]);
    expect(tied.trace.slice(0, 3)).toEqual([
      { rule: "REF-8", fact: "credited", data: { deal: "dN", buyer: "N", root: "N", depth: 0, agent: "A7", basis: "introduction-chain" } },
      { rule: "ATT-CH-7", fact: "batch", data: { group: "N", size: 2, members: ["N", "X"] } },
      { rule: "ATT-2", fact: "introduced", data: { event: "referral:r1", introducer: "L", via: "in-person", at: "2024-03-05T10:00:00+08:00", introducerOwner: "A7" } },
    ]);
    // Without the register, X's referral is off N's chain and is not sent: N is A5's.
    expect(credit({ ...input, register: [] }).deals.map((d) => [d.agent, d.basis])).toEqual([["A5", "first-contact"]]);
  });

  it("REF-8: a buyer attribution never heard of (no events, no referrer, no agent) is credited to nobody, with only the no-agent step", () => {
    const r = credit({ customers: [{ id: "Z" }], referrals: [], deals: [{ id: "dZ", buyer: "Z", price: "1", contractSignedAt: at("2024-03-10") }], asOf: at("2024-04-01") });
    expect(r.deals).toStrictEqual([
      { deal: "dZ", buyer: "Z", chain: ["Z"], root: "Z", agent: null, basis: null, credit: [], trace: [{ rule: "REF-8", fact: "no-agent", data: { deal: "dZ", buyer: "Z", root: "Z", depth: 0 } }] },
    ]);
  });

  it("REF-8: every referral up the buyer's chain reaches attribution, whatever the order they are listed in: the root's agent is credited two levels down", () => {
    // L (A7's) referred M, who then visited with A3; M referred N. M is A7's by the chain, so N is too.
    // r2 is listed first, so the walk up from N meets the referral at index 0 before it reaches r1.
    const input: ReferralCreditInput = {
      customers: [{ id: "L" }, { id: "M" }, { id: "N" }],
      referrals: [
        { id: "r2", referrer: "M", referred: "N", at: at("2024-03-07") },
        { id: "r1", referrer: "L", referred: "M", at: at("2024-03-05") },
      ],
      deals: [{ id: "dN", buyer: "N", price: "1", agent: "A5", contractSignedAt: at("2024-03-10") }],
      events: [
        { id: "v1", kind: "visit", at: at("2024-03-01"), customer: "L", agent: "A7" },
        { id: "v2", kind: "visit", at: at("2024-03-06"), customer: "M", agent: "A3" },
      ],
      asOf: at("2024-04-01"),
    };
    const d = credit(input).deals[0]!;
    expect([d.chain, d.agent, d.basis, d.credit]).toEqual([["N", "M", "L"], "A7", "introduction-chain", [{ agent: "A7", share: "1" }]]);
    expect(d.trace.slice(0, 3)).toEqual([
      { rule: "REF-8", fact: "credited", data: { deal: "dN", buyer: "N", root: "L", depth: 2, agent: "A7", basis: "introduction-chain" } },
      { rule: "ATT-2", fact: "introduced", data: { event: "referral:r2", introducer: "M", via: "in-person", at: "2024-03-07T10:00:00+08:00", introducerOwner: "A7" } },
      { rule: "ATT-2", fact: "chain-registered", data: { event: "referral:r2", introducer: "M", owner: "A7" } },
    ]);
  });

  it("REF-8: a deal id listed twice is DUPLICATE at the deal, a buyer not listed is UNKNOWN_REFERENCE, as in referralRewards", () => {
    const e = expectShoulou(() => credit({ ...base, deals: [base.deals[0]!, { ...base.deals[1]!, id: "dN" }] }), "DUPLICATE", ["deals", 1, "id"]);
    expect(e.issues).toEqual([{ path: ["deals", 1, "id"], message: 'deal "dN" is listed twice' }]);
    const u = expectShoulou(() => credit({ ...base, deals: [{ id: "dZ", buyer: "Z", price: "1", agent: "A5", contractSignedAt: at("2024-03-10") }] }), "UNKNOWN_REFERENCE", ["deals", 0, "buyer"]);
    expect(u.issues).toEqual([{ path: ["deals", 0, "buyer"], message: 'unknown customer "Z"' }]);
  });

  it("REF-8: bad input is refused at its path", () => {
    expectShoulou(() => credit({ ...base, deals: [{ id: "d", buyer: "M", price: "1", agent: "" }] }), "INVALID_INPUT", ["deals", 0, "agent"]);
    expectShoulou(() => referralAgentCredit(base, { staff: "sometimes" } as never), "INVALID_POLICY", ["policy", "staff"]);
    expectShoulou(() => credit({ ...base, asOf: "now" }), "INVALID_INPUT", ["asOf"]);
  });
});
