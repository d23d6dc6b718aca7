import type { RuleEntry } from "./types";

const s = "seed 004";

/** 客户归属 / 判客: seed 004, version A (康城百合湾) and version B. */
export const attributionRules = {
  "ATT-1": { module: "attribution", zh: "首次接待（来访或来电）的置业顾问拥有该客户", en: "The agent who first contacts a customer (walk-in or phone) owns the customer", source: `${s} A 第一章; B §1` },
  "ATT-1a": { module: "attribution", zh: "原业务员不在时其他人协助成交：A 不计入业绩；B 业绩平分", en: "Owner away on a later visit: others help close; the helper gets no credit (A) or half (B)", source: `${s} A 第一章; B §1` },
  "ATT-2": { module: "attribution", zh: "群带性：老客户介绍的新客户归原业务员，须指名或事先登记，现场偶遇不算", en: "Chain: a customer introduced by A's customer belongs to A, only when named or registered first, never a chance meeting", source: `${s} A 第一章; B §2` },
  "ATT-3": { module: "attribution", zh: "亲戚朋友须事先登记才归该业务员", en: "An agent's relative or friend belongs to the agent only if recorded beforehand", source: `${s} A 第一章; B §3` },
  "ATT-4": { module: "attribution", zh: "指名业务员不在班：立即电话通知，30分钟内不能到场则作为新客户由当班业务员接待", en: "Named agent off duty: called at once; not on site within 30 minutes, the customer is new and goes to the agent on duty", source: `${s} B §4` },
  "ATT-5": { module: "attribution", zh: "老客户保护期：A 3个月；B 15天；过期经经理签字可重新登记", en: "Protection period: 3 months (A) or 15 days (B); after expiry a manager-signed re-registration restores ownership", source: `${s} A 第一章; B §5` },
  "ATT-6": { module: "attribution", zh: "轮流接待，不得抢客挑客；同行也占轮次；开发商及设计、施工、广告、活动、模型公司人员不占轮次", en: "Walk-ins in rotation, no grabbing; peers use a turn; the developer's and its contractors' staff do not", source: `${s} A 第一章; B §6` },
} as const satisfies Record<string, RuleEntry>;
