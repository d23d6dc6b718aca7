import { describe, expect, it } from "vitest";
import { attempt, isShoulouError } from "../../src/core/errors";
import * as scoring from "../../src/scoring/index";
import { scoringLimits, scoringPresets } from "../../src/scoring/index";

// Issue 10: plain data a hostile caller can send never ends in INTERNAL, and sizes past the
// documented limits are refused up front with OUT_OF_RANGE and the path.
const trap = { length: { toString: 1, valueOf: 1 } };
const calls: Record<string, (...a: unknown[]) => unknown> = {
  scoreCustomer: (a, b) => scoring.scoreCustomer(a as never, b as never),
  scoreCustomers: (a, b) => scoring.scoreCustomers(a as never, b as never),
  gradeIntent: (a, b) => scoring.gradeIntent(a as never, b as never),
  gradeIntents: (a, b) => scoring.gradeIntents(a as never, b as never),
  valueLoyaltyMatrix: (a, b) => scoring.valueLoyaltyMatrix(a as never, b as never),
  creditAbilityMatrix: (a, b) => scoring.creditAbilityMatrix(a as never, b as never),
  screeningGrade: (a, b) => scoring.screeningGrade(a as never, b as never),
  volumeTierAndMotive: (a, b) => scoring.volumeTierAndMotive(a as never, b as never),
  paretoSegments: (a, b) => scoring.paretoSegments(a as never, b as never),
  portfolioMix: (a, b, c) => scoring.portfolioMix(a as never, b as never, c as never),
  lifetimeValue: (a) => scoring.lifetimeValue(a as never),
  lifecycleStage: (a, b) => scoring.lifecycleStage(a as never, b as never),
  maintenanceAudit: (a, b, c) => scoring.maintenanceAudit(a as never, b as never, c as never),
  countReaderCharacters: (a, b) => scoring.countReaderCharacters(a as never, b as never),
  funnelMetrics: (a) => scoring.funnelMetrics(a as never),
};
const good: Record<string, unknown[]> = {
  scoreCustomer: [{ id: "C1", visits: 1 }, scoringPresets.defaultScorecard],
  scoreCustomers: [[{ id: "C1", visits: 1 }], scoringPresets.defaultScorecard],
  gradeIntent: [{ id: "C1" }, {}],
  gradeIntents: [[{ id: "C1" }], {}],
  valueLoyaltyMatrix: [{ id: "a", volume: 1, loyalty: 1 }, { highVolumeFrom: 1, highLoyaltyFrom: 1 }],
  creditAbilityMatrix: [{ id: "a", credit: 1, sellingAbility: 1 }, { goodCreditFrom: 1, strongAbilityFrom: 1 }],
  screeningGrade: [{ id: "a", met: {} }, scoringPresets.screeningSeed004],
  volumeTierAndMotive: [{ id: "a", annualVolume: 1 }, { tiers: [{ tier: "general", from: 0 }] }],
  paretoSegments: [[{ id: "a", revenue: 1 }], {}],
  portfolioMix: [[{ id: "a", lastMaintainedOn: null }], "2024-09-30", {}],
  lifetimeValue: [{ discountRate: "0.1", horizonPeriods: 1 }],
  lifecycleStage: [{ asOf: "2024-09-30", events: [] }, {}],
  maintenanceAudit: [{ customers: [{ id: "C1", agentId: "A1" }], records: [{ id: "R1", kind: "call", agentId: "A1", customerId: "C1", at: "2024-09-01", text: "x" }] }, "2024-09-30", {}],
  countReaderCharacters: ["字", {}],
  funnelMetrics: [{ spend: 1, stages: [{ id: "call", count: 2 }, { id: "deal", count: 1 }] }],
};

/** Every place in `value` (itself and each nested field or item), replaced in turn by `by`. */
function* replacements(value: unknown, by: unknown): Generator<unknown> {
  yield by;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) for (const r of replacements(value[i], by)) yield value.map((v, j) => (j === i ? r : v));
  else if (value !== null && typeof value === "object")
    for (const k of Object.keys(value)) for (const r of replacements((value as Record<string, unknown>)[k], by)) yield { ...(value as object), [k]: r };
}

describe("hostile input", () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: a coercion trap anywhere in its input is a ShoulouError, never INTERNAL`, () => {
      const args = good[name]!;
      expect(() => call(...args)).not.toThrow();
      args.forEach((arg, i) => {
        for (const bad of replacements(arg, trap)) {
          const r = attempt(() => call(...args.map((a, j) => (j === i ? bad : a))));
          if (!r.ok) {
            expect(isShoulouError(r.error)).toBe(true);
            expect(r.error.code, `${name} argument ${i}: ${r.error.message}`).not.toBe("INTERNAL");
          }
        }
      });
    });
  }
});

describe("size limits", () => {
  const tooMany = (n: number) => new Array(n + 1).fill({ id: "x" });
  const refused = (f: () => unknown) => {
    const r = attempt(f);
    return r.ok ? null : [r.error.code, r.error.path];
  };
  it("SCO-CARD-1: more profiles than the limit are refused before any is read", () => {
    expect(refused(() => scoring.scoreCustomers(tooMany(scoringLimits.customers) as never, scoringPresets.defaultScorecard))).toEqual(["OUT_OF_RANGE", []]);
    expect(refused(() => scoring.gradeIntents(tooMany(scoringLimits.customers) as never))).toEqual(["OUT_OF_RANGE", []]);
  });
  it("SCO-6: portfolio and Pareto lists past the limit", () => {
    expect(refused(() => scoring.portfolioMix(tooMany(scoringLimits.customers) as never, "2024-09-30"))).toEqual(["OUT_OF_RANGE", ["customers"]]);
    expect(refused(() => scoring.paretoSegments(tooMany(scoringLimits.customers) as never))).toEqual(["OUT_OF_RANGE", []]);
  });
  it("SCO-8: books past their limits, and a record text too long, with its path", () => {
    const c = [{ id: "C1", agentId: "A1" }];
    expect(refused(() => scoring.maintenanceAudit({ customers: tooMany(scoringLimits.bookCustomers) as never, records: [] }, "2024-09-30"))).toEqual(["OUT_OF_RANGE", ["customers"]]);
    expect(refused(() => scoring.maintenanceAudit({ customers: c, records: tooMany(scoringLimits.records) as never }, "2024-09-30"))).toEqual(["OUT_OF_RANGE", ["records"]]);
    const long = { id: "R2", kind: "call" as const, agentId: "A1", customerId: "C1", at: "2024-09-01", text: "字".repeat(scoringLimits.recordTextLength + 1) };
    expect(refused(() => scoring.maintenanceAudit({ customers: c, records: [{ ...long, text: "x" }, long] }, "2024-09-30"))).toEqual(["OUT_OF_RANGE", ["records", 1, "text"]]);
  });
  it("SCO-10: a history past the event limit", () => {
    expect(refused(() => scoring.lifecycleStage({ asOf: "2024-09-30", events: tooMany(scoringLimits.events) as never }))).toEqual(["OUT_OF_RANGE", ["events"]]);
  });
});
