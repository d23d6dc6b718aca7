/**
 * shoulou/referral — 老带新: the referral graph, rewards with caps, triggers, flags and
 * clawbacks, pools split to the fen, growth and network value. See docs/referral.md.
 *
 * @packageDocumentation
 */
export { referralAgentCredit, referralCreditInputSchema, type ReferralAgentCredit, type ReferralCreditInput, type ReferralDealCredit } from "./agent-credit";
export { referralAskingSteps, referralCloseRates } from "./asking";
export { referralChain, type ReferralChain } from "./chain";
export { referralGraph, type ReferralEdge, type ReferralGraph, type ReferralVerdict } from "./graph";
export { projectReferralGrowth, referralGrowthInputSchema, type ReferralGrowth, type ReferralGrowthInput, type ReferralGrowthRound } from "./growth";
export { networkValue, type NetworkMember, type NetworkValue } from "./network-value";
export { ownerCircle, type OwnerCircle } from "./owner-circle";
export { referralPolicySchema, referralPresets, referralPresetSources, type ReferralPolicy, type ReferralPolicyInput } from "./policy";
export { referralPoolSchema, splitPool, type ReferralPoolInput, type ReferralPoolSplit } from "./pool";
export type {
  ReferralBurstInput,
  ReferralCapsInput,
  ReferralFixedRewardInput,
  ReferralPercentRewardInput,
  ReferralPoolWeightInput,
  ReferralRewardInput,
  ReferralTierAmountBandInput,
  ReferralTierBandInput,
  ReferralTierRateBandInput,
  ReferralTieredRewardInput,
} from "./input-types";
export { referralRewards, type ReferralLineStatus, type ReferralRewardLine, type ReferralRewards, type ReferralTotals } from "./rewards";
export * from "./schema";
