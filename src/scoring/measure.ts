import { ShoulouError } from "../core/errors";
import { dec } from "../core/money";
import { daysBetween } from "../core/time";
import { canonical } from "./decimal";
import type { ScoringProfile } from "./profile-schema";
import type { Scorecard } from "./scorecard-schema";

/** A measured value: a canonical decimal, a category, or missing. */
export type Measured = { readonly kind: "number"; readonly text: string } | { readonly kind: "category"; readonly text: string } | null;

const num = (text: string): Measured => ({ kind: "number", text });
const cat = (text: string): Measured => ({ kind: "category", text });

/**
 * Reads one measure off a profile (SCO-11 data). Values are exact: counts as integers,
 * budget fit as budget ÷ target (or reference) price rounded half-up to 4 decimals.
 */
export function measure(profile: ScoringProfile, what: string, card: Scorecard): Measured {
  switch (what) {
    case "visits":
      return profile.visits === undefined ? null : num(String(profile.visits));
    case "referrals-made":
      return profile.referralsMade === undefined ? null : num(String(profile.referralsMade));
    case "days-since-contact": {
      if (profile.lastContactOn === undefined) return null;
      if (profile.asOf === undefined) throw new ShoulouError("MISSING_PARAMETER", ["asOf"], "days-since-contact needs the profile's asOf date");
      const days = daysBetween(profile.lastContactOn, profile.asOf);
      if (days < 0) throw new ShoulouError("INVALID_INPUT", ["lastContactOn"], "the last contact is after asOf");
      return num(String(days));
    }
    case "budget-fit": {
      const reference = profile.targetPrice ?? card.budgetReference;
      if (profile.budget === undefined || reference === undefined) return null;
      return num(canonical(dec(profile.budget).div(reference).toDecimalPlaces(4).toFixed(4), 4));
    }
    case "intent-clarity": {
      if (profile.intent === undefined) return null;
      const i = profile.intent;
      return num(String(Number(i.unitType) + Number(i.building) + Number(i.floor)));
    }
    case "payment-readiness": {
      if (profile.payment === undefined) return null;
      const p = profile.payment;
      return num(String(Number(p.depositPaid) + Number(p.mortgagePreApproved || p.fullPayment)));
    }
    case "household":
      return profile.household === undefined ? null : cat(profile.household);
    default: {
      const key = what.slice("extra.".length);
      const v = profile.extra?.[key];
      if (v === undefined) return null;
      if (typeof v === "boolean") return cat(v ? "yes" : "no");
      if (typeof v === "number") {
        const text = canonical(v, 12);
        if (!/^-?\d+(\.\d+)?$/.test(text)) throw new ShoulouError("INVALID_INPUT", ["extra", key], "must be a plain decimal number");
        return num(text);
      }
      return cat(v);
    }
  }
}
