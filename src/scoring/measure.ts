import { ShoulouError } from "../core/errors";
import { mulDivHalfUp, toFen } from "../core/money";
import { daysBetween } from "../core/time";
import { canonical, unitsToCanonical } from "./decimal";
import { toUnits } from "../core/money";
import type { ScoringProfile } from "./profile-schema";
import type { Scorecard } from "./scorecard-schema";

/** Values and bounds are compared as exact integers of 10^-4 (4 decimals, < 10^9 before the point). */
export const VALUE_PLACES = 4;
/** Values above this (10^9) compare as this: no bound can be larger. */
const VALUE_CAP = 10 ** 13;

/** A measured value: a number (text and exact 10^-4 units), a category, or missing. */
export type Measured = { readonly kind: "number"; readonly text: string; readonly units: number } | { readonly kind: "category"; readonly text: string } | null;

const int = (n: number): Measured => ({ kind: "number", text: String(n), units: n * 10 ** VALUE_PLACES });
const cat = (text: string): Measured => ({ kind: "category", text });

/**
 * Reads one measure off a profile (SCO-11 data). Values are exact: counts as integers,
 * budget fit as budget ÷ target (or reference) price rounded half-up to 4 decimals.
 */
export function measure(profile: ScoringProfile, what: string, card: Scorecard): Measured {
  switch (what) {
    case "visits":
      return profile.visits === undefined ? null : int(profile.visits);
    case "referrals-made":
      return profile.referralsMade === undefined ? null : int(profile.referralsMade);
    case "days-since-contact": {
      if (profile.lastContactOn === undefined) return null;
      if (profile.asOf === undefined) throw new ShoulouError("MISSING_PARAMETER", ["asOf"], "days-since-contact needs the profile's asOf date");
      const days = daysBetween(profile.lastContactOn, profile.asOf);
      if (days < 0) throw new ShoulouError("INVALID_INPUT", ["lastContactOn"], "the last contact is after asOf");
      return int(days);
    }
    case "budget-fit": {
      const reference = profile.targetPrice ?? card.budgetReference;
      if (profile.budget === undefined || reference === undefined) return null;
      const units = mulDivHalfUp(toFen(profile.budget), 10 ** VALUE_PLACES, toFen(reference));
      return { kind: "number", text: unitsToCanonical(units, VALUE_PLACES), units: Math.min(units, VALUE_CAP) };
    }
    case "intent-clarity": {
      if (profile.intent === undefined) return null;
      const i = profile.intent;
      return int(Number(i.unitType) + Number(i.building) + Number(i.floor));
    }
    case "payment-readiness": {
      if (profile.payment === undefined) return null;
      const p = profile.payment;
      return int(Number(p.depositPaid) + Number(p.mortgagePreApproved || p.fullPayment));
    }
    case "household":
      return profile.household === undefined ? null : cat(profile.household);
    default: {
      const key = what.slice("extra.".length);
      const v = profile.extra?.[key];
      if (v === undefined) return null;
      if (typeof v === "boolean") return cat(v ? "yes" : "no");
      if (typeof v === "number") {
        const text = canonical(v, VALUE_PLACES);
        return { kind: "number", text, units: toUnits(text, VALUE_PLACES) };
      }
      return cat(v);
    }
  }
}
