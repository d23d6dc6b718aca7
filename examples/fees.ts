/**
 * What a purchase costs: the seed's fee sheet, the same home under the national schedule
 * before and after 2024-12-01, and a 30-year combination loan with an LPR repricing and a prepayment.
 */
import { explainTrace, feeSchedules, formatYuan, lprPlusBasisPoints, purchaseFees, purchasePlan, type PurchaseFees } from "../src/index";
import { heading, table } from "./print";

function printFees(fees: PurchaseFees): void {
  table(
    ["费用 Fee", "规则 Rule", "计算 Basis", "金额 Amount"],
    [...fees.lines.map((l) => [`${l.label.zh} ${l.label.en}`, l.rule, l.basis, formatYuan(l.amount)]), ["合计 Total", "", "", formatYuan(fees.total)]],
    [3],
  );
}

heading("购房税费（常州奥林匹克花园）", "Purchase fees, 《房地产销售现场管理关系客户购买须知》篇2 §四: ¥1,000,000, 100 m²");
printFees(purchaseFees({ price: 1_000_000, area: 100 }, feeSchedules.changzhouOlympicGarden));

const home = { price: 3_200_000, area: "128.50", homeOrdinal: 2, parameters: { maintenanceFundPerM2: "96" } } as const;
for (const date of ["2024-11-30", "2024-12-01"]) {
  heading(`全国标准 ${date}`, `National schedule on ${date}: ¥3,200,000, 128.50 m², second home`);
  const fees = purchaseFees({ ...home, date }, feeSchedules.chinaNational);
  console.log(`version ${fees.schedule.version}`);
  printFees(fees);
  // The deed-tax base without VAT is estimated here (no invoice VAT given): the trace says so.
  for (const line of explainTrace(fees.trace.filter((t) => t.rule.startsWith("FEE-NAT-VAT") || t.rule.startsWith("FEE-NAT-DEED")))) console.log(`  ${line}`);
}

heading("组合贷 30 年", "A 30-year combination loan: ¥3,200,000, 30% down, ¥1,200,000 provident fund");
// The commercial loan is LPR 3.6% − 50 bp; the LPR falls to 3.5% for the second year, and ¥200,000
// is prepaid after the third year to shorten the term.
const plan = purchasePlan({
  price: 3_200_000,
  downPaymentRatio: "0.3",
  firstPaymentDate: "2025-01-20",
  loans: [
    { kind: "provident-fund", amount: 1_200_000, annualRatePercent: "2.85", months: 360, method: "equal-installment" },
    {
      kind: "commercial",
      annualRatePercent: lprPlusBasisPoints({ lprPercent: "3.6", basisPoints: -50 }),
      months: 360,
      method: "equal-principal",
      rateChanges: [{ fromMonth: 13, annualRatePercent: lprPlusBasisPoints({ lprPercent: "3.5", basisPoints: -50 }) }],
      prepayments: [{ month: 36, amount: 200_000, mode: "shorten-term" }],
    },
  ],
  fees: { area: home.area, homeOrdinal: home.homeOrdinal, parameters: home.parameters, date: "2025-01-10", schedule: feeSchedules.chinaNational },
});
table(
  ["项目 Item", "金额 Amount"],
  [
    ["首付 Down payment", formatYuan(plan.downPayment)],
    ...plan.loans.map((l) => [`${l.kind === "provident-fund" ? "公积金贷款" : "商业贷款"} ${l.kind} (${l.method}, ${l.annualRatePercent}%)`, formatYuan(l.principal)]),
    ["税费 Fees", formatYuan(plan.fees?.total ?? "0")],
    ["签约时现金 Cash at signing", formatYuan(plan.cashAtSigning)],
    ["总利息 Total interest", formatYuan(plan.totalInterest)],
    ["总成本 Total cost (down + repayments)", formatYuan(plan.totalCost)],
  ],
  [1],
);
console.log("");
table(
  ["期 Month", "日期 Date", "公积金 Provident", "商贷 Commercial", "合计 Total", "提前还款 Prepaid"],
  [0, 1, 2, 12, 35, 36, 179, 358, 359].map((k) => [
    String(k + 1),
    plan.monthly[k]?.date ?? "",
    formatYuan(plan.loans[0]?.payments[k]?.payment ?? "0"),
    formatYuan(plan.loans[1]?.payments[k]?.payment ?? "0"),
    formatYuan(plan.monthly[k]?.payment ?? "0"),
    plan.monthly[k]?.prepayment === undefined ? "" : formatYuan(plan.monthly[k]?.prepayment ?? "0"),
  ]),
  [2, 3, 4, 5],
);

console.log("\n贷款的计算过程 How the loans were worked out:");
for (const line of explainTrace(plan.trace.filter((t) => t.rule.startsWith("MORT-")))) console.log(`  ${line}`);
