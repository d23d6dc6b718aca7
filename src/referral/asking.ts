/**
 * The six steps of asking a customer for referrals (客户转介绍步骤), in order, as
 * 《房地产客户跟踪及维护技巧》 gives them; a script for agents and a checklist for managers.
 *
 * @remarks REF-1 (《房地产客户跟踪及维护技巧》【客户转介绍步骤】 第一步 … 第六步).
 * @category Referral
 */
export const referralAskingSteps = [
  { rule: "REF-1", step: 1, zh: "引导对方对产品概念给予正面回应", en: "Lead the customer to respond positively to the product" },
  { rule: "REF-1", step: 2, zh: "感谢对方肯定自己所提供的服务价值", en: "Thank them for valuing your service" },
  { rule: "REF-1", step: 3, zh: "要求转介绍，并记录相关资料如姓名、电话、工作信息等", en: "Ask for referrals and record name, phone, work" },
  { rule: "REF-1", step: 4, zh: "再次用“还有其他朋友可以介绍吗？”提示对方", en: "Ask again: “anyone else you could introduce?”" },
  { rule: "REF-1", step: 5, zh: "感谢对方帮助", en: "Thank them for their help" },
  { rule: "REF-1", step: 6, zh: "承诺与转介绍朋友接触后及时反馈", en: "Promise to report back after contacting the friends" },
] as const;

/**
 * Close rates 《房地产客户跟踪及维护技巧》 quotes for cold visits and referrals, and the owners' intentions
 * (世茂满意度分析), as data for projections such as {@link projectReferralGrowth}'s `closeRate`.
 *
 * @remarks REF-3 (《房地产客户跟踪及维护技巧》: 陌生拜访的成交率是11%，转介绍的成交率是40%; 业主意向再购71%, 重复购买40%, 意向推荐79%, 转介绍成功率30%).
 * @category Referral
 */
export const referralCloseRates = {
  coldVisit: "0.11",
  referral: "0.40",
  ownersIntendToBuyAgain: "0.71",
  ownersBoughtAgain: "0.40",
  ownersIntendToRecommend: "0.79",
  referralsClosed: "0.30",
} as const;
