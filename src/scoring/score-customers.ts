import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { parseWith } from "../core/schema";
import { scoringProfileSchema } from "./profile-schema";
import type { ScoringProfileInput } from "./input-types";
import { compileScorecard, scoreWith, type CustomerScore } from "./scorecard-engine";
import { scorecardSchema, type ScorecardInput } from "./scorecard-schema";
import { refuseLongList, scoringLimits } from "./limits";

/**
 * Scores many customers with one scorecard, checked once: the same result as calling
 * {@link scoreCustomer} for each, in the order given, with the grade counts.
 *
 * @remarks SCO-CARD-1, SCO-CARD-2 (practice). Each customer gets exactly one grade.
 * @param profiles - customers' data; ids must be unique
 * @param scorecard - the office's scorecard
 * @returns the scores in input order and how many customers got each grade
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (a profile, with its index), `DUPLICATE`, `INVALID_POLICY`,
 * `OUT_OF_RANGE` (more than {@link scoringLimits}`.customers` profiles)
 * @example
 * ```ts
 * const card = { factors: [{ id: "visits", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 4 } }] };
 * scoreCustomers([{ id: "C1", visits: 4 }, { id: "C2", visits: 1 }], card).gradeCounts; //=> { a: 1, b: 0, c: 0, d: 1 }
 * ```
 * @category Scoring
 */
export function scoreCustomers(
  profiles: readonly ScoringProfileInput[],
  scorecard: ScorecardInput,
): { readonly scores: readonly CustomerScore[]; readonly gradeCounts: Readonly<Record<string, number>> } {
  return guarded(() => {
    refuseLongList(profiles, scoringLimits.customers, []);
    const card = parseWith(scorecardSchema, scorecard, "INVALID_POLICY", []);
    const list = parseWith(z.array(scoringProfileSchema), profiles, "INVALID_INPUT", []);
    const compiled = compileScorecard(card);
    const gradeCounts: Record<string, number> = {};
    for (const g of card.grades) gradeCounts[g.grade] = 0;
    const seen = new Set<string>();
    const scores = list.map((p, i) => {
      if (seen.has(p.id)) throw new ShoulouError("DUPLICATE", [i, "id"], `customer ${p.id} appears twice`);
      seen.add(p.id);
      let s;
      try {
        s = scoreWith(compiled, p);
      } catch (e) {
        // a per-customer problem (e.g. asOf missing) is reported at that customer's index
        if (e instanceof ShoulouError) throw new ShoulouError(e.code, [i, ...e.path], e.message.replace(/^[A-Z_]+( at [^:]+)?: /, ""));
        throw e;
      }
      gradeCounts[s.grade] = (gradeCounts[s.grade] ?? 0) + 1;
      return s;
    });
    return { scores, gradeCounts };
  });
}
