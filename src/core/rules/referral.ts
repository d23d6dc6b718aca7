import type { RuleEntry } from "./types";

/** 老带新: referral credit and rewards (seeds 002, 003, 004). */
export const referralRules = {
  "REF-1": { module: "referral", zh: "索要转介绍：积极回应→致谢→询问并记录姓名电话单位→还有吗→致谢→联系后回告", en: "Asking for referrals: respond, thank, ask and record, ask again, thank, report back", source: "seed 002" },
  "REF-2": { module: "referral", zh: "乔·吉拉德猎犬计划：每成交一单固定奖励25美元，宁可多付", en: "Girard's bird-dog plan: a fixed reward per referred sale, always paid", source: "seed 002" },
  "REF-3": { module: "referral", zh: "陌生拜访成交率11%，转介绍40%", en: "Close rates: cold visit 11%, referral 40%", source: "seed 002" },
  "REF-4": { module: "referral", zh: "每位客户每轮带来2位新客户的增长", en: "Each customer brings 2 new ones per round", source: "seed 002" },
  "REF-5": { module: "referral", zh: "种子客户与关系图：线色表关系，框色表意向", en: "Seed customers and relationship maps", source: "seed 002" },
  "REF-6": { module: "referral", zh: "只对老业主及其亲友开放的楼期无需广告即售罄", en: "A phase offered only to owners and their friends sold out with no advertising", source: "seed 003" },
  "REF-7": { module: "referral", zh: "一位业主的关系网共成交2607万", en: "One owner's network bought ¥26.07 million", source: "seed 002" },
  "REF-8": { module: "referral", zh: "业绩沿转介绍链归属根客户的业务员", en: "Agent credit follows the referral chain to the root customer's agent", source: "seed 004 (ATT-2)" },
} as const satisfies Record<string, RuleEntry>;
