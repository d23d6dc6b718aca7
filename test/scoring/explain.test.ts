import { describe, expect, it } from "vitest";
import { explainStep, explainTrace } from "../../src/core/explain";
import { lifetimeValue, maintenanceAudit, portfolioMix, scoreCustomer, scoringPresets, screeningGrade, valueLoyaltyMatrix } from "../../src/scoring/index";

// Traces are data; these are the words an auditor reads, made from the catalogue's templates.
describe("scoring explanations", () => {
  it("SCO-CARD-1: a score explains every factor in Chinese and English", () => {
    const s = scoreCustomer({ id: "C1", visits: 2, household: "upgrade" }, {
      factors: [
        { id: "visits", measure: "visits", weight: 1, scale: { kind: "bands", bands: [{ to: 1, points: 0 }, { from: 1, to: 3, points: 60 }, { from: 3, points: 100 }] } },
        { id: "household", measure: "household", weight: 1, scale: { kind: "categories", points: { "first-home": 100, upgrade: 80 } } },
      ],
    });
    expect(explainTrace(s.trace, { locale: "zh" })).toEqual([
      "SCO-11 读取客户C1的资料：2项因子中已知2项",
      "SCO-CARD-1 visits：2落在区间[1, 3)，得60.00分 × 权重1，贡献30.00分",
      "SCO-CARD-1 household：类别“upgrade”得80.00分 × 权重1，贡献40.00分",
      "SCO-CARD-1 客户C1得分 = Σ权重×得分 ÷ Σ权重 = 70.00分（四舍五入；各因子贡献按最大余数法分配，合计等于总分）",
      "SCO-CARD-2 70.00分，不低于60分：b级",
    ]);
    expect(explainStep(s.trace[1]!, { locale: "en" })).toBe("visits: 2 is in band [1, 3): 60.00 points × weight 1, contributes 30.00");
  });
  it("SCO-8: a finding is a step: it says what is wrong and what to do", () => {
    const r = maintenanceAudit({ customers: [{ id: "C1", agentId: "A1" }], records: [{ id: "R1", kind: "call", agentId: "A1", customerId: "C1", at: "2024-09-02", text: "问了价格" }] }, "2024-09-20");
    const short = r.findings.find((f) => f.kind === "record-too-short")!;
    expect(explainStep(short)).toBe("电话记录R1只有4字，少于30字：请补全记录");
    expect(explainStep(short, { locale: "en" })).toBe("call record R1 has 4 characters, fewer than 30: complete it");
    expect(explainStep(r.findings.find((f) => f.kind === "no-event-this-month")!)).toBe("置业顾问A1在2024-09只办了0次小活动，少于1次：请在月底前举办");
  });
  it("SCO-7: a dormant customer's finding gives the dates in Chinese", () => {
    const r = maintenanceAudit({ customers: [{ id: "C1", agentId: "A1" }], records: [{ id: "R1", kind: "sms", agentId: "A1", customerId: "C1", at: "2024-08-01", text: "中秋快乐" }] }, "2024-09-20");
    expect(explainStep(r.findings[0]!)).toBe("客户C1最后维护于2024年8月1日，已50天，超过30天：沉睡客户，请联系并记录");
  });
  it("SCO-1, SCO-5, SCO-6, SCO-9: one line each, with figures formatted by kind", () => {
    expect(explainTrace(valueLoyaltyMatrix({ id: "a", volume: 5000000, loyalty: 20 }, { highVolumeFrom: 3000000, highLoyaltyFrom: 60 }).trace)).toEqual([
      "SCO-1 购买量5000000达到3000000，忠诚度20低于60：高量不忠诚，最危险的敌人，密切关注",
    ]);
    const met = { "purchase-amount": true, profitability: false, safety: true, prospects: false, cooperation: true };
    expect(explainTrace(screeningGrade({ id: "K1", met }, scoringPresets.screeningSeed004).trace)[1]).toBe("SCO-5 profitability、prospects一项都不满足（无利润贡献、无发展潜力）：C类，淘汰");
    expect(explainTrace(portfolioMix([{ id: "a", lastMaintainedOn: null }], "2024-09-30").trace)[1]).toBe("SCO-6 深度0、普通0、沉睡1（共1位）；沉睡占比达到警示线50%：与“532”一样差，须唤醒沉睡客户");
    const v = lifetimeValue({ historicalValue: 50000, repeat: { probabilityPerPeriod: "0.4", profitPerPurchase: 10000 }, discountRate: "0.1", horizonPeriods: 2 });
    expect(explainTrace(v.trace)[2]).toBe("SCO-9 终生价值 = 历史价值¥50,000.00 + 当前价值¥0.00 + 潜在价值¥6,942.15 = ¥56,942.15");
  });
});
