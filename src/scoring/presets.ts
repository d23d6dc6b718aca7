import type { IntentPolicyInput, MaintenancePolicyInput } from "./input-types";
import type { ScorecardInput } from "./scorecard-schema";
import type * as z from "zod";
import type { screeningPolicySchema } from "./screening-grade";

const practice = "common practice: 案场客户评分卡";

/** The default scorecard: seven factors of a sales office, weights adding to 100. */
const defaultScorecard = {
  id: "default",
  factors: [
    { id: "visits", measure: "visits", weight: 15, scale: { kind: "bands", bands: [{ to: 1, points: 0 }, { from: 1, to: 2, points: 40 }, { from: 2, to: 3, points: 70 }, { from: 3, points: 100 }] } },
    {
      id: "recency",
      measure: "days-since-contact",
      weight: 15,
      scale: { kind: "bands", bands: [{ to: 7, points: 100 }, { from: 7, to: 15, points: 70 }, { from: 15, to: 31, points: 40, reason: "cooling" }, { from: 31, points: 0, reason: "dormant (SCO-7)" }] },
    },
    { id: "budget-fit", measure: "budget-fit", weight: 20, scale: { kind: "bands", bands: [{ to: "0.8", points: 0 }, { from: "0.8", to: 1, points: 50 }, { from: 1, points: 100 }] } },
    { id: "intent-clarity", measure: "intent-clarity", weight: 15, scale: { kind: "linear", min: 0, max: 3 } },
    { id: "payment-readiness", measure: "payment-readiness", weight: 20, scale: { kind: "bands", bands: [{ to: 1, points: 0 }, { from: 1, to: 2, points: 60 }, { from: 2, points: 100 }] } },
    { id: "household", measure: "household", weight: 10, scale: { kind: "categories", points: { "first-home": 100, upgrade: 80, investment: 60 }, otherwise: 40 } },
    { id: "referrals-made", measure: "referrals-made", weight: 5, scale: { kind: "linear", min: 0, max: 2 } },
  ],
  grades: [
    { grade: "a", minScore: 80 },
    { grade: "b", minScore: 60 },
    { grade: "c", minScore: 40 },
    { grade: "d", minScore: 0 },
  ],
} satisfies ScorecardInput;

/**
 * Named policies from real documents and common practice: the default scorecard, the common
 * intent grades, the maintenance standards of 《房地产客户跟踪及维护技巧》 and the two A/B/C screenings.
 * Their sources are in {@link scoringPresetSources}.
 *
 * @remarks SCO-CARD-1, SCO-INT-A…D, SCO-7, SCO-8, SCO-3, SCO-5.
 * @category Scoring
 */
export const scoringPresets = {
  defaultScorecard,
  intentCommonPractice: { largeDeposit: "20000", bPlusProbability: "0.7", bProbability: "0.4", cPlusWithinDays: 30, cWithinDays: 90 } satisfies IntentPolicyInput,
  maintenanceSeed002: {
    timeZone: "Asia/Shanghai",
    dormantAfterDays: 30,
    minCharacters: { sms: 1, call: 30, visit: 50, event: 30 },
    minVisitMinutes: 30,
    requireKeyPerson: true,
    eventsPerMonth: 1,
    birthdayInvitation: { grades: ["a"], earliestDaysBefore: 21, latestDaysBefore: 14 },
    characters: { countPunctuation: true, latinRuns: "character" },
  } satisfies MaintenancePolicyInput,
  screeningSeed001: {
    rule: "SCO-3",
    criteria: ["scale", "profitability", "prospects", "price", "stable-demand", "timely-payment", "credit"],
    aMinimum: 7,
    aMustMeet: [],
    bMinimum: 2,
    bMustMeet: ["prospects", "stable-demand"],
    cWhenNoneOf: [],
  } satisfies z.input<typeof screeningPolicySchema>,
  screeningSeed004: {
    rule: "SCO-5",
    criteria: ["purchase-amount", "profitability", "safety", "prospects", "cooperation"],
    aMinimum: 5,
    aMustMeet: [],
    bMinimum: 3,
    bMustMeet: ["safety"],
    cWhenNoneOf: ["profitability", "prospects"],
  } satisfies z.input<typeof screeningPolicySchema>,
} as const;

