import { guarded, ShoulouError, underPath } from "../core/errors";
import { fenToYuan, mulDivHalfUp, safeFen, toFen, toRatio } from "../core/money";
import { parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { mortgageSchedule, type MortgageSchedule } from "./mortgage";
import { purchaseFees, type PurchaseFees } from "./purchase-fees";
import type { FeeScheduleInput, PurchaseFeesInput, PurchasePlanInput } from "./input-types";
import { purchasePlanInputSchema } from "./schema";

/** One loan of a plan with its schedule. @category Fees */
export interface PlanLoan extends MortgageSchedule {
  readonly kind: "provident-fund" | "commercial";
  readonly firstPayment: string;
}

/** What a buyer sees at the desk. @category Fees */
export interface PurchasePlan {
  readonly price: string;
  readonly downPayment: string;
  readonly loanTotal: string;
  readonly loans: readonly PlanLoan[];
  /** The loans' instalments added month by month, with any prepayments of that month beside them. */
  readonly monthly: readonly { readonly period: number; readonly date?: string; readonly payment: string; readonly prepayment?: string }[];
  readonly firstMonthPayment: string;
  readonly totalInterest: string;
  /** Down payment + every loan payment and prepayment. */
  readonly totalCost: string;
  readonly fees?: PurchaseFees;
  /** Down payment + fees: the cash needed around signing. */
  readonly cashAtSigning: string;
  readonly trace: readonly TraceStep[];
}

/**
 * A purchase plan: down payment, one loan or a combination loan (公积金 + 商业贷款), the
 * combined monthly payments and totals, and the purchase fees.
 *
 * @remarks
 * Down payment = price × ratio, rounded half-up to the fen; the loans take the rest exactly
 * (MORT-DOWN). In a combination loan one loan names its amount (usually the provident fund,
 * capped by the fund) and the other takes the remainder, so the parts always add up to the
 * loan (MORT-3). Each loan is a {@link mortgageSchedule}, with its own `rateChanges` (MORT-LPR)
 * and `prepayments` (MORT-PREPAY); fees come from {@link purchaseFees}.
 *
 * @param input - `{ price, downPaymentRatio, loans, firstPaymentDate?, fees? }`
 * @returns the plan, with each loan's full schedule and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (loan amounts that do not add up, loans with a
 * full payment, a prepayment above its loan's balance at `loans[i].prepayments[j].amount`, …) and
 * whatever {@link purchaseFees} throws for the fees part
 * @example
 * ```ts
 * const plan = purchasePlan({
 *   price: 2000000, downPaymentRatio: "0.3",
 *   loans: [
 *     { kind: "provident-fund", amount: 600000, annualRatePercent: "2.85", months: 360, method: "equal-installment" },
 *     { kind: "commercial", annualRatePercent: "3.1", months: 360, method: "equal-installment" },
 *   ],
 * });
 * plan.downPayment; //=> "600000.00"
 * plan.loans.map((l) => l.principal); //=> ["600000.00", "800000.00"]
 * plan.firstMonthPayment; //=> "5897.47"
 * ```
 * @category Fees
 */
export function purchasePlan(input: PurchasePlanInput): PurchasePlan {
  return guarded(() => {
    const data = parseWith(purchasePlanInputSchema, input, "INVALID_INPUT");
    const priceFen = toFen(data.price);
    const ratio = toRatio(data.downPaymentRatio);
    const downFen = mulDivHalfUp(priceFen, ratio.num, ratio.den);
    const loanFen = priceFen - downFen;
    const trace: TraceStep[] = [
      step("MORT-DOWN", "down-payment", { price: fenToYuan(priceFen), ratio: data.downPaymentRatio, downPayment: fenToYuan(downFen), loanTotal: fenToYuan(loanFen) }),
    ];
    const amounts = splitLoans(data.loans, loanFen);
    const loans: PlanLoan[] = data.loans.map((loan, i) => {
      const principal = fenToYuan(amounts[i] ?? 0);
      // A loan's own errors (a prepayment above its balance) point into that loan.
      const schedule = underPath(["loans", i], () =>
        mortgageSchedule({
          principal,
          annualRatePercent: loan.annualRatePercent,
          months: loan.months,
          method: loan.method,
          rateChanges: loan.rateChanges,
          prepayments: loan.prepayments,
          ...(data.firstPaymentDate === undefined ? {} : { firstPaymentDate: data.firstPaymentDate }),
        }),
      );
      // Each loan's steps follow a step naming the loan, so the reader knows whose they are.
      trace.push(step("MORT-DOWN", "loan", { kind: loan.kind, principal, method: loan.method, months: loan.months, annualRatePercent: loan.annualRatePercent }), ...schedule.trace);
      return { kind: loan.kind, ...schedule, firstPayment: schedule.payments[0]?.payment ?? "0.00" };
    });
    if (loans.length === 2) {
      const fund = loans.find((l) => l.kind === "provident-fund")?.principal ?? "0.00";
      const commercial = loans.find((l) => l.kind === "commercial")?.principal ?? "0.00";
      trace.push(step("MORT-3", "combination", { fund, commercial, total: fenToYuan(loanFen) }));
    }
    const months = Math.max(0, ...loans.map((l) => l.payments.length));
    const monthly = Array.from({ length: months }, (_, k) => {
      let fen = 0;
      let extra = 0;
      for (const l of loans) {
        fen += toFen(l.payments[k]?.payment ?? "0");
        extra += toFen(l.payments[k]?.prepayment ?? "0");
      }
      const date = loans.find((l) => l.payments[k]?.date !== undefined)?.payments[k]?.date;
      return { period: k + 1, ...(date === undefined ? {} : { date }), payment: fenToYuan(fen), ...(extra === 0 ? {} : { prepayment: fenToYuan(extra) }) };
    });
    const interestFen = loans.reduce((a, l) => a + toFen(l.totalInterest), 0);
    const payFen = loans.reduce((a, l) => a + toFen(l.totalPayment), 0);
    const feesPart = data.fees;
    const fees = feesPart
      ? underPath(["fees"], () => {
          const { schedule, ...rest } = feesPart;
          return purchaseFees({ ...(rest as Omit<PurchaseFeesInput, "price">), price: data.price }, schedule as FeeScheduleInput);
        })
      : undefined;
    const feesFen = fees ? toFen(fees.total) : 0;
    return {
      price: fenToYuan(priceFen),
      downPayment: fenToYuan(downFen),
      loanTotal: fenToYuan(loanFen),
      loans,
      monthly,
      firstMonthPayment: monthly[0]?.payment ?? "0.00",
      totalInterest: fenToYuan(interestFen),
      totalCost: fenToYuan(safeFen(downFen + payFen, ["price"])),
      ...(fees ? { fees } : {}),
      cashAtSigning: fenToYuan(downFen + feesFen),
      trace: fees ? [...trace, ...fees.trace] : trace,
    };
  });
}

/** Loan amounts in fen that add up to `loanFen` exactly (MORT-3). */
function splitLoans(loans: readonly { readonly kind: string; readonly amount?: string | undefined }[], loanFen: number): number[] {
  if (loans.length === 0) {
    if (loanFen !== 0) throw new ShoulouError("INVALID_INPUT", ["loans"], `the down payment leaves ${fenToYuan(loanFen)} to borrow: give a loan`);
    return [];
  }
  if (loanFen === 0) throw new ShoulouError("INVALID_INPUT", ["loans"], "the down payment covers the whole price: no loan is needed");
  if (loans.length === 2 && loans[0]?.kind === loans[1]?.kind) throw new ShoulouError("INVALID_INPUT", ["loans", 1, "kind"], "a combination loan is one provident-fund loan and one commercial loan");
  const open = loans.map((l, i) => (l.amount === undefined ? i : -1)).filter((i) => i >= 0);
  if (open.length > 1) throw new ShoulouError("INVALID_INPUT", ["loans", open[1] ?? 1, "amount"], "give the amount of one loan; the other takes the rest");
  const given = loans.reduce((a, l) => a + (l.amount === undefined ? 0 : toFen(l.amount)), 0);
  const rest = loanFen - given;
  const restIndex = open[0];
  if (restIndex === undefined ? rest !== 0 : rest <= 0) {
    const i = restIndex === undefined ? loans.length - 1 : loans.findIndex((l) => l.amount !== undefined);
    throw new ShoulouError("INVALID_INPUT", ["loans", i, "amount"], `loan amounts ${fenToYuan(given)} must ${restIndex === undefined ? "equal" : "be less than"} the loan total ${fenToYuan(loanFen)}`);
  }
  return loans.map((l, i) => (i === restIndex ? rest : toFen(l.amount ?? "0")));
}
