import { step, type TraceStep } from "../core/trace";
import { toUnits } from "../core/money";
import { dayCounter, measure } from "./measure";
import { compileScale, hundredthsText, linearPoints, outcomeFor, valueText, type CompiledScale, type Outcome } from "./points";
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

interface CompiledFactor {
  readonly id: string;
  readonly measure: string;
  readonly weight: string;
  /** The weight in exact 10^-4 units. */
  readonly units: number;
  readonly scale: CompiledScale;
}

/**
 * A validated scorecard made ready to score many customers: weights and scales as exact
 * integers, outcomes built once, and working space for one call — scratch arrays reused from
 * customer to customer and the texts of hundredths made once and shared, so a batch allocates
 * little besides its answers. It lives as long as one call: no state outlives it.
 */
export interface CompiledScorecard {
  readonly card: Scorecard;
  readonly factors: readonly CompiledFactor[];
  readonly totalWeight: number;
  readonly grades: readonly { readonly grade: string; readonly min: number; readonly minText: string }[];
  readonly scratch: { readonly outcomes: Outcome[]; readonly units: number[]; readonly products: number[]; readonly parts: number[]; readonly rests: number[] };
  /** Texts of hundredths 0–10000 ("66.67"), made on first use. */
  readonly hundredths: (string | undefined)[];
  /** Day numbers of the dates met, each computed once. */
  readonly days: (date: string) => number;
}

/** Compiles a validated scorecard once. */
export function compileScorecard(card: Scorecard): CompiledScorecard {
  const factors = card.factors.map((f) => ({ id: f.id, measure: f.measure, weight: f.weight, units: toUnits(f.weight, 4), scale: compileScale(f) }));
  const k = factors.length;
  const zeros = () => new Array<number>(k).fill(0);
  return {
    card,
    factors,
    totalWeight: factors.reduce((a, f) => a + f.units, 0),
    grades: card.grades.map((g) => ({ grade: g.grade, min: toUnits(g.minScore, 2), minText: g.minScore })),
    scratch: { outcomes: factors.map((f) => f.scale.missing), units: zeros(), products: zeros(), parts: zeros(), rests: zeros() },
    hundredths: new Array<string | undefined>(10_001),
    days: dayCounter(),
  };
}

/** The text of `u` hundredths (0–10000 from the table, made once), e.g. 6667 → "66.67". */
function pointsText(c: CompiledScorecard, u: number): string {
  if (u < 0 || u > 10_000) return hundredthsText(u);
  return (c.hundredths[u] ??= hundredthsText(u));
}

/**
 * Scores a validated profile. All sums are exact integers: points in hundredths × weights in
 * ten-thousandths (each product below 10^11, their sum below 10^13, so plain numbers stay
 * exact); the score is the weighted mean rounded half-up to 2 decimals; the contributions split
 * the score by largest remainder in proportion to weight × points, ties to the earlier factor
 * (the same parts as core `allocateUnits`), so they add up to it exactly. Nothing is formatted
 * but the figures the answer shows; the words come from the catalogue when asked for.
 */
export function scoreWith(c: CompiledScorecard, profile: ScoringProfile): CustomerScore {
  const factors = c.factors;
  const k = factors.length;
  const { outcomes, units, products, parts, rests } = c.scratch;
  const values = new Array<string | null>(k);
  let known = 0;
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const f = factors[i] as CompiledFactor;
    const v = measure(profile, f.measure, c.card, c.days);
    const o = outcomeFor(f.scale, v);
    const u = o === f.scale.linear?.between ? linearPoints(f.scale, v as number) : o.units;
    if (v !== null) known++;
    values[i] = v === null ? null : typeof v === "number" ? valueText(v) : v;
    outcomes[i] = o;
    units[i] = u;
    products[i] = u * f.units;
    sum += u * f.units;
  }
  const tw = c.totalWeight;
  const twice = 2 * sum + tw; // round half-up of sum ÷ totalWeight, in integers
  const scoreUnits = (twice - (twice % (2 * tw))) / (2 * tw);
  const score = pointsText(c, scoreUnits);
  largestRemainder(scoreUnits, products, sum, parts, rests);
  const grades = c.grades;
  let grade = grades[grades.length - 1];
  for (const g of grades)
    if (scoreUnits >= g.min) {
      grade = g;
      break;
    }
  const id = profile.id;
  const gradeName = grade?.grade ?? "";
  // one data object serves the data-read, score and grade steps: each template names its fields
  const summary = { customer: id, known, factors: k, score, grade: gradeName, min: grade?.minText ?? "0" };
  const lines = new Array<ScoreLine>(k);
  const trace = new Array<TraceStep>(k + 3);
  trace[0] = step("SCO-11", "data-read", summary);
  for (let i = 0; i < k; i++) {
    const f = factors[i] as CompiledFactor;
    const o = outcomes[i] as Outcome;
    const u = units[i] as number;
    const line: ScoreLine = {
      factor: f.id,
      measure: f.measure,
      value: values[i] ?? null,
      points: u === o.units ? o.text : pointsText(c, u),
      weight: f.weight,
      contribution: pointsText(c, parts[i] as number),
      basis: o.basis,
      range: o.range,
      note: o.note,
    };
    lines[i] = line;
    // the line is the step's data: one object, shown twice
    trace[i + 1] = step("SCO-CARD-1", o.basis, line);
  }
  trace[k + 1] = step("SCO-CARD-1", "score", summary);
  trace[k + 2] = step("SCO-CARD-2", "grade", summary);
  return { customerId: id, scorecard: c.card.id, score, grade: gradeName, lines, trace };
}

/**
 * Splits `total` (≥ 0) in proportion to `weights` (≥ 0, summing to `sum`) by largest remainder,
 * ties to the earlier weight: the parts of core `allocateUnits`, in plain numbers (exact while
 * total × weight < 2^53, which scorecard limits guarantee). Writes into `parts` (and uses
 * `rests` as working space), both of the weights' length.
 */
function largestRemainder(total: number, weights: readonly number[], sum: number, parts: number[], rests: number[]): void {
  const k = weights.length;
  if (sum === 0) {
    parts.fill(0);
    return;
  }
  let left = total;
  for (let i = 0; i < k; i++) {
    const x = total * (weights[i] as number);
    let q = Math.floor(x / sum);
    let r = x - q * sum;
    // the float quotient can be one off near an integer: correct it exactly
    if (r < 0) {
      q--;
      r += sum;
    } else if (r >= sum) {
      q++;
      r -= sum;
    }
    parts[i] = q;
    rests[i] = r;
    left -= q;
  }
  for (; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < k; i++) if ((rests[i] as number) >= 0 && (best < 0 || (rests[i] as number) > (rests[best] as number))) best = i;
    if (best < 0) break;
    parts[best] = (parts[best] as number) + 1;
    rests[best] = -1;
  }
}
