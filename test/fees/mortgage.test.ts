import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { isShoulouError, type ShoulouError } from "../../src/core/errors";
import { explainStep, explainTrace } from "../../src/core/explain";
import { feeSchedules, lprPlusBasisPoints, mortgageSchedule, purchaseFees, purchasePlan, type FeeScheduleInput, type MortgageInput, type PurchasePlanInput } from "../../src/fees";
import { expectShoulou, fenOf, frozenCopy } from "../helpers";

const pf = (amount?: number | string, months = 360) =>
  ({ kind: "provident-fund", ...(amount === undefined ? {} : { amount }), annualRatePercent: "2.85", months, method: "equal-installment" }) as const;
const commercial = (amount?: number | string, months = 360, method: "equal-installment" | "equal-principal" = "equal-installment") =>
  ({ kind: "commercial", ...(amount === undefined ? {} : { amount }), annualRatePercent: "3.1", months, method }) as const;

describe("mortgageSchedule", () => {
  it("MORT-1: 1,000,000 at 3.1% for 360 months, equal installments: 4,270.16 a month", () => {
    const s = mortgageSchedule({ principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment" });
    expect(s.method).toBe("equal-installment");
    expect(s.principal).toBe("1000000.00");
    expect(s.months).toBe(360);
    expect(s.payments).toHaveLength(360);
    expect(s.payments[0]).toEqual({ period: 1, payment: "4270.16", principal: "1686.83", interest: "2583.33", balance: "998313.17" });
    expect(s.payments[1]?.interest).toBe("2578.98"); // 998,313.17 × 0.031 / 12 = 2,578.975…
    expect(s.payments.slice(0, 359).every((p) => p.payment === "4270.16")).toBe(true);
    expect(s.payments[359]).toEqual({ period: 360, payment: "4272.59", principal: "4261.58", interest: "11.01", balance: "0.00" });
    expect(s.totalPayment).toBe("1537260.03");
    expect(s.totalInterest).toBe("537260.03");
    expect(s.monthlyRate.startsWith("0.00258333333333")).toBe(true);
    expect(s.trace).toEqual([
      { rule: "MORT-1", fact: "level-payment", data: { principal: "1000000.00", annualRatePercent: "3.1", months: 360, payment: "4270.16" } },
      { rule: "MORT-INTEREST", fact: "totals", data: { payments: 360, lastPayment: "4272.59", totalPayment: "1537260.03", totalInterest: "537260.03" } },
    ]);
  });
  it("MORT-1: 100,000 at 4.9% for 240 months: 654.44 a month, 57,067.15 interest", () => {
    const s = mortgageSchedule({ principal: "100000", annualRatePercent: 4.9, months: 240, method: "equal-installment" });
    expect(s.payments[0]?.payment).toBe("654.44");
    expect(s.payments[239]?.payment).toBe("655.99");
    expect(s.totalInterest).toBe("57067.15");
  });
  it("MORT-1: at rate 0 the loan is split evenly and the last month absorbs the rounding", () => {
    const s = mortgageSchedule({ principal: 100, annualRatePercent: 0, months: 3, method: "equal-installment" });
    expect(s.payments.map((p) => p.payment)).toEqual(["33.33", "33.33", "33.34"]);
    expect(s.payments.map((p) => p.interest)).toEqual(["0.00", "0.00", "0.00"]);
    expect(s.totalInterest).toBe("0.00");
    const y = mortgageSchedule({ principal: 1000, annualRatePercent: "0", months: 12, method: "equal-installment" });
    expect(y.payments.slice(0, 11).every((p) => p.payment === "83.33")).toBe(true);
    expect(y.payments[11]?.payment).toBe("83.37");
  });
  it("MORT-1: one month pays everything", () => {
    const s = mortgageSchedule({ principal: 10000, annualRatePercent: 12, months: 1, method: "equal-installment" });
    expect(s.payments).toEqual([{ period: 1, payment: "10100.00", principal: "10000.00", interest: "100.00", balance: "0.00" }]);
  });
  it("MORT-2: 120,000 at 6% for 12 months, equal principal: 10,600.00 then −50.00 a month", () => {
    const s = mortgageSchedule({ principal: 120000, annualRatePercent: 6, months: 12, method: "equal-principal" });
    expect(s.payments.map((p) => p.payment)).toEqual(Array.from({ length: 12 }, (_, k) => `${10600 - 50 * k}.00`));
    expect(s.payments.map((p) => p.principal)).toEqual(new Array(12).fill("10000.00"));
    expect(s.payments.map((p) => p.interest)).toEqual(Array.from({ length: 12 }, (_, k) => `${600 - 50 * k}.00`));
    expect(s.payments.map((p) => p.balance)).toEqual(Array.from({ length: 12 }, (_, k) => `${110000 - 10000 * k}.00`));
    expect(s.totalInterest).toBe("3900.00");
    expect(s.totalPayment).toBe("123900.00");
    expect(s.trace.map((t) => [t.rule, t.fact])).toEqual([["MORT-2", "principal-per-month"], ["MORT-INTEREST", "totals"]]);
    expect(s.trace[0]?.data).toEqual({ principal: "120000.00", months: 12, perMonth: "10000.00" });
  });
  it("MORT-2: the monthly principal is principal ÷ months rounded to the fen; the last month takes the remainder", () => {
    // The figure of issue 13: 800,000 over 240 months at 4.5% → 3,333.33 + 3,000.00 interest.
    const a = mortgageSchedule({ principal: 800000, annualRatePercent: "4.5", months: 240, method: "equal-principal" });
    expect(a.payments[0]).toEqual({ period: 1, payment: "6333.33", principal: "3333.33", interest: "3000.00", balance: "796666.67" });
    expect(a.payments[239]?.principal).toBe("3334.13"); // 800,000 − 239 × 3,333.33
    expect(mortgageSchedule({ principal: 100, annualRatePercent: 0, months: 3, method: "equal-principal" }).payments.map((p) => p.principal)).toEqual(["33.33", "33.33", "33.34"]);
    // 1,000,000 ÷ 360 = 2,777.777… rounds up: the last month repays less.
    const up = mortgageSchedule({ principal: 1000000, annualRatePercent: "4.9", months: 360, method: "equal-principal" });
    expect(up.payments[0]?.principal).toBe("2777.78");
    expect(up.payments[359]?.principal).toBe("2776.98");
    const c = mortgageSchedule({ principal: 800000, annualRatePercent: "3.1", months: 240, method: "equal-principal" });
    expect(c.payments[0]).toEqual({ period: 1, payment: "5400.00", principal: "3333.33", interest: "2066.67", balance: "796666.67" });
    expect(c.payments[79]?.payment).toBe("4719.72");
    expect(c.payments[80]?.payment).toBe("4711.11");
    expect(c.payments[238]?.payment).toBe("3350.55");
    expect(c.payments[239]).toEqual({ period: 240, payment: "3342.74", principal: "3334.13", interest: "8.61", balance: "0.00" });
    expect(c.totalPayment).toBe("1049033.58");
  });
  it("MORT-2: at rate 0 the last month may pay more than the others, by the remainder", () => {
    const s = mortgageSchedule({ principal: 1000, annualRatePercent: 0, months: 7, method: "equal-principal" });
    expect(s.payments.map((p) => p.payment)).toEqual([...new Array(6).fill("142.86"), "142.84"]);
    const t = mortgageSchedule({ principal: 800, annualRatePercent: 0, months: 240, method: "equal-principal" });
    expect(t.payments[0]?.payment).toBe("3.33");
    expect(t.payments[239]?.payment).toBe("4.13"); // 800 − 239 × 3.33
  });
  it("MORT-2 / MORT-1: published loan-calculator answers (per-row rounding reproduces every monthly figure)", () => {
    // 30万, 20年, 4.90%, 等额本金: "第一期:2475.00;第二期:2469.90;第三期:2464.79;第四期:2459.69;第五期:2454.58;第六期:2449.48"
    // (a loan-calculator answer at the PBOC 5-year benchmark rate, as quoted on a public Q&A page,
    // https://o15.net/329891809310009165.html; no bank's own page was found to cite).
    const a = mortgageSchedule({ principal: 300000, annualRatePercent: "4.9", months: 240, method: "equal-principal" });
    expect(a.payments.slice(0, 6).map((p) => p.payment)).toEqual(["2475.00", "2469.90", "2464.79", "2459.69", "2454.58", "2449.48"]);
    // 93万, 30年, 4.90%: 等额本息 月供 4935.76; 等额本金 第一期 6380.83, 随后每期递减 10.55
    // (the same answer form, https://aq8.net/1608563290028331787.html). 6380.83 is 930,000 ÷ 360 = 2,583.33
    // (rounded, not 2,583.34) + 3,797.50 interest: the rule of issue 13.
    const b = mortgageSchedule({ principal: 930000, annualRatePercent: "4.9", months: 360, method: "equal-principal" });
    expect(b.payments[0]?.payment).toBe("6380.83");
    for (let k = 1; k < 359; k++) expect(fenOf(b.payments[k - 1]!.payment) - fenOf(b.payments[k]!.payment)).toBeOneOf([1054n, 1055n, 1056n]);
    expect(mortgageSchedule({ principal: 930000, annualRatePercent: "4.9", months: 360, method: "equal-installment" }).payments[0]?.payment).toBe("4935.76");
    // 30万 / 36万 / 63万, 30年, 4.90%, 等额本息 1592.18 / 1910.62 / 3343.58; 36万 and 63万 等额本金 第一期 2470 / 4322.50
    // (https://13l.net/index.php/l/1771868819402209700.html, https://13l.net/index.php/l/749994450872594292.html,
    // http://vdgb.cn/wenda/220578.html). Their totals are the unrounded formula, so only monthly figures are compared.
    const first = (principal: number, method: "equal-installment" | "equal-principal") => mortgageSchedule({ principal, annualRatePercent: "4.9", months: 360, method }).payments[0]?.payment;
    expect([first(300000, "equal-installment"), first(360000, "equal-installment"), first(630000, "equal-installment")]).toEqual(["1592.18", "1910.62", "3343.58"]);
    expect([first(360000, "equal-principal"), first(630000, "equal-principal")]).toEqual(["2470.00", "4322.50"]);
  });
  it("payment dates on the 31st clamp to each month's end, without drifting", () => {
    const s = mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 5, method: "equal-principal", firstPaymentDate: "2024-01-31" });
    expect(s.payments.map((p) => p.date)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"]);
    const t = mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 2, method: "equal-installment", firstPaymentDate: "2023-01-31" });
    expect(t.payments.map((p) => p.date)).toEqual(["2023-01-31", "2023-02-28"]);
    const l = mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 360, method: "equal-installment", firstPaymentDate: "2024-01-31" });
    expect(l.payments[359]?.date).toBe("2053-12-31");
    expect(mortgageSchedule({ principal: 1200, annualRatePercent: 0, months: 2, method: "equal-installment" }).payments[0]).not.toHaveProperty("date");
  });
  it("bad input is INVALID_INPUT at the field", () => {
    const ok: MortgageInput = { principal: 100000, annualRatePercent: "3.1", months: 12, method: "equal-installment" };
    const bad = (patch: Record<string, unknown>) => ({ ...ok, ...patch }) as unknown as MortgageInput;
    for (const months of [0, 601, 1.5, -12, "12", Number.NaN, null]) expectShoulou(() => mortgageSchedule(bad({ months })), "INVALID_INPUT", ["months"]);
    for (const method of ["balloon", "", "Equal-Installment", 1, undefined]) expectShoulou(() => mortgageSchedule(bad({ method })), "INVALID_INPUT", ["method"]);
    for (const annualRatePercent of [101, "100.5", -1, "3.1%", "3.1234567", Number.POSITIVE_INFINITY, "", "1000"]) {
      expectShoulou(() => mortgageSchedule(bad({ annualRatePercent })), "INVALID_INPUT", ["annualRatePercent"]);
    }
    for (const principal of [0, -1, "1e6", "12345678901234567890", Number.NaN, "100.001"]) expectShoulou(() => mortgageSchedule(bad({ principal })), "INVALID_INPUT", ["principal"]);
    expectShoulou(() => mortgageSchedule(bad({ firstPaymentDate: "2024-02-30" })), "INVALID_INPUT", ["firstPaymentDate"]);
    expectShoulou(() => mortgageSchedule(bad({ fee: 1 })), "INVALID_INPUT", []);
    expectShoulou(() => mortgageSchedule(null as unknown as MortgageInput), "INVALID_INPUT", []);
  });
  it("rate 100% is accepted; rate 0.000001% too", () => {
    expect(mortgageSchedule({ principal: 1000, annualRatePercent: 100, months: 12, method: "equal-installment" }).payments[11]?.balance).toBe("0.00");
    expect(mortgageSchedule({ principal: 1000, annualRatePercent: "0.000001", months: 600, method: "equal-installment" }).payments[599]?.balance).toBe("0.00");
  });
  it("the totals of the largest loan stay exact (the sum of the rows) or are OUT_OF_RANGE", () => {
    let s;
    try {
      s = mortgageSchedule({ principal: "9999999999999.99", annualRatePercent: 100, months: 600, method: "equal-installment" });
    } catch (e) {
      expect(isShoulouError(e)).toBe(true);
      expect((e as ShoulouError).code).toBe("OUT_OF_RANGE");
      return;
    }
    const rows = s.payments.reduce((a, p) => a + fenOf(p.payment), 0n);
    expect(fenOf(s.totalPayment)).toBe(rows);
    expect(fenOf(s.totalInterest)).toBe(rows - fenOf(s.principal));
  });
  it("never mutates its input and is deterministic", () => {
    const input = frozenCopy({ principal: 500000, annualRatePercent: "4.2", months: 120, method: "equal-principal" as const, firstPaymentDate: "2025-03-31" });
    const a = mortgageSchedule(input);
    expect(mortgageSchedule(input)).toEqual(a);
    expect(input).toEqual({ principal: 500000, annualRatePercent: "4.2", months: 120, method: "equal-principal", firstPaymentDate: "2025-03-31" });
  });
});

