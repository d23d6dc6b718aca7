import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isShoulouError } from "../../src/core/errors";
import { allocateUnits } from "../../src/core/money";
import {
  countReaderCharacters,
  creditAbilityMatrix,
  funnelMetrics,
  gradeIntent,
  intentGrades,
  lifecycleStage,
  lifetimeValue,
  maintenanceAudit,
  paretoSegments,
  portfolioMix,
  scoreCustomer,
  scoreCustomers,
  scoringPresets,
  screeningGrade,
  valueLoyaltyMatrix,
  volumeTierAndMotive,
  type MaintenanceBookInput,
  type ScorecardInput,
} from "../../src/scoring/index";

const runs = { numRuns: 150 };
const hundredths = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;
const cents = (s: string) => Math.round(Number(s) * 100);

/** A factor over `visits` whose points never fall as visits rise. */
const risingFactor = (id: string) =>
  fc.oneof(
    fc.record({ w: fc.integer({ min: 0, max: 500 }), lo: fc.integer({ min: 0, max: 10000 }), hi: fc.integer({ min: 0, max: 10000 }), max: fc.integer({ min: 1, max: 30 }) }).map((r) => ({
      id,
      measure: "visits" as const,
      weight: r.w,
      scale: { kind: "linear" as const, min: 0, max: r.max, minPoints: hundredths(Math.min(r.lo, r.hi)), maxPoints: hundredths(Math.max(r.lo, r.hi)) },
    })),
    fc.record({ w: fc.integer({ min: 0, max: 500 }), pts: fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 6 }) }).map((r) => {
      const pts = [...r.pts].sort((a, b) => a - b);
      return {
        id,
        measure: "visits" as const,
        weight: r.w,
        scale: { kind: "bands" as const, bands: pts.map((p, i) => ({ ...(i > 0 ? { from: i * 2 } : {}), ...(i < pts.length - 1 ? { to: (i + 1) * 2 } : {}), points: hundredths(p) })) },
      };
    }),
  );

const scorecardArb = fc
  .array(fc.nat(), { minLength: 1, maxLength: 6 })
  .chain((xs) => fc.tuple(...xs.map((_, i) => risingFactor(`f${i}`))))
  .map((factors) => ({ factors: [...factors, { id: "anchor", measure: "visits" as const, weight: "0.0001", scale: { kind: "linear" as const, min: 0, max: 1 } }] }) as ScorecardInput);

describe("scorecard laws", () => {
  it("the score stays within 0–100 and equals the sum of its contributions exactly", () => {
    fc.assert(
      fc.property(scorecardArb, fc.integer({ min: 0, max: 40 }), (card, visits) => {
        const s = scoreCustomer({ id: "c", visits }, card);
        expect(cents(s.score)).toBeGreaterThanOrEqual(0);
        expect(cents(s.score)).toBeLessThanOrEqual(10000);
        expect(s.lines.reduce((a, l) => a + cents(l.contribution), 0)).toBe(cents(s.score));
        expect(s.score).toMatch(/^\d{1,3}\.\d\d$/);
      }),
      runs,
    );
  });
  it("contributions split the score exactly as core allocateUnits splits it", () => {
    fc.assert(
      fc.property(scorecardArb, fc.integer({ min: 0, max: 40 }), (card, visits) => {
        const s = scoreCustomer({ id: "c", visits }, card);
        const weights = s.lines.map((l) => cents(l.points) * Math.round(Number(l.weight) * 10000));
        expect(s.lines.map((l) => cents(l.contribution))).toEqual(allocateUnits(cents(s.score), weights));
      }),
      runs,
    );
  });
  it("raising a positive factor never lowers the score", () => {
    fc.assert(
      fc.property(scorecardArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }), (card, v, up) => {
        expect(cents(scoreCustomer({ id: "c", visits: v + up }, card).score)).toBeGreaterThanOrEqual(cents(scoreCustomer({ id: "c", visits: v }, card).score));
      }),
      runs,
    );
  });
  it("grades partition the customers: each gets exactly one", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), (visits) => {
        const r = scoreCustomers(visits.map((v, i) => ({ id: `c${i}`, visits: v })), scoringPresets.defaultScorecard);
        expect(Object.values(r.gradeCounts).reduce((a, b) => a + b, 0)).toBe(visits.length);
        for (const s of r.scores) expect(["a", "b", "c", "d"]).toContain(s.grade);
      }),
      runs,
    );
  });
  it("every intent profile gets exactly one intent grade", () => {
    const profile = fc.record(
      {
        id: fc.constant("c"),
        subscribed: fc.boolean(),
        depositPaid: fc.integer({ min: 0, max: 100000 }),
        cardHolder: fc.boolean(),
        purchaseProbability: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        visited: fc.boolean(),
        statedIntent: fc.boolean(),
        expectedPurchaseInDays: fc.integer({ min: 0, max: 400 }),
        peer: fc.boolean(),
        leftContact: fc.boolean(),
      },
      { requiredKeys: ["id"] },
    );
    fc.assert(
      fc.property(profile, (p) => {
        const g = gradeIntent(p);
        expect(intentGrades).toContain(g.grade);
        expect(g.grade.startsWith(g.letter)).toBe(true);
      }),
      runs,
    );
  });
});

