import { dec } from "../core/money";
import { compareDecimal, toUnits } from "./decimal";
import type { Measured } from "./measure";
import type { Scorecard } from "./scorecard-schema";

type Factor = Scorecard["factors"][number];

/** Points in integer hundredths (0–10000) and the reason they were given. */
export interface Points {
  readonly units: number;
  readonly reason: string;
}

/** Maps a measured value to points by the factor's scale (SCO-CARD-1). */
export function pointsFor(factor: Factor, value: Measured): Points {
  if (value === null) return { units: toUnits(factor.missingPoints, 2), reason: "not known: missing points" };
  const scale = factor.scale;
  if (scale.kind === "categories") {
    const p = Object.prototype.hasOwnProperty.call(scale.points, value.text) ? scale.points[value.text] : undefined;
    return p === undefined
      ? { units: toUnits(scale.otherwise, 2), reason: `"${value.text}" is not listed: otherwise points` }
      : { units: toUnits(p, 2), reason: `"${value.text}"` };
  }
  if (value.kind !== "number") return { units: toUnits(factor.missingPoints, 2), reason: `"${value.text}" is not a number: missing points` };
  const v = value.text;
  if (scale.kind === "bands") {
    for (const b of scale.bands) {
      if (b.from !== undefined && compareDecimal(v, b.from) < 0) continue;
      if (b.to !== undefined && compareDecimal(v, b.to) >= 0) continue;
      const range = `${b.from ?? "…"} ≤ ${v} < ${b.to ?? "…"}`;
      return { units: toUnits(b.points, 2), reason: b.reason ? `${b.reason} (${range})` : range };
    }
    return { units: toUnits(factor.missingPoints, 2), reason: `${v} is outside every band: missing points` };
  }
  // linear, clamped to [min, max], rounded half-up to 2 decimals
  if (compareDecimal(v, scale.min) <= 0) return { units: toUnits(scale.minPoints, 2), reason: `${v} ≤ ${scale.min}: floor` };
  if (compareDecimal(v, scale.max) >= 0) return { units: toUnits(scale.maxPoints, 2), reason: `${v} ≥ ${scale.max}: ceiling` };
  const p = dec(scale.minPoints).plus(dec(v).minus(scale.min).times(dec(scale.maxPoints).minus(scale.minPoints)).div(dec(scale.max).minus(scale.min)));
  return { units: p.times(100).toDecimalPlaces(0).toNumber(), reason: `linear between ${scale.min} and ${scale.max}` };
}
