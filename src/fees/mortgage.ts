import { guarded } from "../core/errors";
import { dec } from "../core/decimal";
import { fenToYuan, toFen } from "../core/money";
import { parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { amortize, type MortgagePayment } from "./amortization";
import type { MortgageInput } from "./input-types";
import { mortgageInputSchema } from "./schema";

export type { MortgagePayment } from "./amortization";

/** A loan's repayment schedule. @category Fees */
export interface MortgageSchedule {
  readonly method: "equal-installment" | "equal-principal";
  readonly principal: string;
  /** The rate the loan starts at (later rates: the trace's MORT-LPR steps). */
  readonly annualRatePercent: string;
  /** Monthly rate as a fraction: annual ÷ 12 ÷ 100, exact to 40 digits. */
  readonly monthlyRate: string;
  /** The term agreed; the rows end sooner when a prepayment repays the loan or shortens the term. */
  readonly months: number;
  readonly payments: readonly MortgagePayment[];
  /** Everything paid: instalments and prepayments. */
  readonly totalPayment: string;
  /** The prepayments alone (0.00 without any). */
  readonly totalPrepayment: string;
  readonly totalInterest: string;
  readonly trace: readonly TraceStep[];
}

/**
 * The month-by-month repayment schedule of a loan, exact to the fen, with LPR repricings and
 * prepayments.
 *
 * @remarks
 * Each month's interest is the balance × annual rate ÷ 12, rounded half-up to the fen
 * (MORT-INTEREST); principal + interest = payment on every row, the balance after the last row is
 * exactly 0.00, and the principals plus the prepayments add up to the loan.
 * - `equal-installment` (等额本息, MORT-1): payment = P·r·(1+r)^n ÷ ((1+r)^n − 1) at 40 digits,
 *   rounded once; the last row repays what is left.
 * - `equal-principal` (等额本金, MORT-2): the monthly principal is P ÷ n rounded to the fen, the last
 *   month taking the remainder; payments never increase, except that the last may differ by it.
 * - `rateChanges` (MORT-LPR): from `fromMonth` on, interest runs at the new rate; equal
 *   installments recompute the payment on the remaining balance over the remaining months; equal
 *   principal keeps its monthly principal.
 * - `prepayments` (MORT-PREPAY), paid after that month's instalment: `reduce-payment` keeps the
 *   term and recomputes the payment (or the monthly principal); `shorten-term` keeps it and ends
 *   at the fewest months that repay the balance. A prepayment of the whole balance ends the loan.
 *
 * @param input - `{ principal, annualRatePercent, months, method, firstPaymentDate?, rateChanges?, prepayments? }`
 * @returns the rows, total payment, total prepayment, total interest and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (months outside 1–600, a rate outside 0–100, changes
 * out of month order or after the term, …); at `prepayments[i].amount` a prepayment above the
 * balance left after that month's instalment, at `prepayments[i].month` one after the loan is repaid
 * @example
 * ```ts
 * const s = mortgageSchedule({ principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment" });
 * s.payments[0].payment; //=> "4270.16"
 * s.payments[359].balance; //=> "0.00"
 * mortgageSchedule({ principal: 800000, annualRatePercent: "4.5", months: 240, method: "equal-principal" }).payments[0].payment; //=> "6333.33"
 * const p = mortgageSchedule({
 *   principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment",
 *   rateChanges: [{ fromMonth: 13, annualRatePercent: "2.9" }],
 *   prepayments: [{ month: 24, amount: 200000, mode: "shorten-term" }],
 * });
 * p.payments[12].payment; //=> "4165.26"
 * p.payments.length; //=> 264
 * ```
 * @category Fees
 */
export function mortgageSchedule(input: MortgageInput): MortgageSchedule {
  return guarded(() => {
    const data = parseWith(mortgageInputSchema, input, "INVALID_INPUT");
    const principalFen = toFen(data.principal);
    const { payments, paidFen, prepaidFen, trace } = amortize(data);
    const last = payments[payments.length - 1];
    trace.push(step("MORT-INTEREST", "totals", { payments: payments.length, lastPayment: last?.payment ?? "0.00", totalPayment: fenToYuan(paidFen), totalInterest: fenToYuan(paidFen - principalFen) }));
    return {
      method: data.method,
      principal: fenToYuan(principalFen),
      annualRatePercent: data.annualRatePercent,
      monthlyRate: dec(data.annualRatePercent).div(1200).toString(),
      months: data.months,
      payments,
      totalPayment: fenToYuan(paidFen),
      totalPrepayment: fenToYuan(prepaidFen),
      totalInterest: fenToYuan(paidFen - principalFen),
      trace,
    };
  });
}
