import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import {
  applySubscriptionEvent,
  explainTrace,
  replaySubscription,
  subscriptionPresets,
  type SubscriptionEventInput,
  type SubscriptionStateInput,
} from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;
const subscribe: SubscriptionEventInput = { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "mortgage", owners: ["张三", "李梅"], deadline: "2024-10-10" };


function after(events: SubscriptionEventInput[]): SubscriptionStateInput {
  const r = replaySubscription(events, seed);
  expect(r.events.every((e) => e.ok)).toBe(true);
  return r.state;
}

const paid = () => after([subscribe, { type: "pay-first-installment", on: "2024-10-01", amount: 280000 }]);
const signed = () =>
  after([
    subscribe,
    { type: "pay-first-installment", on: "2024-10-01", amount: 280000 },
    { type: "sign-contract", on: "2024-10-02", signers: [{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "in-person" }] },
  ]);

describe("applySubscriptionEvent", () => {
  it("SUB-DEP-1: subscribing takes the ¥20,000 deposit per unit, in cash, with the agreement", () => {
    const r = applySubscriptionEvent({}, subscribe, seed);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.charges).toEqual([{ code: "deposit", rule: "SUB-DEP-1", amount: "20000.00", payer: "buyer" }]);
    expect(r.state).toMatchObject({ status: "subscribed", unit: "A-101", price: "1000000.00", deposit: "20000.00", depositEffect: "20000.00", deadline: "2024-10-10" });
    expect(r.trace).toEqual([
      { rule: "SUB-DEP-1", fact: "paid", data: { deposit: "20000.00", paidIn: "cash", unit: "A-101" } },
      { rule: "SUB-DEP-2", fact: "deadline", data: { deadline: "2024-10-10" } },
    ]);
    expect(explainTrace(r.trace)).toEqual(["SUB-DEP-1 以现金支付定金¥20,000.00，签署A-101的《认购书》", "SUB-DEP-2 须于2024年10月10日前交付首期楼款并签署《商品房买卖合同》"]);
    expect(applySubscriptionEvent({}, { ...subscribe, deposit: 10000 }, seed)).toMatchObject({
      ok: false,
      refusal: { rule: "SUB-DEP-1", fact: "amount", data: { required: "20000.00", given: "10000.00" } },
    });
    expect(applySubscriptionEvent({}, { ...subscribe, paidIn: "transfer" }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-DEP-1", fact: "cash-only", data: { paidIn: "transfer" } } });
  });

  it("SUB-EV-2: a card that already subscribed cannot subscribe again", () => {
    const s = after([subscribe]);
    expect(applySubscriptionEvent(s, subscribe, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-EV-2", fact: "one-unit", data: { status: "subscribed" } } });
  });

  it("SUB-DEP-2: overdue on the deadline forfeits the subscription, keeps the deposit and releases the unit", () => {
    const s = after([subscribe]);
    const early = applySubscriptionEvent(s, { type: "check-deadline", on: "2024-10-10" }, seed);
    expect(early).toMatchObject({ ok: true, state: { status: "subscribed" }, charges: [], trace: [{ rule: "SUB-DEP-2", fact: "not-passed", data: { deadline: "2024-10-10", on: "2024-10-10" } }] });
    const late = applySubscriptionEvent(s, { type: "check-deadline", on: "2024-10-11" }, seed);
    expect(late).toMatchObject({ ok: true, state: { status: "forfeited", unit: null, releasedUnit: "A-101" }, charges: [] });
    expect(late.trace).toEqual([
      { rule: "SUB-DEP-2", fact: "forfeited", data: { on: "2024-10-11", deadline: "2024-10-10", unit: "A-101" } },
      { rule: "SUB-LAW-2", fact: "buyer-default", data: { kept: "20000.00" } },
    ]);
    expect(explainTrace(late.trace)[0]).toBe("SUB-DEP-2 2024年10月11日已逾期（期限2024年10月10日）：视为自动放弃认购权，A-101另作处理，定金不予退还");
    expect(applySubscriptionEvent(s, { type: "pay-first-installment", on: "2024-10-11", amount: 1 }, seed)).toMatchObject({
      ok: false,
      refusal: { rule: "SUB-DEP-2", fact: "overdue", data: { deadline: "2024-10-10", on: "2024-10-11" } },
    });
    // with the first installment paid but no contract: the installment comes back, the deposit does not
    const p = applySubscriptionEvent(paid(), { type: "check-deadline", on: "2024-10-11" }, seed);
    expect(p).toMatchObject({ ok: true, state: { status: "forfeited" }, charges: [{ code: "first-installment-refund", amount: "280000.00", payer: "seller" }] });
  });

  it("SUB-DEP-2: a deadline comes from the policy's signingDeadlineDays when the event gives none", () => {
    const { deadline: _drop, ...noDeadline } = subscribe as Extract<SubscriptionEventInput, { type: "subscribe" }>;
    void _drop;
    expect(applySubscriptionEvent({}, noDeadline, { ...seed, signingDeadlineDays: 7 })).toMatchObject({ ok: true, state: { deadline: "2024-10-03" } });
    expect(thrown(() => applySubscriptionEvent({}, noDeadline, seed))).toMatchObject({ code: "MISSING_PARAMETER", path: ["event", "deadline"] });
  });

  it("SUB-CHG-1: each unit change between agreement and contract costs ¥500", () => {
    const r = replaySubscription(
      [subscribe, { type: "change-unit", on: "2024-09-27", unit: "A-102", price: 990000 }, { type: "change-unit", on: "2024-09-28", unit: "A-103", price: 980000 }],
      seed,
    );
    expect(r.state).toMatchObject({ unit: "A-103", price: "980000.00", unitChanges: 2 });
    expect(r.charges.map((c) => [c.code, c.amount])).toEqual([["deposit", "20000.00"], ["unit-change-fee", "500.00"], ["unit-change-fee", "500.00"]]);
    expect(r.events[1]!.trace[0]).toEqual({ rule: "SUB-CHG-1", fact: "changed", data: { from: "A-101", to: "A-102", fee: "500.00" } });
    expect(applySubscriptionEvent(signed(), { type: "change-unit", on: "2024-10-05", unit: "A-104", price: 1 }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-CHG-1", fact: "not-between", data: { status: "contracted" } } });
    expect(applySubscriptionEvent(after([subscribe]), { type: "change-unit", on: "2024-10-05", unit: "A-101", price: 1 }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-CHG-1", fact: "same-unit" } });
    expect(applySubscriptionEvent({}, { type: "change-unit", on: "2024-10-05", unit: "A-104", price: 1 }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-CHG-1" } });
  });

  it("SUB-SIGN-3: after the first installment, no unit change and no change of payment method", () => {
    const s = paid();
    const unit = applySubscriptionEvent(s, { type: "change-unit", on: "2024-10-02", unit: "A-102", price: 990000 }, seed);
    expect(unit).toMatchObject({ ok: false, refusal: { rule: "SUB-SIGN-3", fact: "locked", data: { change: "unit-change" } } });
    expect(explainTrace(unit.trace)).toEqual(["SUB-SIGN-3 首期楼款已交：不再办理换房手续"]);
    expect(explainTrace(unit.trace, { locale: "en" })).toEqual(["SUB-SIGN-3 the first installment is paid: no unit change"]);
    expect(applySubscriptionEvent(s, { type: "change-payment-method", on: "2024-10-02", method: "full" }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-SIGN-3", fact: "locked", data: { change: "payment-method-change" } } });
    expect(applySubscriptionEvent(after([subscribe]), { type: "change-payment-method", on: "2024-09-27", method: "full" }, seed)).toMatchObject({ ok: true, state: { paymentMethod: "full" }, charges: [] });
  });

  it("SUB-SIGN-1: every named owner signs in person or by a notarised power of attorney", () => {
    const s = paid();
    const sign = (signers: unknown) => applySubscriptionEvent(s, { type: "sign-contract", on: "2024-10-02", signers } as SubscriptionEventInput, seed);
    expect(sign([{ owner: "张三", by: "in-person" }])).toMatchObject({ ok: false, refusal: { rule: "SUB-SIGN-1", fact: "owner-missing", data: { owner: "李梅" } } });
    expect(sign([{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "proxy" }])).toMatchObject({ ok: false, refusal: { rule: "SUB-SIGN-1", fact: "not-notarised", data: { owner: "李梅" } } });
    expect(sign([{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "proxy", notarised: true }])).toMatchObject({ ok: true, state: { status: "contracted" } });
    expect(sign([{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "proxy", notarised: true, foreign: true }])).toMatchObject({ ok: false, refusal: { rule: "SUB-SIGN-1", fact: "foreign-proxy" } });
    expect(sign([{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "proxy", notarised: true, foreign: true, consular: true, translated: true }])).toMatchObject({ ok: true });
    expect(applySubscriptionEvent(after([subscribe]), { type: "sign-contract", on: "2024-10-02", signers: [{ owner: "张三", by: "in-person" }] }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-DEP-2" } });
  });

  it("SUB-SIGN-4: installments fall due on the contract dates without notice", () => {
    const s = paid();
    const r = applySubscriptionEvent(
      s,
      { type: "sign-contract", on: "2024-10-02", signers: [{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "in-person" }], installments: [{ due: "2025-01-02", amount: 100000 }, { due: "2024-12-01", amount: 100000 }] },
      seed,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.installments.map((i) => i.due)).toEqual(["2024-12-01", "2025-01-02"]);
    const check = applySubscriptionEvent(r.state, { type: "check-deadline", on: "2024-12-15" }, seed);
    expect(r.trace.at(-1)).toEqual({ rule: "SUB-SIGN-4", fact: "scheduled", data: { installments: 2, first: "2024-12-01" } });
    expect(check).toMatchObject({ ok: true, trace: [{ rule: "SUB-SIGN-4", fact: "due", data: { due: 1, on: "2024-12-15" } }] });
  });

  it("SUB-CHG-2: after the contract, an owner change needs the seller's consent and costs ¥1,000", () => {
    const s = signed();
    expect(applySubscriptionEvent(s, { type: "change-owner", on: "2024-11-01", owners: ["张三"], sellerConsent: false }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-CHG-2", fact: "no-consent" } });
    expect(applySubscriptionEvent(s, { type: "change-owner", on: "2024-11-01", owners: ["张三"], sellerConsent: true }, seed)).toMatchObject({
      ok: true,
      state: { owners: ["张三"], ownerChanges: 1 },
      charges: [{ code: "owner-change-fee", rule: "SUB-CHG-2", amount: "1000.00", payer: "buyer" }],
      trace: [{ rule: "SUB-CHG-2", fact: "changed", data: { from: ["张三", "李梅"], to: ["张三"], fee: "1000.00" } }],
    });
    expect(applySubscriptionEvent(after([subscribe]), { type: "change-owner", on: "2024-11-01", owners: ["张三"], sellerConsent: true }, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-CHG-2" } });
  });

  it("SUB-EV-3: a card holder who gives up returns the card for the intention money; an ended subscription takes no more events", () => {
    const r = applySubscriptionEvent({ card: 7, intentionMoney: 10000 }, { type: "cancel", on: "2024-09-26", reason: "no-fault" }, seed);
    expect(r).toMatchObject({ ok: true, state: { status: "void" }, charges: [{ code: "intention-money-refund", amount: "10000.00", payer: "seller" }] });
    if (!r.ok) return;
    expect(r.trace).toEqual([{ rule: "SUB-EV-3", fact: "card-returned", data: { refund: "10000.00" } }]);
    expect(applySubscriptionEvent(r.state, subscribe, seed)).toMatchObject({ ok: false, refusal: { rule: "SUB-EV-3", fact: "ended", data: { status: "void" } } });
    expect(applySubscriptionEvent({ card: 8 }, { type: "cancel", on: "2024-09-26", reason: "no-fault" }, seed)).toMatchObject({ ok: true, charges: [], trace: [{ rule: "SUB-EV-3", fact: "card-returned-no-money" }] });
  });

  it("a refused event leaves the caller's state untouched and carries no charges", () => {
    const s = paid();
    const copy = structuredClone(s);
    const r = applySubscriptionEvent(s, { type: "change-unit", on: "2024-10-02", unit: "A-102", price: 990000 }, seed);
    expect(r.ok).toBe(false);
    expect("charges" in r).toBe(false);
    expect(s).toEqual(copy);
  });

  it("rejects an unknown event, a bad date and a bad state with the path", () => {
    expect(thrown(() => applySubscriptionEvent({}, { type: "teleport", on: "2024-09-26" } as unknown as SubscriptionEventInput, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["event", "type"] });
    expect(thrown(() => applySubscriptionEvent({}, { ...subscribe, on: "2024-13-01" }, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["event", "on"] });
    expect(thrown(() => applySubscriptionEvent({ status: "subscribed" }, subscribe, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["state", "unit"] });
    expect(thrown(() => replaySubscription([subscribe, { type: "cancel", on: "x", reason: "no-fault" }], seed))).toMatchObject({ code: "INVALID_INPUT", path: ["events", 1, "on"] });
    expect(thrown(() => applySubscriptionEvent({}, { ...subscribe, deadline: "2024-09-01" }, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["event", "deadline"] });
    const { deadline: _d, ...open } = subscribe as Extract<SubscriptionEventInput, { type: "subscribe" }>;
    void _d;
    expect(thrown(() => replaySubscription([{ type: "check-deadline", on: "2024-09-01" }, open], seed))).toMatchObject({ code: "MISSING_PARAMETER", path: ["events", 1, "deadline"] });
  });
});

describe("replaySubscription", () => {
  it("SUB-DEP-2: replays in date order and reports refused events without changing the state", () => {
    const r = replaySubscription(
      [
        { type: "pay-first-installment", on: "2024-10-01", amount: 280000 },
        subscribe,
        { type: "change-unit", on: "2024-10-02", unit: "A-102", price: 990000 },
      ],
      seed,
    );
    expect(r.events.map((e) => [e.index, e.type, e.ok])).toEqual([
      [1, "subscribe", true],
      [0, "pay-first-installment", true],
      [2, "change-unit", false],
    ]);
    expect(r.events[2]!.refusal).toEqual({ rule: "SUB-SIGN-3", fact: "locked", data: { change: "unit-change" } });
    expect(r.trace).toEqual([{ rule: "SUB-DEP-2", fact: "replayed", data: { accepted: 2, refused: 1, status: "first-installment-paid" } }]);
    expect(explainTrace(r.trace)).toEqual(["SUB-DEP-2 2个事项办理，1个被拒；最终状态已交首期楼款"]);
    expect(r.state).toMatchObject({ status: "first-installment-paid", unit: "A-101" });
    expect(r.charges.map((c) => c.amount)).toEqual(["20000.00", "280000.00"]);
  });
});

describe("the returned state", () => {
  it("SUB-DEP-1: gives every amount in yuan with 2 decimals and refuses events dated before the subscription", () => {
    const r = applySubscriptionEvent({ intentionMoney: 10000 }, subscribe, seed);
    expect(r.ok && r.state).toMatchObject({ intentionMoney: "10000.00", deposit: "20000.00", firstInstallment: "0.00", price: "1000000.00" });
    const s = after([subscribe]);
    expect(thrown(() => applySubscriptionEvent(s, { type: "check-deadline", on: "2024-09-01" }, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["event", "on"] });
  });
});
