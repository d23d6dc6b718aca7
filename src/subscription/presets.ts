import type { SubscriptionPolicyInput } from "./policy";

/**
 * Named policies from real notices. `changzhouOlympicGarden` is 常州奥林匹克花园's notice
 * (《房地产销售现场管理关系客户购买须知》篇1–2): 9.26–9.30, 100 cards a day in groups of 10 with 15 minutes each from
 * 10:15, ¥20,000 deposit, ¥500 per unit change, ¥1,000 per owner change.
 *
 * @remarks SUB-EV-1…8, SUB-DEP-1, SUB-CHG-1/2, SUB-SIGN-2 (篇1–2); every field is cited
 * in {@link subscriptionPresetSources}.
 * @category Subscription
 */
export const subscriptionPresets = {
  changzhouOlympicGarden: {
    timeZone: "Asia/Shanghai",
    release: "1.1期“洛杉矶”组团",
    eventFrom: "09-26",
    eventTo: "09-30",
    dailyCap: 100,
    groupSize: 10,
    slotMinutes: 15,
    viewingFrom: "08:30",
    viewingTo: "10:00",
    briefingAt: "10:10",
    startTime: "10:15",
    latestEnd: "14:00",
    breaks: [{ from: "12:00", to: "13:15", label: "lunch" }],
    cardOrder: "card-number",
    carriedCards: "first",
    unitsPerCard: 1,
    refundWindowDays: 3,
    deposit: "20000",
    depositPaidIn: "cash",
    depositCapRate: "0.2",
    unitChangeFee: "500",
    ownerChangeFee: "1000",
    idCopies: 4,
    mortgageIdCopies: 2,
    householdRegisterCopies: 2,
    singleStatusCertificates: 2,
    depositReceiptCopies: 1,
    bankCardCopies: 1,
    incomeCertificates: 1,
    mortgageBankCard: "龙卡 (China Construction Bank Long card) of the applicant or spouse",
  },
} as const satisfies Record<string, SubscriptionPolicyInput>;

/**
 * Where every field of every {@link subscriptionPresets} entry comes from.
 *
 * @remarks Clauses are cited as `《房地产销售现场管理关系客户购买须知》篇1 三.2` (篇1 is 常州奥林匹克花园's
 * 关系客户认购须知, 篇2 its 认购须知); the lunch break is not in the notice and says so.
 * @category Subscription
 */
export const subscriptionPresetSources = {
  changzhouOlympicGarden: {
    timeZone: "《房地产销售现场管理关系客户购买须知》篇1 (常州, China: Asia/Shanghai)",
    release: "《房地产销售现场管理关系客户购买须知》篇1 一.3",
    eventFrom: "《房地产销售现场管理关系客户购买须知》篇1 一.1",
    eventTo: "《房地产销售现场管理关系客户购买须知》篇1 一.1",
    dailyCap: "《房地产销售现场管理关系客户购买须知》篇1 一.2",
    groupSize: "《房地产销售现场管理关系客户购买须知》篇1 三.2",
    slotMinutes: "《房地产销售现场管理关系客户购买须知》篇1 三.3, 四 (每组客户认购时间在15分钟内)",
    viewingFrom: "《房地产销售现场管理关系客户购买须知》篇1 四 (8:30—10:00参观现场样板楼)",
    viewingTo: "《房地产销售现场管理关系客户购买须知》篇1 四 (8:30—10:00参观现场样板楼)",
    briefingAt: "《房地产销售现场管理关系客户购买须知》篇1 四 (10:10介绍…流程及注意事项)",
    startTime: "《房地产销售现场管理关系客户购买须知》篇1 四 (10:15认购活动正式开始)",
    latestEnd: "《房地产销售现场管理关系客户购买须知》篇1 四 (14:00选房基本结束)",
    breaks:
      "not in the notice: a 75-minute lunch break 12:00–13:15 assumed so that 10 groups of 15 minutes from 10:15 end at 14:00 (《房地产销售现场管理关系客户购买须知》篇1 四)",
    cardOrder: "《房地产销售现场管理关系客户购买须知》篇1 一.2, 三.1 (以贵宾卡之卡号顺序认购)",
    carriedCards: "《房地产销售现场管理关系客户购买须知》篇1 二.4 (优先认购权延续至下一次认购活动)",
    unitsPerCard: "《房地产销售现场管理关系客户购买须知》篇1 二.1 (一张贵宾卡只能认购一套物业)",
    refundWindowDays: "《房地产销售现场管理关系客户购买须知》篇1 二.2 (接到通知3日内)",
    deposit: "《房地产销售现场管理关系客户购买须知》篇2 二.2 (定金¥20000.元整(每套))",
    depositPaidIn: "《房地产销售现场管理关系客户购买须知》篇2 二.2 (须现金支付)",
    depositCapRate: "《中华人民共和国民法典》第586条 (at most 20% of the contract price; the cap is rounded down to the fen)",
    unitChangeFee: "《房地产销售现场管理关系客户购买须知》篇2 二.4 (更换认购单位每次¥500)",
    ownerChangeFee: "《房地产销售现场管理关系客户购买须知》篇2 二.4 (变更业权人¥1000)",
    idCopies: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (身份证原件及复印件四份)",
    mortgageIdCopies: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (夫妻双方身份证原件及复印件二份)",
    householdRegisterCopies: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (户口簿原件及复印件二份)",
    singleStatusCertificates: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (单身未婚证明二份)",
    depositReceiptCopies: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (定金收据及复印件一份)",
    bankCardCopies: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (龙卡和龙卡复印件一份)",
    incomeCertificates: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (收入证明正本一份)",
    mortgageBankCard: "《房地产销售现场管理关系客户购买须知》篇2 三.2 (申请人或配偶龙卡)",
  },
} as const satisfies { [K in keyof typeof subscriptionPresets]: { [F in keyof (typeof subscriptionPresets)[K]]: string } };
