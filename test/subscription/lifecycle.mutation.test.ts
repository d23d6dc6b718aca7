import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import {
  applySubscriptionEvent,
  depositOnCancellation,
  subscriptionPresets,
  type ContractSignerInput,
  type SubscriptionEventInput,
  type SubscriptionState,
  type SubscriptionStateInput,
} from "../../src/subscription";

// Written against the survivors of `npm run test:mutation` on src/subscription/lifecycle-handlers.ts,
// lifecycle.ts, lifecycle-schema.ts, due-dates.ts and deposit-law.ts: each event on each status,
// with the whole answer compared — state, charges (code, rule, amount, payer) and trace — and each
// refusal with its rule, fact, data and a trace that is the refusal alone.

const seed = subscriptionPresets.changzhouOlympicGarden;

type Data = Record<string, unknown>;
const refused = (rule: string, fact: string, data: Data = {}) => ({ ok: false, refusal: { rule, fact, data }, trace: [{ rule, fact, data }] });

/** A state as shoulou returns it: every field, amounts in yuan with 2 decimals. */
const present = (s: Partial<SubscriptionState>): SubscriptionState => ({
  status: "card-holder",
  unit: null,
  price: null,
  deposit: "0.00",
  depositEffect: "0.00",
  paymentMethod: null,
  owners: [],
  subscribedOn: null,
  deadline: null,
  firstInstallment: "0.00",
  contractedOn: null,
  installments: [],
  unitChanges: 0,
  ownerChanges: 0,
  releasedUnit: null,
  ...s,
});

const SUBSCRIBED = {
  status: "subscribed",
  unit: "A-101",
  price: "1000000.00",
  deposit: "20000.00",
  depositEffect: "20000.00",
  paymentMethod: "mortgage",
  owners: ["张三", "李梅"],
  subscribedOn: "2024-09-26",
  deadline: "2024-10-10",
} as const satisfies Partial<SubscriptionState>;
const PAID = { ...SUBSCRIBED, status: "first-installment-paid", firstInstallment: "280000.00" } as const satisfies Partial<SubscriptionState>;
const CONTRACTED = {
  ...PAID,
  status: "contracted",
  contractedOn: "2024-10-02",
  installments: [
    { due: "2024-11-01", amount: "100000.00" },
    { due: "2024-12-01", amount: "100000.00" },
    { due: "2025-01-01", amount: "100000.00" },
  ],
} as const satisfies Partial<SubscriptionState>;

const subscribe = { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "mortgage", owners: ["张三", "李梅"], deadline: "2024-10-10" } as const satisfies SubscriptionEventInput;
const apply = (state: SubscriptionStateInput, event: SubscriptionEventInput, policy = seed as object) => applySubscriptionEvent(state, event, policy);
const inPerson = (owner: string): ContractSignerInput => ({ owner, by: "in-person" });
const sign = (on: string, signers: ContractSignerInput[], installments: { due: string; amount: number }[] = []): SubscriptionEventInput => ({ type: "sign-contract", on, signers, installments });

