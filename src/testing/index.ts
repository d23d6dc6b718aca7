/**
 * shoulou's QA kit: fast-check arbitraries for every public function's input, and the laws
 * shoulou's own property tests check, runnable against a company's own presets and policies.
 * fast-check is a peer dependency of this subpath only.
 *
 * @packageDocumentation
 */
import { attributeAllInput, attributeCustomerInput, attributionEvents, attributionPolicy } from "./attribution-arbitraries";
import { attributionPolicyLaws } from "./attribution-laws";
import { feeSchedule, mortgageInput, purchaseFeesInput } from "./fees-arbitraries";
import { feeScheduleLaws } from "./fees-laws";
import { depositCancellationInput, documentsInput, recordText, referralGrowthInput, referralPool, registrationPhone, rotationInput, screeningInput, selectionEventInput, volumeMotiveInput } from "./more-inputs";
import { purchasePlanInput, referralCreditInput } from "./plan-inputs";
import { referralOffice, referralPolicy } from "./referral-arbitraries";
import { referralPolicyLaws } from "./referral-laws";
import { scorecard, scoringProfile } from "./scoring-arbitraries";
import { creditAbilityInput, funnelInput, intentProfile, lifecycleHistory, lifetimeValueInput, maintenanceBook, paretoInput, portfolioInput, valueLoyaltyInput } from "./scoring-inputs";
import { scorecardLaws } from "./scoring-laws";
import { subscriptionEvents, subscriptionPolicy, unitPicksInput } from "./subscription-arbitraries";
import { subscriptionPolicyLaws } from "./subscription-laws";

/**
 * Generators of valid inputs, one per input shape of the public functions, each with options to
 * bias toward boundaries (`{ boundaries: false }` turns that off).
 *
 * @example
 * ```ts
 * Object.keys(arbitraries).includes("purchaseFeesInput"); //=> true
 * ```
 * @category Testing
 */
export const arbitraries = {
  // fees
  purchaseFeesInput, feeSchedule, mortgageInput, purchasePlanInput,
  // subscription
  selectionEventInput, unitPicksInput, subscriptionEvents, subscriptionPolicy, depositCancellationInput, documentsInput,
  // attribution
  attributionEvents, attributeCustomerInput, attributeAllInput, attributionPolicy, rotationInput, registrationPhone,
  // scoring
  scoringProfile, scorecard, intentProfile, valueLoyaltyInput, creditAbilityInput, screeningInput, volumeMotiveInput, paretoInput, portfolioInput, lifetimeValueInput, lifecycleHistory, maintenanceBook, recordText, funnelInput,
  // referral
  referralOffice, referralPolicy, referralCreditInput, referralGrowthInput, referralPool,
} as const;

/**
 * The laws shoulou's own property tests check, as functions a QA team runs against its own
 * preset or policy. Each throws a `LawError` carrying fast-check's counterexample when a law
 * fails, and returns nothing when all hold.
 *
 * @example
 * ```ts
 * Object.keys(laws).sort(); //=> ["attributionPolicy", "feeSchedule", "referralPolicy", "scorecard", "subscriptionPolicy"]
 * ```
 * @category Testing
 */
export const laws = {
  feeSchedule: feeScheduleLaws,
  attributionPolicy: attributionPolicyLaws,
  referralPolicy: referralPolicyLaws,
  scorecard: scorecardLaws,
  subscriptionPolicy: subscriptionPolicyLaws,
} as const;

export { LawError } from "./law";
export type { ArbitraryOptions, LawOptions } from "./options";
export type { MortgageInputOptions, PurchaseFeesInputOptions } from "./fees-arbitraries";
export type { FeeScheduleLawOptions } from "./fees-laws";
export type { AttributionArbitraryOptions } from "./attribution-arbitraries";
export type { AttributionPolicyLawOptions } from "./attribution-laws";
export type { ReferralArbitraryOptions } from "./referral-arbitraries";
export type { ReferralPolicyLawOptions } from "./referral-laws";
export type { UnitPicksArbitraryOptions } from "./subscription-arbitraries";
