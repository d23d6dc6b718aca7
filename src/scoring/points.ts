import { affineDivHalfUp } from "./decimal";
import { toUnits } from "../core/money";
import { VALUE_PLACES, type Measured } from "./measure";
import type { Scorecard } from "./scorecard-schema";

type Factor = Scorecard["factors"][number];

/** Points in integer hundredths (0–10000) and the reason they were given. */
export interface Points {
  readonly units: number;
  readonly reason: string;
}

/** A factor's scale turned into exact integers once per scorecard. */
export interface CompiledScale {
  readonly missing: number;
  readonly kind: Factor["scale"]["kind"];
  readonly bands: readonly { readonly from: number | null; readonly to: number | null; readonly points: number; readonly label: string; readonly reason: string | undefined }[];
  readonly linear: { readonly min: number; readonly max: number; readonly minPoints: number; readonly maxPoints: number; readonly minText: string; readonly maxText: string } | null;
  readonly categories: ReadonlyMap<string, number>;
  readonly otherwise: number;
}

/** Compiles a factor's scale: bounds in 10^-4 units, points in hundredths. */
export function compileScale(factor: Factor): CompiledScale {
  const s = factor.scale;
  const v = (x: string | undefined) => (x === undefined ? null : toUnits(x, VALUE_PLACES));
  return {
    missing: toUnits(factor.missingPoints, 2),
    kind: s.kind,
    bands: s.kind === "bands" ? s.bands.map((b) => ({ from: v(b.from), to: v(b.to), points: toUnits(b.points, 2), label: `[${b.from ?? "…"}, ${b.to ?? "…"})`, reason: b.reason })) : [],
    linear:
      s.kind === "linear"
        ? { min: toUnits(s.min, VALUE_PLACES), max: toUnits(s.max, VALUE_PLACES), minPoints: toUnits(s.minPoints, 2), maxPoints: toUnits(s.maxPoints, 2), minText: s.min, maxText: s.max }
        : null,
    categories: new Map(s.kind === "categories" ? Object.entries(s.points).map(([k, p]) => [k, toUnits(p, 2)] as const) : []),
    otherwise: s.kind === "categories" ? toUnits(s.otherwise, 2) : 0,
  };
}

/** Maps a measured value to points by the factor's compiled scale (SCO-CARD-1), exactly. */
export function pointsFor(scale: CompiledScale, value: Measured): Points {
  if (value === null) return { units: scale.missing, reason: "not known: missing points" };
  if (scale.kind === "categories") {
    const p = scale.categories.get(value.text);
    return p === undefined ? { units: scale.otherwise, reason: `"${value.text}" not listed: otherwise` } : { units: p, reason: `"${value.text}"` };
  }
  if (value.kind !== "number") return { units: scale.missing, reason: `"${value.text}" is not a number: missing points` };
  const u = value.units;
  if (scale.linear === null) {
    for (const b of scale.bands) {
      if ((b.from !== null && u < b.from) || (b.to !== null && u >= b.to)) continue;
      return { units: b.points, reason: b.reason ? `${b.reason} ${b.label}` : `band ${b.label}` };
    }
    return { units: scale.missing, reason: `outside every band: missing points` };
  }
  const l = scale.linear;
  if (u <= l.min) return { units: l.minPoints, reason: `≤ ${l.minText}: floor` };
  if (u >= l.max) return { units: l.maxPoints, reason: `≥ ${l.maxText}: ceiling` };
  // minPoints + (u − min) × (maxPoints − minPoints) ÷ (max − min), half-up to the hundredth
  const span = l.max - l.min;
  const units = affineDivHalfUp(l.minPoints * span, u - l.min, l.maxPoints - l.minPoints, span);
  return { units, reason: `linear ${l.minText}…${l.maxText}` };
}

