import { Decimal } from "decimal.js";
import type { DecimalInput } from "./money";

// Apart from money.ts: decimal.js runs code when loaded, so a bundler keeps all of it (32 kB
// minified) wherever it is imported; the money helpers that work on digits stay free of it.

/**
 * shoulou's own Decimal: a clone, so the user's decimal.js settings are never touched.
 * Half-up (四舍五入) is the rounding every rule here uses unless it says otherwise.
 * (A named import: the default import's declarations fail under moduleResolution node16.)
 */
const D = /* @__PURE__ */ Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

/** A decimal.js value made by shoulou's private clone (internal: never in a public signature). */
export type Dec = Decimal;

/** A decimal in shoulou's private Decimal (precision 40, half-up). Internal. @internal */
export function dec(value: DecimalInput | Dec): Dec {
  return new D(value);
}

/** Rounds to the fen (2 decimals), half-up: 0.005 → 0.01, −0.005 → −0.01. Internal. @internal */
export function roundFen(value: DecimalInput | Dec): Dec {
  return new D(value).toDecimalPlaces(2, D.ROUND_HALF_UP);
}
