import type { RuleEntry, TermTable } from "./types";

/** 客户分级: grading, value and maintenance (seeds 000–004), plus the common practice beyond them. */
export const scoringRules = {
  "SCO-1": { module: "scoring", zh: "购买量×忠诚度：低量不忠诚放弃；高量不忠诚最危险；低量忠诚培养；高量忠诚最有价值", en: "Volume × loyalty: drop / most dangerous / cultivate / most valuable", source: "seed 000 #2" },
  "SCO-2": { module: "scoring", zh: "信用×销售能力：两者俱佳者最受欢迎", en: "Credit × selling ability: both good is the most wanted", source: "seed 000 #2" },
  "SCO-3": { module: "scoring", zh: "按规模、盈利、前景、价格、需求稳定、及时付款、信用分A/B/C", en: "A/B/C by scale, profitability, prospects, price, stable demand, timely payment, credit", source: "seed 001 篇7" },
  "SCO-4": { module: "scoring", zh: "按购买量分钻石/金/银/普通；按动机分价格型、保障型、品牌服务型、关系型；付款类型；稳定性", en: "Volume tiers (diamond/gold/silver/general); motive types; payment type; stability", source: "seed 001 篇9" },
  "SCO-5": { module: "scoring", zh: "五项筛选标准：购买额、盈利、安全（回款）、未来前景、合作", en: "Five screening criteria: purchase amount, profitability, safety, prospects, cooperation", source: "seed 004 ch.7" },
  "SCO-6": { module: "scoring", zh: "二八法则；532组合：20%深度开发、30%普通、50%休眠", en: "Pareto 80/20; the 532 mix: 20% deep, 30% ordinary, 50% dormant", source: "seed 002" },
  "SCO-7": { module: "scoring", zh: "维护记录超过30天未更新即为沉睡客户", en: "Dormant when maintenance has not been updated for more than 30 days", source: "seed 002" },
  "SCO-8": { module: "scoring", zh: "维护记录标准：短信原文；电话≥30字；拜访≥50字；活动≥30字；拜访≥30分钟；每月≥1次小活动；A类客户提前2–3周生日邀请", en: "Record standards: call ≥ 30, visit ≥ 50, event ≥ 30 characters; visits ≥ 30 minutes; ≥ 1 event a month; A-class birthday invitations 2–3 weeks ahead", source: "seed 002" },
  "SCO-9": { module: "scoring", zh: "客户终生价值 = 重复购买能力 + 转介绍购买能力；未来利润净现值减直接成本", en: "Lifetime value: repeat plus referral purchases; NPV of future profit less direct cost", source: "seed 002; seed 003" },
  "SCO-10": { module: "scoring", zh: "客户生命周期：可疑者→潜在客户→首次购买→重复购买→客户→会员→拥护者→合伙人；或流失", en: "Lifecycle: suspect → prospect → first-time → repeat → client → member → advocate → partner; or lapsed", source: "seed 003" },
  "SCO-11": { module: "scoring", zh: "客户数据：年龄、婚姻、性别、收入、职业、住房、生活方式、风险态度、区域、行为、需求、关系", en: "Customer data used: demographics, housing, lifestyle, attitudes, region, behaviour, needs, relations", source: "seed 003" },
  "SCO-CARD-1": { module: "scoring", zh: "加权评分卡：各因子按分段或线性换算得分，按权重加权平均为0–100分，各因子贡献之和等于总分", en: "Weighted scorecard: each factor maps its value to points by bands or a linear scale; the weighted mean is the 0–100 score and the factors' contributions add up to it exactly", source: "practice (credit and lead scorecards)" },
  "SCO-CARD-2": { module: "scoring", zh: "按分数段定等级", en: "The grade is the first grade whose minimum score the score reaches", source: "practice (lead scoring)" },
  "SCO-INT-A": { module: "scoring", zh: "A级：已认购或已交大定", en: "Intent A: subscribed or paid a large deposit", source: "practice (案场客户意向分级)" },
  "SCO-INT-B": { module: "scoring", zh: "B级：已排卡/持贵宾卡，按成交概率分B+/B/B-", en: "Intent B: queued or holding a VIP card; B+/B/B- by probability of buying", source: "practice (案场客户意向分级; seed 001 篇1 贵宾卡)" },
  "SCO-INT-C": { module: "scoring", zh: "C级：到访且有意向，按预计购买时间分C+/C/C-", en: "Intent C: visited with intent; C+/C/C- by expected time to buy", source: "practice (案场客户意向分级)" },
  "SCO-INT-D": { module: "scoring", zh: "D级：无意向、同行踩盘或未留联系方式", en: "Intent D: no intent, a peer doing market research, or left no contact", source: "practice (案场客户意向分级)" },
  "SCO-CHAR-1": { module: "scoring", zh: "字数按读者习惯计：一个字（字素）计一，空白不计，标点默认计入", en: "Characters are counted as a reader counts them: one per grapheme, whitespace never, punctuation by default", source: "practice (汉字字数统计; Unicode UAX #29 grapheme clusters)" },
  "SCO-FUN-1": { module: "scoring", zh: "渠道漏斗：每条线索成本、每成交成本、转化率", en: "Funnel: cost per lead, cost per deal, conversion", source: "seed 003 (广告投放11万元，来电209个，成交27个)" },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const scoringTerms = {} as const satisfies TermTable;
