import * as fc from "fast-check";
import { scoreCustomer } from "../scoring/score-customer";
import { scoreCustomers } from "../scoring/score-customers";
import type { ScorecardInput } from "../scoring/scorecard-schema";
import { ensure, fenOf, holds, same } from "./law";
import type { LawOptions } from "./options";
import { scoringProfile } from "./scoring-arbitraries";

/**
 * The laws every scorecard must keep, checked on a company's own scorecard with generated
 * profiles: the score is between 0 and 100 with two decimals and equals the sum of its
 * contributions exactly; the batch form gives each customer the same score as the single
 * form; every customer gets exactly one grade, and the grade counts add up to the customers; the
 * same profile gives the same score. Throws a `LawError` with fast-check's counterexample.
 *
 * @example
 * ```ts
 * laws.scorecard(scoringPresets.defaultScorecard, { numRuns: 20 }); //=> undefined
 * ```
 * @category Testing
 */
export function scorecardLaws(card: ScorecardInput, options: LawOptions = {}): void {
  const profile = scoringProfile();
  const batch = fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 12 }).chain((ks) => fc.tuple(...ks.map((_, i) => scoringProfile({ id: `C${i}` }))));

  holds("the score is 0–100, two decimals, and the sum of its contributions", profile, (p) => {
    const s = scoreCustomer(p, card);
    ensure(/^\d{1,3}\.\d\d$/.test(s.score) && fenOf(s.score) <= 10_000n, () => `score ${s.score}`);
    ensure(s.lines.reduce((a, l) => a + fenOf(l.contribution), 0n) === fenOf(s.score), () => `contributions ${s.lines.map((l) => l.contribution).join(" + ")} ≠ ${s.score}`);
  }, options);

  holds("the same profile gives the same score", profile, (p) => {
    ensure(same(scoreCustomer(p, card), scoreCustomer(p, card)), () => "two calls differ");
  }, options);

  holds("batch = single, and every customer gets exactly one grade", batch, (profiles) => {
    const all = scoreCustomers(profiles, card);
    ensure(all.scores.length === profiles.length, () => `${all.scores.length} scores for ${profiles.length} customers`);
    all.scores.forEach((s, i) => ensure(same(s, scoreCustomer(profiles[i]!, card)), () => `${s.customerId}: batch and single differ`));
    const counted = Object.values(all.gradeCounts as Record<string, number>).reduce((a, b) => a + b, 0);
    ensure(counted === profiles.length, () => `grade counts add up to ${counted}, not ${profiles.length}`);
  }, options);
}
