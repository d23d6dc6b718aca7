import * as z from "zod";
import { decimalSchema, labelSchema } from "../core/schema";
import { compareDecimal } from "./decimal";
import type { SameInput } from "../core/same-input";
import type { ScorecardInput, ScoringBandInput, ScoringFactorInput, ScoringGradeBandInput, ScoringScaleInput } from "./input-types";
// the named input types live in input-types.ts; ScorecardInput is re-exported where it used to be defined
export type { ScorecardInput } from "./input-types";

/** Points a factor can give: 0 to 100 with at most 2 decimals. */
const pointsSchema = decimalSchema({ sign: "nonnegative", maxDecimals: 2, maxIntegerDigits: 3 }).check(z.refine(
  (p: string) => compareDecimal(p, "100") <= 0,
  "points must be at most 100",
));
/** A value bound of a scale: any sign, up to 4 decimals. */
const boundSchema = decimalSchema({ sign: "any", maxDecimals: 4, maxIntegerDigits: 9 });

/**
 * One band of a banded scale: values from `from` (inclusive) up to `to` (exclusive) give `points`.
 * The first band may leave `from` out (no lower end), the last may leave `to` out (no upper end).
 *
 * @remarks SCO-CARD-1 (practice). Bands must follow each other with no gap and no overlap.
 * @category Scoring
 */
export const scoringBandSchema = z.strictObject({
  from: z.optional(boundSchema),
  to: z.optional(boundSchema),
  points: pointsSchema,
  reason: z.string().min(1).optional(),
});

true satisfies SameInput<ScoringBandInput, typeof scoringBandSchema>;

/**
 * How a factor's value becomes points: `bands`, a `linear` scale clamped to [min, max], or
 * `categories` (a text value such as the household type; yes/no values are "yes" and "no").
 *
 * @remarks SCO-CARD-1 (practice).
 * @category Scoring
 */
export const scoringScaleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("bands"), bands: z.array(scoringBandSchema).min(1).max(50) }).superRefine((s, ctx) => {
    s.bands.forEach((b, i) => {
      if (b.from !== undefined && b.to !== undefined && compareDecimal(b.from, b.to) >= 0)
        ctx.addIssue({ code: "custom", path: ["bands", i, "to"], message: "a band must end above where it starts" });
      if (i > 0 && b.from === undefined) ctx.addIssue({ code: "custom", path: ["bands", i, "from"], message: "only the first band may be open below" });
      if (i < s.bands.length - 1 && b.to === undefined) ctx.addIssue({ code: "custom", path: ["bands", i, "to"], message: "only the last band may be open above" });
      const prev = s.bands[i - 1];
      if (prev?.to !== undefined && b.from !== undefined) {
        const c = compareDecimal(prev.to, b.from);
        if (c !== 0)
          ctx.addIssue({ code: "custom", path: ["bands", i, "from"], message: c < 0 ? `gap: the previous band ends at ${prev.to}` : `overlap: the previous band ends at ${prev.to}` });
      }
    });
  }),
  z
    .strictObject({ kind: z.literal("linear"), min: boundSchema, max: boundSchema, minPoints: z._default(pointsSchema, "0"), maxPoints: z._default(pointsSchema, "100") })
    .refine((s) => compareDecimal(s.min, s.max) < 0, { path: ["max"], message: "max must be above min" }),
  z.strictObject({ kind: z.literal("categories"), points: z.record(z.string().min(1), pointsSchema), otherwise: z._default(pointsSchema, "0") }),
]);

true satisfies SameInput<ScoringScaleInput, typeof scoringScaleSchema>;

/** What a factor measures on the profile. `extra.<key>` reads the office's own data (SCO-11). @category Scoring */
export const scoringMeasureSchema = z.union([
  z.enum(["visits", "days-since-contact", "budget-fit", "intent-clarity", "payment-readiness", "household", "referrals-made"]),
  z.string().regex(/^extra\.[A-Za-z0-9_-]+$/, "must be a known measure or extra.<key>"),
]);

// A known measure or any `extra.<key>`: as an input type, a string (ScoringFactorInput documents the values).
true satisfies SameInput<ScoringFactorInput["measure"], typeof scoringMeasureSchema>;

/** One factor of a scorecard: what it measures, how the value maps to points, its weight. @category Scoring */
export const scoringFactorSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "must be a kebab-case id"),
  label: z.optional(labelSchema),
  measure: scoringMeasureSchema,
  /** Relative weight (≥ 0, up to 4 decimals, below 1000); weights need not add up to anything. */
  weight: decimalSchema({ sign: "nonnegative", maxDecimals: 4, maxIntegerDigits: 3 }),
  scale: scoringScaleSchema,
  /** Points when the profile does not give the value. */
  missingPoints: z._default(pointsSchema, "0"),
});

true satisfies SameInput<ScoringFactorInput, typeof scoringFactorSchema>;

/** A grade and the lowest score that earns it. @category Scoring */
export const scoringGradeBandSchema = z.strictObject({ grade: z.string().regex(/^[a-z][a-z0-9-]*$/), minScore: pointsSchema });

true satisfies SameInput<ScoringGradeBandInput, typeof scoringGradeBandSchema>;

/**
 * A weighted scorecard (a policy): factors, grade thresholds (highest first, the last at 0)
 * and, optionally, a reference price (e.g. the cheapest unit on sale) that `budget-fit` divides
 * the budget by when the profile gives no `targetPrice`.
 *
 * @remarks SCO-CARD-1, SCO-CARD-2 (practice); data used: SCO-11 (《客户链的建立及销售渠道的探索》).
 * @category Scoring
 */
export const scorecardSchema = z
  .strictObject({
    id: z.string().min(1).default("scorecard"),
    factors: z.array(scoringFactorSchema).min(1).max(100),
    grades: z
      .array(scoringGradeBandSchema)
      .min(1)
      .default([
        { grade: "a", minScore: "80" },
        { grade: "b", minScore: "60" },
        { grade: "c", minScore: "40" },
        { grade: "d", minScore: "0" },
      ]),
    budgetReference: z.optional(decimalSchema({ sign: "positive", maxDecimals: 2 })),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.factors.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: "custom", path: ["factors", i, "id"], message: `duplicate factor id ${f.id}` });
      seen.add(f.id);
    });
    if (!s.factors.some((f) => f.weight !== "0")) ctx.addIssue({ code: "custom", path: ["factors"], message: "at least one weight must be above 0" });
    s.grades.forEach((g, i) => {
      const prev = s.grades[i - 1];
      if (prev && compareDecimal(g.minScore, prev.minScore) >= 0)
        ctx.addIssue({ code: "custom", path: ["grades", i, "minScore"], message: "grades go from the highest minimum score down" });
    });
    const last = s.grades[s.grades.length - 1];
    if (last && last.minScore !== "0") ctx.addIssue({ code: "custom", path: ["grades", s.grades.length - 1, "minScore"], message: "the last grade must start at 0" });
  });

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<ScorecardInput, typeof scorecardSchema>;
/** A validated scorecard. @category Scoring */
export type Scorecard = z.output<typeof scorecardSchema>;
