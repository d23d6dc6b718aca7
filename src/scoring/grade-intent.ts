import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { compareDecimal } from "./decimal";
import { intentPolicySchema, intentProfileSchema, type IntentGrade, type IntentPolicyInput, type IntentProfileInput } from "./intent-schema";
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

/** Grades a validated profile (shared by {@link gradeIntent} and the bulk path). */
export function intentOf(p: Profile, policy: Policy): IntentGrading {
  const done = (grade: IntentGrade, rule: IntentGrading["rule"], says: string): IntentGrading => ({
    customerId: p.id,
    grade,
    letter: grade[0] as IntentGrading["letter"],
    rule,
    trace: [step(rule, says, { grade })],
  });
  if (p.subscribed) return done("a", "SCO-INT-A", "subscribed: grade A");
  if (compareDecimal(p.depositPaid, policy.largeDeposit) >= 0) return done("a", "SCO-INT-A", `deposit ¥${p.depositPaid} ≥ ¥${policy.largeDeposit}: grade A`);
  if (p.peer) return done("d", "SCO-INT-D", "a peer doing market research: grade D");
  if (!p.leftContact) return done("d", "SCO-INT-D", "left no contact: grade D");
  if (p.cardHolder) {
    const pr = p.purchaseProbability;
    if (pr === undefined) return done("b", "SCO-INT-B", "card holder, probability unknown: B");
    if (compareDecimal(pr, policy.bPlusProbability) >= 0) return done("b-plus", "SCO-INT-B", `card holder, probability ${pr} ≥ ${policy.bPlusProbability}: B+`);
    if (compareDecimal(pr, policy.bProbability) >= 0) return done("b", "SCO-INT-B", `card holder, probability ${pr} ≥ ${policy.bProbability}: B`);
    return done("b-minus", "SCO-INT-B", `card holder, probability ${pr} < ${policy.bProbability}: B-`);
  }
  if (p.visited && p.statedIntent) {
    const d = p.expectedPurchaseInDays;
    if (d === undefined) return done("c", "SCO-INT-C", "visited with intent, time to buy unknown: C");
    if (d <= policy.cPlusWithinDays) return done("c-plus", "SCO-INT-C", `visited with intent, buys within ${d} ≤ ${policy.cPlusWithinDays} days: C+`);
    if (d <= policy.cWithinDays) return done("c", "SCO-INT-C", `visited with intent, buys within ${d} ≤ ${policy.cWithinDays} days: C`);
    return done("c-minus", "SCO-INT-C", `visited with intent, buys in ${d} > ${policy.cWithinDays} days: C-`);
  }
  return done("d", "SCO-INT-D", p.visited ? "visited without stated intent: grade D" : "no visit and no intent: grade D");
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
 * @throws {@link ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`
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
