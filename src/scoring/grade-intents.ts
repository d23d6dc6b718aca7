import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { parseWith } from "../core/schema";
import { intentOf, type IntentGrading } from "./grade-intent";
import { refuseLongList, scoringLimits } from "./limits";
import { intentGrades, intentPolicySchema, intentProfileSchema, type IntentGrade } from "./intent-schema";
import type { IntentPolicyInput, IntentProfileInput } from "./input-types";

/**
 * Grades many customers' intent with one policy, checked once: the same grades as
 * {@link gradeIntent} for each, in the order given, and how many got each grade.
 *
 * @remarks SCO-INT-A … SCO-INT-D (practice). Every customer gets exactly one grade.
 * @param profiles - intent profiles; ids must be unique
 * @param policy - thresholds ({@link intentPolicySchema}); default the common practice
 * @returns the gradings in input order and the count of every grade
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (with the profile's index), `DUPLICATE`, `INVALID_POLICY`,
 * `OUT_OF_RANGE` (more than {@link scoringLimits}`.customers` profiles)
 * @example
 * ```ts
 * const r = gradeIntents([{ id: "C1", subscribed: true }, { id: "C2", visited: true, statedIntent: true }]);
 * [r.counts.a, r.counts.c, r.counts.d]; //=> [1, 1, 0]
 * ```
 * @category Scoring
 */
export function gradeIntents(
  profiles: readonly IntentProfileInput[],
  policy: IntentPolicyInput = {},
): { readonly gradings: readonly IntentGrading[]; readonly counts: Readonly<Record<IntentGrade, number>> } {
  return guarded(() => {
    refuseLongList(profiles, scoringLimits.customers, []);
    const p = parseWith(intentPolicySchema, policy, "INVALID_POLICY", []);
    const list = parseWith(z.array(intentProfileSchema), profiles, "INVALID_INPUT", []);
    const counts = Object.fromEntries(intentGrades.map((g) => [g, 0])) as Record<IntentGrade, number>;
    const seen = new Set<string>();
    const gradings = list.map((c, i) => {
      if (seen.has(c.id)) throw new ShoulouError("DUPLICATE", [i, "id"], `customer ${c.id} appears twice`);
      seen.add(c.id);
      const g = intentOf(c, p);
      counts[g.grade]++;
      return g;
    });
    return { gradings, counts };
  });
}
