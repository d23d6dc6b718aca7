import { describe, expect, it } from "vitest";
import { purchasePlan, type PlanLoanInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run on src/fees/purchase-plan.ts: the MORT-3
// step's figures whichever loan comes first, the monthly dates of loans of different terms, the
// exact-sum check of given amounts, and the words of every refusal of splitLoans.

const commercial = (extra: Partial<PlanLoanInput> = {}): PlanLoanInput => ({ kind: "commercial", annualRatePercent: 0, months: 2, method: "equal-principal", ...extra });
const fund = (extra: Partial<PlanLoanInput> = {}): PlanLoanInput => ({ kind: "provident-fund", annualRatePercent: 0, months: 4, method: "equal-principal", ...extra });

describe("MORT-3: a combination loan", () => {
  it("MORT-3: the commercial loan first naming its amount: the step gives the fund's and the commercial loan's own principals", () => {
    const p = purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial({ amount: 200 }), fund()] });
    expect(p.loans.map((l) => [l.kind, l.principal, l.firstPayment])).toEqual([
      ["commercial", "200.00", "100.00"],
      ["provident-fund", "400.00", "100.00"],
    ]);
    expect(p.trace.filter((s) => s.rule === "MORT-3")).toEqual([{ rule: "MORT-3", fact: "combination", data: { fund: "400.00", commercial: "200.00", total: "600.00" } }]);
  });

  it("MORT-3: the fund first naming its amount gives the same step with the figures the other way", () => {
    const p = purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [fund({ amount: 450 }), commercial()] });
    expect(p.trace.filter((s) => s.rule === "MORT-3")).toEqual([{ rule: "MORT-3", fact: "combination", data: { fund: "450.00", commercial: "150.00", total: "600.00" } }]);
  });

  it("MORT-DOWN: one loan is no combination: no MORT-3 step, just the down payment and the loan", () => {
    const p = purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial()] });
    expect(p.trace.map((s) => `${s.rule}/${s.fact}`)).toEqual(["MORT-DOWN/down-payment", "MORT-DOWN/loan", "MORT-2/principal-per-month", "MORT-INTEREST/totals"]);
    expect(p.loans[0]?.principal).toBe("600.00");
  });

  it("MORT-3: both amounts given and adding up exactly is accepted as given", () => {
    const p = purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial({ amount: 200 }), fund({ amount: 400 })] });
    expect(p.loans.map((l) => l.principal)).toEqual(["200.00", "400.00"]);
    expect(purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial({ amount: 600 })] }).loans[0]?.principal).toBe("600.00");
  });

  it("MORT-3: the monthly totals carry each month's date, from whichever loan still runs (the first loan ends sooner)", () => {
    const p = purchasePlan({ price: 1000, downPaymentRatio: "0.4", firstPaymentDate: "2025-01-31", loans: [commercial({ amount: 200 }), fund()] });
    expect(p.monthly).toEqual([
      { period: 1, date: "2025-01-31", payment: "200.00" },
      { period: 2, date: "2025-02-28", payment: "200.00" },
      { period: 3, date: "2025-03-31", payment: "100.00" },
      { period: 4, date: "2025-04-30", payment: "100.00" },
    ]);
    expect(p.firstMonthPayment).toBe("200.00");
    expect(p.totalCost).toBe("1000.00");
    expect(p.cashAtSigning).toBe("400.00");
  });

  it("MORT-3: without a first payment date the monthly totals have no date field at all", () => {
    const p = purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial({ amount: 200 }), fund()] });
    expect(p.monthly.map((m) => Object.keys(m))).toEqual([
      ["period", "payment"],
      ["period", "payment"],
      ["period", "payment"],
      ["period", "payment"],
    ]);
    expect(p.loans.map((l) => Object.keys(l.payments[0] ?? {}))).toEqual([
      ["period", "payment", "principal", "interest", "balance"],
      ["period", "payment", "principal", "interest", "balance"],
    ]);
  });
});

describe("MORT-3 and MORT-DOWN: refusals name the field and say why", () => {
  it("MORT-DOWN: a loan total left with no loan given is INVALID_INPUT at loans, naming the amount to borrow", () => {
    const e = expectShoulou(() => purchasePlan({ price: 1000, downPaymentRatio: "0.3" }), "INVALID_INPUT", ["loans"]);
    expect(e.message).toBe("INVALID_INPUT at loans: the down payment leaves 700.00 to borrow: give a loan");
  });

  it("MORT-DOWN: a loan when the down payment is the whole price is INVALID_INPUT at loans", () => {
    const e = expectShoulou(() => purchasePlan({ price: 1000, downPaymentRatio: "1", loans: [commercial()] }), "INVALID_INPUT", ["loans"]);
    expect(e.message).toBe("INVALID_INPUT at loans: the down payment covers the whole price: no loan is needed");
  });

  it("MORT-3: two loans of one kind are INVALID_INPUT at the second loan's kind", () => {
    const e = expectShoulou(() => purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial({ amount: 200 }), commercial()] }), "INVALID_INPUT", ["loans", 1, "kind"]);
    expect(e.message).toBe("INVALID_INPUT at loans[1].kind: a combination loan is one provident-fund loan and one commercial loan");
  });

  it("MORT-3: two loans without an amount are INVALID_INPUT at the second's amount", () => {
    const e = expectShoulou(() => purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial(), fund()] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    expect(e.message).toBe("INVALID_INPUT at loans[1].amount: give the amount of one loan; the other takes the rest");
  });

  it("MORT-3: given amounts must equal the loan total when every amount is given, and be less than it when one takes the rest", () => {
    const all = expectShoulou(() => purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial({ amount: 200 }), fund({ amount: 300 })] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    expect(all.message).toBe("INVALID_INPUT at loans[1].amount: loan amounts 500.00 must equal the loan total 600.00");
    const rest = expectShoulou(() => purchasePlan({ price: 1000, downPaymentRatio: "0.4", loans: [commercial(), fund({ amount: 600 })] }), "INVALID_INPUT", ["loans", 1, "amount"]);
    expect(rest.message).toBe("INVALID_INPUT at loans[1].amount: loan amounts 600.00 must be less than the loan total 600.00");
  });

  it("MORT-DOWN: a total cost past exact fen is OUT_OF_RANGE at price, though each loan alone stays exact", () => {
    // ¥10 trillion half down; the loan of ¥5 trillion at 100% over 210 months repays ¥87.5 trillion: with the down payment, past ¥90 trillion.
    const e = expectShoulou(
      () => purchasePlan({ price: "9999999999999.98", downPaymentRatio: "0.5", loans: [commercial({ annualRatePercent: 100, months: 210, method: "equal-installment" })] }),
      "OUT_OF_RANGE",
      ["price"],
    );
    expect(e.message).toBe("OUT_OF_RANGE at price: the amount is too large to keep exact to the fen (over ¥90 trillion)");
    const p = purchasePlan({ price: "9999999999999.98", downPaymentRatio: "0.5", loans: [commercial({ annualRatePercent: 100, months: 200, method: "equal-installment" })] });
    expect(p.totalCost).toBe("88333343173551.56");
  });
});
