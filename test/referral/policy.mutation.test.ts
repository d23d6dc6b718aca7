import { describe, expect, it } from "vitest";
import { referralRewards, type ReferralPolicyInput } from "../../src/index";
import { expectShoulou } from "../helpers";
import { at } from "./fixtures";

/** Mutation tests of policy.ts: the refinements' issues, with their path, words and zod code. */

const nobody = { customers: [], referrals: [], deals: [], asOf: at("2024-04-01") };
const issuesOf = (policy: ReferralPolicyInput, path: (string | number)[]) => expectShoulou(() => referralRewards(nobody, policy), "INVALID_POLICY", path).issues;

describe("referral policy refinements", () => {
  it("REF-RW-4: the first band must start at deal 1", () => {
    expect(issuesOf({ reward: { kind: "tiered", bands: [{ from: 2, amount: "1" }] } }, ["policy", "reward", "bands", 0, "from"])).toEqual([
      { path: ["policy", "reward", "bands", 0, "from"], message: "the first band must start at deal 1", code: "custom" },
    ]);
  });

  it("REF-RW-3: bands must be in increasing order of from", () => {
    expect(issuesOf({ reward: { kind: "tiered", mode: "flat", bands: [{ from: 1, amount: "1" }, { from: 1, amount: "2" }] } }, ["policy", "reward", "bands", 1, "from"])).toEqual([
      { path: ["policy", "reward", "bands", 1, "from"], message: "bands must be in increasing order of `from`", code: "custom" },
    ]);
  });

  it("REF-RW-5: a deeper level's share never exceeds the one above", () => {
    expect(issuesOf({ levels: ["0.5", "1"] }, ["policy", "levels", 1])).toEqual([
      { path: ["policy", "levels", 1], message: "shares must decay: a deeper level never gets more", code: "custom" },
    ]);
  });
});
