import { describe, expect, it } from "vitest";
import {
  isShoulouError,
  networkValue,
  ownerCircle,
  projectReferralGrowth,
  referralAgentCredit,
  referralChain,
  referralGraph,
  referralLimits,
  referralRewards,
  splitPool,
} from "../../src/index";
import { expectShoulou } from "../helpers";
import { at } from "./fixtures";

/** Where a string or a list is expected, a value whose `length` is itself a trap (issue 10). */
const trap = { length: { toString: 1, valueOf: 1 } };

const office = {
  customers: [{ id: "L", owner: true }, { id: "M" }],
  referrals: [{ id: "r1", referrer: "L", referred: "M", at: at("2024-03-01") }],
  deals: [{ id: "d1", buyer: "M", price: "1730000", contractSignedAt: at("2024-03-10") }],
  payouts: [{ deal: "d1", referrer: "L", amount: "5000", paidAt: at("2024-03-20") }],
  asOf: at("2024-04-01"),
};

/** Every field of `value`, down to leaves, replaced in turn by `trap`. */
function trapped(value: unknown): unknown[] {
  const out: unknown[] = [trap];
  if (Array.isArray(value)) value.forEach((v, i) => trapped(v).forEach((t) => out.push(value.map((x, j) => (j === i ? t : x)))));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const t of trapped(v)) out.push({ ...value, [k]: t });
  }
  return out;
}

function noInternal(fn: () => unknown, what: string): void {
  try {
    fn();
  } catch (e) {
    expect(isShoulouError(e), String(e)).toBe(true);
    expect((e as { code: string }).code, `${what}: ${String(e)}`).not.toBe("INTERNAL");
  }
}

describe("hostile input (issue 10)", () => {
  it("a coercion trap anywhere in any argument is a typed refusal, never INTERNAL", () => {
    const graph = referralGraph({ customers: office.customers, referrals: office.referrals });
    const calls: [string, unknown[], (...a: never[]) => unknown][] = [
      ["referralGraph", [{ customers: office.customers, referrals: office.referrals }, {}], referralGraph],
      ["referralRewards", [office, { reward: { kind: "fixed", amount: "5000" } }], referralRewards],
      ["referralAgentCredit", [{ ...office, events: [] }, {}, {}], referralAgentCredit],
      ["referralChain", [graph, "M"], referralChain],
      ["networkValue", [graph, office.deals, "L"], networkValue],
      ["ownerCircle", [graph, ["L"]], ownerCircle],
      ["splitPool", [{ amount: "100", weights: [{ id: "A7", weight: 1 }] }], splitPool],
      ["projectReferralGrowth", [{ rounds: 3, closeRate: "0.4" }], projectReferralGrowth],
    ];
    let tried = 0;
    for (const [name, args, fn] of calls) {
      args.forEach((arg, i) => {
        for (const t of trapped(arg)) {
          tried++;
          const call = args.map((a, j) => (j === i ? t : a));
          noInternal(() => fn(...(call as never[])), `${name}(${JSON.stringify(call).slice(0, 300)})`);
        }
      });
    }
    expect(tried).toBeGreaterThan(100);
  });

  it("lists past their limit are OUT_OF_RANGE at their path, before any work on their items", () => {
    const tooMany = (n: number) => new Array<unknown>(n + 1); // holes: refused on the length alone
    expectShoulou(() => referralGraph({ customers: tooMany(referralLimits.customers) as never, referrals: [] }), "OUT_OF_RANGE", ["customers"]);
    expectShoulou(() => referralGraph({ customers: [], referrals: tooMany(referralLimits.referrals) as never }), "OUT_OF_RANGE", ["referrals"]);
    expectShoulou(() => referralRewards({ ...office, deals: tooMany(referralLimits.deals) as never }), "OUT_OF_RANGE", ["deals"]);
    expectShoulou(() => referralRewards({ ...office, payouts: tooMany(referralLimits.payouts) as never }), "OUT_OF_RANGE", ["payouts"]);
    expectShoulou(() => referralAgentCredit({ ...office, events: tooMany(referralLimits.events) as never }), "OUT_OF_RANGE", ["events"]);
    expectShoulou(() => referralChain({ referrals: tooMany(referralLimits.referrals) as never }, "M"), "OUT_OF_RANGE", ["graph", "referrals"]);
    expectShoulou(() => networkValue({ referrals: [] }, tooMany(referralLimits.deals) as never, "L"), "OUT_OF_RANGE", ["deals"]);
    expectShoulou(() => ownerCircle({ referrals: [] }, tooMany(referralLimits.owners) as never), "OUT_OF_RANGE", ["owners"]);
  });
});

/**
 * Ids that collide where they can against V8's `Map`: its string hashes are seeded per process,
 * except for short decimal strings (array indices), whose hash is their value. Multiples of 256
 * share their low 8 bits, so they crowd a few buckets of any table sized by powers of two —
 * as far as 7 digits allow.
 */
function collidingIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(i * 256));
}

/**
 * Best CPU time of each function over `rounds` interleaved runs, in ms: CPU time, the best of
 * several, and interleaved so that a change in the other processes' load hits every side alike.
 */
function cpuMs(fns: readonly (() => unknown)[], rounds = 5): number[] {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      best[i] = Math.min(best[i]!, (c.user + c.system) / 1000);
    });
  }
  return best;
}

describe("time linear in the input, whatever the ids (issue 10)", () => {
  const forest = (ids: readonly string[]) => ({
    customers: ids.map((id) => ({ id })),
    referrals: ids.slice(1).map((id, i) => ({ id: `r${id}`, referrer: ids[i >> 1]!, referred: id, at: at("2024-03-01") })),
  });

  it("ids chosen to collide cost about what random ids cost, and doubling them at most about doubles the time", () => {
    const colliding = collidingIds(32_768);
    const random = colliding.map((_, i) => `id-${(i * 2_654_435_761) >>> 0}`);
    const inputs = [forest(colliding.slice(0, 16_384)), forest(colliding), forest(random)];
    const [half, full, plain] = cpuMs(inputs.map((input) => () => referralGraph(input))) as [number, number, number];
    // Generous margins (a shared machine): ×2 expected for ×2 ids. The id table this module had
    // (FNV-1a, linear probing) took 12 s for 32,768 ids sharing one hash, against 0.13 s for random ids.
    // Issue 10 asks for about 2.5×; 3 here, as a load of 20 on 2 cores moves CPU times by a quarter,
    // and a quadratic table shows ×4.
    expect(full / half).toBeLessThan(3);
    console.log(`referral ids: colliding ×2 → cpu ×${(full / half).toFixed(2)}; colliding / random ${(full / plain).toFixed(2)}`);
    expect(full / plain).toBeLessThan(3);
  }, 300_000);
});
