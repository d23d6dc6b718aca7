/**
 * shoulou/subscription — 认购须知: the VIP-card selection day (《房地产销售现场管理关系客户购买须知》篇1)
 * and the subscription lifecycle from deposit to contract (篇2), with the deposit law beyond the notice
 * (《中华人民共和国民法典》第586–587条).
 * See docs/subscription.md.
 *
 * @packageDocumentation
 */
export { subscriptionCardSchema, selectionEventInputSchema, unitPicksInputSchema } from "./schema";
export type { SelectionEventInput, SubscriptionCardInput, UnitPicksInput } from "./schema";
export { subscriptionLimits } from "./input-bounds";
export type {
  SelectionGroup,
  SelectionDay,
  SelectionPlan,
  UnreachedCard,
  VillaCardOptions,
  UnitAllocation,
  CardForfeit,
  CardStanding,
  UnitPicksOutcome,
} from "./outcomes";
export { subscriptionStateSchema, contractSignerSchema, subscriptionEventSchema } from "./lifecycle-schema";
export type {
  SubscriptionStatus,
  InstallmentInput,
  ContractSignerInput,
  SubscriptionEventBase,
  SubscribeEventInput,
  ChangeUnitEventInput,
  PayFirstInstallmentEventInput,
  ChangePaymentMethodEventInput,
  SignContractEventInput,
  ChangeOwnerEventInput,
  CheckDeadlineEventInput,
  CancelEventInput,
  SubscriptionStateInput,
  SubscriptionState,
  SubscriptionEventInput,
  SubscriptionEvent,
  SubscriptionCharge,
} from "./lifecycle-schema";
export { subscriptionPolicySchema, subscriptionBreakSchema } from "./policy";
export type { SubscriptionPolicyInput, SubscriptionPolicy, SubscriptionBreakInput } from "./policy";
export { subscriptionPresets, subscriptionPresetSources } from "./presets";
export { planSelectionEvent } from "./selection-day";
export { resolveUnitPicks } from "./unit-picks";
export { applySubscriptionEvent } from "./lifecycle";
export type { SubscriptionStep } from "./lifecycle";
export { replaySubscription } from "./replay";
export type { ReplayedEvent, SubscriptionReplay } from "./replay";
export { depositOnCancellation, depositCancellationInputSchema } from "./deposit-law";
export type { DepositCancellationInput, DepositSettlement } from "./deposit-law";
export { requiredDocuments, documentsInputSchema } from "./documents";
export type { DocumentsInput, DocumentItem } from "./documents";