describe("purchasePlan", () => {
  const combo: PurchasePlanInput = { price: 2000000, downPaymentRatio: "0.3", loans: [pf(600000), commercial()] };

  it("MORT-DOWN: down payment = price × ratio (half-up), the loans take the rest", () => {
    const p = purchasePlan(combo);
    expect(p.price).toBe("2000000.00");
    expect(p.downPayment).toBe("600000.00");
    expect(p.loanTotal).toBe("1400000.00");
    expect(p.trace[0]?.rule).toBe("MORT-DOWN");
    const odd = purchasePlan({ price: "1234567.89", downPaymentRatio: "0.35", loans: [commercial()] });
    expect(odd.downPayment).toBe("432098.76");
    expect(odd.loanTotal).toBe("802469.13");
    expect(odd.loans[0]?.principal).toBe("802469.13");
    const half = purchasePlan({ price: "1.01", downPaymentRatio: "0.5", loans: [commercial(undefined, 1)] });
    expect(half.downPayment).toBe("0.51"); // 0.505 → 0.51
    expect(half.loanTotal).toBe("0.50");
  });
  it("MORT-DOWN: paid in full needs no loan", () => {
    const p = purchasePlan({ price: 1000000, downPaymentRatio: 1 });
    expect(p).toMatchObject({ downPayment: "1000000.00", loanTotal: "0.00", loans: [], monthly: [], firstMonthPayment: "0.00", totalInterest: "0.00", totalCost: "1000000.00", cashAtSigning: "1000000.00" });
  });
  it("MORT-3: a combination loan: the fund names its amount, commercial takes the rest; payments add up", () => {
    const p = purchasePlan(combo);
    expect(p.loans.map((l) => [l.kind, l.principal, l.firstPayment])).toEqual([
      ["provident-fund", "600000.00", "2481.34"],
      ["commercial", "800000.00", "3416.13"],
    ]);
    expect(p.firstMonthPayment).toBe("5897.47");
    expect(p.monthly).toHaveLength(360);
    expect(p.monthly[359]).toEqual({ period: 360, payment: "5900.73" }); // 2,483.84 + 3,416.89
    expect(p.totalInterest).toBe("723092.46"); // 293,284.90 + 429,807.56
    expect(p.totalCost).toBe("2723092.46");
    expect(p.cashAtSigning).toBe("600000.00");
    expect(p.trace.some((t) => t.rule === "MORT-3")).toBe(true);
    expect(p.trace.filter((t) => t.rule === "MORT-1")).toHaveLength(2);
    for (const [k, m] of p.monthly.entries()) {
      expect(fenOf(m.payment)).toBe(fenOf(p.loans[0]!.payments[k]!.payment) + fenOf(p.loans[1]!.payments[k]!.payment));
    }
  });
  it("MORT-3: either loan may name the amount; different terms and methods", () => {
    const p = purchasePlan({ price: 2000000, downPaymentRatio: "0.3", loans: [commercial(800000, 240, "equal-principal"), pf()] });
    expect(p.loans.map((l) => [l.kind, l.principal, l.months, l.method])).toEqual([
      ["commercial", "800000.00", 240, "equal-principal"],
      ["provident-fund", "600000.00", 360, "equal-installment"],
    ]);
    expect(p.firstMonthPayment).toBe("7881.34"); // 5,400.00 + 2,481.34
    expect(p.monthly).toHaveLength(360);
    expect(p.monthly[240]?.payment).toBe(p.loans[1]?.payments[240]?.payment);
  });
  it("MORT-3: dates run through the monthly totals", () => {
    const p = purchasePlan({ ...combo, firstPaymentDate: "2025-01-31" });
    expect(p.monthly.slice(0, 3).map((m) => m.date)).toEqual(["2025-01-31", "2025-02-28", "2025-03-31"]);
    expect(p.loans[1]?.payments[1]?.date).toBe("2025-02-28");
  });
  it("loan amounts that do not add up are INVALID_INPUT at the loans", () => {
    const r = (input: unknown) => () => purchasePlan(input as PurchasePlanInput);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3" }), "INVALID_INPUT", ["loans"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "1", loans: [commercial()] }), "INVALID_INPUT", ["loans"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [commercial(600000)] }), "INVALID_INPUT", ["loans", 0, "amount"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [commercial(), commercial(100000)] }), "INVALID_INPUT", ["loans", 1, "kind"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(), commercial()] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    const both = expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(300000), commercial(300000)] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    expect(both.message).toContain("700000.00");
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(), commercial(700000)] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(), commercial(), pf()] }), "INVALID_INPUT", ["loans"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "1.5", loans: [] }), "INVALID_INPUT", ["downPaymentRatio"]);
    expectShoulou(r({ price: 0, downPaymentRatio: "1" }), "INVALID_INPUT", ["price"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(), months: 601 }] }), "INVALID_INPUT", ["loans", 0, "months"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(), method: "bullet" }] }), "INVALID_INPUT", ["loans", 0, "method"]);
    expectShoulou(r({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(), kind: "family" }] }), "INVALID_INPUT", ["loans", 0, "kind"]);
  });
  it("a given amount that leaves nothing for the other loan is an error at that amount", () => {
    expectShoulou(() => purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(700000), commercial()] }), "INVALID_INPUT", ["loans", 0, "amount"]);
    expectShoulou(() => purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [pf(800000), commercial()] }), "INVALID_INPUT", ["loans", 0, "amount"]);
  });
  it("fees are included and the cash at signing is down payment + fees", () => {
    const p = purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [commercial()], fees: { schedule: feeSchedules.changzhouOlympicGarden, area: 100 } });
    expect(p.fees?.total).toBe("29458.00");
    expect(p.fees?.lines).toHaveLength(9);
    expect(p.downPayment).toBe("300000.00");
    expect(p.cashAtSigning).toBe("329458.00");
    expect(p.totalCost).toBe((BigInt(30000000) + fenOf(p.loans[0]!.totalPayment)).toString().replace(/(\d\d)$/, ".$1"));
    const rules = p.trace.map((t) => t.rule);
    expect(rules[0]).toBe("MORT-DOWN");
    for (const r of ["MORT-1", "FEE-SCHEDULE", "FEE-1", "FEE-9"]) expect(rules).toContain(r);
    const n = purchasePlan({
      price: 3000000,
      downPaymentRatio: "0.2",
      loans: [pf(1000000), commercial()],
      fees: { schedule: feeSchedules.chinaNational, area: 120, date: "2024-12-01", parameters: { maintenanceFundPerM2: 120 } },
    });
    // The plan shows exactly what purchaseFees gives for the same home (its figures are the fee rules' business).
    const direct = purchaseFees({ price: 3000000, area: 120, date: "2024-12-01", parameters: { maintenanceFundPerM2: 120 } }, feeSchedules.chinaNational);
    expect(n.fees).toEqual(direct);
    expect(fenOf(n.cashAtSigning)).toBe(60000000n + fenOf(direct.total));
  });
  it("errors in the fees part point into fees", () => {
    const base: PurchasePlanInput = { price: 1000000, downPaymentRatio: "0.3", loans: [commercial()] };
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.changzhouOlympicGarden, area: 0 } }), "INVALID_INPUT", ["fees", "area"]);
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.chinaNational, area: 100, parameters: { maintenanceFundPerM2: 100 } } }), "MISSING_PARAMETER", ["fees", "date"]);
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.chinaNational, area: 100, date: "2025-01-01" } }), "MISSING_PARAMETER", ["fees", "parameters", "maintenanceFundPerM2"]);
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: feeSchedules.chinaNational, area: 100, date: "2024-02-30" } }), "INVALID_INPUT", ["fees", "date"]);
    const badSchedule = { ...feeSchedules.changzhouOlympicGarden, versions: [] } as unknown as FeeScheduleInput;
    expectShoulou(() => purchasePlan({ ...base, fees: { schedule: badSchedule, area: 100 } }), "INVALID_SCHEDULE", ["fees", "schedule", "versions"]);
  });
  it("never mutates its input and is deterministic", () => {
    const input = frozenCopy({ ...combo, firstPaymentDate: "2025-01-31", fees: { schedule: feeSchedules.changzhouOlympicGarden, area: 100 } });
    const snapshot = JSON.stringify(input);
    const a = purchasePlan(input);
    expect(purchasePlan(input)).toEqual(a);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(new DecimalJs(a.cashAtSigning).toFixed(2)).toBe("651258.00"); // 600,000 + seed fees on a 2,000,000 price (40,000 + 3,500 + 200 + 600 + 3,000 + 3,958)
  });
});

