import * as z from "zod";
import { guarded } from "../core/errors";
import { fenToYuan, toFen, toRatio } from "../core/money";
import { moneySchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import type { SameInput } from "../core/same-input";
import { subscriptionPolicySchema, type SubscriptionPolicyInput } from "./policy";
import type { SubscriptionCharge } from "./lifecycle-schema";

/**
 * Input of {@link depositOnCancellation}: the deposit paid, the contract price, why the sale fell
 * through, and any first installment already paid.
 *
 * @remarks SUB-LAW-1…3 (Civil Code arts. 586/587; SPC interpretation art. 4).
 * @category Subscription
 */
export const depositCancellationInputSchema = z.strictObject({
  deposit: moneySchema("nonnegative"),
  price: moneySchema("positive"),
  reason: z.enum(["buyer-default", "seller-default", "no-fault"]),
  firstInstallment: z._default(moneySchema("nonnegative"), "0"),
});

/**
 * Input of {@link depositOnCancellation} as callers write it: see {@link depositCancellationInputSchema}.
 *
 * @category Subscription
 */
export interface DepositCancellationInput {
  /** The deposit paid (定金), yuan, ≥ 0. */
  readonly deposit: string | number;
  /** The contract price, yuan, positive: the cap is a share of it. */
  readonly price: string | number;
  /** Why the sale fell through: the buyer's default, the seller's, or no one's fault. */
  readonly reason: "buyer-default" | "seller-default" | "no-fault";
  /** The first installment already paid, yuan (returned whatever the reason). Default 0. */
  readonly firstInstallment?: string | number | undefined;
}

true satisfies SameInput<DepositCancellationInput, typeof depositCancellationInputSchema>;

/** The money outcome of a cancelled subscription. @category Subscription */
export interface DepositSettlement {
  readonly reason: "buyer-default" | "seller-default" | "no-fault";
  readonly deposit: string;
  /** The part that acts as a deposit: at most the cap share of the price (SUB-LAW-1). */
  readonly depositEffect: string;
  /** The part above the cap: returned like a prepayment whatever the reason. */
  readonly excess: string;
  /** What the seller keeps. */
  readonly sellerKeeps: string;
  /** What the seller pays the buyer in all. */
  readonly buyerReceives: string;
  readonly charges: readonly SubscriptionCharge[];
  readonly trace: readonly TraceStep[];
}

/**
 * The cap in fen: price × rate rounded DOWN to the fen. Art. 586 says the deposit may "not exceed"
 * 20%, so a fen rounded up would let a deposit above the legal share count in full
 * (20% of ¥99,999.99 is ¥19,999.998: the cap is ¥19,999.99, not ¥20,000.00).
 */
export function depositCapFen(priceFen: number, capRate: string): number {
  const { num, den } = toRatio(capRate);
  // Exact: price (< 10^15 fen) × a rate of up to 12 decimals exceeds 2^53, so BigInt, which truncates: the floor for non-negatives.
  return Number((BigInt(priceFen) * BigInt(num)) / BigInt(den));
}

/** The part of a deposit with deposit effect, in fen (SUB-LAW-1). */
export function depositEffectFen(depositFen: number, priceFen: number, capRate: string): number {
  return Math.min(depositFen, depositCapFen(priceFen, capRate));
}

/** Internal: the SUB-LAW-1 figures of a deposit above the cap, for a trace step. */
export function capData(depositFen: number, priceFen: number, capRate: string, effectFen: number): { [k: string]: string } {
  return { deposit: fenToYuan(depositFen), price: fenToYuan(priceFen), rate: capRate, cap: fenToYuan(depositCapFen(priceFen, capRate)), effect: fenToYuan(effectFen) };
}

/** Internal: the settlement in integer fen, shared with the lifecycle's cancel and overdue forfeit. */
export function settleDeposit(
  reason: DepositSettlement["reason"],
  depositFen: number,
  priceFen: number,
  firstFen: number,
  capRate: string,
): Omit<DepositSettlement, "reason"> {
  const effect = depositEffectFen(depositFen, priceFen, capRate);
  const excess = depositFen - effect;
  const trace: TraceStep[] = [];
  const charges: SubscriptionCharge[] = [];
  const pay = (code: string, rule: SubscriptionCharge["rule"], fen: number) => {
    if (fen > 0) charges.push({ code, rule, amount: fenToYuan(fen), payer: "seller" });
  };
  if (excess > 0) trace.push(step("SUB-LAW-1", "excess", { ...capData(depositFen, priceFen, capRate, effect), excess: fenToYuan(excess) }));
  let kept = 0;
  if (reason === "buyer-default") {
    kept = effect;
    trace.push(step("SUB-LAW-2", "buyer-default", { kept: fenToYuan(effect) }));
  } else if (reason === "seller-default") {
    pay("deposit-refund", "SUB-LAW-2", effect);
    pay("deposit-penalty", "SUB-LAW-2", effect);
    trace.push(step("SUB-LAW-2", "seller-default", { deposit: fenToYuan(effect), paid: fenToYuan(2 * effect) }));
  } else {
    pay("deposit-refund", "SUB-LAW-3", effect);
    trace.push(step("SUB-LAW-3", "no-fault", { returned: fenToYuan(effect) }));
  }
  pay("deposit-excess-refund", "SUB-LAW-1", excess);
  pay("first-installment-refund", "SUB-LAW-4", firstFen);
  if (firstFen > 0) trace.push(step("SUB-LAW-4", "installment-returned", { amount: fenToYuan(firstFen) }));
  const received = charges.reduce((s, c) => s + toFen(c.amount), 0);
  return {
    deposit: fenToYuan(depositFen),
    depositEffect: fenToYuan(effect),
    excess: fenToYuan(excess),
    sellerKeeps: fenToYuan(kept),
    buyerReceives: fenToYuan(received),
    charges,
    trace,
  };
}

/**
 * What happens to the deposit when a subscription falls through: the buyer's default forfeits
 * it, the seller's default returns it double, no fault returns it; a deposit above 20% of the
 * price is a deposit only up to that share, the excess is returned.
 *
 * @remarks SUB-LAW-1 (《中华人民共和国民法典》第586条; the cap is rounded down to the fen),
 * SUB-LAW-2 (第587条), SUB-LAW-3 (《最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释》
 * 第4条), SUB-LAW-4 (a paid first installment is price, returned). Beyond
 * 《房地产销售现场管理关系客户购买须知》篇2 二.3, which only says an overdue buyer's deposit is kept.
 * @param input - deposit, price, reason and first installment paid
 * @param policy - a subscription policy (its `depositCapRate`, default 0.2)
 * @returns the deposit's effect and excess, what the seller keeps, what the buyer receives, the refund lines and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`
 * @example
 * ```ts
 * depositOnCancellation({ deposit: 20000, price: 1000000, reason: "seller-default" }).buyerReceives; //=> "40000.00"
 * depositOnCancellation({ deposit: 20000, price: 50000, reason: "buyer-default" }).sellerKeeps; //=> "10000.00"
 * depositOnCancellation({ deposit: 20000, price: 1000000, reason: "no-fault" }).buyerReceives; //=> "20000.00"
 * depositOnCancellation({ deposit: 20000, price: "99999.99", reason: "buyer-default" }).depositEffect; //=> "19999.99"
 * ```
 * @category Subscription
 */
export function depositOnCancellation(input: DepositCancellationInput, policy: SubscriptionPolicyInput = {}): DepositSettlement {
  return guarded(() => {
    const p = parseWith(subscriptionPolicySchema, policy, "INVALID_POLICY");
    const d = parseWith(depositCancellationInputSchema, input, "INVALID_INPUT");
    const out = settleDeposit(d.reason, toFen(d.deposit), toFen(d.price), toFen(d.firstInstallment), p.depositCapRate);
    return { reason: d.reason, ...out };
  });
}
