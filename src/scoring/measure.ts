import { ShoulouError } from "../core/errors";
import { mulDivHalfUp, toFen, toUnits } from "../core/money";
import { daysBetween } from "../core/time";
import { canonical } from "./decimal";
import type { ScoringProfile } from "./profile-schema";
import type { Scorecard } from "./scorecard-schema";

/** Values and bounds are compared as exact integers of 10^-4 (4 decimals, < 10^9 before the point). */
export const VALUE_PLACES = 4;
const ONE = 10 ** VALUE_PLACES;

/**
 * A measured value: a number as exact 10^-4 units, a category (its text), or null when the
 * profile does not give it. Plain values, so measuring a customer allocates nothing.
 */
export type Measured = number | string | null;

/** Days from 1970-01-01 to a valid ISO date. */
export function epochDays(date: string): number {
  return daysBetween("1970-01-01", date);
}

/**
 * Day numbers of dates, each computed once per call: a batch's customers share a few dozen
 * dates (one `asOf`, recent contacts), so this saves parsing two dates per customer.
 */
export function dayCounter(): (date: string) => number {
  const known = new Map<string, number>();
  return (date) => {
    let n = known.get(date);
    if (n === undefined) known.set(date, (n = epochDays(date)));
    return n;
  };
}

/**
 * Reads one measure off a profile (SCO-11 data). Values are exact: counts as integers,
 * budget fit as budget ÷ target (or reference) price rounded half-up to 4 decimals.
 */
export function measure(profile: ScoringProfile, what: string, card: Scorecard, days: (date: string) => number = epochDays): Measured {
  switch (what) {
    case "visits":
      return profile.visits === undefined ? null : profile.visits * ONE;
    case "referrals-made":
      return profile.referralsMade === undefined ? null : profile.referralsMade * ONE;
    case "days-since-contact": {
      if (profile.lastContactOn === undefined) return null;
      if (profile.asOf === undefined) throw new ShoulouError("MISSING_PARAMETER", ["asOf"], "days-since-contact needs the profile's asOf date");
      const since = days(profile.asOf) - days(profile.lastContactOn);
      if (since < 0) throw new ShoulouError("INVALID_INPUT", ["lastContactOn"], "the last contact is after asOf");
      return since * ONE;
    }
    case "budget-fit": {
      const reference = profile.targetPrice ?? card.budgetReference;
      if (profile.budget === undefined || reference === undefined) return null;
      return mulDivHalfUp(toFen(profile.budget), ONE, toFen(reference));
    }
    case "intent-clarity": {
      const i = profile.intent;
      return i === undefined ? null : (Number(i.unitType) + Number(i.building) + Number(i.floor)) * ONE;
    }
    case "payment-readiness": {
      const p = profile.payment;
      return p === undefined ? null : (Number(p.depositPaid) + Number(p.mortgagePreApproved || p.fullPayment)) * ONE;
    }
    case "household":
      return profile.household ?? null;
    default: {
      const v = profile.extra?.[what.slice("extra.".length)];
      if (v === undefined) return null;
      if (typeof v === "boolean") return v ? "yes" : "no";
      if (typeof v === "number") return toUnits(canonical(v, VALUE_PLACES), VALUE_PLACES);
      return v;
    }
  }
}