describe("portfolio laws", () => {
  const customersArb = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), revenue: fc.integer({ min: 0, max: 1_000_000 }) }), { selector: (c) => c.id, maxLength: 40 });
  it("the Pareto top set is the smallest set reaching its share, and no set of its size has more revenue", () => {
    fc.assert(
      fc.property(customersArb, fc.integer({ min: 0, max: 100 }), (cs, pct) => {
        const share = pct / 100;
        const r = paretoSegments(cs, { revenueShare: share });
        const sorted = cs.map((c) => c.revenue).sort((a, b) => b - a);
        const total = sorted.reduce((a, b) => a + b, 0);
        const k = r.top.length;
        const topSum = sorted.slice(0, k).reduce((a, b) => a + b, 0);
        const byId = new Map(cs.map((c) => [c.id, c.revenue]));
        expect(r.top.reduce((a, id) => a + (byId.get(id) ?? 0), 0)).toBe(topSum); // no set of size k has more
        expect(topSum * 100).toBeGreaterThanOrEqual(total * pct); // reaches the share
        if (k > 0) expect(sorted.slice(0, k - 1).reduce((a, b) => a + b, 0) * 100).toBeLessThan(total * pct); // smallest
        expect(r.top.length + r.rest.length).toBe(cs.length);
      }),
      runs,
    );
  });
  it("the 532 mix counts every customer once", () => {
    const day = fc.integer({ min: 0, max: 120 }).map((d) => `2024-${String(6 + Math.floor(d / 31)).padStart(2, "0")}-${String((d % 28) + 1).padStart(2, "0")}`);
    const book = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), lastMaintainedOn: fc.option(day, { nil: null }), relationship: fc.constantFrom("deep" as const, "ordinary" as const) }), { selector: (c) => c.id, maxLength: 30 });
    fc.assert(
      fc.property(book, (b) => {
        const r = portfolioMix(b, "2024-10-31");
        expect(r.counts.deep + r.counts.ordinary + r.counts.dormant).toBe(b.length);
      }),
      runs,
    );
  });
});

describe("lifetime value laws", () => {
  const ltvArb = fc.record({
    p: fc.integer({ min: 1, max: 100 }),
    profit: fc.integer({ min: 100, max: 1_000_000 }),
    rate: fc.integer({ min: 0, max: 500 }),
    up: fc.integer({ min: 1, max: 200 }),
    h: fc.integer({ min: 1, max: 40 }),
  });
  const npv = (p: number, profit: number, rate: number, h: number) =>
    lifetimeValue({ repeat: { probabilityPerPeriod: p / 100, profitPerPurchase: profit }, discountRate: rate / 1000, horizonPeriods: h }).potentialValue;
  it("NPV falls when the discount rate rises", () => {
    fc.assert(
      fc.property(ltvArb, ({ p, profit, rate, up, h }) => {
        expect(cents(npv(p, profit, rate + up, h))).toBeLessThanOrEqual(cents(npv(p, profit, rate, h)));
      }),
      runs,
    );
  });
  it("NPV rises with a longer horizon of positive profit", () => {
    fc.assert(
      fc.property(ltvArb, ({ p, profit, rate, h }) => {
        const longer = cents(npv(p, profit, rate, h + 1));
        const shorter = cents(npv(p, profit, rate, h));
        expect(longer).toBeGreaterThanOrEqual(shorter);
        // strictly, unless the added period's present value rounds below a fen
        if (rate <= 100 && h <= 20) expect(longer).toBeGreaterThan(shorter);
      }),
      runs,
    );
  });
  it("lifetime value is the sum of its rounded lines", () => {
    fc.assert(
      fc.property(ltvArb, ({ p, profit, rate, h }) => {
        const v = lifetimeValue({ historicalValue: profit, repeat: { probabilityPerPeriod: p / 100, profitPerPurchase: profit }, discountRate: rate / 1000, horizonPeriods: h });
        expect(v.periods.reduce((a, x) => a + cents(x.presentValue), 0)).toBe(cents(v.potentialValue));
        expect(cents(v.historicalValue) + cents(v.potentialValue)).toBe(cents(v.lifetimeValue));
      }),
      runs,
    );
  });
});

