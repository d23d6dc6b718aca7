import { ShoulouError } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import type { RuleId } from "../core/rules";
import { addDays } from "../core/time";
import { refuse, step, type Refused, type TraceStep } from "../core/trace";
import { depositEffectFen, settleDeposit } from "./deposit-law";
import type { SubscriptionPolicy } from "./policy";
import type { SubscriptionCharge, SubscriptionEvent, SubscriptionState } from "./lifecycle-schema";

/** Internal: what one handler returns before the public wrapper adds `ok`. */
export type Handled = { readonly state: SubscriptionState; readonly charges: SubscriptionCharge[]; readonly trace: TraceStep[] } | Refused;

type Ev<T extends SubscriptionEvent["type"]> = Extract<SubscriptionEvent, { type: T }>;

const yuan = (v: string) => fenToYuan(toFen(v));
const fee = (code: string, rule: RuleId, amount: string, payer: "buyer" | "seller" = "buyer"): SubscriptionCharge => ({ code, rule, amount: yuan(amount), payer });

/** Internal: SUB-DEP-1 subscribe — deposit per unit in cash, agreement signed, deadline set; SUB-LAW-1 flag. */
export function onSubscribe(s: SubscriptionState, e: Ev<"subscribe">, p: SubscriptionPolicy): Handled {
  if (s.status !== "card-holder") return refuse("SUB-EV-2", `this card already has a subscription (${s.status}): one card, one unit`, []);
  const deposit = e.deposit ?? p.deposit;
  if (toFen(deposit) !== toFen(p.deposit))
    return refuse("SUB-DEP-1", `the deposit is ${yuan(p.deposit)} per unit, not ${yuan(deposit)}`, []);
  if (p.depositPaidIn === "cash" && e.paidIn !== "cash") return refuse("SUB-DEP-1", `the deposit is paid in cash, not by ${e.paidIn}`, []);
  let deadline = e.deadline;
  if (deadline === undefined) {
    if (p.signingDeadlineDays === undefined)
      throw new ShoulouError("MISSING_PARAMETER", ["deadline"], "give the deadline, or a policy with signingDeadlineDays");
    deadline = addDays(e.on, p.signingDeadlineDays);
  }
  const effect = depositEffectFen(toFen(deposit), toFen(e.price), p.depositCapRate);
  const trace = [
    step("SUB-DEP-1", `deposit ${yuan(deposit)} paid in ${e.paidIn}, subscription agreement for ${e.unit} signed`, { deposit: yuan(deposit), unit: e.unit }),
    step("SUB-DEP-2", `first installment and sales contract due by ${deadline}`, { deadline }),
  ];
  if (effect < toFen(deposit))
    trace.push(step("SUB-LAW-1", `flag: the deposit exceeds ${p.depositCapRate} of the price; only ${fenToYuan(effect)} acts as a deposit`, { depositEffect: fenToYuan(effect) }));
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
  if (s.status === "first-installment-paid") return refuse("SUB-SIGN-3", "the first installment is paid: no unit change", []);
  if (s.status !== "subscribed") return refuse("SUB-CHG-1", `a unit change is only possible between the agreement and the contract (now ${s.status})`, []);
  if (e.unit === s.unit) return refuse("SUB-CHG-1", `${e.unit} is already the subscribed unit`, []);
  const effect = depositEffectFen(toFen(s.deposit), toFen(e.price), p.depositCapRate);
  const trace = [step("SUB-CHG-1", `unit ${s.unit ?? "?"} changed to ${e.unit}: fee ${yuan(p.unitChangeFee)}`, { from: s.unit, to: e.unit, fee: yuan(p.unitChangeFee) })];
  if (effect < toFen(s.deposit)) trace.push(step("SUB-LAW-1", `flag: the deposit exceeds ${p.depositCapRate} of the new price`, { depositEffect: fenToYuan(effect) }));
  const state = { ...s, unit: e.unit, price: yuan(e.price), depositEffect: fenToYuan(effect), unitChanges: s.unitChanges + 1 };
  return { state, charges: [fee("unit-change-fee", "SUB-CHG-1", p.unitChangeFee)], trace };
}

/** Internal: first installment by the deadline (SUB-DEP-2); the deposit counts toward the price (SUB-LAW-4). */
export function onFirstInstallment(s: SubscriptionState, e: Ev<"pay-first-installment">): Handled {
  if (s.status !== "subscribed") return refuse("SUB-DEP-2", `the first installment follows the subscription agreement, once (now ${s.status})`, []);
  if (s.deadline !== null && e.on > s.deadline) return refuse("SUB-DEP-2", `the deadline ${s.deadline} has passed: the subscription is forfeited`, []);
  const trace = [
    step("SUB-DEP-2", `first installment ${yuan(e.amount)} paid by the deadline ${s.deadline ?? "?"}`),
    step("SUB-LAW-4", `the deposit ${s.deposit} counts toward the price`),
    step("SUB-SIGN-3", "from now on no unit change and no change of payment method"),
  ];
  return { state: { ...s, status: "first-installment-paid", firstInstallment: yuan(e.amount) }, charges: [fee("first-installment", "SUB-DEP-2", e.amount)], trace };
}

/** Internal: SUB-SIGN-3 payment method only before the first installment. */
export function onChangePayment(s: SubscriptionState, e: Ev<"change-payment-method">): Handled {
  if (s.status === "first-installment-paid" || s.status === "contracted")
    return refuse("SUB-SIGN-3", "the first installment is paid: no change of payment method", []);
  if (s.status !== "subscribed") return refuse("SUB-DEP-1", `no subscription agreement to change (now ${s.status})`, []);
  return { state: { ...s, paymentMethod: e.method }, charges: [], trace: [step("SUB-SIGN-3", `payment method ${s.paymentMethod ?? "?"} → ${e.method}, before the first installment`)] };
}

