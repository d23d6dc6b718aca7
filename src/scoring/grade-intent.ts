import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { compareDecimal } from "./decimal";
import { intentPolicySchema, intentProfileSchema, type IntentGrade } from "./intent-schema";
import type { IntentPolicyInput, IntentProfileInput } from "./input-types";
import type * as z from "zod";

/** A customer's intent grade, its letter, the rule that gave it, and the trace. @category Scoring */
export interface IntentGrading {
  readonly customerId: string;
  readonly grade: IntentGrade;
  readonly letter: "a" | "b" | "c" | "d";
  readonly rule: "SCO-INT-A" | "SCO-INT-B" | "SCO-INT-C" | "SCO-INT-D";
  readonly trace: readonly TraceStep[];
}

type Profile = z.output<typeof intentProfileSchema>;
type Policy = z.output<typeof intentPolicySchema>;

// Steps without figures are the same for every customer: built once, shared (they are frozen).
const fixed = {
  subscribed: Object.freeze(step("SCO-INT-A", "subscribed")),
  peer: Object.freeze(step("SCO-INT-D", "peer")),
  noContact: Object.freeze(step("SCO-INT-D", "no-contact")),
  cardUnknown: Object.freeze(step("SCO-INT-B", "probability-unknown")),
  timeUnknown: Object.freeze(step("SCO-INT-C", "time-unknown")),
  noStatedIntent: Object.freeze(step("SCO-INT-D", "no-stated-intent")),
  noVisit: Object.freeze(step("SCO-INT-D", "no-visit")),
};

/** Grades a validated profile (shared by {@link gradeIntent} and the bulk path). */
export function intentOf(p: Profile, policy: Policy): IntentGrading {
  const done = (grade: IntentGrade, rule: IntentGrading["rule"], s: TraceStep): IntentGrading => ({
    customerId: p.id,
    grade,
    letter: grade[0] as IntentGrading["letter"],
    rule,
    trace: [s],
  });
  if (p.subscribed) return done("a", "SCO-INT-A", fixed.subscribed);
  if (compareDecimal(p.depositPaid, policy.largeDeposit) >= 0) return done("a", "SCO-INT-A", step("SCO-INT-A", "large-deposit", { deposit: p.depositPaid, min: policy.largeDeposit }));
  if (p.peer) return done("d", "SCO-INT-D", fixed.peer);
  if (!p.leftContact) return done("d", "SCO-INT-D", fixed.noContact);
  if (p.cardHolder) {
    const pr = p.purchaseProbability;
    if (pr === undefined) return done("b", "SCO-INT-B", fixed.cardUnknown);
    if (compareDecimal(pr, policy.bPlusProbability) >= 0) return done("b-plus", "SCO-INT-B", step("SCO-INT-B", "b-plus", { probability: pr, min: policy.bPlusProbability }));
    if (compareDecimal(pr, policy.bProbability) >= 0) return done("b", "SCO-INT-B", step("SCO-INT-B", "b", { probability: pr, min: policy.bProbability }));
    return done("b-minus", "SCO-INT-B", step("SCO-INT-B", "b-minus", { probability: pr, min: policy.bProbability }));
  }
  if (p.visited && p.statedIntent) {
    const d = p.expectedPurchaseInDays;
    if (d === undefined) return done("c", "SCO-INT-C", fixed.timeUnknown);
    if (d <= policy.cPlusWithinDays) return done("c-plus", "SCO-INT-C", step("SCO-INT-C", "c-plus", { days: d, limit: policy.cPlusWithinDays }));
    if (d <= policy.cWithinDays) return done("c", "SCO-INT-C", step("SCO-INT-C", "c", { days: d, limit: policy.cWithinDays }));
    return done("c-minus", "SCO-INT-C", step("SCO-INT-C", "c-minus", { days: d, limit: policy.cWithinDays }));
  }
  return done("d", "SCO-INT-D", p.visited ? fixed.noStatedIntent : fixed.noVisit);
}

/**
 * Grades a customer's intent A/B/C/D the way Chinese sales offices do: A subscribed or paid
 * a large deposit; B queued or holding a card (B+/B/B- by probability); C visited with intent
 * (C+/C/C- by expected time to buy); D no intent, a peer, or no contact left.
 *
 * @remarks SCO-INT-A, SCO-INT-B, SCO-INT-C, SCO-INT-D (practice: 客户意向分级). A is checked
 * first (a subscription binds), then D's peer and no-contact tests, then B, then C.
 * @param profile - what the office knows ({@link intentProfileSchema})
 * @param policy - thresholds ({@link intentPolicySchema}); defaults are the common practice
 * @returns exactly one grade, its letter, the rule and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`
 * @example
 * ```ts
 * gradeIntent({ id: "C1", cardHolder: true, purchaseProbability: "0.8" }).grade; //=> "b-plus"
 * gradeIntent({ id: "C2", depositPaid: 50000 }).rule; //=> "SCO-INT-A"
 * gradeIntent({ id: "C3", visited: true, peer: true }).grade; //=> "d"
 * ```
 * @category Scoring
 */
export function gradeIntent(profile: IntentProfileInput, policy: IntentPolicyInput = {}): IntentGrading {
  return guarded(() => intentOf(parseWith(intentProfileSchema, profile, "INVALID_INPUT", []), parseWith(intentPolicySchema, policy, "INVALID_POLICY", [])));
}
