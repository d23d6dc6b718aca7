import type { RuleEntry } from "./types";

/** 客户分级: grading, value and maintenance (seeds 000–004). */
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
} as const satisfies Record<string, RuleEntry>;