describe("subscribe", () => {
  it("SUB-DEP-1: subscribing with the event's card number gives the whole subscribed state, the deposit charge and the trace", () => {
    expect(apply({}, { ...subscribe, card: 7 })).toEqual({
      ok: true,
      state: present({ ...SUBSCRIBED, card: 7 }),
      charges: [{ code: "deposit", rule: "SUB-DEP-1", amount: "20000.00", payer: "buyer" }],
      trace: [
        { rule: "SUB-DEP-1", fact: "paid", data: { deposit: "20000.00", paidIn: "cash", unit: "A-101" } },
        { rule: "SUB-DEP-2", fact: "deadline", data: { deadline: "2024-10-10" } },
      ],
    });
  });

  it("SUB-DEP-1: the card holder's own card number stays when the event names none; with no number at all the state has no card field", () => {
    const kept = apply({ card: 3, intentionMoney: 500 }, subscribe);
    expect(kept.ok && kept.state).toEqual(present({ ...SUBSCRIBED, card: 3, intentionMoney: "500.00" }));
    const none = apply({}, subscribe);
    expect(none.ok && "card" in none.state).toBe(false);
  });

  it("SUB-DEP-1: a policy that takes the deposit in any form accepts a transfer", () => {
    const r = apply({}, { ...subscribe, paidIn: "transfer" }, { ...seed, depositPaidIn: "any" });
    expect(r.ok).toBe(true);
    expect(r.trace[0]).toEqual({ rule: "SUB-DEP-1", fact: "paid", data: { deposit: "20000.00", paidIn: "transfer", unit: "A-101" } });
  });

  it("SUB-DEP-1: a wrong amount or a deposit not in cash is refused, and the trace is the refusal alone", () => {
    expect(apply({}, { ...subscribe, deposit: 10000 })).toEqual(refused("SUB-DEP-1", "amount", { required: "20000.00", given: "10000.00" }));
    expect(apply({}, { ...subscribe, paidIn: "card" })).toEqual(refused("SUB-DEP-1", "cash-only", { paidIn: "card" }));
  });

  it("SUB-EV-2: a card already subscribed cannot subscribe again; the trace is the refusal alone", () => {
    expect(apply(SUBSCRIBED, { ...subscribe, on: "2024-09-27" })).toEqual(refused("SUB-EV-2", "one-unit", { status: "subscribed" }));
  });

  it("SUB-DEP-2: a deadline on the day of the subscription is accepted; one before it is INVALID_INPUT at event.deadline", () => {
    const r = apply({}, { ...subscribe, deadline: "2024-09-26" });
    expect(r.ok && r.state.deadline).toBe("2024-09-26");
    const e = expectShoulou(() => apply({}, { ...subscribe, deadline: "2024-09-25" }), "INVALID_INPUT", ["event", "deadline"]);
    expect(e.message).toContain("the deadline is before the subscription");
  });

  it("SUB-DEP-2: no deadline and no signingDeadlineDays is MISSING_PARAMETER, saying what to give", () => {
    const { deadline: _d, ...noDeadline } = subscribe;
    void _d;
    const e = expectShoulou(() => apply({}, noDeadline), "MISSING_PARAMETER", ["event", "deadline"]);
    expect(e.message).toBe("MISSING_PARAMETER at event.deadline: give the deadline, or a policy with signingDeadlineDays");
  });

  it("SUB-DEP-2: a policy deadline past 9999-12-31 is OUT_OF_RANGE at event.on, saying which period and from which date", () => {
    const { deadline: _d, ...noDeadline } = subscribe;
    void _d;
    const e = expectShoulou(() => apply({}, { ...noDeadline, on: "9999-12-30" }, { ...seed, signingDeadlineDays: 7 }), "OUT_OF_RANGE", ["event", "on"]);
    expect(e.message).toBe("OUT_OF_RANGE at event.on: the deadline (on + the policy's signingDeadlineDays), 7 day(s) after 9999-12-30, falls after 9999-12-31");
    // the last day of the calendar is still a deadline
    const last = apply({}, { ...noDeadline, on: "9999-12-24" }, { ...seed, signingDeadlineDays: 7 });
    expect(last.ok && last.state.deadline).toBe("9999-12-31");
  });
});

describe("change-unit", () => {
  const change = (price: number) => ({ type: "change-unit", on: "2024-09-28", unit: "A-102", price }) as const;

  it("SUB-CHG-1: a unit change between agreement and contract costs ¥500; a deposit within 20% of the new price raises no flag", () => {
    expect(apply(SUBSCRIBED, change(990000))).toEqual({
      ok: true,
      state: present({ ...SUBSCRIBED, unit: "A-102", price: "990000.00", unitChanges: 1 }),
      charges: [{ code: "unit-change-fee", rule: "SUB-CHG-1", amount: "500.00", payer: "buyer" }],
      trace: [{ rule: "SUB-CHG-1", fact: "changed", data: { from: "A-101", to: "A-102", fee: "500.00" } }],
    });
    // exactly 20%: the whole deposit is still a deposit
    const edge = apply(SUBSCRIBED, change(100000));
    expect(edge.ok && edge.state.depositEffect).toBe("20000.00");
    expect(edge.trace).toEqual([{ rule: "SUB-CHG-1", fact: "changed", data: { from: "A-101", to: "A-102", fee: "500.00" } }]);
  });

  it("SUB-LAW-1: changing to a unit whose 20% is below the deposit flags it and lowers the deposit's effect", () => {
    const r = apply(SUBSCRIBED, change(60000));
    expect(r.ok && r.state.depositEffect).toBe("12000.00");
    expect(r.trace).toEqual([
      { rule: "SUB-CHG-1", fact: "changed", data: { from: "A-101", to: "A-102", fee: "500.00" } },
      { rule: "SUB-LAW-1", fact: "flag", data: { deposit: "20000.00", price: "60000.00", rate: "0.2", cap: "12000.00", effect: "12000.00" } },
    ]);
  });

  it("SUB-CHG-1: no change before the agreement, nor to the same unit; the trace is the refusal alone", () => {
    expect(apply({}, change(990000))).toEqual(refused("SUB-CHG-1", "not-between", { status: "card-holder" }));
    expect(apply(SUBSCRIBED, { ...change(990000), unit: "A-101" })).toEqual(refused("SUB-CHG-1", "same-unit", { unit: "A-101" }));
  });
});

