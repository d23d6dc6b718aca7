import type { RuleEntry, TermTable } from "./types";

const tracking = "《房地产客户跟踪及维护技巧》";
const chain = "《客户链的建立及销售渠道的探索》";
const contact = "《销售现场客户接触点标准化体系》";

/** Shared templates of the reward lines (REF-RW-1 … 5): who gets what for which deal. */
const rewardLine = (zhBase: string, enBase: string) => ({
  zh: `{deal}：推荐人 {referrer}（第{level}级）${zhBase}，应得{amount:money}（{status:enum}）`,
  en: `{deal}: referrer {referrer} (level {level}): ${enBase}; due {amount:money} ({status:enum})`,
});
/** The programme step of a reward kind: one template for the direct referrer only, one for deeper levels. */
const programme = (zh: string, en: string) => ({
  programme: { zh: `${zh}，奖励直接推荐人`, en: `${en}, paid to the direct referrer` },
  "programme-levels": { zh: `${zh}，按{levels:count}级推荐分配，各级比例依次为{shares:list}`, en: `${en}, paid over {levels:count} levels with shares {shares:list}` },
});
const capped = {
  zh: "{deal}：推荐人 {referrer} 应得{due:money}，受此上限{cap:money}所限，实得{amount:money}（{status:enum}）",
  en: "{deal}: referrer {referrer} was due {due:money}; this cap of {cap:money} leaves {amount:money} ({status:enum})",
};

