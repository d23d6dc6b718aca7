import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { scoringProfileSchema } from "./profile-schema";
import type { ScoringProfileInput } from "./input-types";
import { compileScorecard, scoreWith, type CustomerScore } from "./scorecard-engine";
import { scorecardSchema, type ScorecardInput } from "./scorecard-schema";

/**
 * Scores one customer with a weighted scorecard: every factor's value, points, weight,
 * contribution and reason; a score 0–100 (2 decimals) that equals the sum of the
 * contributions exactly; and the grade it earns.
 *
 * @remarks SCO-CARD-1, SCO-CARD-2 (practice: weighted scorecards, every factor's contribution
 * shown); data used SCO-11 (《客户链的建立及销售渠道的探索》). The score is Σ weight × points ÷ Σ weight, half-up to
 * 2 decimals; contributions are split from it by largest remainder, in proportion to
 * weight × points.
 * @param profile - the customer's data ({@link scoringProfileSchema})
 * @param scorecard - the office's scorecard ({@link scorecardSchema}), e.g. `scoringPresets.defaultScorecard`
 * @returns the score, grade, lines and trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (profile), `INVALID_POLICY` (scorecard: negative
 * weight, overlapping or gapped bands …), `MISSING_PARAMETER` (a recency factor without `asOf`)
 * @example
 * ```ts
 * const card = { factors: [
 *   { id: "visits", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 4 } },
 *   { id: "household", measure: "household", weight: 2, scale: { kind: "categories", points: { "first-home": 90, upgrade: 60 } } },
 * ] };
 * const s = scoreCustomer({ id: "C1", visits: 3, household: "first-home" }, card);
 * s.score; //=> "85.00"
 * s.lines.map((l) => l.contribution); //=> ["25.00", "60.00"]
 * s.grade; //=> "a"
 * ```
 * @category Scoring
 */
export function scoreCustomer(profile: ScoringProfileInput, scorecard: ScorecardInput): CustomerScore {
  return guarded(() => {
    const card = parseWith(scorecardSchema, scorecard, "INVALID_POLICY", []);
    const p = parseWith(scoringProfileSchema, profile, "INVALID_INPUT", []);
    return scoreWith(compileScorecard(card), p);
  });
}
