import { step, type TraceStep } from "../core/trace";
import { allocateUnits, fromUnits, toUnits } from "../core/money";
import { measure } from "./measure";
import { compileScale, pointsFor, type CompiledScale } from "./points";
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

/** A validated scorecard made ready to score many customers: weights and scales as exact integers. */
export interface CompiledScorecard {
  readonly card: Scorecard;
  readonly weights: readonly number[];
  readonly totalWeight: number;
  readonly scales: readonly CompiledScale[];
  readonly grades: readonly { readonly grade: string; readonly min: number; readonly minText: string }[];
}

/** Compiles a validated scorecard once. */
export function compileScorecard(card: Scorecard): CompiledScorecard {
  const weights = card.factors.map((f) => toUnits(f.weight, 4));
  return {
    card,
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    scales: card.factors.map(compileScale),
    grades: card.grades.map((g) => ({ grade: g.grade, min: toUnits(g.minScore, 2), minText: g.minScore })),
  };
}

/**
 * Scores a validated profile. All sums are exact integers: points in hundredths × weights in
 * ten-thousandths; the score is the weighted mean rounded half-up to 2 decimals; the
 * contributions split the score by largest remainder (the same parts as core `allocate`) in
 * proportion to weight × points, so they add up to it exactly.
 */
export function scoreWith(c: CompiledScorecard, profile: ScoringProfile): CustomerScore {
  const factors = c.card.factors;
  const values = factors.map((f) => measure(profile, f.measure, c.card));
  const pts = factors.map((_, i) => pointsFor(c.scales[i] as CompiledScale, values[i] ?? null));
  const products = pts.map((p, i) => p.units * (c.weights[i] ?? 0));
  const sum = products.reduce((a, b) => a + b, 0);
  const twice = 2 * sum + c.totalWeight; // round half-up of sum ÷ totalWeight, in integers
  const scoreUnits = (twice - (twice % (2 * c.totalWeight))) / (2 * c.totalWeight);
  const score = fromUnits(scoreUnits, 2);
  const parts = allocateUnits(scoreUnits, products);
  const grade = c.grades.find((g) => scoreUnits >= g.min) ?? c.grades[c.grades.length - 1];
  const lines: ScoreLine[] = [];
  const trace: TraceStep[] = [];
  const read: string[] = [];
  factors.forEach((f, i) => {
    const v = values[i] ?? null;
    const points = fromUnits(pts[i]?.units ?? 0, 2);
    const contribution = fromUnits(parts[i] ?? 0, 2);
    const reason = pts[i]?.reason ?? "";
    read.push(`${f.measure}=${v === null ? "unknown" : v.text}`);
    lines.push({ factor: f.id, measure: f.measure, value: v === null ? null : v.text, points, weight: f.weight, contribution, reason });
    trace.push(step("SCO-CARD-1", `${f.id}: ${reason} → ${points} points × weight ${f.weight} → ${contribution}`));
  });
  trace.unshift(step("SCO-11", `data read: ${read.join(", ")}`));
  trace.push(step("SCO-CARD-1", `score = Σ weight × points ÷ Σ weight = ${score} (half-up; contributions split by largest remainder)`, { score }));
  trace.push(step("SCO-CARD-2", `score ${score} ≥ ${grade?.minText ?? "0"} → grade ${grade?.grade ?? ""}`, { grade: grade?.grade ?? "" }));
  return { customerId: profile.id, scorecard: c.card.id, score, grade: grade?.grade ?? "", lines, trace };
}