/** 老带新: referral credit and rewards (the tracking, customer-chain and contact-point documents, and common practice beyond them). */
export const referralRules = {
  "REF-1": { module: "referral", zh: "索要转介绍：积极回应→致谢→询问并记录姓名电话单位→还有吗→致谢→联系后回告", en: "Asking for referrals: respond, thank, ask and record, ask again, thank, report back", source: `${tracking}【客户转介绍步骤】第一步至第六步`, facts: {} },
  "REF-2": {
    module: "referral", zh: "乔·吉拉德猎犬计划：每成交一单固定奖励25美元，宁可多付", en: "Girard's bird-dog plan: a fixed reward per referred sale, always paid", source: `${tracking} 乔·吉拉德「猎犬计划」`,
    facts: programme("猎犬计划：每成交一单固定奖励{amount:money}，不设上限、不设审核，一律照付", "the bird-dog plan: a fixed {amount:money} for each referred deal, no caps, no review, always paid"),
  },
  "REF-3": {
    module: "referral", zh: "陌生拜访成交率11%，转介绍40%", en: "Close rates: cold visit 11%, referral 40%", source: `${tracking}: 陌生拜访的成交率是11%，转介绍的成交率是40%`,
    facts: {
      "expected-deals": { zh: "按转介绍成交率{closeRate:percent}，约成交{expectedDeals}单", en: "at a referral close rate of {closeRate:percent}, about {expectedDeals} deals" },
    },
  },
  "REF-4": {
    module: "referral", zh: "每位客户每轮带来2位新客户的增长", en: "Each customer brings 2 new ones per round", source: `${tracking} 客户转介绍: 重复12次，将累计产生8190名新顾客`,
    facts: {
      projection: { zh: "{initial:count}位客户起步，每位新客户每轮带来{perCustomer:count}位：{rounds:count}轮后新增{newTotal:count}位，共{total:count}位", en: "{initial:count} customer(s) to start, each new one bringing {perCustomer:count} a round: after {rounds:count} round(s) {newTotal:count} new, {total:count} in all" },
    },
  },
  "REF-5": {
    module: "referral", zh: "种子客户与关系图：线色表关系，框色表意向", en: "Seed customers and relationship maps", source: `${tracking} 种子客户中心人物的选择; 客户关系图`,
    facts: {
      relations: { zh: "关系图上：家人{family:count}、朋友{friend:count}、同事或合作伙伴{colleague:count}、其他{other:count}", en: "on the map: family {family:count}, friends {friend:count}, colleagues or partners {colleague:count}, other {other:count}" },
    },
  },
  "REF-6": {
    module: "referral", zh: "只对老业主及其亲友开放的楼期无需广告即售罄", en: "A phase offered only to owners and their friends sold out with no advertising", source: `${chain} 客户开发·链式效应案例（苏州某楼盘第4期）`,
    facts: {
      "open-to": { zh: "仅对老业主开放的楼期可由{owners:count}位业主及其直接推荐的{friends:count}位亲友购买", en: "the owners-only phase is open to {owners:count} owner(s) and the {friends:count} friend(s) they referred" },
    },
  },
  "REF-7": {
    module: "referral", zh: "一位业主的关系网共成交2607万", en: "One owner's network bought ¥26.07 million", source: `${tracking} 老客户维护定义【案例】（L先生）`,
    facts: {
      network: { zh: "{root} 的关系网：{customers:count}位客户，{deals:count}单成交，合计{total:money}", en: "{root}'s network: {customers:count} customer(s), {deals:count} deal(s), {total:money} in all" },
    },
  },
  "REF-8": {
    module: "referral", zh: "业绩沿转介绍链归属根客户的业务员", en: "Agent credit follows the referral chain to the root customer's agent", source: `${contact} 群带性原则（《康城百合湾项目案场管理制度》第一章 一(二)1）`,
    facts: {
      root: { zh: "{customer} 无人推荐，是自身推荐链的根", en: "{customer} was referred by no one: the root of its own chain" },
      chain: { zh: "{customer} 经{depth:count}次推荐追溯到根客户 {root}", en: "{customer} goes back {depth:count} referral(s) to the root {root}" },
      "not-standing": { zh: "{deal}：截至{asOf:instant}未签约或已退房，不计业绩", en: "{deal}: not a signed, standing deal at {asOf:instant}; no credit" },
      credited: { zh: "{deal}：{buyer} 的推荐链追溯到 {root}，按客户归属规则计入置业顾问 {agent}", en: "{deal}: {buyer}'s chain goes back to {root}; attribution credits agent {agent}" },
      "no-agent": { zh: "{deal}：{buyer} 的推荐链追溯到 {root}，按客户归属规则无置业顾问获计业绩", en: "{deal}: {buyer}'s chain goes back to {root}; attribution credits no agent" },
      credits: { zh: "{deals:count}单成交已按推荐链和客户归属规则计入业绩", en: "{deals:count} deal(s) credited along the referral chain by attribution's rules" },
    },
  },
  "REF-G-1": {
    module: "referral", zh: "自己推荐自己（同一人、同一手机号或证件号）不成立", en: "Self-referral (same person, phone or ID number) is refused or flagged", source: "common practice: 老带新 anti-fraud terms (自己推荐自己无效)",
    facts: {
      self: { zh: "{referral}：{referrer} 不能推荐自己", en: "{referral}: {referrer} cannot refer themselves" },
      "same-person": { zh: "{referral}：{referrer} 与 {referred} 的{contact:enum}相同，视为同一人", en: "{referral}: {referrer} and {referred} share a {contact:enum}: the same person" },
    },
  },
  "REF-G-2": {
    module: "referral", zh: "推荐关系不得成环", en: "A referral that would close a loop is refused", source: "common practice: a referral chain has a root (no loops)",
    facts: {
      loop: { zh: "{referral}：{referrer} 本由 {referred} 一脉推荐而来，此推荐会成环", en: "{referral}: {referrer} descends from {referred}; the referral would close a loop" },
    },
  },
  "REF-G-3": {
    module: "referral", zh: "介绍在先：同一新客户只认第一位有效推荐人", en: "First valid referrer keeps the referred customer (介绍在先)", source: `common practice; ${contact} 群带性原则: 老客户介绍在先`,
    facts: {
      accepted: { zh: "按时间顺序接受{accepted:count}条推荐，拒绝{refused:count}条", en: "{accepted:count} referral(s) accepted in time order, {refused:count} refused" },
      "second-referrer": { zh: "{referral}：{referred} 已由 {first} 推荐（{firstReferral}），归第一位推荐人", en: "{referral}: {referred} was already referred by {first} ({firstReferral}); the first referrer keeps them" },
    },
  },
  "REF-G-4": {
    module: "referral", zh: "被推荐人须为首次到访的新客户，已到访或已被他人报备者不算", en: "The referred must be new: not visited or registered before the referral", source: "common practice: 老带新 新客户须首次到访且未被报备",
    facts: {
      "already-known": { zh: "{referral}：推荐之前 {referred} 已{how:enum}（{since:instant}），不是新客户", en: "{referral}: {referred} was already known ({how:enum} on {since:instant}) before the referral" },
      "after-contract": { zh: "{deal}：推荐 {referral} 登记于签约之后，该成交不计奖励", en: "{deal}: the referral {referral} was recorded after the contract" },
    },
  },
  "REF-G-5": {
    module: "referral", zh: "员工推荐按政策拒绝、标记或允许", en: "A staff referrer is refused, flagged or allowed as the policy says", source: "common practice: 本项目员工不得参与老带新",
    facts: {
      refused: { zh: "{referral}：{referrer} 是员工，不得推荐", en: "{referral}: {referrer} is staff; staff may not refer" },
    },
  },
  "REF-RW-1": {
    module: "referral", zh: "固定金额奖励：每成交一单奖励固定金额", en: "Fixed reward per referred deal", source: `${tracking} 猎犬计划; common practice: 老带新 fixed reward`,
    facts: { ...programme("每成交一单固定奖励{amount:money}", "a fixed {amount:money} for each referred deal"), reward: rewardLine("每单固定奖励{base:money}", "a fixed {base:money} a deal") },
  },
  "REF-RW-2": {
    module: "referral", zh: "按成交价百分比奖励", en: "Reward as a percentage of the deal price", source: "common practice: 老带新 reward as a share of the price",
    facts: {
      ...programme("按成交价的{rate:percent}奖励", "a reward of {rate:percent} of the price"),
      reward: rewardLine("按成交价的{rate:percent}四舍五入到分为{base:money}", "{rate:percent} of the price, rounded half-up to the fen, is {base:money}"),
    },
  },
  "REF-RW-3": {
    module: "referral", zh: "阶梯奖励（全额累进）：按期内推荐成交数达到的档位，全部成交按该档计", en: "Tiered, flat: every deal in the period at the tier the count reached", source: "common practice: 阶梯奖励（全额累进）",
    facts: {
      ...programme("按每{period:enum}推荐成交数分{bands:count}档，全部成交按达到的档位计", "{bands:count} bands by referred deals per {period:enum}, every deal at the band reached"),
      reward: rewardLine("本{period:enum}推荐成交{count:count}单，达到第{from}单起的档位，每单{base:money}", "{count:count} deal(s) this {period:enum} reach the band from deal {from}: {base:money} a deal"),
    },
  },
  "REF-RW-4": {
    module: "referral", zh: "阶梯奖励（超额累进）：每一档内的成交按该档计", en: "Tiered, stepped: each deal at the band its rank falls in", source: "common practice: 阶梯奖励（超额累进）",
    facts: {
      ...programme("按每{period:enum}推荐成交数分{bands:count}档，每单按其所在档位计", "{bands:count} bands by referred deals per {period:enum}, each deal at its own band"),
      reward: rewardLine("本{period:enum}第{rank:count}单，落在第{from}单起的档位，计{base:money}", "deal no. {rank:count} this {period:enum} falls in the band from deal {from}: {base:money}"),
    },
  },
  "REF-RW-5": {
    module: "referral", zh: "多级推荐：仅按明确递减比例，最多3级", en: "Deeper levels only with explicit decaying shares, never beyond 3 levels", source: "common practice: 多级分佣不超过三级",
    facts: { reward: rewardLine("按第{level}级比例{share:percent}计{base:money}的份额", "gets the level-{level} share {share:percent} of {base:money}") },
  },
  "REF-RW-6": {
    module: "referral", zh: "已发放的奖励不再修改；档位提升只补差额", en: "A paid reward is never edited; a higher tier adds a top-up line", source: "common practice: 已发放奖励不追改，差额补发",
    facts: {
      "top-up": { zh: "{deal}：已向 {referrer} 发放{paid:money}，现应得{due:money}，补发{topUp:money}", en: "{deal}: {paid:money} was paid to {referrer}; {due:money} is due now: a top-up of {topUp:money}" },
      overpaid: { zh: "{deal}：已向 {referrer} 发放{paid:money}，多于现应得的{due:money}；已发放的奖励不再修改", en: "{deal}: {paid:money} was paid to {referrer}, more than the {due:money} due now; a paid reward is never edited" },
      "no-longer-qualifies": { zh: "{deal}：已向 {referrer} 发放的{paid:money}按本政策已不符合条件；已发放的奖励不再修改", en: "{deal}: the {paid:money} paid to {referrer} no longer qualifies under this policy; a paid reward is never edited" },
    },
  },
  "REF-CAP-1": { module: "referral", zh: "单笔成交奖励上限", en: "Cap per deal", source: "common practice: 同一成交只奖励一次、单笔封顶", facts: { capped } },
  "REF-CAP-2": { module: "referral", zh: "推荐人每月奖励上限", en: "Cap per referrer per month", source: "common practice: 推荐人每月奖励封顶", facts: { capped } },
  "REF-CAP-3": { module: "referral", zh: "推荐人每年奖励上限", en: "Cap per referrer per year", source: "common practice: 推荐人每年奖励封顶", facts: { capped } },
  "REF-CAP-4": { module: "referral", zh: "同一购房家庭的奖励上限", en: "Cap per buying household", source: "common practice: 同一家庭限奖一次", facts: { capped } },
  "REF-TRG-1": {
    module: "referral", zh: "签订买卖合同即触发奖励", en: "The reward is earned when the sales contract is signed", source: `${tracking} 猎犬计划: 在生意成交之后; common practice`,
    facts: { "not-earned": { zh: "{deal}：截至{asOf:instant}尚未签约（或签约前已退房），未触发奖励", en: "{deal}: not signed by {asOf:instant} (or cancelled first): no reward earned" } },
  },
  "REF-TRG-2": {
    module: "referral", zh: "签约且（全款付清，或首付到账且贷款发放）后触发奖励", en: "Earned when the contract is signed and (paid in full, or down payment and loan disbursed)", source: "common practice: 老带新奖励于签约且首付到账、贷款发放（或全款付清）后发放",
    facts: { "not-earned": { zh: "{deal}：截至{asOf:instant}尚未签约并付清（或首付到账且贷款发放），未触发奖励", en: "{deal}: by {asOf:instant} not signed and paid (in full, or down payment and loan): no reward earned" } },
  },
  "REF-TRG-3": {
    module: "referral", zh: "推荐人须为已签购房合同的业主", en: "The referrer must be an owner named on a purchase contract", source: "common practice: 老带新推荐人须为已签约业主",
    facts: { "not-owner": { zh: "{deal}：{referrer} 推荐时尚不是已签约业主（第{level}级），无奖励", en: "{deal}: {referrer} was not an owner on a purchase contract when referring (level {level}): no reward" } },
  },
  "REF-TRG-4": {
    module: "referral", zh: "审核期满且未被标记的奖励自动批准", en: "After the review window an unflagged reward is approved automatically", source: "common practice: 奖励审核期",
    facts: { held: { zh: "{deal}：给 {referrer} 的奖励暂缓，待人工复核（{flags:list}）", en: "{deal}: the reward to {referrer} is held for review ({flags:list})" } },
  },
  "REF-FLG-1": {
    module: "referral", zh: "推荐人与被推荐人手机号或证件号相同：标记复核", en: "Same phone or ID number as the referrer: flagged for review", source: "common practice: 同一手机号或身份证标记复核",
    facts: { "shared-contact": { zh: "{referral}：{referrer} 与 {referred} 的{contact:enum}相同，标记复核", en: "{referral}: {referrer} and {referred} share a {contact:enum}: flagged for review" } },
  },
  "REF-FLG-2": {
    module: "referral", zh: "短期内推荐过多：标记复核", en: "Many referrals in a short time: flagged for review", source: "common practice: 短期集中推荐标记复核",
    facts: { burst: { zh: "{referral}：{referrer} 在{days:days}内推荐了{count:count}位客户，标记复核", en: "{referral}: {referrer} made {count:count} referrals within {days:days}: flagged for review" } },
  },
  "REF-FLG-3": {
    module: "referral", zh: "推荐人为员工：标记复核", en: "A staff referrer: flagged for review", source: "common practice: 员工推荐须复核",
    facts: { staff: { zh: "{referral}：推荐人 {referrer} 是员工，标记复核", en: "{referral}: the referrer {referrer} is staff: flagged for review" } },
  },
  "REF-CLW-1": {
    module: "referral", zh: "已发放奖励的成交在追回期内退房：在下次发放中扣回（负数行）", en: "A paid reward whose deal is cancelled within the window is clawed back as a negative line", source: "common practice: 退房追回已发奖励",
    facts: { "clawed-back": { zh: "{deal}：触发后{days:days}内退房，已发放给 {referrer} 的{amount:money}在下次发放中扣回", en: "{deal}: cancelled within {days:days} of earning; the {amount:money} paid to {referrer} is clawed back from the next payout" } },
  },
  "REF-CLW-2": {
    module: "referral", zh: "未发放奖励的成交在追回期内退房：奖励取消", en: "An unpaid reward whose deal is cancelled within the window is withdrawn", source: "common practice: 退房取消未发奖励",
    facts: { withdrawn: { zh: "{deal}：触发后{days:days}内退房，尚未发放给 {referrer} 的奖励取消", en: "{deal}: cancelled within {days:days} of earning; the unpaid reward to {referrer} is withdrawn" } },
  },
  "REF-POOL-1": {
    module: "referral", zh: "奖金池按权重分配到分，最大余数法，合计不差一分", en: "A pool split by weights to the fen by largest remainder; parts sum exactly", source: "common practice: the largest-remainder (Hamilton) method on fen",
    facts: { split: { zh: "奖金池{amount:money}按权重{weights:list}以最大余数法分为{parts:list}，合计不差一分", en: "the {amount:money} pool split by weights {weights:list} by largest remainder into {parts:list}; the parts sum to the pool" } },
  },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const referralTerms = {
  "phone-number": { zh: "手机号", en: "phone number" },
  "id-number": { zh: "证件号", en: "ID number" },
  "first-visit": { zh: "首次到访", en: "first visit" },
  registration: { zh: "被他人报备", en: "registered by someone else" },
  pending: { zh: "审核期内", en: "pending review" },
  approved: { zh: "已批准", en: "approved" },
  flagged: { zh: "待人工复核", en: "flagged for review" },
  "no-line": { zh: "不出奖励行", en: "no line" },
  month: { zh: "月", en: "month" },
  year: { zh: "年", en: "year" },
  all: { zh: "全部期间", en: "whole programme" },
} as const satisfies TermTable;
