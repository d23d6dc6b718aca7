import { fenToYuan, mulDivHalfUp } from "../core/money";
import { step, type TraceStep } from "../core/trace";
import { levelFen, monthsToRepay, type MonthlyRate } from "./level-payment";

/** How the rest of a loan is repaid: the month it ends and the amount each month repays. */
export interface RepaymentPlan {
  /** The last instalment's month; it repays whatever is left. */
  readonly end: number;
  /** Equal installments: the level payment in fen. */
  readonly levelFen: number;
  /** Equal principal: the monthly principal in fen. */
  readonly perMonthFen: number;
}

/** A prepayment just made, and what the plan was before it. */
export interface PrepaymentMade {
  readonly plan: RepaymentPlan;
  /** The instalment it follows. */
  readonly month: number;
  readonly amountFen: number;
  /** The balance after the instalment and the prepayment. */
  readonly balanceFen: number;
  readonly rate: MonthlyRate;
  readonly installment: boolean;
  readonly mode: "reduce-payment" | "shorten-term";
  /** The step explaining the new plan is pushed here. */
  readonly trace: TraceStep[];
}

/**
 * The plan after a prepayment (MORT-PREPAY), paid after month `month`'s instalment.
 * - Balance 0: the loan ends this month.
 * - `reduce-payment` keeps the end month: equal installments recompute the level payment on the
 *   balance over the months left; equal principal recomputes the monthly principal as balance ÷
 *   months left, rounded to the fen, the last month taking the remainder.
 * - `shorten-term` keeps the payment (equal installments) or the monthly principal (equal
 *   principal) and ends at the fewest months that repay the balance.
 */
export function applyPrepayment(p: PrepaymentMade): RepaymentPlan {
  const { plan, month, balanceFen: balance } = p;
  const common = { month, amount: fenToYuan(p.amountFen), balance: fenToYuan(balance) };
  if (balance === 0) {
    p.trace.push(step("MORT-PREPAY", "paid-off", { month, amount: common.amount }));
    return { ...plan, end: month };
  }
  const left = plan.end - month;
  if (p.mode === "reduce-payment") {
    if (p.installment) {
      const level = levelFen(balance, p.rate, left);
      p.trace.push(step("MORT-PREPAY", "reduce-payment", { ...common, months: left, payment: fenToYuan(level) }));
      return { ...plan, levelFen: level };
    }
    const perMonth = mulDivHalfUp(balance, 1, left);
    p.trace.push(step("MORT-PREPAY", "reduce-principal", { ...common, months: left, perMonth: fenToYuan(perMonth) }));
    return { ...plan, perMonthFen: perMonth };
  }
  if (p.installment) {
    const end = month + monthsToRepay(balance, p.rate, plan.levelFen, left);
    p.trace.push(step("MORT-PREPAY", "shorten-term", { ...common, payment: fenToYuan(plan.levelFen), lastMonth: end }));
    return { ...plan, end };
  }
  const end = month + (plan.perMonthFen > 0 ? Math.min(left, Math.ceil(balance / plan.perMonthFen)) : left);
  p.trace.push(step("MORT-PREPAY", "shorten-term-principal", { ...common, perMonth: fenToYuan(plan.perMonthFen), lastMonth: end }));
  return { ...plan, end };
}
