import type { RuleEntry, TermTable } from "./types";

/** 老带新: referral credit and rewards (seeds 002, 003, 004, and common practice beyond them). */
export const referralRules = {
  "REF-1": { module: "referral", zh: "索要转介绍：积极回应→致谢→询问并记录姓名电话单位→还有吗→致谢→联系后回告", en: "Asking for referrals: respond, thank, ask and record, ask again, thank, report back", source: "seed 002" },
  "REF-2": { module: "referral", zh: "乔·吉拉德猎犬计划：每成交一单固定奖励25美元，宁可多付", en: "Girard's bird-dog plan: a fixed reward per referred sale, always paid", source: "seed 002" },
  "REF-3": { module: "referral", zh: "陌生拜访成交率11%，转介绍40%", en: "Close rates: cold visit 11%, referral 40%", source: "seed 002" },
  "REF-4": { module: "referral", zh: "每位客户每轮带来2位新客户的增长", en: "Each customer brings 2 new ones per round", source: "seed 002" },
  "REF-5": { module: "referral", zh: "种子客户与关系图：线色表关系，框色表意向", en: "Seed customers and relationship maps", source: "seed 002" },
  "REF-6": { module: "referral", zh: "只对老业主及其亲友开放的楼期无需广告即售罄", en: "A phase offered only to owners and their friends sold out with no advertising", source: "seed 003" },
  "REF-7": { module: "referral", zh: "一位业主的关系网共成交2607万", en: "One owner's network bought ¥26.07 million", source: "seed 002" },
  "REF-8": { module: "referral", zh: "业绩沿转介绍链归属根客户的业务员", en: "Agent credit follows the referral chain to the root customer's agent", source: "seed 004 (ATT-2)" },
  "REF-G-1": { module: "referral", zh: "自己推荐自己（同一人、同一手机号或证件号）不成立", en: "Self-referral (same person, phone or ID number) is refused or flagged", source: "practice (老带新 anti-fraud terms)" },
  "REF-G-2": { module: "referral", zh: "推荐关系不得成环", en: "A referral that would close a loop is refused", source: "practice" },
  "REF-G-3": { module: "referral", zh: "介绍在先：同一新客户只认第一位有效推荐人", en: "First valid referrer keeps the referred customer (介绍在先)", source: "practice; seed 004 群带性原则 (老客户介绍在先)" },
  "REF-G-4": { module: "referral", zh: "被推荐人须为首次到访的新客户，已到访或已被他人报备者不算", en: "The referred must be new: not visited or registered before the referral", source: "practice (老带新: 新客户须首次到访且未被报备)" },
  "REF-G-5": { module: "referral", zh: "员工推荐按政策拒绝、标记或允许", en: "A staff referrer is refused, flagged or allowed as the policy says", source: "practice (员工不得参与老带新)" },
  "REF-RW-1": { module: "referral", zh: "固定金额奖励：每成交一单奖励固定金额", en: "Fixed reward per referred deal", source: "seed 002 (猎犬计划); practice" },
  "REF-RW-2": { module: "referral", zh: "按成交价百分比奖励", en: "Reward as a percentage of the deal price", source: "practice" },
  "REF-RW-3": { module: "referral", zh: "阶梯奖励（全额累进）：按期内推荐成交数达到的档位，全部成交按该档计", en: "Tiered, flat: every deal in the period at the tier the count reached", source: "practice" },
  "REF-RW-4": { module: "referral", zh: "阶梯奖励（超额累进）：每一档内的成交按该档计", en: "Tiered, stepped: each deal at the band its rank falls in", source: "practice" },
  "REF-RW-5": { module: "referral", zh: "多级推荐：仅按明确递减比例，最多3级", en: "Deeper levels only with explicit decaying shares, never beyond 3 levels", source: "practice (多级分佣不超过三级)" },
  "REF-RW-6": { module: "referral", zh: "已发放的奖励不再修改；档位提升只补差额", en: "A paid reward is never edited; a higher tier adds a top-up line", source: "practice" },
  "REF-CAP-1": { module: "referral", zh: "单笔成交奖励上限", en: "Cap per deal", source: "practice" },
  "REF-CAP-2": { module: "referral", zh: "推荐人每月奖励上限", en: "Cap per referrer per month", source: "practice" },
  "REF-CAP-3": { module: "referral", zh: "推荐人每年奖励上限", en: "Cap per referrer per year", source: "practice" },
  "REF-CAP-4": { module: "referral", zh: "同一购房家庭的奖励上限", en: "Cap per buying household", source: "practice (同一家庭限奖)" },
  "REF-TRG-1": { module: "referral", zh: "签订买卖合同即触发奖励", en: "The reward is earned when the sales contract is signed", source: "seed 002 (成交之后); practice" },
  "REF-TRG-2": { module: "referral", zh: "签约且（全款付清，或首付到账且贷款发放）后触发奖励", en: "Earned when the contract is signed and (paid in full, or down payment and loan disbursed)", source: "practice (老带新奖励发放条件)" },
  "REF-TRG-3": { module: "referral", zh: "推荐人须为已签购房合同的业主", en: "The referrer must be an owner named on a purchase contract", source: "practice (老带新: 推荐人须为业主)" },
  "REF-TRG-4": { module: "referral", zh: "审核期满且未被标记的奖励自动批准", en: "After the review window an unflagged reward is approved automatically", source: "practice" },
  "REF-FLG-1": { module: "referral", zh: "推荐人与被推荐人手机号或证件号相同：标记复核", en: "Same phone or ID number as the referrer: flagged for review", source: "practice" },
  "REF-FLG-2": { module: "referral", zh: "短期内推荐过多：标记复核", en: "Many referrals in a short time: flagged for review", source: "practice" },
  "REF-FLG-3": { module: "referral", zh: "推荐人为员工：标记复核", en: "A staff referrer: flagged for review", source: "practice" },
  "REF-CLW-1": { module: "referral", zh: "已发放奖励的成交在追回期内退房：在下次发放中扣回（负数行）", en: "A paid reward whose deal is cancelled within the window is clawed back as a negative line", source: "practice" },
  "REF-CLW-2": { module: "referral", zh: "未发放奖励的成交在追回期内退房：奖励取消", en: "An unpaid reward whose deal is cancelled within the window is withdrawn", source: "practice" },
  "REF-POOL-1": { module: "referral", zh: "奖金池按权重分配到分，最大余数法，合计不差一分", en: "A pool split by weights to the fen by largest remainder; parts sum exactly", source: "practice; DESIGN.md money" },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const referralTerms = {} as const satisfies TermTable;