const auditBook = fc
  .record({
    customers: fc.uniqueArray(
      fc.record({ id: fc.constantFrom("C1", "C2", "C3", "C4"), agentId: fc.constantFrom("A1", "A2"), grade: fc.constantFrom("a", "b"), birthday: fc.constantFrom("01-15", "02-29", "10-20", "12-31") }),
      { selector: (c) => c.id, minLength: 1 },
    ),
    records: fc.array(
      fc.record({
        id: fc.constantFrom("R1", "R2", "R3", "R4", "R5"),
        kind: fc.constantFrom("sms" as const, "call" as const, "visit" as const, "event" as const, "birthday-invitation" as const),
        agentId: fc.constantFrom("A1", "A2"),
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 8, max: 12 }),
        text: fc.string({ maxLength: 60 }),
        durationMinutes: fc.integer({ min: 0, max: 90 }),
        withKeyPerson: fc.boolean(),
        who: fc.nat(),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ customers, records }) => ({
    customers,
    records: records.map(({ day, month, who, ...r }) => ({ ...r, customerId: customers[who % customers.length]!.id, at: `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` })),
  })) as fc.Arbitrary<MaintenanceBookInput>;

describe("audit laws", () => {
  it("the audit is deterministic and unaffected by record order", () => {
    fc.assert(
      fc.property(auditBook, fc.integer({ min: 1, max: 60 }), (book, d) => {
        const asOf = `2024-${d > 30 ? "11" : "10"}-${String(((d - 1) % 30) + 1).padStart(2, "0")}`;
        const once = maintenanceAudit(book, asOf);
        expect(maintenanceAudit(book, asOf)).toEqual(once);
        const shuffled = { customers: [...book.customers].reverse(), records: [...book.records].reverse() };
        expect(maintenanceAudit(shuffled, asOf).findings).toEqual(once.findings);
      }),
      runs,
    );
  });
  it("character counts never exceed UTF-16 length and ignore added whitespace", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (t) => {
        expect(countReaderCharacters(t)).toBeLessThanOrEqual(t.length);
        expect(countReaderCharacters(` ${t}\n\u3000`)).toBe(countReaderCharacters(t));
      }),
      runs,
    );
  });
});

describe("boundary laws", () => {
  const calls: Record<string, (a: unknown, b: unknown) => unknown> = {
    scoreCustomer: (a, b) => scoreCustomer(a as never, b as never),
    scoreCustomers: (a, b) => scoreCustomers(a as never, b as never),
    gradeIntent: (a, b) => gradeIntent(a as never, b as never),
    valueLoyaltyMatrix: (a, b) => valueLoyaltyMatrix(a as never, b as never),
    creditAbilityMatrix: (a, b) => creditAbilityMatrix(a as never, b as never),
    screeningGrade: (a, b) => screeningGrade(a as never, b as never),
    volumeTierAndMotive: (a, b) => volumeTierAndMotive(a as never, b as never),
    paretoSegments: (a, b) => paretoSegments(a as never, b as never),
    portfolioMix: (a, b) => portfolioMix(a as never, b as never),
    lifetimeValue: (a) => lifetimeValue(a as never),
    lifecycleStage: (a, b) => lifecycleStage(a as never, b as never),
    maintenanceAudit: (a, b) => maintenanceAudit(a as never, b as never),
    countReaderCharacters: (a, b) => countReaderCharacters(a as never, b as never),
    funnelMetrics: (a) => funnelMetrics(a as never),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(`${name} rejects arbitrary input with ShoulouError only`, () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (a, b) => {
          try {
            call(a, b);
          } catch (e) {
            expect(isShoulouError(e), String(e)).toBe(true);
          }
        }),
        { numRuns: 100 },
      );
    });
  }
  it("never mutates its input", () => {
    fc.assert(
      fc.property(auditBook, scorecardArb, (book, card) => {
        const b = structuredClone(book);
        const c = structuredClone(card);
        maintenanceAudit(book, "2024-10-15");
        scoreCustomer({ id: "x", visits: 3 }, card);
        expect(book).toEqual(b);
        expect(card).toEqual(c);
      }),
      { numRuns: 50 },
    );
  });
  it("deterministic: the same input gives the same output, byte for byte", () => {
    fc.assert(
      fc.property(scorecardArb, fc.integer({ min: 0, max: 40 }), (card, v) => {
        expect(JSON.stringify(scoreCustomer({ id: "c", visits: v }, card))).toBe(JSON.stringify(scoreCustomer({ id: "c", visits: v }, card)));
      }),
      { numRuns: 50 },
    );
  });
});

