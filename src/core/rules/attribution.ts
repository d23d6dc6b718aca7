import type { RuleEntry, TermTable } from "./types";

const s = "seed 004";

/** 客户归属 / 判客: seed 004, version A (康城百合湾) and version B; ATT-CH-* are common practice beyond the seed. */
export const attributionRules = {
  "ATT-1": { module: "attribution", zh: "首次接待（来访或来电）的置业顾问拥有该客户", en: "The agent who first contacts a customer (walk-in or phone) owns the customer", source: `${s} A 第一章 一(一); B §1` },
  "ATT-1a": { module: "attribution", zh: "原业务员不在时其他人协助成交：A 不计入业绩；B 业绩平分", en: "Owner away on a later visit: others help close; the helper gets no credit (A) or half (B)", source: `${s} A 第一章 一(一); B §1` },
  "ATT-2": { module: "attribution", zh: "群带性：老客户介绍的新客户归原业务员，须指名或事先登记，现场偶遇不算", en: "Chain: a customer introduced by A's customer belongs to A, only when named or registered first, never a chance meeting", source: `${s} A 第一章 一(二)1; B §2(1)` },
  "ATT-3": { module: "attribution", zh: "亲戚朋友须事先登记才归该业务员", en: "An agent's relative or friend belongs to the agent only if recorded beforehand", source: `${s} A 第一章 一(二)2; B §2(2)` },
  "ATT-4": { module: "attribution", zh: "指名业务员不在班：立即电话通知，30分钟内不能到场则作为新客户由当班业务员接待", en: "Named agent off duty: called at once; not on site within 30 minutes, the customer is new and goes to the agent on duty", source: `${s} B §2(3)` },
  "ATT-5": { module: "attribution", zh: "老客户保护期：A 3个月；B 15天；过期经经理签字可重新登记", en: "Protection period: 3 months (A) or 15 days (B); after expiry a manager-signed re-registration restores ownership", source: `${s} A 第一章 一(三); B §3`,
    facts: {
      "protected-until": { zh: "{agent} 的保护期为{days:days}，至{until:instant}", en: "{agent} is protected for {days:days}, until {until:instant}" },
    },
  },
  "ATT-6": { module: "attribution", zh: "轮流接待，不得抢客挑客；同行也占轮次；开发商及设计、施工、广告、活动、模型公司人员不占轮次", en: "Walk-ins in rotation, no grabbing; peers use a turn; the developer's and its contractors' staff do not", source: `${s} A 第一章 二(一)1-2` },
  "ATT-CH-1": { module: "attribution", zh: "渠道报备保护模式：报备→成交、报备→到访→成交、到访→成交，各有天数", en: "A channel registration protects the customer in one of three modes: registration→deal, registration→visit→deal, visit→deal, each with its own days", source: "practice (渠道报备规则)" },
  "ATT-CH-2": { module: "attribution", zh: "报备可用全号或隐号（前3后4位）", en: "A registration gives the full phone or a masked phone (first 3 + last 4 digits)", source: "practice (隐号报备)" },
  "ATT-CH-3": { module: "attribution", zh: "隐号报备匹配到两位以上客户时交经理裁定，不猜测", en: "A masked registration that fits two or more customers is flagged for a manager, never guessed", source: "practice (隐号撞单)" },
  "ATT-CH-4": { module: "attribution", zh: "最早的有效报备优先", en: "The earliest valid registration wins", source: "practice (报备先后)" },
  "ATT-CH-5": { module: "attribution", zh: "未报备的到访不给渠道任何归属", en: "A visit without a valid registration gives the channel nothing", source: "practice (先报备后带看)" },
  "ATT-CH-6": { module: "attribution", zh: "渠道与置业顾问冲突按政策裁定（先到先得、渠道优先或自然客户优先）", en: "A conflict between a channel and an agent is settled by the policy: first claim, channel, or agent wins", source: "practice (渠道与自然来访冲突)" },
  "ATT-CH-7": { module: "attribution", zh: "同一人以手机号或证件号识别；直系亲属（可配置）视为同一批客户", en: "The same person by phone or ID number; immediate family (configurable) counts as one batch", source: "practice (客户判重)" },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const attributionTerms = {
  "first-contact": { zh: "首次接待", en: "first contact" },
} as const satisfies TermTable;