describe("pay-first-installment", () => {
  const pay = (on: string) => ({ type: "pay-first-installment", on, amount: 280000 }) as const;

  it("SUB-DEP-2: the first installment on the deadline day is accepted; the deposit counts toward the price and changes lock", () => {
    expect(apply(SUBSCRIBED, pay("2024-10-10"))).toEqual({
      ok: true,
      state: present(PAID),
      charges: [{ code: "first-installment", rule: "SUB-DEP-2", amount: "280000.00", payer: "buyer" }],
      trace: [
        { rule: "SUB-DEP-2", fact: "paid-in-time", data: { amount: "280000.00", deadline: "2024-10-10" } },
        { rule: "SUB-LAW-4", fact: "toward-price", data: { deposit: "20000.00" } },
        { rule: "SUB-SIGN-3", fact: "from-now", data: {} },
      ],
    });
  });

  it("SUB-DEP-2: a day after the deadline, or with no agreement, or paid twice, the installment is refused", () => {
    expect(apply(SUBSCRIBED, pay("2024-10-11"))).toEqual(refused("SUB-DEP-2", "overdue", { deadline: "2024-10-10", on: "2024-10-11" }));
    expect(apply({}, pay("2024-10-01"))).toEqual(refused("SUB-DEP-2", "not-subscribed", { status: "card-holder" }));
    expect(apply(PAID, pay("2024-10-01"))).toEqual(refused("SUB-DEP-2", "not-subscribed", { status: "first-installment-paid" }));
  });
});

describe("change-payment-method", () => {
  const method = { type: "change-payment-method", on: "2024-10-01", method: "full" } as const;

  it("SUB-SIGN-3: before the first installment the payment method changes, with a trace of from and to", () => {
    expect(apply(SUBSCRIBED, method)).toEqual({
      ok: true,
      state: present({ ...SUBSCRIBED, paymentMethod: "full" }),
      charges: [],
      trace: [{ rule: "SUB-SIGN-3", fact: "method-changed", data: { from: "mortgage", to: "full" } }],
    });
  });

  it("SUB-SIGN-3: after the first installment, and after the contract, the payment method is locked", () => {
    expect(apply(PAID, method)).toEqual(refused("SUB-SIGN-3", "locked", { change: "payment-method-change" }));
    expect(apply(CONTRACTED, { ...method, on: "2024-10-05" })).toEqual(refused("SUB-SIGN-3", "locked", { change: "payment-method-change" }));
  });

  it("SUB-DEP-1: a card holder has no agreement whose payment method could change", () => {
    expect(apply({}, method)).toEqual(refused("SUB-DEP-1", "no-agreement", { status: "card-holder" }));
  });
});

