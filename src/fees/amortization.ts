import { ShoulouError } from "../core/errors";
import { fenToYuan, mulDivHalfUp, safeFen, toFen } from "../core/money";
import { addMonths } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { interestFen, levelFen, monthlyRate, type MonthlyRate } from "./level-payment";
import { applyPrepayment, type RepaymentPlan } from "./prepayment";
import type { mortgageInputSchema } from "./schema";
import type * as z from "zod";

type Loan = z.output<typeof mortgageInputSchema>;

/** One month of a repayment schedule; amounts in yuan with 2 decimals. @category Fees */
export interface MortgagePayment {
  readonly period: number;
  readonly date?: string;
  /** principal + interest, exactly (the instalment; a prepayment is separate). */
  readonly payment: string;
  readonly principal: string;
  readonly interest: string;
  /** Paid on top of this month's instalment (MORT-PREPAY); only on months with one. */
  readonly prepayment?: string;
  /** What is still owed after this month; 0.00 after the last. */
  readonly balance: string;
}

/** The rows of a loan, their totals in fen and the trace. */
export interface Amortization {
  readonly payments: MortgagePayment[];
  readonly paidFen: number;
  readonly prepaidFen: number;
  readonly trace: TraceStep[];
}

/**
 * Runs a validated loan month by month: interest on the balance at the month's rate, the
 * method's principal, repricings before their month's instalment and prepayments after it.
 * Integer fen throughout; the plan (term end, level payment, monthly principal) changes only at
 * a repricing or a prepayment.
 */
export function amortize(loan: Loan): Amortization {
  const principalFen = toFen(loan.principal);
  const trace: TraceStep[] = [];
  let rate: MonthlyRate = monthlyRate(loan.annualRatePercent);
  const installment = loan.method === "equal-installment";
  let plan: RepaymentPlan = { end: loan.months, levelFen: 0, perMonthFen: 0 };
  if (installment) {
    plan = { ...plan, levelFen: levelFen(principalFen, rate, loan.months) };
    trace.push(step("MORT-1", "level-payment", { principal: fenToYuan(principalFen), annualRatePercent: loan.annualRatePercent, months: loan.months, payment: fenToYuan(plan.levelFen) }));
  } else {
    // Banks print principal ÷ months rounded to the fen and let the last month take the remainder.
    plan = { ...plan, perMonthFen: mulDivHalfUp(principalFen, 1, loan.months) };
    trace.push(step("MORT-2", "principal-per-month", { principal: fenToYuan(principalFen), months: loan.months, perMonth: fenToYuan(plan.perMonthFen) }));
  }
  let balance = principalFen;
  let paid = 0;
  let prepaid = 0;
  let nextRate = 0;
  let nextPrepay = 0;
  const payments: MortgagePayment[] = [];
  for (let k = 1; k <= plan.end; k++) {
    const change = loan.rateChanges[nextRate];
    if (change?.fromMonth === k) {
      nextRate++;
      rate = monthlyRate(change.annualRatePercent);
      const common = { month: k, annualRatePercent: change.annualRatePercent, balance: fenToYuan(balance) };
      if (installment) {
        plan = { ...plan, levelFen: levelFen(balance, rate, plan.end - k + 1) };
        trace.push(step("MORT-LPR", "repriced-installment", { ...common, months: plan.end - k + 1, payment: fenToYuan(plan.levelFen) }));
      } else {
        trace.push(step("MORT-LPR", "repriced-principal", common));
      }
    }
    const interest = safeFen(interestFen(balance, rate), ["principal"]);
    let principal: number;
    if (k === plan.end) principal = balance;
    else if (installment) principal = Math.min(Math.max(plan.levelFen - interest, 0), balance);
    else principal = Math.min(plan.perMonthFen, balance);
    balance -= principal;
    paid += principal + interest;
    const prepayment = loan.prepayments[nextPrepay];
    let extra = 0;
    if (prepayment?.month === k) {
      extra = toFen(prepayment.amount);
      if (extra > balance) {
        throw new ShoulouError("INVALID_INPUT", ["prepayments", nextPrepay, "amount"], `the balance after month ${k}'s instalment is ${fenToYuan(balance)}: a prepayment cannot exceed it`);
      }
      balance -= extra;
      prepaid += extra;
      plan = applyPrepayment({ plan, month: k, amountFen: extra, balanceFen: balance, rate, installment, mode: prepayment.mode, trace });
      nextPrepay++;
    }
    payments.push({
      period: k,
      ...(loan.firstPaymentDate === undefined ? {} : { date: addMonths(loan.firstPaymentDate, k - 1) }),
      payment: fenToYuan(principal + interest),
      principal: fenToYuan(principal),
      interest: fenToYuan(interest),
      ...(extra === 0 ? {} : { prepayment: fenToYuan(extra) }),
      balance: fenToYuan(balance),
    });
  }
  const late = loan.prepayments[nextPrepay];
  if (late) throw new ShoulouError("INVALID_INPUT", ["prepayments", nextPrepay, "month"], `the loan is repaid in month ${plan.end}: nothing is left to prepay in month ${late.month}`);
  for (const c of loan.rateChanges.slice(nextRate)) trace.push(step("MORT-LPR", "not-reached", { month: c.fromMonth, lastMonth: plan.end }));
  return { payments, paidFen: safeFen(paid + prepaid, ["principal"]), prepaidFen: prepaid, trace };
}
