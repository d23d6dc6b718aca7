import * as fc from "fast-check";
import type { ScoringProfileInput } from "../scoring/profile-schema";
import type { ScorecardInput } from "../scoring/scorecard-schema";
import { biased, dateBetween, yuan } from "./money-arbitraries";
import type { ArbitraryOptions } from "./options";

const flags = <K extends string>(...keys: K[]) => fc.record(Object.fromEntries(keys.map((k) => [k, fc.boolean()])) as Record<K, fc.Arbitrary<boolean>>);

/**
 * Customer profiles for scorecards, valid by construction: every measure the built-in
 * scorecard reads, each present or absent; with boundaries, the band edges (0, 1, 7, 15 and
 * 31 days since contact).
 *
 * @example
 * ```ts
 * const [profile] = fc.sample(arbitraries.scoringProfile(), { numRuns: 1, seed: 8 });
 * scoreCustomer(profile, scoringPresets.defaultScorecard).grade.length > 0; //=> true
 * ```
 * @category Testing
 */
export function scoringProfile(options: ArbitraryOptions & { readonly id?: string } = {}): fc.Arbitrary<ScoringProfileInput> {
  const b = options.boundaries ?? true;
  const asOf = "2024-10-31";
  return fc.record(
    {
      id: fc.constant(options.id ?? "C1"),
      asOf: fc.constant(asOf),
      visits: biased(b, [0, 1, 2, 3], fc.integer({ min: 0, max: 40 })),
      lastContactOn: biased(b, ["2024-10-31", "2024-10-24", "2024-10-16", "2024-09-30", "2024-10-01"], dateBetween("2024-06-01", asOf)),
      budget: yuan(0, 1_000_000_000),
      targetPrice: yuan(100_000, 1_000_000_000),
      intent: flags("unitType", "building", "floor"),
      payment: flags("depositPaid", "mortgagePreApproved", "fullPayment"),
      household: fc.constantFrom("first-home" as const, "upgrade" as const, "investment" as const, "other" as const),
      referralsMade: fc.integer({ min: 0, max: 10 }),
    },
    { requiredKeys: ["id", "asOf"] },
  );
}

/** Points in hundredths as a 2-decimal string. */
const points = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;

/**
 * Scorecards, valid by construction: one to six factors over `visits`, linear or banded, whose
 * points never fall as the visits rise, and grade bands a–d. Weights are 1–500; `minWeight: 0`
 * lets factors weigh nothing (the first keeps a weight of at least 1, so the card stays valid).
 *
 * @example
 * ```ts
 * const [card] = fc.sample(arbitraries.scorecard(), { numRuns: 1, seed: 9 });
 * card.factors.length > 0; //=> true
 * ```
 * @category Testing
 */
export function scorecard(options: ArbitraryOptions & { readonly minWeight?: number } = {}): fc.Arbitrary<ScorecardInput> {
  const factor = (id: string) => {
    const w = fc.integer({ min: id === "f0" ? Math.max(1, options.minWeight ?? 1) : (options.minWeight ?? 1), max: 500 });
    return fc.oneof(
      fc.record({ w, lo: fc.integer({ min: 0, max: 10000 }), hi: fc.integer({ min: 0, max: 10000 }), max: fc.integer({ min: 1, max: 30 }) }).map((r) => ({
        id,
        measure: "visits" as const,
        weight: r.w,
        scale: { kind: "linear" as const, min: 0, max: r.max, minPoints: points(Math.min(r.lo, r.hi)), maxPoints: points(Math.max(r.lo, r.hi)) },
      })),
      fc.record({ w, pts: fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 6 }) }).map((r) => {
        const pts = [...r.pts].sort((a, b) => a - b);
        return {
          id,
          measure: "visits" as const,
          weight: r.w,
          scale: { kind: "bands" as const, bands: pts.map((p, i) => ({ ...(i > 0 ? { from: i * 2 } : {}), ...(i < pts.length - 1 ? { to: (i + 1) * 2 } : {}), points: points(p) })) },
        };
      }),
    );
  };
  return fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => factor(`f${i}`)))).map((factors) => ({ factors }) as ScorecardInput);
}
