/**
 * shoulou/scoring (客户分级) — scorecards, intent grades, the classic matrices, Pareto and the
 * "532" mix, lifetime value and lifecycle, the maintenance audit and funnel figures.
 * See docs/scoring.md.
 *
 * @packageDocumentation
 */
export { scoreCustomer } from "./score-customer";
export { scoreCustomers } from "./score-customers";
export type { CustomerScore } from "./scorecard-engine";
export { scorecardSchema, scoringBandSchema, scoringScaleSchema, scoringMeasureSchema, scoringFactorSchema, scoringGradeBandSchema } from "./scorecard-schema";
export type { Scorecard, ScorecardInput } from "./scorecard-schema";
export { scoringProfileSchema } from "./profile-schema";
export type { ScoringProfile, ScoreLine, PointsBasis } from "./profile-schema";
export { gradeIntent } from "./grade-intent";
export { gradeIntents } from "./grade-intents";
export type { IntentGrading } from "./grade-intent";
export { intentProfileSchema, intentPolicySchema, intentGrades } from "./intent-schema";
export type { IntentGrade } from "./intent-schema";
export { valueLoyaltyMatrix, valueLoyaltyPolicySchema, valueLoyaltyInputSchema } from "./value-loyalty";
export type { ValueLoyaltyQuadrant } from "./value-loyalty";
export { creditAbilityMatrix, creditAbilityPolicySchema, creditAbilityInputSchema } from "./credit-ability";
export type { CreditAbilityCell } from "./credit-ability";
export { screeningGrade, screeningPolicySchema, screeningInputSchema } from "./screening-grade";
export { volumeTierAndMotive, volumeTierPolicySchema, volumeMotiveInputSchema, motiveTypes } from "./volume-motive";
export type { MotiveType } from "./volume-motive";
export { paretoSegments, paretoInputSchema, paretoPolicySchema } from "./pareto-segments";
export type { ParetoSegments } from "./pareto-segments";
export { portfolioMix, portfolioInputSchema, portfolioPolicySchema } from "./portfolio-mix";
export type { PortfolioSegment } from "./portfolio-mix";
export { lifetimeValue, lifetimeValueInputSchema } from "./lifetime-value";
export type { LifetimeValuePeriod } from "./lifetime-value";
export { lifecycleStage, lifecycleHistorySchema, lifecyclePolicySchema, lifecycleStages } from "./lifecycle-stage";
export type { LifecycleStage } from "./lifecycle-stage";
export { maintenanceAudit } from "./maintenance-audit";
export { maintenancePolicySchema, maintenanceBookSchema } from "./maintenance-schema";
export type { MaintenanceFinding, MaintenanceFindingKind } from "./maintenance-schema";
export { countReaderCharacters, characterCountPolicySchema } from "./reader-characters";
export { funnelMetrics, funnelInputSchema } from "./funnel-metrics";
export type { FunnelStage } from "./funnel-metrics";
export { scoringPresets, scoringPresetSources } from "./presets";
export { scoringLimits } from "./limits";
export type { ScoringProfileInput, IntentProfileInput, IntentPolicyInput, CharacterCountPolicyInput, MaintenanceRecordInput, MaintenanceBookInput, MaintenancePolicyInput, DecimalInput as ScoringDecimalInput } from "./input-types";
export type { ScoringBandInput, ScoringBandsScaleInput, ScoringLinearScaleInput, ScoringCategoriesScaleInput, ScoringScaleInput, ScoringFactorInput, ScoringGradeBandInput } from "./input-types";
