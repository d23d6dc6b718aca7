import { allocate, mulDivHalfUp } from "../core/money";
import { step, type TraceStep } from "../core/trace";
import { compareDecimal, fromUnits, toUnits } from "./decimal";
import { measure } from "./measure";
import { pointsFor } from "./points";
import type { ScoreLine, ScoringProfile } from "./profile-schema";
import type { Scorecard } from "./scorecard-schema";

/** A customer's score: 0–100 with 2 decimals, its grade, every factor's line and the trace. @category Scoring */
export interface CustomerScore {
  readonly customerId: string;
  readonly scorecard: string;
  readonly score: string;
  readonly grade: string;
  readonly lines: readonly ScoreLine[];
  readonly trace: readonly TraceStep[];
}

/**
 * Scores a validated profile with a validated scorecard. All sums are exact integers:
 * points in hundredths × weights in ten-thousandths; the score is the weighted mean rounded
 * half-up to 2 decimals; the contributions split the score by largest remainder (core
 * `allocate`) in proportion to weight × points, so they add up to it exactly.
 */
export function scoreWith(card: Scorecard, profile: ScoringProfile, weightUnits: readonly number[], totalWeight: number): CustomerScore {
  const values = card.factors.map((f) => measure(profile, f.measure, card));
  const pts = card.factors.map((f, i) => pointsFor(f, values[i] ?? null));
  const products = pts.map((p, i) => p.units * (weightUnits[i] ?? 0));
  const sum = products.reduce((a, b) => a + b, 0);
  const scoreUnits = mulDivHalfUp(sum, 1, totalWeight);
  const score = fromUnits(scoreUnits, 2);
  const contributions = sum === 0 ? products.map(() => "0.00") : allocate(score, products.map(String));
  const lines: ScoreLine[] = card.factors.map((f, i) => {
    const value = values[i] ?? null;
    return {
      factor: f.id,
      measure: f.measure,
      value: value === null ? null : value.text,
      points: fromUnits(pts[i]?.units ?? 0, 2),
      weight: f.weight,
      contribution: contributions[i] ?? "0.00",
      reason: pts[i]?.reason ?? "",
    };
  });
  const grade = card.grades.find((g) => compareDecimal(score, g.minScore) >= 0) ?? card.grades[card.grades.length - 1];
  const trace = [
    step("SCO-11", `data read: ${lines.map((l) => `${l.measure}=${l.value ?? "unknown"}`).join(", ")}`),
    ...lines.map((l) => step("SCO-CARD-1", `${l.factor}: ${l.reason} → ${l.points} points × weight ${l.weight} → ${l.contribution}`)),
    step("SCO-CARD-1", `score = Σ weight × points ÷ Σ weight = ${score} (half-up to 2 decimals; contributions split by largest remainder)`, {
      score,
      totalWeight: fromUnits(totalWeight, 4),
    }),
    step("SCO-CARD-2", `score ${score} ≥ ${grade?.minScore ?? "0"} → grade ${grade?.grade ?? ""}`, { grade: grade?.grade ?? "" }),
  ];
  return { customerId: profile.id, scorecard: card.id, score, grade: grade?.grade ?? "", lines, trace };
}

/** Weights of a scorecard as integer ten-thousandths, and their sum. */
export function weightUnitsOf(card: Scorecard): { units: number[]; total: number } {
  const units = card.factors.map((f) => toUnits(f.weight, 4));
  return { units, total: units.reduce((a, b) => a + b, 0) };
}