const s2 = "《房地产客户跟踪及维护技巧》 (老客户维护标准)";
const s7 = "《房地产销售现场管理关系客户购买须知》篇7 §4.3";
const s4 = "《销售现场客户接触点标准化体系》 ch.7 7.2.1 §3";

/**
 * Where every field of every preset comes from: keys are the preset's field paths.
 *
 * @remarks Cites the documents by title, and named common practice.
 * @category Scoring
 */
export const scoringPresetSources = {
  defaultScorecard: {
    id: practice,
    "factors.visits": `${practice}: more visits, more intent`,
    "factors.recency": `${practice}; the 15-day step follows the version B house rules §5 with 《销售现场客户接触点标准化体系》 (15-day protection), 31+ days is dormant per 《房地产客户跟踪及维护技巧》 (SCO-7)`,
    "factors.budget-fit": `${practice}: budget against the unit's price`,
    "factors.intent-clarity": `${practice}: unit type, building, floor settled`,
    "factors.payment-readiness": `${practice}: deposit (《房地产销售现场管理关系客户购买须知》篇2 §二.2) and financing ready`,
    "factors.household": `${practice}; household types from 《客户链的建立及销售渠道的探索》 (首次置业、改善、投资)`,
    "factors.referrals-made": `${practice}; referrals valued per 《房地产客户跟踪及维护技巧》 (转介绍)`,
    grades: `${practice}: A/B/C/D at 80/60/40/0`,
  },
  intentCommonPractice: {
    largeDeposit: "《房地产销售现场管理关系客户购买须知》篇2 §二.2 (定金20000元/套) as the large deposit (大定)",
    bPlusProbability: "common practice: 案场客户意向分级, B+ 成交概率≥70%",
    bProbability: "common practice: 案场客户意向分级, B 成交概率≥40%",
    cPlusWithinDays: "common practice: 案场客户意向分级, C+ 一个月内购房",
    cWithinDays: "common practice: 案场客户意向分级, C 三个月内购房",
  },
  maintenanceSeed002: {
    timeZone: "common practice: the project's time zone, default Asia/Shanghai",
    dormantAfterDays: `${s2}: 客户维护信息更新间隔超过30天`,
    "minCharacters.sms": `${s2}: 短信回访记录：短信原文`,
    "minCharacters.call": `${s2}: 客户反响信息不少于30字`,
    "minCharacters.visit": `${s2}: 客户反响信息、下一步跟踪方案不少于50字`,
    "minCharacters.event": `${s2}: 参与反响不少于30字`,
    minVisitMinutes: `${s2}: 拜访时间30分钟以上`,
    requireKeyPerson: `${s2}: 面谈人员：关键人物沟通`,
    eventsPerMonth: `${s2}: 小众活动每月不得少于1次`,
    "birthdayInvitation.grades": `${s2}: 针对A类客户`,
    "birthdayInvitation.earliestDaysBefore": `${s2}: 提前2-3周 (3 weeks)`,
    "birthdayInvitation.latestDaysBefore": `${s2}: 提前2-3周 (2 weeks)`,
    "characters.countPunctuation": "common practice (SCO-CHAR-1): 标点计入字数",
    "characters.latinRuns": "common practice (SCO-CHAR-1): one per character",
  },
  screeningSeed001: {
    rule: s7,
    criteria: `${s7}: 规模大、效益好、有发展前景、采购价格适宜、需求量稳定、回款及时、信誉好`,
    aMinimum: `${s7}: A meets all seven`,
    aMustMeet: `${s7}`,
    bMinimum: `${s7}: B — 规模适中, 有发展前景, 需求量稳中有升`,
    bMustMeet: `${s7}: B has prospects and steady demand`,
    cWhenNoneOf: `${s7}: C is the rest`,
  },
  screeningSeed004: {
    rule: s4,
    criteria: `${s4}: 购买额、收益性、安全性、未来性、合作性`,
    aMinimum: `${s4}: key customers meet all five`,
    aMustMeet: s4,
    bMinimum: `${s4}: practice reading — a majority of the five`,
    bMustMeet: `${s4}: 安全性 (money collected) is required to keep a customer`,
    cWhenNoneOf: `${s4}: 淘汰那些无利润贡献、无发展潜力的客户`,
  },
} as const;
