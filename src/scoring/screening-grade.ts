import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { idSchema, intSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";

const criterion = z.string().regex(/^[a-z][a-z0-9-]*$/, "must be a kebab-case criterion");

/**
 * An A/B/C screening: the criteria, how many (and which) make an A or a B, and the criteria
 * whose absence together makes a C whatever else holds. Presets: `scoringPresets.screeningSeed001`
 * (SCO-3, seven attributes) and `scoringPresets.screeningSeed004` (SCO-5, five criteria).
 *
 * @remarks SCO-3 (《房地产销售现场管理关系客户购买须知》篇7 §4.3), SCO-5 (《销售现场客户接触点标准化体系》 ch.7 7.2.1 §3).
 * @category Scoring
 */
export const screeningPolicySchema = z
  .strictObject({
    rule: z.enum(["SCO-3", "SCO-5"]),
    criteria: z.array(criterion).min(1).max(50),
    aMinimum: intSchema(0, 50),
    aMustMeet: z.array(criterion).default([]),
    bMinimum: intSchema(0, 50),
    bMustMeet: z.array(criterion).default([]),
    /** Meeting none of these makes a C (e.g. no profit and no prospects: 淘汰). */
    cWhenNoneOf: z.array(criterion).default([]),
  })
  .superRefine((p, ctx) => {
    if (new Set(p.criteria).size !== p.criteria.length) ctx.addIssue({ code: "custom", path: ["criteria"], message: "criteria must be unique" });
    for (const key of ["aMustMeet", "bMustMeet", "cWhenNoneOf"] as const)
      p[key].forEach((c, i) => {
        if (!p.criteria.includes(c)) ctx.addIssue({ code: "custom", path: [key, i], message: `${c} is not one of the criteria` });
      });
    if (p.aMinimum > p.criteria.length) ctx.addIssue({ code: "custom", path: ["aMinimum"], message: "more than the number of criteria" });
    if (p.bMinimum > p.aMinimum) ctx.addIssue({ code: "custom", path: ["bMinimum"], message: "must not exceed aMinimum" });
  });

/** A customer's answers to the screening criteria: which are met. @category Scoring */
export const screeningInputSchema = z.strictObject({ id: idSchema, met: z.record(criterion, z.boolean()) });

/**
 * Grades a customer A, B or C by screening criteria: A meets at least `aMinimum` criteria
 * including `aMustMeet`; B at least `bMinimum` including `bMustMeet`; otherwise C. A customer
 * meeting none of `cWhenNoneOf` is C whatever else holds. A criterion left out is not met.
 *
 * @remarks SCO-3 (《房地产销售现场管理关系客户购买须知》篇7: A — large, profitable, promising, fair price, stable demand,
 * pays on time, good credit; B — moderate, promising, steady demand; C — small demand at market
 * price) and SCO-5 (《销售现场客户接触点标准化体系》 ch.7: purchase amount, profitability, safety of payment, future
 * prospects, cooperation — keep key customers, drop those with no profit and no prospects).
 * @param customer - `{ id, met }` ({@link screeningInputSchema})
 * @param policy - the screening ({@link screeningPolicySchema}), e.g. `scoringPresets.screeningSeed004`
 * @returns grade `a`, `b` or `c`, the criteria met and missed, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (an unknown criterion), `INVALID_POLICY`
 * @example
 * ```ts
 * const met = { "purchase-amount": true, profitability: true, safety: true, prospects: true, cooperation: false };
 * screeningGrade({ id: "K1", met }, scoringPresets.screeningSeed004).grade; //=> "b"
 * ```
 * @category Scoring
 */
export function screeningGrade(
  customer: z.input<typeof screeningInputSchema>,
  policy: z.input<typeof screeningPolicySchema>,
): { readonly customerId: string; readonly grade: "a" | "b" | "c"; readonly met: readonly string[]; readonly missed: readonly string[]; readonly trace: readonly TraceStep[] } {
  return guarded(() => {
    const p = parseWith(screeningPolicySchema, policy, "INVALID_POLICY", []);
    const c = parseWith(screeningInputSchema, customer, "INVALID_INPUT", []);
    for (const key of Object.keys(c.met).sort())
      if (!p.criteria.includes(key)) throw new ShoulouError("INVALID_INPUT", ["met", key], `${key} is not a criterion of this screening`);
    const met = p.criteria.filter((k) => c.met[k] === true);
    const missed = p.criteria.filter((k) => c.met[k] !== true);
    const has = (k: string) => met.includes(k);
    const count = met.length;
    const trace: TraceStep[] = [step(p.rule, "met", { met, missed, count, of: p.criteria.length })];
    let grade: "a" | "b" | "c";
    if (p.cWhenNoneOf.length > 0 && !p.cWhenNoneOf.some(has)) {
      grade = "c";
      trace.push(step(p.rule, "none-of", { criteria: p.cWhenNoneOf }));
    } else if (count >= p.aMinimum && p.aMustMeet.every(has)) {
      grade = "a";
      trace.push(p.aMustMeet.length ? step(p.rule, "grade-a-required", { count, minimum: p.aMinimum, required: p.aMustMeet }) : step(p.rule, "grade-a", { count, minimum: p.aMinimum }));
    } else if (count >= p.bMinimum && p.bMustMeet.every(has)) {
      grade = "b";
      trace.push(p.bMustMeet.length ? step(p.rule, "grade-b-required", { count, minimum: p.bMinimum, required: p.bMustMeet }) : step(p.rule, "grade-b", { count, minimum: p.bMinimum }));
    } else {
      grade = "c";
      trace.push(step(p.rule, "grade-c", { count }));
    }
    return { customerId: c.id, grade, met, missed, trace };
  });
}
