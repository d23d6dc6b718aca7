/**
 * An evening review of one agent's customers (置业顾问晚间客户盘点): scores and grades, intent
 * grades, the dormant list and the maintenance audit, the Pareto split and the "532" mix, a
 * lifetime value, and the advertising funnel of 《客户链的建立及销售渠道的探索》.
 */
import {
  explainStep,
  explainTrace,
  formatYuan,
  funnelMetrics,
  gradeIntent,
  lifetimeValue,
  maintenanceAudit,
  paretoSegments,
  portfolioMix,
  scoreCustomers,
  scoringPresets,
  type IntentProfileInput,
  type ScoringProfileInput,
} from "../src/index";
import { heading, table } from "./print";

const asOf = "2024-09-30";
const book: { profile: ScoringProfileInput; intent: Omit<IntentProfileInput, "id">; revenue: number; lastMaintainedOn: string | null; deep?: boolean }[] = [
  { profile: { id: "王先生", asOf, visits: 4, lastContactOn: "2024-09-28", budget: 2600000, targetPrice: 2500000, intent: { unitType: true, building: true, floor: true }, payment: { depositPaid: true, mortgagePreApproved: true }, household: "upgrade", referralsMade: 2 }, intent: { subscribed: true }, revenue: 2500000, lastMaintainedOn: "2024-09-28", deep: true },
  { profile: { id: "李女士", asOf, visits: 2, lastContactOn: "2024-09-21", budget: 1900000, targetPrice: 2000000, intent: { unitType: true, building: true }, payment: { depositPaid: false, mortgagePreApproved: true }, household: "first-home" }, intent: { cardHolder: true, purchaseProbability: "0.6" }, revenue: 0, lastMaintainedOn: "2024-09-21" },
  { profile: { id: "张先生", asOf, visits: 1, lastContactOn: "2024-08-12", budget: 1200000, targetPrice: 2000000, household: "investment" }, intent: { visited: true, statedIntent: true, expectedPurchaseInDays: 120 }, revenue: 0, lastMaintainedOn: "2024-08-12" },
  { profile: { id: "陈女士", asOf, visits: 3, lastContactOn: "2024-09-25", budget: 3000000, targetPrice: 2800000, intent: { unitType: true }, payment: { depositPaid: true }, household: "upgrade", referralsMade: 1 }, intent: { depositPaid: 50000 }, revenue: 2800000, lastMaintainedOn: "2024-09-25", deep: true },
  { profile: { id: "赵先生", asOf, visits: 1, lastContactOn: "2024-07-02" }, intent: { visited: true, peer: true }, revenue: 0, lastMaintainedOn: null },
  { profile: { id: "刘女士", asOf, visits: 2, lastContactOn: "2024-09-10", budget: 1500000, targetPrice: 1600000, household: "first-home" }, intent: { visited: true, statedIntent: true, expectedPurchaseInDays: 20 }, revenue: 300000, lastMaintainedOn: "2024-09-10" },
];

heading("客户评分与意向分级", "Scores (default scorecard) and intent grades, as of 2024-09-30");
const scored = scoreCustomers(book.map((c) => c.profile), scoringPresets.defaultScorecard);
table(
  ["客户 Customer", "评分 Score", "等级 Grade", "意向 Intent", "最大贡献 Top factor"],
  scored.scores.map((s, i) => {
    const top = [...s.lines].sort((a, b) => Number(b.contribution) - Number(a.contribution))[0];
    return [s.customerId, s.score, s.grade.toUpperCase(), gradeIntent({ id: s.customerId, ...book[i]!.intent }).grade.toUpperCase(), `${top?.factor ?? ""} ${top?.contribution ?? ""}`];
  }),
  [1],
);
const first = scored.scores[0]!;
console.log(`\n${first.customerId}: ${first.lines.map((l) => `${l.factor} ${l.contribution}`).join(" + ")} = ${first.score}`);
console.log(explainTrace(first.trace, { locale: "zh" }).join("\n"));

