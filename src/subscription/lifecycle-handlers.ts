import { ShoulouError } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import type { RuleId } from "../core/rules";
import { addDaysAt } from "./due-dates";
import { refuse, step, type Refused, type TraceStep } from "../core/trace";
import { capData, depositEffectFen, settleDeposit } from "./deposit-law";
import type { SubscriptionPolicy } from "./policy";
import type { SubscriptionCharge, SubscriptionEvent, SubscriptionState } from "./lifecycle-schema";

/** Internal: what one handler returns before the public wrapper adds `ok`. */
export type Handled = { readonly state: SubscriptionState; readonly charges: SubscriptionCharge[]; readonly trace: TraceStep[] } | Refused;

type Ev<T extends SubscriptionEvent["type"]> = Extract<SubscriptionEvent, { type: T }>;

const yuan = (v: string) => fenToYuan(toFen(v));
const fee = (code: string, rule: RuleId, amount: string, payer: "buyer" | "seller" = "buyer"): SubscriptionCharge => ({ code, rule, amount: yuan(amount), payer });

/** Internal: SUB-DEP-1 subscribe — deposit per unit in cash, agreement signed, deadline set; SUB-LAW-1 flag. */
export function onSubscribe(s: SubscriptionState, e: Ev<"subscribe">, p: SubscriptionPolicy): Handled {
  if (s.status !== "card-holder") return refuse("SUB-EV-2", "one-unit", { status: s.status }, []);
  const deposit = e.deposit ?? p.deposit;
  if (toFen(deposit) !== toFen(p.deposit)) return refuse("SUB-DEP-1", "amount", { required: yuan(p.deposit), given: yuan(deposit) }, []);
  if (p.depositPaidIn === "cash" && e.paidIn !== "cash") return refuse("SUB-DEP-1", "cash-only", { paidIn: e.paidIn }, []);
  let deadline = e.deadline;
  if (deadline === undefined) {
    if (p.signingDeadlineDays === undefined)
      throw new ShoulouError("MISSING_PARAMETER", ["deadline"], "give the deadline, or a policy with signingDeadlineDays");
    deadline = addDaysAt(e.on, p.signingDeadlineDays, ["on"], "the deadline (on + the policy's signingDeadlineDays)");
  }
  const depositFen = toFen(deposit);
  const priceFen = toFen(e.price);
  const effect = depositEffectFen(depositFen, priceFen, p.depositCapRate);
  const trace = [step("SUB-DEP-1", "paid", { deposit: yuan(deposit), paidIn: e.paidIn, unit: e.unit }), step("SUB-DEP-2", "deadline", { deadline })];
  if (effect < depositFen) trace.push(step("SUB-LAW-1", "flag", capData(depositFen, priceFen, p.depositCapRate, effect)));
  const state: SubscriptionState = {
    ...s,
    status: "subscribed",
    card: e.card ?? s.card,
    unit: e.unit,
    price: yuan(e.price),
    deposit: yuan(deposit),
    depositEffect: fenToYuan(effect),
    paymentMethod: e.paymentMethod,
    owners: [...e.owners],
    subscribedOn: e.on,
    deadline,
  };
  if (state.card === undefined) delete (state as { card?: number }).card;
  return { state, charges: [fee("deposit", "SUB-DEP-1", deposit)], trace };
}

/** Internal: SUB-CHG-1 unit change between agreement and contract; SUB-SIGN-3 none after the first installment. */
export function onChangeUnit(s: SubscriptionState, e: Ev<"change-unit">, p: SubscriptionPolicy): Handled {
  if (s.status === "first-installment-paid") return refuse("SUB-SIGN-3", "locked", { change: "unit-change" }, []);
  if (s.status !== "subscribed") return refuse("SUB-CHG-1", "not-between", { status: s.status }, []);
  if (e.unit === s.unit) return refuse("SUB-CHG-1", "same-unit", { unit: e.unit }, []);
  const depositFen = toFen(s.deposit);
  const priceFen = toFen(e.price);
  const effect = depositEffectFen(depositFen, priceFen, p.depositCapRate);
  const trace = [step("SUB-CHG-1", "changed", { from: s.unit, to: e.unit, fee: yuan(p.unitChangeFee) })];
  if (effect < depositFen) trace.push(step("SUB-LAW-1", "flag", capData(depositFen, priceFen, p.depositCapRate, effect)));
  const state = { ...s, unit: e.unit, price: yuan(e.price), depositEffect: fenToYuan(effect), unitChanges: s.unitChanges + 1 };
  return { state, charges: [fee("unit-change-fee", "SUB-CHG-1", p.unitChangeFee)], trace };
}

/** Internal: first installment by the deadline (SUB-DEP-2); the deposit counts toward the price (SUB-LAW-4). */
export function onFirstInstallment(s: SubscriptionState, e: Ev<"pay-first-installment">): Handled {
  if (s.status !== "subscribed") return refuse("SUB-DEP-2", "not-subscribed", { status: s.status }, []);
  if (s.deadline !== null && e.on > s.deadline) return refuse("SUB-DEP-2", "overdue", { deadline: s.deadline, on: e.on }, []);
  const trace = [
    step("SUB-DEP-2", "paid-in-time", { amount: yuan(e.amount), deadline: s.deadline }),
    step("SUB-LAW-4", "toward-price", { deposit: yuan(s.deposit) }),
    FROM_NOW_LOCKED,
  ];
  return { state: { ...s, status: "first-installment-paid", firstInstallment: yuan(e.amount) }, charges: [fee("first-installment", "SUB-DEP-2", e.amount)], trace };
}

const FROM_NOW_LOCKED = Object.freeze(step("SUB-SIGN-3", "from-now"));

