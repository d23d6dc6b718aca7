import { describe, expect, it } from "vitest";
import { networkValue, ownerCircle, projectReferralGrowth, referralChain, referralGraph, referralRewards, splitPool, type ReferralPolicyInput } from "../../src/index";
import { expectShoulou } from "../helpers";
import { at } from "./fixtures";

/**
 * Mutation tests of chain.ts, owner-circle.ts, network-value.ts, growth.ts, pool.ts and the
 * refinements of policy.ts: exact results, trace steps, boundaries and refusals.
 */

const edge = (id: string, referrer: string, referred: string, relation?: "family" | "friend" | "colleague" | "other") => ({ id, referrer, referred, at: at("2024-03-01"), ...(relation ? { relation } : {}) });

function refusal(fn: () => unknown, code: Parameters<typeof expectShoulou>[1], path: (string | number)[], message: string): void {
  const e = expectShoulou(fn, code, path);
  expect(e.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([{ path, message }]);
}

describe("referralChain (chain.ts)", () => {
  const g = { referrals: [edge("r1", "A", "B"), edge("r2", "B", "C")] };

  it("REF-8: a customer with referrers: the chain step names depth and root", () => {
    expect(referralChain(g, "C")).toStrictEqual({ customer: "C", chain: ["C", "B", "A"], referrals: ["r2", "r1"], root: "A", depth: 2, trace: [{ rule: "REF-8", fact: "chain", data: { customer: "C", depth: 2, root: "A" } }] });
    expect(referralChain(g, "B").trace).toEqual([{ rule: "REF-8", fact: "chain", data: { customer: "B", depth: 1, root: "A" } }]);
  });

  it("REF-8: a root, or a customer the graph never names, is its own root with the root step", () => {
    expect(referralChain(g, "A")).toStrictEqual({ customer: "A", chain: ["A"], referrals: [], root: "A", depth: 0, trace: [{ rule: "REF-8", fact: "root", data: { customer: "A" } }] });
    expect(referralChain(g, "Q")).toMatchObject({ chain: ["Q"], root: "Q", depth: 0 });
  });

  it("REF-8: a graph from referralGraph is read as it is", () => {
    const built = referralGraph({ customers: [{ id: "A" }, { id: "B" }, { id: "C" }], referrals: g.referrals });
    expect(referralChain(built, "C").chain).toEqual(["C", "B", "A"]);
  });

  it("REF-8: a hand-made loop is a CYCLE naming the customer met twice; two referrers are a DUPLICATE at the second", () => {
    refusal(() => referralChain({ referrals: [edge("r1", "A", "B"), edge("r2", "B", "A")] }, "A"), "CYCLE", ["graph", "referrals"], 'the referrals loop through "A"');
    refusal(() => referralChain({ referrals: [edge("r0", "A", "C"), edge("r1", "A", "B"), edge("r2", "B", "A")] }, "C"), "CYCLE", ["graph", "referrals"], 'the referrals loop through "A"');
    refusal(() => referralChain({ referrals: [edge("r1", "A", "C"), edge("r2", "B", "C")] }, "A"), "DUPLICATE", ["graph", "referrals", 1, "referred"], '"C" has two referrers');
  });

  it("REF-8: a bad customer id or a bad graph is INVALID_INPUT at its path", () => {
    expectShoulou(() => referralChain(g, ""), "INVALID_INPUT", ["customer"]);
    expectShoulou(() => referralChain({ referrals: [{ ...edge("r1", "A", "B"), at: "soon" }] }, "A"), "INVALID_INPUT", ["graph", "referrals", 0, "at"]);
  });
});

describe("ownerCircle (owner-circle.ts)", () => {
  it("REF-6: an owner referred by another owner stays an owner; owners listed twice count once; the trace counts owners and friends", () => {
    const g = { referrals: [edge("r1", "O", "P"), edge("r2", "O", "F"), edge("r3", "P", "E"), edge("r4", "X", "Y"), edge("r5", "F", "G")] };
    const c = ownerCircle(g, ["P", "O", "O"]);
    expect(c).toStrictEqual({
      eligible: [
        { customer: "E", because: "referred-by-owner", owner: "P" },
        { customer: "F", because: "referred-by-owner", owner: "O" },
        { customer: "O", because: "owner", owner: "O" },
        { customer: "P", because: "owner", owner: "P" },
      ],
      trace: [{ rule: "REF-6", fact: "open-to", data: { owners: 2, friends: 2 } }],
    });
  });

  it("REF-6: no owners: nobody; a bad owner id is INVALID_INPUT at its index", () => {
    expect(ownerCircle({ referrals: [edge("r1", "A", "B")] }, [])).toStrictEqual({ eligible: [], trace: [{ rule: "REF-6", fact: "open-to", data: { owners: 0, friends: 0 } }] });
    expectShoulou(() => ownerCircle({ referrals: [] }, ["A", ""]), "INVALID_INPUT", ["owners", 1]);
    refusal(() => ownerCircle({ referrals: [edge("r1", "A", "C"), edge("r2", "B", "C")] }, ["A"]), "DUPLICATE", ["graph", "referrals", 1, "referred"], '"C" has two referrers');
  });
});

describe("bulk-input: list limits", () => {
  it("REF-6: a list of exactly its limit is read (2,000,000 owner ids); one more is OUT_OF_RANGE with the words", () => {
    const owners = new Array<string>(2_000_000).fill("O");
    expect(ownerCircle({ referrals: [] }, owners).trace).toEqual([{ rule: "REF-6", fact: "open-to", data: { owners: 1, friends: 0 } }]);
    owners.push("P");
    refusal(() => ownerCircle({ referrals: [] }, owners), "OUT_OF_RANGE", ["owners"], "at most 2000000 items (got 2000001)");
  });
});

describe("networkValue (network-value.ts)", () => {
  it("REF-7: members by depth then id, each with their deals and value; the root has no referrer or relation", () => {
    const g = { referrals: [edge("r1", "R", "Z", "friend"), edge("r2", "R", "B", "family"), edge("r3", "Z", "A", "colleague"), edge("r4", "B", "C")] };
    const deals = [
      { id: "d1", buyer: "Z", price: "100.10" },
      { id: "d2", buyer: "Z", price: "200.20" },
      { id: "d3", buyer: "A", price: "50" },
      { id: "d4", buyer: "C", price: "1000", cancelledAt: at("2024-04-01") },
      { id: "d5", buyer: "Q", price: "999" },
    ];
    expect(networkValue(g, deals, "R")).toStrictEqual({
      root: "R",
      total: "350.30",
      customers: 5,
      deals: 3,
      members: [
        { customer: "R", depth: 0, deals: 0, value: "0.00" },
        { customer: "B", referredBy: "R", relation: "family", depth: 1, deals: 0, value: "0.00" },
        { customer: "Z", referredBy: "R", relation: "friend", depth: 1, deals: 2, value: "300.30" },
        { customer: "A", referredBy: "Z", relation: "colleague", depth: 2, deals: 1, value: "50.00" },
        { customer: "C", referredBy: "B", relation: "other", depth: 2, deals: 0, value: "0.00" },
      ],
      trace: [
        { rule: "REF-7", fact: "network", data: { root: "R", customers: 5, deals: 3, total: "350.30" } },
        { rule: "REF-5", fact: "relations", data: { family: 1, friend: 1, colleague: 1, other: 1 } },
      ],
    });
  });

  it("REF-7: a root nobody was referred by is a network of one; a hand-made loop back to the root ends", () => {
    expect(networkValue({ referrals: [] }, [{ id: "d1", buyer: "R", price: "1" }], "R")).toMatchObject({ total: "1.00", customers: 1, deals: 1, members: [{ customer: "R", depth: 0, deals: 1, value: "1.00" }] });
    const loop = networkValue({ referrals: [edge("r1", "R", "X"), edge("r2", "X", "R")] }, [], "R");
    expect(loop.members.map((m) => [m.customer, m.depth])).toEqual([["R", 0], ["X", 1]]);
    expect(loop.trace[1]).toEqual({ rule: "REF-5", fact: "relations", data: { family: 0, friend: 0, colleague: 0, other: 1 } });
  });

  it("REF-7: bad input is refused at its path", () => {
    expectShoulou(() => networkValue({ referrals: [] }, [], ""), "INVALID_INPUT", ["root"]);
    expectShoulou(() => networkValue({ referrals: [] }, [{ id: "d1", buyer: "R", price: "-1" }], "R"), "INVALID_INPUT", ["deals", 0, "price"]);
    refusal(() => networkValue({ referrals: [edge("r1", "A", "C"), edge("r2", "B", "C")] }, [], "A"), "DUPLICATE", ["graph", "referrals", 1, "referred"], '"C" has two referrers');
  });
});

describe("projectReferralGrowth (growth.ts)", () => {
  it("REF-4: 52 rounds from one customer reach exactly 2^53 − 1 customers; the 53rd passes it and is refused", () => {
    expect(projectReferralGrowth({ rounds: 52 }).final).toEqual({ round: 52, newThisRound: 4503599627370496, newTotal: 9007199254740990, total: 9007199254740991 });
    refusal(() => projectReferralGrowth({ rounds: 53 }), "OUT_OF_RANGE", ["rounds"], "round 53 passes 9007199254740991 customers");
  });

  it("REF-3: every round carries its expected deals; the trace has the projection and the expected deals", () => {
    const g = projectReferralGrowth({ initial: 3, perCustomer: 1, rounds: 2, closeRate: "0.4" });
    expect(g.rounds).toEqual([
      { round: 1, newThisRound: 3, newTotal: 3, total: 6, expectedDeals: "1.2" },
      { round: 2, newThisRound: 3, newTotal: 6, total: 9, expectedDeals: "2.4" },
    ]);
    expect(g.trace).toEqual([
      { rule: "REF-4", fact: "projection", data: { initial: 3, perCustomer: 1, rounds: 2, newTotal: 6, total: 9 } },
      { rule: "REF-3", fact: "expected-deals", data: { closeRate: "0.4", expectedDeals: "2.4" } },
    ]);
  });

  it("REF-3: zero rounds with a close rate: round 0 and zero expected deals, still traced", () => {
    const g = projectReferralGrowth({ rounds: 0, closeRate: "0.4" });
    expect(g.rounds).toEqual([]);
    expect(g.final).toEqual({ round: 0, newThisRound: 0, newTotal: 0, total: 1, expectedDeals: "0" });
    expect(g.trace).toEqual([
      { rule: "REF-4", fact: "projection", data: { initial: 1, perCustomer: 2, rounds: 0, newTotal: 0, total: 1 } },
      { rule: "REF-3", fact: "expected-deals", data: { closeRate: "0.4", expectedDeals: "0" } },
    ]);
  });

  it("REF-4: no close rate, no expected deals; nobody brought, nobody new", () => {
    const g = projectReferralGrowth({ rounds: 2, perCustomer: 0 });
    expect(g.rounds).toStrictEqual([{ round: 1, newThisRound: 0, newTotal: 0, total: 1 }, { round: 2, newThisRound: 0, newTotal: 0, total: 1 }]);
    expect(g.trace).toEqual([{ rule: "REF-4", fact: "projection", data: { initial: 1, perCustomer: 0, rounds: 2, newTotal: 0, total: 1 } }]);
  });

  it("REF-4: bad input is INVALID_INPUT at its field", () => {
    expectShoulou(() => projectReferralGrowth({ rounds: 1001 }), "INVALID_INPUT", ["rounds"]);
    expectShoulou(() => projectReferralGrowth({ rounds: 1, initial: 0 }), "INVALID_INPUT", ["initial"]);
    expectShoulou(() => projectReferralGrowth({ rounds: 1, closeRate: "1.5" }), "INVALID_INPUT", ["closeRate"]);
  });
});

describe("splitPool (pool.ts)", () => {
  it("REF-POOL-1: the parts, the canonical weights and amount, and the trace", () => {
    expect(splitPool({ amount: 100, weights: [{ id: "a", weight: 1 }, { id: "b", weight: "2.50" }] })).toStrictEqual({
      amount: "100.00",
      parts: [{ id: "a", weight: "1", amount: "28.57" }, { id: "b", weight: "2.5", amount: "71.43" }],
      trace: [{ rule: "REF-POOL-1", fact: "split", data: { amount: "100.00", weights: ["1", "2.5"], parts: ["28.57", "71.43"] } }],
    });
  });

  it("REF-POOL-1: one cent between two equal weights goes to the first; a single weight takes it all", () => {
    expect(splitPool({ amount: "0.01", weights: [{ id: "a", weight: 1 }, { id: "b", weight: 1 }] }).parts.map((p) => p.amount)).toEqual(["0.01", "0.00"]);
    expect(splitPool({ amount: "7.77", weights: [{ id: "a", weight: "0.000000000001" }] }).parts.map((p) => p.amount)).toEqual(["7.77"]);
  });

  it("REF-POOL-1: refusals name what is wrong", () => {
    refusal(() => splitPool({ amount: "1", weights: [{ id: "a", weight: 0 }] }), "INVALID_INPUT", ["weights"], "at least one weight must be greater than 0");
    refusal(() => splitPool({ amount: "1", weights: [{ id: "a", weight: 1 }, { id: "a", weight: 2 }] }), "INVALID_INPUT", ["weights"], "each recipient appears once");
    const e = expectShoulou(() => splitPool({ amount: "1", weights: [] }), "INVALID_INPUT", ["weights"]);
    expect(e.issues.map((i) => i.message)).toEqual(["needs at least one recipient", "at least one weight must be greater than 0"]);
  });
});

describe("policy refinements (policy.ts)", () => {
  const empty = { customers: [], referrals: [], deals: [], asOf: at("2024-01-01") };
  const run = (policy: ReferralPolicyInput) => referralRewards(empty, policy);

  it("REF-RW-4: the first band must start at deal 1", () => {
    refusal(() => run({ reward: { kind: "tiered", bands: [{ from: 2, amount: "1" }] } }), "INVALID_POLICY", ["policy", "reward", "bands", 0, "from"], "the first band must start at deal 1");
  });

  it("REF-RW-4: no bands at all is refused as empty, and only that", () => {
    const e = expectShoulou(() => run({ reward: { kind: "tiered", bands: [] } }), "INVALID_POLICY", ["policy", "reward", "bands"]);
    expect(e.issues.map((i) => i.message)).toEqual(["must not be empty"]);
  });

  it("REF-RW-4: a band starting where the previous one starts is out of order", () => {
    refusal(() => run({ reward: { kind: "tiered", bands: [{ from: 1, amount: "1" }, { from: 1, amount: "2" }] } }), "INVALID_POLICY", ["policy", "reward", "bands", 1, "from"], "bands must be in increasing order of `from`");
    expect(run({ reward: { kind: "tiered", bands: [{ from: 1, amount: "1" }, { from: 2, amount: "2" }] } }).trace[0]).toEqual({ rule: "REF-RW-4", fact: "programme", data: { period: "year", bands: 2 } });
  });

  it("REF-RW-5: equal shares are allowed; a share above the one before is refused at its index, the third too", () => {
    expect(run({ levels: ["0.5", "0.5", "0.5"] }).trace[0]).toEqual({ rule: "REF-2", fact: "programme-levels", data: { amount: "0.00", levels: 3, shares: ["0.5", "0.5", "0.5"] } });
    refusal(() => run({ levels: ["0.5", "0.6"] }), "INVALID_POLICY", ["policy", "levels", 1], "shares must decay: a deeper level never gets more");
    refusal(() => run({ levels: ["1", "0.5", "0.6"] }), "INVALID_POLICY", ["policy", "levels", 2], "shares must decay: a deeper level never gets more");
  });
});