describe("sign-contract", () => {
  const both = [inPerson("张三"), inPerson("李梅")];

  it("SUB-SIGN-4: the contract is signed with the installments sorted by due date (ties in the given order), no charges", () => {
    const r = apply(PAID, sign("2024-10-02", both, [
      { due: "2025-03-01", amount: 100 },
      { due: "2024-12-01", amount: 200 },
      { due: "2025-01-01", amount: 300 },
      { due: "2025-01-01", amount: 400 },
      { due: "2024-11-01", amount: 500 },
    ]));
    expect(r).toEqual({
      ok: true,
      state: present({
        ...PAID,
        status: "contracted",
        contractedOn: "2024-10-02",
        installments: [
          { due: "2024-11-01", amount: "500.00" },
          { due: "2024-12-01", amount: "200.00" },
          { due: "2025-01-01", amount: "300.00" },
          { due: "2025-01-01", amount: "400.00" },
          { due: "2025-03-01", amount: "100.00" },
        ],
      }),
      charges: [],
      trace: [
        { rule: "SUB-SIGN-1", fact: "signed", data: { count: 2, owners: ["张三", "李梅"] } },
        { rule: "SUB-SIGN-4", fact: "scheduled", data: { installments: 5, first: "2024-11-01" } },
      ],
    });
  });

  it("SUB-SIGN-4: two installments on one day keep the caller's order", () => {
    const r = apply(PAID, sign("2024-10-02", both, [
      { due: "2025-01-01", amount: 2 },
      { due: "2025-01-01", amount: 1 },
      { due: "2025-01-01", amount: 3 },
    ]));
    expect(r.ok && r.state.installments.map((i) => i.amount)).toEqual(["2.00", "1.00", "3.00"]);
  });

  it("SUB-SIGN-1: signing on the deadline day is accepted; after it, before the installment, or with nothing to sign, it is refused", () => {
    const onDeadline = apply(PAID, sign("2024-10-10", both));
    expect(onDeadline.ok && onDeadline.state.contractedOn).toBe("2024-10-10");
    expect(onDeadline.trace).toEqual([{ rule: "SUB-SIGN-1", fact: "signed", data: { count: 2, owners: ["张三", "李梅"] } }]);
    expect(apply(PAID, sign("2024-10-11", both))).toEqual(refused("SUB-DEP-2", "overdue", { deadline: "2024-10-10", on: "2024-10-11" }));
    expect(apply(SUBSCRIBED, sign("2024-10-02", both))).toEqual(refused("SUB-DEP-2", "installment-first"));
    expect(apply({}, sign("2024-10-02", both))).toEqual(refused("SUB-DEP-2", "nothing-to-sign", { status: "card-holder" }));
  });

  it("SUB-SIGN-1: every owner signs in person or by a notarised proxy; a missing or unnotarised owner is refused", () => {
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三")]))).toEqual(refused("SUB-SIGN-1", "owner-missing", { owner: "李梅" }));
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三"), { owner: "李梅", by: "proxy" }]))).toEqual(refused("SUB-SIGN-1", "not-notarised", { owner: "李梅" }));
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三"), { owner: "李梅", by: "proxy", notarised: true }])).ok).toBe(true);
  });

  it("SUB-SIGN-1: an owner named twice is taken at the first mention", () => {
    const r = apply(PAID, sign("2024-10-02", [inPerson("张三"), inPerson("李梅"), { owner: "李梅", by: "proxy" }]));
    expect(r.ok).toBe(true);
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三"), { owner: "李梅", by: "proxy" }, inPerson("李梅")]))).toEqual(refused("SUB-SIGN-1", "not-notarised", { owner: "李梅" }));
  });

  it("SUB-SIGN-1: a foreign owner's proxy needs both the consular notarisation and the translation; in person a foreigner needs neither", () => {
    const foreignProxy = (consular: boolean, translated: boolean): ContractSignerInput => ({ owner: "李梅", by: "proxy", notarised: true, foreign: true, consular, translated });
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三"), foreignProxy(true, false)]))).toEqual(refused("SUB-SIGN-1", "foreign-proxy", { owner: "李梅" }));
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三"), foreignProxy(false, true)]))).toEqual(refused("SUB-SIGN-1", "foreign-proxy", { owner: "李梅" }));
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三"), foreignProxy(true, true)])).ok).toBe(true);
    expect(apply(PAID, sign("2024-10-02", [inPerson("张三"), { owner: "李梅", by: "in-person", foreign: true }])).ok).toBe(true);
  });
});

describe("change-owner", () => {
  const owners = { type: "change-owner", on: "2024-10-05", owners: ["王五"], sellerConsent: true } as const;

  it("SUB-CHG-2: after the contract, with the seller's consent, the owners change for ¥1,000", () => {
    expect(apply(CONTRACTED, owners)).toEqual({
      ok: true,
      state: present({ ...CONTRACTED, owners: ["王五"], ownerChanges: 1 }),
      charges: [{ code: "owner-change-fee", rule: "SUB-CHG-2", amount: "1000.00", payer: "buyer" }],
      trace: [{ rule: "SUB-CHG-2", fact: "changed", data: { from: ["张三", "李梅"], to: ["王五"], fee: "1000.00" } }],
    });
  });

  it("SUB-CHG-2: before the contract, or without consent, the owners do not change; the trace is the refusal alone", () => {
    expect(apply(PAID, owners)).toEqual(refused("SUB-CHG-2", "before-contract", { status: "first-installment-paid" }));
    expect(apply(CONTRACTED, { ...owners, sellerConsent: false })).toEqual(refused("SUB-CHG-2", "no-consent"));
  });
});

