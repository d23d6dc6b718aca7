import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isShoulouError, minutesOfDay, planSelectionEvent, resolveUnitPicks, type SubscriptionPolicyInput, type UnitPicksInput } from "../../src/index";

const RUNS = { numRuns: 150 };

const policyArb: fc.Arbitrary<SubscriptionPolicyInput> = fc.record({
  dailyCap: fc.integer({ min: 1, max: 25 }),
  groupSize: fc.integer({ min: 1, max: 8 }),
  slotMinutes: fc.integer({ min: 5, max: 60 }),
  startTime: fc.constantFrom("08:00", "09:30", "10:15"),
  latestEnd: fc.constantFrom(undefined, "18:00", "23:00"),
  breaks: fc.constantFrom([], [{ from: "12:00", to: "13:15" }], [{ from: "11:00", to: "11:20" }, { from: "15:00", to: "16:00" }]),
  unitsPerCard: fc.constantFrom(1, 1, 2),
}).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as SubscriptionPolicyInput);

const picksArb: fc.Arbitrary<UnitPicksInput> = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 25 }),
    numbers: fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 50 }),
    days: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ unitCount, numbers, days }) => {
    const units = Array.from({ length: unitCount }, (_, i) => `U${i}`);
    const card = (number: number) =>
      fc.record({
        number: fc.constant(number),
        present: fc.boolean(),
        preferences: fc.shuffledSubarray(units, { maxLength: Math.min(6, units.length) }),
        ifNotReached: fc.constantFrom("carry" as const, "give-up" as const, "undecided" as const),
        villa: fc.constantFrom(undefined, "reserve" as const, "give-up" as const, "pick" as const),
      }).map(({ villa, ...c }) => (villa === undefined ? c : villa === "pick" ? { ...c, villaIntent: true } : { ...c, villaIntent: true, villaRoute: villa }));
    return fc.record({
      units: fc.constant(units),
      cards: fc.tuple(...numbers.map(card)),
      dates: fc.constant(Array.from({ length: days }, (_, i) => addDays("2024-09-26", i))),
    });
  });

function run<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (isShoulouError(e) && e.code === "INVALID_POLICY") return undefined; // a policy where no group fits a day
    throw e;
  }
}

describe("resolveUnitPicks laws", () => {
  it("no unit is allocated twice", () => {
    fc.assert(
      fc.property(picksArb, policyArb, (input, policy) => {
        const r = run(() => resolveUnitPicks(input, policy));
        if (!r) return;
        const units = r.allocations.flatMap((a) => a.units);
        expect(new Set(units).size).toBe(units.length);
        expect(r.unitsLeft).toBe(input.units.length - units.length);
      }),
      RUNS,
    );
  });

  it("no card gets two units (more than unitsPerCard)", () => {
    fc.assert(
      fc.property(picksArb, policyArb, (input, policy) => {
        const r = run(() => resolveUnitPicks(input, policy));
        if (!r) return;
        for (const a of r.allocations) {
          expect(a.units.length).toBeGreaterThan(0);
          expect(a.units.length).toBeLessThanOrEqual(policy.unitsPerCard ?? 1);
        }
      }),
      RUNS,
    );
  });

  it("every card appears exactly once in the outcome", () => {
    fc.assert(
      fc.property(picksArb, policyArb, (input, policy) => {
        const r = run(() => resolveUnitPicks(input, policy));
        if (!r) return;
        const seen = [...r.allocations, ...r.forfeits, ...r.carried, ...r.notReached, ...r.villaReserved].map((x) => x.card).sort((a, b) => a - b);
        expect(seen).toEqual(input.cards.map((c) => c.number).sort((a, b) => a - b));
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
