import * as z from "zod";
import { canonicalDecimal } from "../core/money";
import { idSchema, intSchema, isoDateSchema, moneySchema } from "../core/schema";
import type { SameInput } from "../core/same-input";
import type { ScoringProfileInput } from "./input-types";
// re-exported where it used to be defined, for code that imports it from here
export type { ScoringProfileInput } from "./input-types";

const flag = z.boolean().default(false);

/**
 * A customer's profile as a scorecard reads it: visits, last contact, budget, how clear the
 * intent is, payment readiness, household, referrals made, and the office's own `extra` data.
 * Every field is optional: a factor whose value is missing gets its `missingPoints`.
 *
 * @remarks SCO-11 (《客户链的建立及销售渠道的探索》): the data used — demographics, housing, behaviour (first home,
 * upgrade, investment), needs and relations.
 * @category Scoring
 */
export const scoringProfileSchema = z.strictObject({
  id: idSchema,
  /** The day the score is for (needed by `days-since-contact`). */
  asOf: z.optional(isoDateSchema),
  visits: z.optional(intSchema(0, 1_000_000)),
  lastContactOn: z.optional(isoDateSchema),
  budget: z.optional(moneySchema("nonnegative")),
  /** The price of the unit the customer is looking at; `budget-fit` is budget ÷ this (or the scorecard's budgetReference). */
  targetPrice: z.optional(moneySchema("positive")),
  /** Which of unit type, building and floor the customer has settled on. */
  intent: z.strictObject({ unitType: flag, building: flag, floor: flag }).optional(),
  payment: z.strictObject({ depositPaid: flag, mortgagePreApproved: flag, fullPayment: flag }).optional(),
  household: z.enum(["first-home", "upgrade", "investment", "other"]).optional(),
  referralsMade: z.optional(intSchema(0, 1_000_000)),
  /** The office's own data: text (a category), yes/no, or a number with at most 4 decimals and 9 digits before the point. */
  extra: z
    .record(
      z.string().regex(/^[A-Za-z0-9_-]+$/),
      z.union([z.string().min(1), z.number().refine((n) => typeof canonicalDecimal(n, { maxDecimals: 4, maxIntegerDigits: 9 }) === "string", "must have at most 4 decimals and 9 digits before the point"), z.boolean()]),
    )
    .optional(),
});

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<ScoringProfileInput, typeof scoringProfileSchema>;
/** A validated profile. @category Scoring */
export type ScoringProfile = z.output<typeof scoringProfileSchema>;

/** How a factor's points were found: the fact of its SCO-CARD-1 trace step. @category Scoring */
export type PointsBasis = "band" | "band-noted" | "outside-bands" | "linear" | "floor" | "ceiling" | "category" | "otherwise" | "missing" | "not-a-number";

/** One factor's line in a score: its value, points, weight, contribution and how the points were found (a type alias, so it is also the data of its trace step). @category Scoring */
export type ScoreLine = {
  readonly factor: string;
  readonly measure: string;
  /** The measured value as text (a decimal or a category), or null when the profile lacks it. */
  readonly value: string | null;
  /** Points 0–100 with 2 decimals. */
  readonly points: string;
  readonly weight: string;
  /** This factor's share of the score, 2 decimals; the lines add up to the score exactly. */
  readonly contribution: string;
  /** How the points were found (the fact of the line's SCO-CARD-1 trace step): a band, the linear scale, its floor or ceiling, a category, or missing points. */
  readonly basis: PointsBasis;
  /** The band (`"[1, 2)"`) or linear scale (`"0…3"`) the points came from; null for categories and missing values. */
  readonly range: string | null;
  /** The band's own note from the scorecard (its `reason`), if any. */
  readonly note: string | null;
};