describe("check-deadline", () => {
  it("SUB-SIGN-4: under a contract the check counts the installments due on or before the day", () => {
    expect(apply(CONTRACTED, { type: "check-deadline", on: "2024-12-01" })).toEqual({
      ok: true,
      state: present(CONTRACTED),
      charges: [],
      trace: [{ rule: "SUB-SIGN-4", fact: "due", data: { due: 2, on: "2024-12-01" } }],
    });
    expect(apply(CONTRACTED, { type: "check-deadline", on: "2024-10-31" }).trace).toEqual([{ rule: "SUB-SIGN-4", fact: "due", data: { due: 0, on: "2024-10-31" } }]);
  });

  it("SUB-DEP-2: a card holder has no deadline, even with a date recorded in its state", () => {
    for (const state of [{}, { deadline: "2024-10-01" }]) {
      const r = apply(state, { type: "check-deadline", on: "2024-10-11" });
      expect(r).toEqual({ ok: true, state: present(state as Partial<SubscriptionState>), charges: [], trace: [{ rule: "SUB-DEP-2", fact: "no-deadline", data: { on: "2024-10-11" } }] });
    }
  });
});

describe("cancel", () => {
  const cancel = (reason: "buyer-default" | "seller-default" | "no-fault", on = "2024-10-01") => ({ type: "cancel", on, reason }) as const;

  it("SUB-EV-3: a card returned with no intention money on record, or with ¥0, is void with no refund", () => {
    for (const state of [{}, { intentionMoney: 0 }]) {
      const r = apply(state, cancel("no-fault"));
      expect(r).toMatchObject({ ok: true, state: { status: "void" }, charges: [], trace: [{ rule: "SUB-EV-3", fact: "card-returned-no-money", data: {} }] });
      expect(r.trace).toHaveLength(1);
    }
  });

  it("SUB-EV-3: a returned card gets its intention money back from the seller", () => {
    expect(apply({ card: 12, intentionMoney: "5000" }, cancel("no-fault"))).toEqual({
      ok: true,
      state: present({ status: "void", card: 12, intentionMoney: "5000.00" }),
      charges: [{ code: "intention-money-refund", rule: "SUB-EV-3", amount: "5000.00", payer: "seller" }],
      trace: [{ rule: "SUB-EV-3", fact: "card-returned", data: { refund: "5000.00" } }],
    });
  });

  it("SUB-LAW-2: after the contract there is no cancelling under the deposit rules", () => {
    expect(apply(CONTRACTED, cancel("seller-default", "2024-10-05"))).toEqual(refused("SUB-LAW-2", "after-contract"));
  });

  it("SUB-LAW-2: the seller's default returns the deposit double; the unit is released", () => {
    expect(apply(SUBSCRIBED, cancel("seller-default"))).toEqual({
      ok: true,
      state: present({ ...SUBSCRIBED, status: "cancelled", unit: null, releasedUnit: "A-101" }),
      charges: [
        { code: "deposit-refund", rule: "SUB-LAW-2", amount: "20000.00", payer: "seller" },
        { code: "deposit-penalty", rule: "SUB-LAW-2", amount: "20000.00", payer: "seller" },
      ],
      trace: [{ rule: "SUB-LAW-2", fact: "seller-default", data: { deposit: "20000.00", paid: "40000.00" } }],
    });
  });

  it("SUB-LAW-3: no one's fault returns the deposit; SUB-LAW-4 a paid first installment comes back too", () => {
    const r = apply(PAID, cancel("no-fault"));
    expect(r).toEqual({
      ok: true,
      state: present({ ...PAID, status: "cancelled", unit: null, releasedUnit: "A-101" }),
      charges: [
        { code: "deposit-refund", rule: "SUB-LAW-3", amount: "20000.00", payer: "seller" },
        { code: "first-installment-refund", rule: "SUB-LAW-4", amount: "280000.00", payer: "seller" },
      ],
      trace: [
        { rule: "SUB-LAW-3", fact: "no-fault", data: { returned: "20000.00" } },
        { rule: "SUB-LAW-4", fact: "installment-returned", data: { amount: "280000.00" } },
      ],
    });
  });
});

