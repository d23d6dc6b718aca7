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
  type ScorecardInput,
} from "../../src/scoring/index";
import { arbitraries, laws } from "../../src/testing/index";

const runs = { numRuns: 150 };
const cents = (s: string) => Math.round(Number(s) * 100);

// The QA kit's scorecards: factors over `visits` whose points never fall as visits rise; here
// weights may be zero, and a factor weighted 0.0001 without points checks decimal weights.
const scorecardArb = arbitraries
  .scorecard({ minWeight: 0 })
  .map((card) => ({ factors: [...card.factors, { id: "anchor", measure: "visits" as const, weight: "0.0001", scale: { kind: "linear" as const, min: 0, max: 1 } }] }) as ScorecardInput);
/** Generated scorecards the kit's laws run against, besides the shipped preset. */
const generatedCards = fc.sample(arbitraries.scorecard(), { numRuns: 10, seed: 51 });
const profiles = fc.array(arbitraries.scoringProfile(), { maxLength: 30 }).map((ps) => ps.map((p, i) => ({ ...p, id: `c${i}` })));

describe("scorecard laws", () => {
  // laws.scorecard checks: the score is 0–100 with two decimals and the exact sum of its
  // contributions; batch = single; every customer gets exactly one grade; deterministic.
  it("laws.scorecard holds for the shipped default scorecard", () => {
    laws.scorecard(scoringPresets.defaultScorecard, runs);
  });
  it("laws.scorecard holds for generated scorecards", () => {
    for (const card of generatedCards) laws.scorecard(card, { numRuns: 15 });
  });
  it("the score stays within 0–100 and equals the sum of its contributions, with zero and decimal weights", () => {
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
  it("grades partition the customers: each gets exactly one of a–d", () => {
    fc.assert(
      fc.property(profiles, (ps) => {
        const r = scoreCustomers(ps, scoringPresets.defaultScorecard);
        expect(Object.values(r.gradeCounts).reduce((a, b) => a + b, 0)).toBe(ps.length);
        for (const s of r.scores) expect(["a", "b", "c", "d"]).toContain(s.grade);
      }),
      runs,
    );
  });
  it("every intent profile gets exactly one intent grade", () => {
    fc.assert(
      fc.property(arbitraries.intentProfile(), (p) => {
        const g = gradeIntent(p);
        expect(intentGrades).toContain(g.grade);
        expect(g.grade.startsWith(g.letter)).toBe(true);
      }),
      runs,
    );
  });
});

describe("portfolio laws", () => {
  it("the Pareto top set is the smallest set reaching its share, and no set of its size has more revenue", () => {
    fc.assert(
      fc.property(arbitraries.paretoInput(), fc.integer({ min: 0, max: 100 }), (cs, pct) => {
        const share = pct / 100;
        const r = paretoSegments(cs, { revenueShare: share });
        const sorted = cs.map((c) => cents(c.revenue)).sort((a, b) => b - a);
        const total = sorted.reduce((a, b) => a + b, 0);
        const k = r.top.length;
        const topSum = sorted.slice(0, k).reduce((a, b) => a + b, 0);
        const byId = new Map(cs.map((c) => [c.id, cents(c.revenue)]));
        expect(r.top.reduce((a, id) => a + (byId.get(id) ?? 0), 0)).toBe(topSum); // no set of size k has more
        expect(topSum * 100).toBeGreaterThanOrEqual(total * pct); // reaches the share
        if (k > 0) expect(sorted.slice(0, k - 1).reduce((a, b) => a + b, 0) * 100).toBeLessThan(total * pct); // smallest
        expect(r.top.length + r.rest.length).toBe(cs.length);
      }),
      runs,
    );
  });
  it("the 532 mix counts every customer once", () => {
    fc.assert(
      fc.property(arbitraries.portfolioInput(), (b) => {
        const r = portfolioMix(b, "2024-10-31");
        expect(r.counts.deep + r.counts.ordinary + r.counts.dormant).toBe(b.length);
      }),
      runs,
    );
  });
});

describe("lifetime value laws", () => {
  // The kit's inputs without direct costs: no period's profit is negative, so the NPV is monotone.
  const ltvArb = fc.tuple(arbitraries.lifetimeValueInput({ withCosts: false }), fc.integer({ min: 1, max: 200 }));
  const potential = (input: Parameters<typeof lifetimeValue>[0], change: { discountRate?: string; horizonPeriods?: number } = {}) => cents(lifetimeValue({ ...input, ...change }).potentialValue);
  it("NPV falls when the discount rate rises", () => {
    fc.assert(
      fc.property(ltvArb, ([input, up]) => {
        const higher = (Number(input.discountRate) + up / 1000).toFixed(3);
        expect(potential(input, { discountRate: higher })).toBeLessThanOrEqual(potential(input));
      }),
      runs,
    );
  });
  it("NPV rises with a longer horizon of positive profit", () => {
    fc.assert(
      fc.property(ltvArb, ([input]) => {
        const h = input.horizonPeriods as number;
        const longer = potential(input, { horizonPeriods: h + 1 });
        const shorter = potential(input);
        expect(longer).toBeGreaterThanOrEqual(shorter);
        // strictly, unless the added period's present value rounds below a fen
        const repeat = input.repeat as { probabilityPerPeriod: string; profitPerPurchase: string };
        if (Number(input.discountRate) <= 0.1 && h <= 20 && Number(repeat.probabilityPerPeriod) >= 0.01 && Number(repeat.profitPerPurchase) >= 100) expect(longer).toBeGreaterThan(shorter);
      }),
      runs,
    );
  });
  it("lifetime value is the sum of its rounded lines", () => {
    fc.assert(
      fc.property(arbitraries.lifetimeValueInput(), (input) => {
        const v = lifetimeValue(input);
        expect(v.periods.reduce((a, x) => a + cents(x.presentValue), 0)).toBe(cents(v.potentialValue));
        expect(cents(v.historicalValue) + cents(v.currentValue) + cents(v.potentialValue)).toBe(cents(v.lifetimeValue));
      }),
      runs,
    );
  });
});

// The QA kit's maintenance books: customers of two agents, records of every kind whose texts
// straddle the length standards.
const auditBook = arbitraries.maintenanceBook();

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
      fc.property(fc.oneof(arbitraries.recordText(), fc.string({ unit: "grapheme", maxLength: 30 })), (t) => {
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

