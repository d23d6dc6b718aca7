import { toUnits } from "../core/money";
import { affineDivHalfUp } from "./decimal";
import { VALUE_PLACES, type Measured } from "./measure";
import type { PointsBasis } from "./profile-schema";
import type { Scorecard } from "./scorecard-schema";

type Factor = Scorecard["factors"][number];


/**
 * One way a factor can give points, compiled once per scorecard and shared by every customer it
 * applies to: the points (integer hundredths and their text), the basis, the band or scale it
 * came from and the band's note.
 */
export interface Outcome {
  readonly units: number;
  readonly text: string;
  readonly basis: PointsBasis;
  readonly range: string | null;
  readonly note: string | null;
}

/** A factor's scale turned into exact integers and shared outcomes once per scorecard. */
export interface CompiledScale {
  readonly kind: Factor["scale"]["kind"];
  readonly missing: Outcome;
  readonly notANumber: Outcome;
  readonly outside: Outcome;
  readonly bands: readonly { readonly from: number | null; readonly to: number | null; readonly outcome: Outcome }[];
  readonly linear: { readonly min: number; readonly max: number; readonly minPoints: number; readonly maxPoints: number; readonly floor: Outcome; readonly ceiling: Outcome; readonly between: Outcome } | null;
  readonly categories: ReadonlyMap<string, Outcome>;
  readonly otherwise: Outcome;
}

const TWO_DIGITS: readonly string[] = Object.freeze(Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0")));

/** Integer hundredths (0 ≤ u < 2^53) as text with 2 decimals, without a Decimal: 6667 → "66.67". */
export function hundredthsText(u: number): string {
  if (u < 0) return `-${hundredthsText(-u)}`;
  const r = u % 100;
  return `${(u - r) / 100}.${TWO_DIGITS[r] ?? "00"}`;
}

const outcome = (units: number, basis: PointsBasis, range: string | null = null, note: string | null = null): Outcome =>
  Object.freeze({ units, text: hundredthsText(units), basis, range, note });

/** Compiles a factor's scale: bounds in 10^-4 units, points in hundredths, every outcome built once. */
export function compileScale(factor: Factor): CompiledScale {
  const s = factor.scale;
  const v = (x: string | undefined) => (x === undefined ? null : toUnits(x, VALUE_PLACES));
  const missing = toUnits(factor.missingPoints, 2);
  const otherwise = s.kind === "categories" ? toUnits(s.otherwise, 2) : 0;
  return {
    kind: s.kind,
    missing: outcome(missing, "missing"),
    notANumber: outcome(missing, "not-a-number"),
    outside: outcome(missing, "outside-bands"),
    bands:
      s.kind === "bands"
        ? s.bands.map((b) => ({ from: v(b.from), to: v(b.to), outcome: outcome(toUnits(b.points, 2), b.reason ? "band-noted" : "band", `[${b.from ?? "…"}, ${b.to ?? "…"})`, b.reason ?? null) }))
        : [],
    linear:
      s.kind === "linear"
        ? {
            min: toUnits(s.min, VALUE_PLACES),
            max: toUnits(s.max, VALUE_PLACES),
            minPoints: toUnits(s.minPoints, 2),
            maxPoints: toUnits(s.maxPoints, 2),
            floor: outcome(toUnits(s.minPoints, 2), "floor", `${s.min}…${s.max}`),
            ceiling: outcome(toUnits(s.maxPoints, 2), "ceiling", `${s.min}…${s.max}`),
            between: outcome(0, "linear", `${s.min}…${s.max}`),
          }
        : null,
    categories: new Map(s.kind === "categories" ? Object.entries(s.points).map(([k, p]) => [k, outcome(toUnits(p, 2), "category")] as const) : []),
    otherwise: outcome(otherwise, "otherwise"),
  };
}

/**
 * Which outcome a measured value gets by the factor's compiled scale (SCO-CARD-1). For a value
 * strictly inside a linear scale the outcome is the shared `linear.between`: its points come from
 * {@link linearPoints}.
 */
export function outcomeFor(scale: CompiledScale, value: Measured): Outcome {
  if (value === null) return scale.missing;
  if (scale.kind === "categories") return typeof value === "string" ? (scale.categories.get(value) ?? scale.otherwise) : (scale.categories.get(valueText(value)) ?? scale.otherwise);
  if (typeof value === "string") return scale.notANumber;
  const l = scale.linear;
  if (l === null) {
    for (const b of scale.bands) {
      if ((b.from !== null && value < b.from) || (b.to !== null && value >= b.to)) continue;
      return b.outcome;
    }
    return scale.outside;
  }
  if (value <= l.min) return l.floor;
  if (value >= l.max) return l.ceiling;
  return l.between;
}

/** minPoints + (u − min) × (maxPoints − minPoints) ÷ (max − min), half-up to the hundredth, exactly. */
export function linearPoints(scale: CompiledScale, value: number): number {
  const l = scale.linear;
  if (l === null) return 0;
  const span = l.max - l.min;
  return affineDivHalfUp(l.minPoints * span, value - l.min, l.maxPoints - l.minPoints, span);
}

/** A measured number (10^-4 units, any size) as its canonical decimal text: 9000 → "0.9", 20000 → "2". */
export function valueText(units: number): string {
  if (!Number.isSafeInteger(units)) return unitsText(BigInt(Math.trunc(units)));
  const negative = units < 0;
  const abs = negative ? -units : units;
  const frac = abs % 10_000;
  const int = (abs - frac) / 10_000;
  let text = String(int);
  if (frac !== 0) text += `.${String(frac).padStart(4, "0").replace(/0+$/, "")}`;
  return negative ? `-${text}` : text;
}

function unitsText(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const frac = abs % 10_000n;
  const text = frac === 0n ? String(abs / 10_000n) : `${abs / 10_000n}.${String(frac).padStart(4, "0").replace(/0+$/, "")}`;
  return negative ? `-${text}` : text;
}