describe("applySubscriptionEvent: ended subscriptions, dates and bad input", () => {
  it("SUB-DEP-2: a forfeited subscription refuses every event; SUB-LAW-2 so does a cancelled one; SUB-EV-3 and a void card", () => {
    const check = { type: "check-deadline", on: "2024-10-20" } as const;
    expect(apply({ status: "forfeited" }, check)).toEqual(refused("SUB-DEP-2", "ended", { status: "forfeited" }));
    expect(apply({ status: "cancelled" }, check)).toEqual(refused("SUB-LAW-2", "ended", { status: "cancelled" }));
    expect(apply({ status: "void" }, { type: "cancel", on: "2024-10-20", reason: "no-fault" })).toEqual(refused("SUB-EV-3", "ended", { status: "void" }));
  });

  it("SUB-DEP-2: an event dated before the subscription's last step is INVALID_INPUT at event.on, naming that date", () => {
    const e = expectShoulou(() => apply(CONTRACTED, { type: "check-deadline", on: "2024-10-01" }), "INVALID_INPUT", ["event", "on"]);
    expect(e.message).toBe("INVALID_INPUT at event.on: the event is dated before the subscription's last step on 2024-10-02");
    expectShoulou(() => apply(SUBSCRIBED, { type: "check-deadline", on: "2024-09-25" }), "INVALID_INPUT", ["event", "on"]);
  });

  it("SUB-DEP-1: a subscribed, paid or contracted state must name its unit, price, payment method, dates (INVALID_INPUT at state.<field>)", () => {
    const check = { type: "check-deadline", on: "2024-10-20" } as const;
    const { unit: _u, ...noUnit } = SUBSCRIBED;
    const { deadline: _d, ...noDeadline } = PAID;
    const { price: _p, ...noPrice } = CONTRACTED;
    void [_u, _d, _p];
    expect(expectShoulou(() => apply(noUnit, check), "INVALID_INPUT", ["state", "unit"]).message).toContain("a subscribed subscription needs unit");
    expect(expectShoulou(() => apply(noDeadline, check), "INVALID_INPUT", ["state", "deadline"]).message).toContain("a first-installment-paid subscription needs deadline");
    expect(expectShoulou(() => apply(noPrice, check), "INVALID_INPUT", ["state", "price"]).message).toContain("a contracted subscription needs price");
  });

  it("SUB-DEP-1: a policy that does not fit is INVALID_POLICY", () => {
    expectShoulou(() => apply({}, subscribe, { ...seed, deposit: 0 }), "INVALID_POLICY", ["deposit"]);
  });
});

describe("depositOnCancellation", () => {
  it("SUB-LAW-2: the seller's default pays back the deposit and as much again, as two refund lines", () => {
    expect(depositOnCancellation({ deposit: 20000, price: 1000000, reason: "seller-default" }, seed).charges).toEqual([
      { code: "deposit-refund", rule: "SUB-LAW-2", amount: "20000.00", payer: "seller" },
      { code: "deposit-penalty", rule: "SUB-LAW-2", amount: "20000.00", payer: "seller" },
    ]);
  });

  it("SUB-LAW-3: no fault returns the deposit; SUB-LAW-4 the first installment is returned as its own line", () => {
    expect(depositOnCancellation({ deposit: 20000, price: 1000000, reason: "no-fault", firstInstallment: 5000 }, seed).charges).toEqual([
      { code: "deposit-refund", rule: "SUB-LAW-3", amount: "20000.00", payer: "seller" },
      { code: "first-installment-refund", rule: "SUB-LAW-4", amount: "5000.00", payer: "seller" },
    ]);
  });

  it("SUB-LAW-1: a cap rate above 1 is INVALID_POLICY", () => {
    expectShoulou(() => depositOnCancellation({ deposit: 20000, price: 1000000, reason: "no-fault" }, { ...seed, depositCapRate: "1.5" }), "INVALID_POLICY", ["depositCapRate"]);
  });
});