/** Internal: SUB-SIGN-3 payment method only before the first installment. */
export function onChangePayment(s: SubscriptionState, e: Ev<"change-payment-method">): Handled {
  if (s.status === "first-installment-paid" || s.status === "contracted") return refuse("SUB-SIGN-3", "locked", { change: "payment-method-change" }, []);
  if (s.status !== "subscribed") return refuse("SUB-DEP-1", "no-agreement", { status: s.status }, []);
  return { state: { ...s, paymentMethod: e.method }, charges: [], trace: [step("SUB-SIGN-3", "method-changed", { from: s.paymentMethod, to: e.method })] };
}

/** Internal: SUB-SIGN-1 all owners in person or by notarised proxy; SUB-SIGN-4 installments on their dates. */
export function onSignContract(s: SubscriptionState, e: Ev<"sign-contract">): Handled {
  if (s.status === "subscribed") return refuse("SUB-DEP-2", "installment-first", {}, []);
  if (s.status !== "first-installment-paid") return refuse("SUB-DEP-2", "nothing-to-sign", { status: s.status }, []);
  if (s.deadline !== null && e.on > s.deadline) return refuse("SUB-DEP-2", "overdue", { deadline: s.deadline, on: e.on }, []);
  const signers = new Map<string, Ev<"sign-contract">["signers"][number]>();
  for (const x of e.signers) if (!signers.has(x.owner)) signers.set(x.owner, x);
  for (const owner of s.owners) {
    const signer = signers.get(owner);
    if (signer === undefined) return refuse("SUB-SIGN-1", "owner-missing", { owner }, []);
    if (signer.by === "proxy" && !signer.notarised) return refuse("SUB-SIGN-1", "not-notarised", { owner }, []);
    if (signer.by === "proxy" && signer.foreign && !(signer.consular && signer.translated)) return refuse("SUB-SIGN-1", "foreign-proxy", { owner }, []);
  }
  const installments = [...e.installments].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)).map((i) => ({ due: i.due, amount: yuan(i.amount) }));
  const trace = [step("SUB-SIGN-1", "signed", { count: s.owners.length, owners: [...s.owners] })];
  const first = installments[0];
  if (first !== undefined) trace.push(step("SUB-SIGN-4", "scheduled", { installments: installments.length, first: first.due }));
  return { state: { ...s, status: "contracted", contractedOn: e.on, installments }, charges: [], trace };
}

/** Internal: SUB-CHG-2 owner change after the contract, with consent, for a fee. */
export function onChangeOwner(s: SubscriptionState, e: Ev<"change-owner">, p: SubscriptionPolicy): Handled {
  if (s.status !== "contracted") return refuse("SUB-CHG-2", "before-contract", { status: s.status }, []);
  if (!e.sellerConsent) return refuse("SUB-CHG-2", "no-consent", {}, []);
  const trace = [step("SUB-CHG-2", "changed", { from: [...s.owners], to: [...e.owners], fee: yuan(p.ownerChangeFee) })];
  return { state: { ...s, owners: [...e.owners], ownerChanges: s.ownerChanges + 1 }, charges: [fee("owner-change-fee", "SUB-CHG-2", p.ownerChangeFee)], trace };
}

/** Internal: SUB-DEP-2 overdue forfeits (deposit kept under SUB-LAW-1/2); SUB-SIGN-4 installments due without notice. */
export function onCheckDeadline(s: SubscriptionState, e: Ev<"check-deadline">, p: SubscriptionPolicy): Handled {
  if (s.status === "contracted") {
    // The count only: a replay of many checks must not copy the whole schedule into every step.
    let due = 0;
    for (const i of s.installments) if (i.due <= e.on) due++;
    return { state: s, charges: [], trace: [step("SUB-SIGN-4", "due", { due, on: e.on })] };
  }
  if ((s.status !== "subscribed" && s.status !== "first-installment-paid") || s.deadline === null)
    return { state: s, charges: [], trace: [step("SUB-DEP-2", "no-deadline", { on: e.on })] };
  if (e.on <= s.deadline) return { state: s, charges: [], trace: [step("SUB-DEP-2", "not-passed", { deadline: s.deadline, on: e.on })] };
  const settled = settleDeposit("buyer-default", toFen(s.deposit), toFen(s.price ?? "0"), toFen(s.firstInstallment), p.depositCapRate);
  const trace = [step("SUB-DEP-2", "forfeited", { on: e.on, deadline: s.deadline, unit: s.unit }), ...settled.trace];
  return { state: { ...s, status: "forfeited", releasedUnit: s.unit, unit: null }, charges: [...settled.charges], trace };
}

/** Internal: cancel — a card holder returns the card (SUB-EV-3); a subscription settles its deposit (SUB-LAW-1…3). */
export function onCancel(s: SubscriptionState, e: Ev<"cancel">, p: SubscriptionPolicy): Handled {
  if (s.status === "card-holder") {
    const refund = s.intentionMoney !== undefined && toFen(s.intentionMoney) > 0 ? s.intentionMoney : undefined;
    if (refund === undefined) return { state: { ...s, status: "void" }, charges: [], trace: [step("SUB-EV-3", "card-returned-no-money")] };
    return { state: { ...s, status: "void" }, charges: [fee("intention-money-refund", "SUB-EV-3", refund, "seller")], trace: [step("SUB-EV-3", "card-returned", { refund: yuan(refund) })] };
  }
  if (s.status === "contracted") return refuse("SUB-LAW-2", "after-contract", {}, []);
  const settled = settleDeposit(e.reason, toFen(s.deposit), toFen(s.price ?? "0"), toFen(s.firstInstallment), p.depositCapRate);
  return { state: { ...s, status: "cancelled", releasedUnit: s.unit, unit: null }, charges: [...settled.charges], trace: [...settled.trace] };
}