heading("维护审计", "Maintenance audit (the standards of 《房地产客户跟踪及维护技巧》)");
const audit = maintenanceAudit(
  {
    customers: book.map((c, i) => ({ id: c.profile.id, agentId: "A7", ...(i === 0 ? { grade: "a", birthday: "10-18" } : {}) })),
    records: [
      { id: "R1", kind: "call", agentId: "A7", customerId: "王先生", at: "2024-09-28T19:30:00+08:00", text: "确认签约时间，客户关心车位价格和交房标准，周六上午带太太来看样板间。" },
      { id: "R2", kind: "visit", agentId: "A7", customerId: "李女士", at: "2024-09-21", text: "上门拜访，客户对学区满意。", durationMinutes: 25, withKeyPerson: true },
      { id: "R3", kind: "sms", agentId: "A7", customerId: "陈女士", at: "2024-09-25", text: "陈女士您好，本周六业主答谢会，欢迎光临。" },
      { id: "R4", kind: "call", agentId: "A7", customerId: "刘女士", at: "2024-09-10", text: "问价格" },
      { id: "R5", kind: "call", agentId: "A7", customerId: "张先生", at: "2024-08-12", text: "客户在比较周边三个楼盘，预算偏紧，等年底奖金到账后再考虑，建议推荐小户型。" },
    ],
  },
  asOf,
  scoringPresets.maintenanceSeed002,
);
table(["规则 Rule", "问题 Finding", "对象 Who", "说明与待办 What and what to do"], audit.findings.map((f) => [f.rule, f.kind, f.customerId ?? f.agentId, explainStep(f, { locale: "zh" })]));
console.log(`\n沉睡客户 Dormant: ${audit.dormant.join("、")}`);

heading("二八法则与532", "Pareto (SCO-6) and the 532 mix");
const pareto = paretoSegments(book.map((c) => ({ id: c.profile.id, revenue: c.revenue })));
console.log(`${pareto.top.join("、")} — ${pareto.topCustomerShare} of customers bring ${pareto.topRevenueShare} of ${formatYuan(pareto.totalRevenue, { symbol: true })}`);
const mix = portfolioMix(book.map((c) => ({ id: c.profile.id, lastMaintainedOn: c.lastMaintainedOn, relationship: c.deep ? ("deep" as const) : ("ordinary" as const) })), asOf);
table(["深度 Deep", "普通 Ordinary", "沉睡 Dormant", "警示 Warned"], [[mix.shares.deep, mix.shares.ordinary, mix.shares.dormant, mix.warned ? "yes" : "no"]]);

heading("客户终生价值", "Lifetime value of 王先生 (SCO-9): owner figures of 《房地产客户跟踪及维护技巧》");
const ltv = lifetimeValue({
  historicalValue: 150000,
  repeat: { probabilityPerPeriod: "0.08", profitPerPurchase: 150000 },
  referral: { referralsPerPeriod: "0.79", closeRate: "0.3", profitPerPurchase: 120000 },
  directCostPerPeriod: 3000,
  discountRate: "0.08",
  horizonPeriods: 5,
});
table(["历史 Historical", "当前 Current", "潜在 Potential (NPV)", "终生 Lifetime"], [[ltv.historicalValue, ltv.currentValue, ltv.potentialValue, ltv.lifetimeValue].map((v) => formatYuan(v))], [0, 1, 2, 3]);

heading("广告漏斗", "Advertising funnel of 《客户链的建立及销售渠道的探索》 (SCO-FUN-1)");
const f = funnelMetrics({ spend: 110000, stages: [{ id: "call", count: 209 }, { id: "deal", count: 27 }] });
table(["投放 Spend", "每来电 Per call", "每成交 Per deal", "转化 Conversion", "流失 Lost"], [[formatYuan(f.spend, { symbol: true }), formatYuan(f.costPerLead ?? "0", { symbol: true }), formatYuan(f.costPerDeal ?? "0", { symbol: true }), `${f.conversionPercent}%`, String(f.stages[1]?.lost ?? 0)]]);