/** Internal: SUB-SIGN-1 all owners in person or by notarised proxy; SUB-SIGN-4 installments on their dates. */
export function onSignContract(s: SubscriptionState, e: Ev<"sign-contract">): Handled {
  if (s.status === "subscribed") return refuse("SUB-DEP-2", "the first installment is paid before the sales contract is signed", []);
  if (s.status !== "first-installment-paid") return refuse("SUB-DEP-2", `no subscription awaiting its contract (now ${s.status})`, []);
  if (s.deadline !== null && e.on > s.deadline) return refuse("SUB-DEP-2", `the deadline ${s.deadline} has passed: the subscription is forfeited`, []);
  for (const owner of s.owners) {
    const signer = e.signers.find((x) => x.owner === owner);
    if (signer === undefined) return refuse("SUB-SIGN-1", `${owner} neither signs in person nor by notarised power of attorney`, []);
    if (signer.by === "proxy" && !signer.notarised) return refuse("SUB-SIGN-1", `${owner}'s power of attorney is not notarised`, []);
    if (signer.by === "proxy" && signer.foreign && !(signer.consular && signer.translated))
      return refuse("SUB-SIGN-1", `${owner} is foreign: the power of attorney needs consular notarisation and a Chinese translation`, []);
  }
  const installments = [...e.installments].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)).map((i) => ({ due: i.due, amount: yuan(i.amount) }));
  const trace = [step("SUB-SIGN-1", `all ${s.owners.length} named owner(s) signed in person or by notarised proxy`, { owners: [...s.owners] })];
  if (installments.length > 0) trace.push(step("SUB-SIGN-4", `${installments.length} installment(s) due on the contract dates; no further notice`, { first: installments[0]?.due ?? null }));
  return { state: { ...s, status: "contracted", contractedOn: e.on, installments }, charges: [], trace };
}

/** Internal: SUB-CHG-2 owner change after the contract, with consent, for a fee. */
export function onChangeOwner(s: SubscriptionState, e: Ev<"change-owner">, p: SubscriptionPolicy): Handled {
  if (s.status !== "contracted") return refuse("SUB-CHG-2", `the notice provides owner changes after the sales contract (now ${s.status})`, []);
  if (!e.sellerConsent) return refuse("SUB-CHG-2", "an owner change needs the seller's consent", []);
  const trace = [step("SUB-CHG-2", `owners ${s.owners.join(", ")} → ${e.owners.join(", ")} with the seller's consent: fee ${yuan(p.ownerChangeFee)}`)];
  return { state: { ...s, owners: [...e.owners], ownerChanges: s.ownerChanges + 1 }, charges: [fee("owner-change-fee", "SUB-CHG-2", p.ownerChangeFee)], trace };
}

/** Internal: SUB-DEP-2 overdue forfeits (deposit kept under SUB-LAW-1/2); SUB-SIGN-4 installments due without notice. */
export function onCheckDeadline(s: SubscriptionState, e: Ev<"check-deadline">, p: SubscriptionPolicy): Handled {
  if (s.status === "contracted") {
    const due = s.installments.filter((i) => i.due <= e.on);
    return { state: s, charges: [], trace: [step("SUB-SIGN-4", `${due.length} installment(s) due by ${e.on} on the contract dates; the seller sends no notice`, { due: due.map((i) => i.due) })] };
  }
  if ((s.status !== "subscribed" && s.status !== "first-installment-paid") || s.deadline === null || e.on <= s.deadline)
    return { state: s, charges: [], trace: [step("SUB-DEP-2", s.deadline === null ? "no deadline running" : `deadline ${s.deadline} not passed on ${e.on}`)] };
  const settled = settleDeposit("buyer-default", toFen(s.deposit), toFen(s.price ?? "0"), toFen(s.firstInstallment), p.depositCapRate);
  const trace = [step("SUB-DEP-2", `overdue on ${e.on} (deadline ${s.deadline}): subscription forfeited, ${s.unit ?? "?"} released, deposit not refunded`), ...settled.trace];
  return { state: { ...s, status: "forfeited", releasedUnit: s.unit, unit: null }, charges: [...settled.charges], trace };
}

/** Internal: cancel — a card holder returns the card (SUB-EV-3); a subscription settles its deposit (SUB-LAW-1…3). */
export function onCancel(s: SubscriptionState, e: Ev<"cancel">, p: SubscriptionPolicy): Handled {
  if (s.status === "card-holder") {
    const charges = s.intentionMoney !== undefined && toFen(s.intentionMoney) > 0 ? [fee("intention-money-refund", "SUB-EV-3", s.intentionMoney, "seller")] : [];
    return { state: { ...s, status: "void" }, charges, trace: [step("SUB-EV-3", "the card is given up and returned: void, intention money refunded")] };
  }
  if (s.status === "contracted") return refuse("SUB-LAW-2", "after the sales contract a cancellation is settled under the contract, not the subscription deposit", []);
  const settled = settleDeposit(e.reason, toFen(s.deposit), toFen(s.price ?? "0"), toFen(s.firstInstallment), p.depositCapRate);
  return { state: { ...s, status: "cancelled", releasedUnit: s.unit, unit: null }, charges: [...settled.charges], trace: [...settled.trace] };
}
