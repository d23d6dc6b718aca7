import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isShoulouError, minutesOfDay, planSelectionEvent, resolveUnitPicks, subscriptionPresets } from "../../src/index";
import { arbitraries, laws } from "../../src/testing/index";

const RUNS = { numRuns: 150 };

// The QA kit's generators: selection-day policies and days of cards (one source with shoulou/testing).
const policyArb = arbitraries.subscriptionPolicy();
const picksArb = arbitraries.unitPicksInput();
/** Generated policies the kit's laws run against, besides the shipped preset. */
const generatedPolicies = fc.sample(policyArb, { numRuns: 10, seed: 26 });

function run<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (isShoulouError(e) && e.code === "INVALID_POLICY") return undefined; // a policy where no group fits a day
    throw e;
  }
}

describe("resolveUnitPicks laws", () => {
  // laws.subscriptionPolicy checks: no unit goes to two cards; no card gets more than unitsPerCard;
  // every card appears exactly once in the outcome; the same day gives the same outcome.
  it("laws.subscriptionPolicy holds for every shipped preset", () => {
    for (const preset of Object.values(subscriptionPresets)) laws.subscriptionPolicy(preset, RUNS);
  });

  it("laws.subscriptionPolicy holds for generated policies (no unit twice, no card over its units, every card once)", () => {
    for (const policy of generatedPolicies) laws.subscriptionPolicy(policy, { numRuns: 15 });
  });

  it("unitsLeft counts the units nobody got", () => {
    fc.assert(
      fc.property(picksArb, policyArb, (input, policy) => {
        const r = run(() => resolveUnitPicks(input, policy));
        if (!r) return;
        expect(r.unitsLeft).toBe(input.units.length - r.allocations.flatMap((a) => a.units).length);
      }),
      RUNS,
    );
  });

  it("a later card never beats an earlier one: if the later got a unit both wanted, the earlier got something it preferred more", () => {
    fc.assert(
      fc.property(picksArb, (input) => {
        const r = resolveUnitPicks(input, { dailyCap: 1000, groupSize: 10, slotMinutes: 1 });
        const got = new Map(r.allocations.map((a) => [a.card, a]));
        const cards = input.cards.filter((c) => c.villaRoute === undefined && c.present !== false);
        for (const early of cards)
          for (const late of cards) {
            if (early.number >= late.number) continue;
            const lateGot = got.get(late.number);
            for (const u of lateGot?.units ?? []) {
              const rank = (early.preferences ?? []).indexOf(u);
              if (rank < 0) continue;
              const earlyGot = got.get(early.number);
              expect(earlyGot, `card ${early.number} wanted ${u} that card ${late.number} got`).toBeDefined();
              expect(earlyGot!.ranks[0]! - 1).toBeLessThan(rank);
            }
          }
      }),
      RUNS,
    );
  });

  it("deterministic and never mutates its input", () => {
    fc.assert(
      fc.property(picksArb, policyArb, (input, policy) => {
        const before = structuredClone({ input, policy });
        const a = run(() => resolveUnitPicks(input, policy));
        const b = run(() => resolveUnitPicks(structuredClone(input), structuredClone(policy)));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect({ input, policy }).toEqual(before);
        if (a) expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a); // plain JSON: no undefined, no class instances
      }),
      RUNS,
    );
  });

  it("rejects bad input with ShoulouError only", () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant({}), fc.anything()), (input, policy) => {
        for (const fn of [() => resolveUnitPicks(input as never, policy as never), () => planSelectionEvent(input as never, policy as never)]) {
          try {
            fn();
          } catch (e) {
            expect(isShoulouError(e), String(e)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe("planSelectionEvent laws", () => {
  it("no day exceeds the cap and no group the size", () => {
    fc.assert(
      fc.property(picksArb, policyArb, (input, policy) => {
        const plan = run(() => planSelectionEvent({ cards: input.cards.map(({ number, villaIntent, villaRoute }) => ({ number, villaIntent: villaIntent ?? false, ...(villaRoute ? { villaRoute } : {}) })), dates: input.dates! }, policy));
        if (!plan) return;
        for (const d of plan.days) {
          expect(d.cards).toBeLessThanOrEqual(policy.dailyCap ?? 100);
          expect(d.groups.reduce((s, g) => s + g.cards.length, 0)).toBe(d.cards);
          for (const g of d.groups) expect(g.cards.length).toBeLessThanOrEqual(policy.groupSize ?? 10);
        }
      }),
      RUNS,
    );
  });

  it("slot times never overlap and never fall in a break", () => {
    fc.assert(
      fc.property(picksArb, policyArb, (input, policy) => {
        const plan = run(() => planSelectionEvent({ cards: input.cards.map((c) => ({ number: c.number })), dates: input.dates! }, policy));
        if (!plan) return;
        const breaks = (policy.breaks ?? []).map((b) => [minutesOfDay(b.from)!, minutesOfDay(b.to)!] as const);
        for (const d of plan.days) {
          let lastEnd = -1;
          for (const g of d.groups) {
            const s = minutesOfDay(g.start.slice(11, 16))!;
            const e = g.end.slice(0, 10) > d.date ? 1440 : minutesOfDay(g.end.slice(11, 16))!;
            expect(s).toBeGreaterThanOrEqual(lastEnd);
            expect(e - s).toBe(policy.slotMinutes ?? 15);
            for (const [bf, bt] of breaks) expect(s < bt && e > bf).toBe(false);
            if (policy.latestEnd) expect(e).toBeLessThanOrEqual(minutesOfDay(policy.latestEnd)!);
            lastEnd = e;
          }
        }
      }),
      RUNS,
    );
  });
});
