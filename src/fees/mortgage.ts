import { guarded } from "../core/errors";
import { allocate, dec, fenToYuan, formatFen, mulDivHalfUp, roundFen, safeFen, toFen, toRatio } from "../core/money";
import { parseWith } from "../core/schema";
import { addMonths } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { mortgageInputSchema, type MortgageInput } from "./schema";

/** One month of a repayment schedule; amounts in yuan with 2 decimals. @category Fees */
export interface MortgagePayment {
  readonly period: number;
  readonly date?: string;
  /** principal + interest, exactly. */
  readonly payment: string;
  readonly principal: string;
  readonly interest: string;
  /** What is still owed after this payment; 0.00 after the last. */
  readonly balance: string;
}

/** A loan's repayment schedule. @category Fees */
export interface MortgageSchedule {
  readonly method: "equal-installment" | "equal-principal";
  readonly principal: string;
  readonly annualRatePercent: string;
  /** Monthly rate as a fraction: annual ÷ 12 ÷ 100, exact to 40 digits. */
  readonly monthlyRate: string;
  readonly months: number;
  readonly payments: readonly MortgagePayment[];
  readonly totalPayment: string;
  readonly totalInterest: string;
  readonly trace: readonly TraceStep[];
}

/**
 * The month-by-month repayment schedule of a loan, exact to the fen.
 *
 * @remarks
 * Monthly rate = annual rate ÷ 12. Each row's interest is the balance × monthly rate, rounded
 * half-up to the fen; principal + interest = payment on every row; the balance after the last
 * row is exactly 0.00 and the principals add up to the loan.
 * - `equal-installment` (等额本息, MORT-1): payment = P·r·(1+r)^n ÷ ((1+r)^n − 1) at 40 digits,
 *   rounded once; the last row absorbs the rounding.
 * - `equal-principal` (等额本金, MORT-2): the principal is split into `months` parts to the fen by
 *   largest remainder (the odd fen go to the first months), so payments never increase.
 *
 * @param input - `{ principal, annualRatePercent, months, method, firstPaymentDate? }`
 * @returns the rows, total payment, total interest and the trace
 * @throws {@link ShoulouError} `INVALID_INPUT` (months outside 1–600, a rate outside 0–100, …)
 * @example
 * ```ts
 * const s = mortgageSchedule({ principal: 1000000, annualRatePercent: "3.1", months: 360, method: "equal-installment" });
 * s.payments[0].payment; //=> "4270.16"
 * s.payments[359].balance; //=> "0.00"
 * mortgageSchedule({ principal: 120000, annualRatePercent: 6, months: 12, method: "equal-principal" }).payments[0].payment; //=> "10600.00"
 * ```
 * @category Fees
 */
export function mortgageSchedule(input: MortgageInput): MortgageSchedule {
  return guarded(() => {
    const data = parseWith(mortgageInputSchema, input, "INVALID_INPUT");
    const principalFen = toFen(data.principal);
    const n = data.months;
    const rate = toRatio(data.annualRatePercent);
    const rateNum = rate.num;
    const rateDen = rate.den * 1200; // percent a year → fraction a month
    const monthly = dec(data.annualRatePercent).div(1200);
    const trace: TraceStep[] = [];
    const rule = data.method === "equal-installment" ? "MORT-1" : "MORT-2";
    let principals: number[] | undefined;
    let level = 0;
    if (data.method === "equal-installment") {
      const exact = monthly.isZero()
        ? dec(principalFen).div(n)
        : dec(principalFen).times(monthly).times(monthly.plus(1).pow(n)).div(monthly.plus(1).pow(n).minus(1));
      level = roundFen(exact.div(100)).times(100).toNumber();
      trace.push(step(rule, `monthly rate ${data.annualRatePercent}% ÷ 12; payment P·r·(1+r)^n ÷ ((1+r)^n − 1) = ${exact.div(100).toFixed(6)} → ${formatFen(level)} (half-up); the last month absorbs the rounding`, { payment: fenToYuan(level), months: n }));
    } else {
      principals = allocate(data.principal, new Array<number>(n).fill(1)).map(toFen);
      trace.push(step(rule, `principal ${formatFen(principalFen)} ÷ ${n} months, interest on the remaining balance`, { principalPerMonth: fenToYuan(principals[0] ?? 0) }));
      const odd = principals.filter((p) => p !== principals?.[n - 1]).length;
      trace.push(step("CORE-ALLOC", `split to the fen by largest remainder: ${odd ? `the first ${odd} months repay ${formatFen(principals[0] ?? 0)}, the rest ${formatFen(principals[n - 1] ?? 0)}` : `every month repays ${formatFen(principals[0] ?? 0)}`}; the parts add up to the loan exactly`));
    }
    let balance = principalFen;
    let totalPay = 0;
    const payments: MortgagePayment[] = [];
    for (let k = 1; k <= n; k++) {
      const interest = safeFen(mulDivHalfUp(balance, rateNum, rateDen), ["principal"]);
      let principal: number;
      if (k === n) principal = balance;
      else if (principals) principal = principals[k - 1] ?? 0;
      else principal = Math.min(Math.max(level - interest, 0), balance);
      balance -= principal;
      totalPay += principal + interest;
      payments.push({
        period: k,
        ...(data.firstPaymentDate === undefined ? {} : { date: addMonths(data.firstPaymentDate, k - 1) }),
        payment: fenToYuan(principal + interest),
        principal: fenToYuan(principal),
        interest: fenToYuan(interest),
        balance: fenToYuan(balance),
      });
    }
    safeFen(totalPay, ["principal"]);
    const last = payments[n - 1];
    trace.push(step("CORE-ROUND", `each month's interest rounded half-up to the fen; month ${n} pays ${last?.payment} and leaves 0.00; total interest ${formatFen(totalPay - principalFen)}`, { totalPayment: fenToYuan(totalPay) }));
    return {
      method: data.method,
      principal: fenToYuan(principalFen),
      annualRatePercent: data.annualRatePercent,
      monthlyRate: monthly.toString(),
      months: n,
      payments,
      totalPayment: fenToYuan(totalPay),
      totalInterest: fenToYuan(totalPay - principalFen),
      trace,
    };
  });
}
