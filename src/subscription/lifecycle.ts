import { guarded, ShoulouError, underPath } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import { parseWith } from "../core/schema";
import { accept, refuse, type Decision } from "../core/trace";
import {
  onCancel,
  onChangeOwner,
  onChangePayment,
  onChangeUnit,
  onCheckDeadline,
  onFirstInstallment,
  onSignContract,
  onSubscribe,
  type Handled,
} from "./lifecycle-handlers";
import { subscriptionPolicySchema, type SubscriptionPolicy, type SubscriptionPolicyInput } from "./policy";
import {
  subscriptionEventSchema,
  subscriptionStateSchema,
  type SubscriptionCharge,
  type SubscriptionEvent,
  type SubscriptionEventInput,
  type SubscriptionState,
  type SubscriptionStateInput,
} from "./lifecycle-schema";

/** An accepted event's answer: the new state and the charges it creates. @category Subscription */
export interface SubscriptionStep {
  readonly state: SubscriptionState;
  readonly charges: readonly SubscriptionCharge[];
}

const ended = { forfeited: "SUB-DEP-2", cancelled: "SUB-LAW-2", void: "SUB-EV-3" } as const;

const yuan = (v: string): string => fenToYuan(toFen(v));

/** Internal: a state as shoulou returns it — every amount in yuan with 2 decimals. */
export function presentState(s: SubscriptionState): SubscriptionState {
  const out: SubscriptionState = {
    ...s,
    price: s.price === null ? null : yuan(s.price),
    deposit: yuan(s.deposit),
    depositEffect: yuan(s.depositEffect),
    firstInstallment: yuan(s.firstInstallment),
    installments: s.installments.map((i) => ({ due: i.due, amount: yuan(i.amount) })),
  };
  if (s.intentionMoney !== undefined) out.intentionMoney = yuan(s.intentionMoney);
  return out;
}

/** Internal: one event on a validated state, without validation (used by the replay). */
export function applyParsed(state: SubscriptionState, event: SubscriptionEvent, p: SubscriptionPolicy): Handled {
  const since = state.contractedOn ?? state.subscribedOn;
  if (since !== null && event.on < since)
    throw new ShoulouError("INVALID_INPUT", ["on"], `the event is dated before the subscription's last step on ${since}`);
  if (state.status === "forfeited" || state.status === "cancelled" || state.status === "void")
    return refuse(ended[state.status], "ended", { status: state.status }, []);
  switch (event.type) {
    case "subscribe":
      return onSubscribe(state, event, p);
    case "change-unit":
      return onChangeUnit(state, event, p);
    case "pay-first-installment":
      return onFirstInstallment(state, event);
    case "change-payment-method":
      return onChangePayment(state, event);
    case "sign-contract":
      return onSignContract(state, event);
    case "change-owner":
      return onChangeOwner(state, event, p);
    case "check-deadline":
      return onCheckDeadline(state, event, p);
    case "cancel":
      return onCancel(state, event, p);
  }
}

/**
 * Applies one event to a subscription: card holder → subscribed → first installment paid →
 * contracted, or forfeited, cancelled, void. An accepted event returns the new state, the
 * charges it creates and a trace; a refused one returns the rule that says no, and the caller's
 * state stands as it was.
 *
 * @remarks SUB-DEP-1/2, SUB-CHG-1/2, SUB-SIGN-1/3/4 (《房地产销售现场管理关系客户购买须知》篇2 二–三),
 * SUB-EV-2/3 (篇1 二), SUB-LAW-1…4 (《中华人民共和国民法典》第586–587条; 最高人民法院商品房买卖合同
 * 纠纷司法解释第4条).
 * @param state - the current state; `{}` is a card holder
 * @param event - `subscribe`, `change-unit`, `pay-first-installment`, `change-payment-method`,
 * `sign-contract`, `change-owner`, `check-deadline` or `cancel`, each with its date `on`
 * @param policy - a subscription policy (`subscriptionPresets.changzhouOlympicGarden`)
 * @returns `{ ok: true, state, charges, trace }` or `{ ok: false, refusal, trace }`
 * @throws {@link core!ShoulouError} `INVALID_INPUT` at `state…` or `event…`, `MISSING_PARAMETER` (no deadline), `INVALID_POLICY`,
 * `OUT_OF_RANGE` at `event.on` (a deadline after 9999-12-31)
 * @example
 * ```ts
 * const preset = subscriptionPresets.changzhouOlympicGarden;
 * const r = applySubscriptionEvent({}, { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "mortgage", owners: ["张三"], deadline: "2024-10-10" }, preset);
 * r.ok && r.charges; //=> [{ code: "deposit", rule: "SUB-DEP-1", amount: "20000.00", payer: "buyer" }]
 * const s = r.ok ? r.state : {};
 * applySubscriptionEvent(s, { type: "change-unit", on: "2024-09-28", unit: "A-102", price: 990000 }, preset).ok; //=> true
 * const late = applySubscriptionEvent({ ...s, status: "first-installment-paid" }, { type: "change-unit", on: "2024-09-28", unit: "A-102", price: 990000 }, preset);
 * late.ok; //=> false
 * late.ok ? null : late.refusal; //=> { rule: "SUB-SIGN-3", fact: "locked", data: { change: "unit-change" } }
 * late.ok ? [] : explainTrace(late.trace); //=> ["SUB-SIGN-3 首期楼款已交：不再办理换房手续"]
 * ```
 * @category Subscription
 */
export function applySubscriptionEvent(
  state: SubscriptionStateInput,
  event: SubscriptionEventInput,
  policy: SubscriptionPolicyInput = {},
): Decision<SubscriptionStep> {
  return guarded(() => {
    const p = parseWith(subscriptionPolicySchema, policy, "INVALID_POLICY");
    const s = parseWith(subscriptionStateSchema, state, "INVALID_INPUT", ["state"]);
    const e = parseWith(subscriptionEventSchema, event, "INVALID_INPUT", ["event"]);
    const r = underPath(["event"], () => applyParsed(s, e, p));
    if ("ok" in r) return r;
    return accept({ state: presentState(r.state), charges: r.charges }, r.trace);
  });
}