/** Reference arithmetic in a decimal.js of the test's own (not the library's). */
const Ref = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
const annuity = (balance: string, annualPercent: string, months: number) => {
  const r = new Ref(annualPercent).div(1200);
  const g = r.plus(1).pow(months);
  return (r.isZero() ? new Ref(balance).div(months) : new Ref(balance).times(r).times(g).div(g.minus(1))).toDecimalPlaces(2).toFixed(2);
};
const interestOn = (balance: string, annualPercent: string) => new Ref(balance).times(annualPercent).div(1200).toDecimalPlaces(2).toFixed(2);

describe("MORT-INTEREST and explanations", () => {
  it("MORT-INTEREST: each month's interest is the opening balance × annual ÷ 12, half-up; the totals step sums the rows", () => {
    const s = mortgageSchedule({ principal: "250000.55", annualRatePercent: "3.35", months: 120, method: "equal-installment" });
    let balance = "250000.55";
    for (const p of s.payments) {
      expect(p.interest).toBe(interestOn(balance, "3.35"));
      balance = p.balance;
    }
    const totals = s.trace.at(-1)!;
    expect(totals).toMatchObject({ rule: "MORT-INTEREST", fact: "totals", data: { payments: 120, lastPayment: s.payments[119]!.payment, totalPayment: s.totalPayment, totalInterest: s.totalInterest } });
  });
  it("MORT-INTEREST: a schedule's trace explains itself in Chinese and English", () => {
    const s = mortgageSchedule({ principal: 800000, annualRatePercent: "4.5", months: 240, method: "equal-principal" });
    expect(explainTrace(s.trace)).toEqual([
      "MORT-2 等额本金：贷款¥800,000.00分240个月偿还，每月本金¥3,333.33（四舍五入到分），末月偿还余下本金，利息按剩余本金计算",
      "MORT-INTEREST 每月利息按剩余本金 × 年利率 ÷ 12 四舍五入到分；共240期，末期还款¥3,346.63，还款合计¥1,161,500.00，其中利息¥361,500.00",
    ]);
    expect(explainTrace(s.trace, { locale: "en" })[0]).toBe("MORT-2 equal principal: ¥800,000.00 over 240 months, ¥3,333.33 of principal a month (rounded to the fen), the last month repays the remainder; interest on the remaining balance");
  });
});

describe("MORT-LPR: LPR repricing", () => {
  it("MORT-LPR: lprPlusBasisPoints adds a spread exactly (1 bp = 0.01 percentage point)", () => {
    expect(lprPlusBasisPoints({ lprPercent: "3.5", basisPoints: -30 })).toBe("3.2");
    expect(lprPlusBasisPoints({ lprPercent: "4.65", basisPoints: 25 })).toBe("4.9");
    expect(lprPlusBasisPoints({ lprPercent: 3.95, basisPoints: "-0.0001" })).toBe("3.949999");
    expect(lprPlusBasisPoints({ lprPercent: "0.1", basisPoints: 0.2 })).toBe("0.102"); // no float: 0.1 + 0.002
    expect(lprPlusBasisPoints({ lprPercent: "3.6", basisPoints: -360 })).toBe("0");
    expectShoulou(() => lprPlusBasisPoints({ lprPercent: "3.6", basisPoints: -361 }), "INVALID_INPUT", ["basisPoints"]);
    expectShoulou(() => lprPlusBasisPoints({ lprPercent: "99.9", basisPoints: 11 }), "INVALID_INPUT", ["basisPoints"]);
    expectShoulou(() => lprPlusBasisPoints({ lprPercent: "3.6", basisPoints: "1.00001" }), "INVALID_INPUT", ["basisPoints"]);
    expectShoulou(() => lprPlusBasisPoints({ lprPercent: "-1", basisPoints: 0 }), "INVALID_INPUT", ["lprPercent"]);
    expectShoulou(() => lprPlusBasisPoints({ lprPercent: "3.6" } as never), "INVALID_INPUT", ["basisPoints"]);
  });
  it("MORT-LPR: equal installments recompute the payment on the remaining balance over the remaining months", () => {
    const rate = lprPlusBasisPoints({ lprPercent: "3.45", basisPoints: -55 }); // 2.9
    const s = mortgageSchedule({ principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment", rateChanges: [{ fromMonth: 13, annualRatePercent: rate }] });
    const before = s.payments[11]!;
    expect(s.payments.slice(0, 12).every((p) => p.payment === "4270.16")).toBe(true);
    expect(s.payments[12]?.interest).toBe(interestOn(before.balance, "2.9"));
    expect(s.payments[12]?.payment).toBe(annuity(before.balance, "2.9", 348));
    expect(s.payments[12]?.payment).toBe("4165.26");
    expect(s.payments.slice(12, 359).every((p) => p.payment === "4165.26")).toBe(true);
    expect(s.payments).toHaveLength(360);
    expect(s.payments[359]?.balance).toBe("0.00");
    expect(s.trace[1]).toEqual({ rule: "MORT-LPR", fact: "repriced-installment", data: { month: 13, annualRatePercent: "2.9", balance: before.balance, months: 348, payment: "4165.26" } });
    expect(explainStep(s.trace[1]!)).toBe("第13期起年利率调整为2.9%：按剩余本金¥979,468.01、剩余348个月重算月供为¥4,165.26");
  });
  it("MORT-LPR: several repricings, up and down, each on the balance of its month", () => {
    const changes = [{ fromMonth: 13, annualRatePercent: "4.2" }, { fromMonth: 25, annualRatePercent: "3.85" }, { fromMonth: 37, annualRatePercent: "3.6" }];
    const s = mortgageSchedule({ principal: 500000, annualRatePercent: "4.65", months: 240, method: "equal-installment", rateChanges: changes });
    let months = 240;
    let from = 1;
    for (const c of changes) {
      months -= c.fromMonth - from;
      from = c.fromMonth;
      expect(s.payments[c.fromMonth - 1]?.payment).toBe(annuity(s.payments[c.fromMonth - 2]!.balance, c.annualRatePercent, months));
    }
    expect(fenOf(s.payments[12]!.payment)).toBeLessThan(fenOf(s.payments[11]!.payment)); // 4.65 → 4.2
  });
  it("MORT-LPR: equal principal keeps its monthly principal; the interest follows the new rate", () => {
    const s = mortgageSchedule({ principal: 120000, annualRatePercent: 6, months: 12, method: "equal-principal", rateChanges: [{ fromMonth: 4, annualRatePercent: "3.6" }] });
    expect(s.payments.map((p) => p.principal)).toEqual(new Array(12).fill("10000.00"));
    expect(s.payments.map((p) => p.interest)).toEqual(["600.00", "550.00", "500.00", "270.00", "240.00", "210.00", "180.00", "150.00", "120.00", "90.00", "60.00", "30.00"]);
    expect(s.trace[1]).toEqual({ rule: "MORT-LPR", fact: "repriced-principal", data: { month: 4, annualRatePercent: "3.6", balance: "90000.00" } });
  });
  it("MORT-LPR: a change after the loan is repaid is recorded as not reached", () => {
    const s = mortgageSchedule({
      principal: 12000, annualRatePercent: 0, months: 12, method: "equal-installment",
      rateChanges: [{ fromMonth: 11, annualRatePercent: "5" }],
      prepayments: [{ month: 3, amount: 3000, mode: "shorten-term" }],
    });
    expect(s.payments).toHaveLength(9);
    expect(s.trace.find((t) => t.rule === "MORT-LPR")).toEqual({ rule: "MORT-LPR", fact: "not-reached", data: { month: 11, lastMonth: 9 } });
  });
  it("MORT-LPR: rate changes out of month order, in month 1 or after the term are INVALID_INPUT at the change", () => {
    const base = { principal: 100000, annualRatePercent: "3.1", months: 12, method: "equal-installment" } as const;
    const bad = (rateChanges: unknown) => () => mortgageSchedule({ ...base, rateChanges } as unknown as MortgageInput);
    expectShoulou(bad([{ fromMonth: 1, annualRatePercent: 3 }]), "INVALID_INPUT", ["rateChanges", 0, "fromMonth"]);
    expectShoulou(bad([{ fromMonth: 13, annualRatePercent: 3 }]), "INVALID_INPUT", ["rateChanges", 0, "fromMonth"]);
    expectShoulou(bad([{ fromMonth: 5, annualRatePercent: 3 }, { fromMonth: 5, annualRatePercent: 4 }]), "INVALID_INPUT", ["rateChanges", 1, "fromMonth"]);
    expectShoulou(bad([{ fromMonth: 6, annualRatePercent: 3 }, { fromMonth: 5, annualRatePercent: 4 }]), "INVALID_INPUT", ["rateChanges", 1, "fromMonth"]);
    expectShoulou(bad([{ fromMonth: 5, annualRatePercent: 101 }]), "INVALID_INPUT", ["rateChanges", 0, "annualRatePercent"]);
    expectShoulou(bad([{ fromMonth: 5, annualRatePercent: 3, lpr: 1 }]), "INVALID_INPUT", ["rateChanges", 0]);
    expectShoulou(bad({ fromMonth: 5 }), "INVALID_INPUT", ["rateChanges"]);
  });
});

describe("MORT-PREPAY: prepayments", () => {
  it("MORT-PREPAY: equal principal, reduce-payment: the balance over the months left (120,000 at 6%: 30,000 after month 2 → 7,000 a month)", () => {
    const s = mortgageSchedule({ principal: 120000, annualRatePercent: 6, months: 12, method: "equal-principal", prepayments: [{ month: 2, amount: 30000, mode: "reduce-payment" }] });
    expect(s.payments[1]).toEqual({ period: 2, payment: "10550.00", principal: "10000.00", interest: "550.00", prepayment: "30000.00", balance: "70000.00" });
    expect(s.payments[2]).toEqual({ period: 3, payment: "7350.00", principal: "7000.00", interest: "350.00", balance: "63000.00" });
    expect(s.payments).toHaveLength(12);
    expect(s.payments.slice(2).map((p) => p.principal)).toEqual(new Array(10).fill("7000.00"));
    expect(s.totalPrepayment).toBe("30000.00");
    expect(s.totalPayment).toBe(fenToYuanTest(s.payments.reduce((a, p) => a + fenOf(p.payment), 0n) + 3000000n));
    expect(s.trace[1]).toEqual({ rule: "MORT-PREPAY", fact: "reduce-principal", data: { month: 2, amount: "30000.00", balance: "70000.00", months: 10, perMonth: "7000.00" } });
  });
  it("MORT-PREPAY: equal principal, shorten-term: the same monthly principal, 7 months instead of 10", () => {
    const s = mortgageSchedule({ principal: 120000, annualRatePercent: 6, months: 12, method: "equal-principal", prepayments: [{ month: 2, amount: 30000, mode: "shorten-term" }] });
    expect(s.payments).toHaveLength(9);
    expect(s.payments.slice(2).map((p) => p.principal)).toEqual(new Array(7).fill("10000.00"));
    expect(s.payments[8]?.balance).toBe("0.00");
    expect(s.trace[1]).toEqual({ rule: "MORT-PREPAY", fact: "shorten-term-principal", data: { month: 2, amount: "30000.00", balance: "70000.00", perMonth: "10000.00", lastMonth: 9 } });
    const odd = mortgageSchedule({ principal: 120000, annualRatePercent: 6, months: 12, method: "equal-principal", prepayments: [{ month: 2, amount: 25000, mode: "shorten-term" }] });
    expect(odd.payments).toHaveLength(10); // 75,000 at 10,000 a month: 8 months, the last repays 5,000
    expect(odd.payments[9]?.principal).toBe("5000.00");
  });
  it("MORT-PREPAY: equal installments at 0%: 12,000 over 12 months, 3,000 after month 3", () => {
    const reduce = mortgageSchedule({ principal: 12000, annualRatePercent: 0, months: 12, method: "equal-installment", prepayments: [{ month: 3, amount: 3000, mode: "reduce-payment" }] });
    expect(reduce.payments.map((p) => p.payment)).toEqual([...new Array(3).fill("1000.00"), ...new Array(8).fill("666.67"), "666.64"]);
    const shorten = mortgageSchedule({ principal: 12000, annualRatePercent: 0, months: 12, method: "equal-installment", prepayments: [{ month: 3, amount: 3000, mode: "shorten-term" }] });
    expect(shorten.payments.map((p) => p.payment)).toEqual(new Array(9).fill("1000.00"));
    expect(shorten.trace[1]).toEqual({ rule: "MORT-PREPAY", fact: "shorten-term", data: { month: 3, amount: "3000.00", balance: "6000.00", payment: "1000.00", lastMonth: 9 } });
  });
  it("MORT-PREPAY: equal installments, reduce-payment: the annuity on the balance over the same months left", () => {
    const s = mortgageSchedule({ principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment", prepayments: [{ month: 36, amount: 200000, mode: "reduce-payment" }] });
    const after = s.payments[35]!;
    expect(after.prepayment).toBe("200000.00");
    expect(s.payments[36]?.payment).toBe(annuity(after.balance, "3.1", 324));
    expect(s.payments).toHaveLength(360);
    expect(s.payments.slice(36, 359).every((p) => p.payment === s.payments[36]!.payment)).toBe(true);
    expect(explainStep(s.trace[1]!)).toBe(`第36期还款后提前还款¥200,000.00，剩余本金${formatYuanTest(after.balance)}；期限不变（还剩324个月），月供减为${formatYuanTest(s.payments[36]!.payment)}`);
  });
  it("MORT-PREPAY: equal installments, shorten-term: the same payment until the new last month, the fewest months that repay the balance", () => {
    const s = mortgageSchedule({ principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment", prepayments: [{ month: 36, amount: 200000, mode: "shorten-term" }] });
    const balance = s.payments[35]!.balance;
    const last = s.payments.length;
    expect(s.payments.slice(36, last - 1).every((p) => p.payment === "4270.16")).toBe(true);
    expect(fenOf(s.payments[last - 1]!.payment)).toBeLessThanOrEqual(fenOf("4270.16"));
    expect(s.payments[last - 1]?.balance).toBe("0.00");
    // fewest months m with annuity(balance, m) ≤ 4,270.16; one month fewer would not do
    const m = last - 36;
    expect(fenOf(annuity(balance, "3.1", m))).toBeLessThanOrEqual(fenOf("4270.16"));
    expect(fenOf(annuity(balance, "3.1", m - 1))).toBeGreaterThan(fenOf("4270.16"));
    expect(last).toBe(265);
  });
  it("MORT-PREPAY: repricing and prepayments together, on both methods", () => {
    for (const method of ["equal-installment", "equal-principal"] as const) {
      const s = mortgageSchedule({
        principal: 800000, annualRatePercent: "4.9", months: 240, method,
        rateChanges: [{ fromMonth: 13, annualRatePercent: "4.2" }, { fromMonth: 61, annualRatePercent: "3.5" }],
        prepayments: [{ month: 24, amount: 100000, mode: "shorten-term" }, { month: 60, amount: "50000.5", mode: "reduce-payment" }],
      });
      const principal = s.payments.reduce((a, p) => a + fenOf(p.principal) + fenOf(p.prepayment ?? "0.00"), 0n);
      expect(principal, method).toBe(80000000n);
      expect(s.totalPrepayment).toBe("150000.50");
      expect(s.payments.at(-1)?.balance).toBe("0.00");
      expect(s.payments.length).toBeLessThan(240);
      expect(s.trace.map((t) => `${t.rule}/${t.fact}`)).toEqual([
        method === "equal-installment" ? "MORT-1/level-payment" : "MORT-2/principal-per-month",
        method === "equal-installment" ? "MORT-LPR/repriced-installment" : "MORT-LPR/repriced-principal",
        method === "equal-installment" ? "MORT-PREPAY/shorten-term" : "MORT-PREPAY/shorten-term-principal",
        method === "equal-installment" ? "MORT-PREPAY/reduce-payment" : "MORT-PREPAY/reduce-principal",
        method === "equal-installment" ? "MORT-LPR/repriced-installment" : "MORT-LPR/repriced-principal",
        "MORT-INTEREST/totals",
      ]);
    }
  });
  it("MORT-PREPAY: prepaying the whole balance ends the loan that month", () => {
    const s = mortgageSchedule({ principal: 12000, annualRatePercent: 6, months: 12, method: "equal-principal", prepayments: [{ month: 4, amount: 8000, mode: "reduce-payment" }] });
    expect(s.payments).toHaveLength(4);
    expect(s.payments[3]).toMatchObject({ prepayment: "8000.00", balance: "0.00" });
    expect(s.trace[1]).toEqual({ rule: "MORT-PREPAY", fact: "paid-off", data: { month: 4, amount: "8000.00" } });
  });
  it("MORT-PREPAY: a prepayment above the balance is INVALID_INPUT at its amount; one after the loan is repaid, at its month", () => {
    const base = { principal: 12000, annualRatePercent: 6, months: 12, method: "equal-principal" } as const;
    const e = expectShoulou(() => mortgageSchedule({ ...base, prepayments: [{ month: 4, amount: "8000.01", mode: "reduce-payment" }] }), "INVALID_INPUT", ["prepayments", 0, "amount"]);
    expect(e.message).toContain("8000.00");
    expectShoulou(() => mortgageSchedule({ ...base, prepayments: [{ month: 12, amount: "0.01", mode: "reduce-payment" }] }), "INVALID_INPUT", ["prepayments", 0, "amount"]);
    expectShoulou(
      () => mortgageSchedule({ ...base, prepayments: [{ month: 4, amount: 8000, mode: "reduce-payment" }, { month: 5, amount: 1, mode: "reduce-payment" }] }),
      "INVALID_INPUT",
      ["prepayments", 1, "month"],
    );
    expectShoulou(
      () => mortgageSchedule({ ...base, prepayments: [{ month: 1, amount: 2000, mode: "shorten-term" }, { month: 11, amount: 1, mode: "reduce-payment" }] }),
      "INVALID_INPUT",
      ["prepayments", 1, "month"],
    );
    const bad = (prepayments: unknown) => () => mortgageSchedule({ ...base, prepayments } as unknown as MortgageInput);
    expectShoulou(bad([{ month: 13, amount: 1, mode: "reduce-payment" }]), "INVALID_INPUT", ["prepayments", 0, "month"]);
    expectShoulou(bad([{ month: 0, amount: 1, mode: "reduce-payment" }]), "INVALID_INPUT", ["prepayments", 0, "month"]);
    expectShoulou(bad([{ month: 3, amount: 1, mode: "reduce-payment" }, { month: 2, amount: 1, mode: "reduce-payment" }]), "INVALID_INPUT", ["prepayments", 1, "month"]);
    expectShoulou(bad([{ month: 3, amount: 0, mode: "reduce-payment" }]), "INVALID_INPUT", ["prepayments", 0, "amount"]);
    expectShoulou(bad([{ month: 3, amount: "1.001", mode: "reduce-payment" }]), "INVALID_INPUT", ["prepayments", 0, "amount"]);
    expectShoulou(bad([{ month: 3, amount: 1, mode: "reduce-term" }]), "INVALID_INPUT", ["prepayments", 0, "mode"]);
    expectShoulou(bad([{ month: 3, amount: 1 }]), "INVALID_INPUT", ["prepayments", 0, "mode"]);
  });
  it("MORT-PREPAY: inside purchasePlan, each loan repriced and prepaid on its own; errors point into the loan", () => {
    const p = purchasePlan({
      price: 2000000,
      downPaymentRatio: "0.3",
      loans: [
        { ...pf(600000), prepayments: [{ month: 60, amount: 100000, mode: "reduce-payment" }] },
        { ...commercial(undefined, 240, "equal-principal"), rateChanges: [{ fromMonth: 13, annualRatePercent: lprPlusBasisPoints({ lprPercent: "3.5", basisPoints: -30 }) }], prepayments: [{ month: 24, amount: 200000, mode: "shorten-term" }] },
      ],
    });
    expect(p.loans[0]?.payments).toHaveLength(360);
    expect(p.loans[1]?.payments.length).toBeLessThan(240);
    expect(p.monthly).toHaveLength(360);
    expect(p.monthly[23]?.prepayment).toBe("200000.00");
    expect(p.monthly[59]?.prepayment).toBe("100000.00");
    expect(p.monthly[24]).not.toHaveProperty("prepayment");
    const paid = p.loans.reduce((a, l) => a + fenOf(l.totalPayment), 0n);
    expect(fenOf(p.totalCost)).toBe(fenOf(p.downPayment) + paid);
    expect(p.trace.map((t) => `${t.rule}/${t.fact}`)).toEqual([
      "MORT-DOWN/down-payment",
      "MORT-DOWN/loan", "MORT-1/level-payment", "MORT-PREPAY/reduce-payment", "MORT-INTEREST/totals",
      "MORT-DOWN/loan", "MORT-2/principal-per-month", "MORT-LPR/repriced-principal", "MORT-PREPAY/shorten-term-principal", "MORT-INTEREST/totals",
      "MORT-3/combination",
    ]);
    expectShoulou(
      () => purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(), prepayments: [{ month: 1, amount: 700000, mode: "shorten-term" }] }] }),
      "INVALID_INPUT",
      ["loans", 0, "prepayments", 0, "amount"],
    );
    expectShoulou(
      () => purchasePlan({ price: 1000000, downPaymentRatio: "0.3", loans: [{ ...commercial(undefined, 120), rateChanges: [{ fromMonth: 121, annualRatePercent: 3 }] }] }),
      "INVALID_INPUT",
      ["loans", 0, "rateChanges", 0, "fromMonth"],
    );
  });
});

function fenToYuanTest(fen: bigint): string {
  const s = fen.toString().padStart(3, "0");
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
function formatYuanTest(yuan: string): string {
  const [i = "0", f = "00"] = yuan.split(".");
  return `¥${i.replace(/\B(?=(\d{3})+$)/g, ",")}.${f}`;
}
