import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { replaySubscription, subscriptionPresets, type SubscriptionEventInput } from "../../src/subscription";

// Written against the survivors of `npm run test:mutation` on src/subscription/replay.ts: events
// replayed in date order with ties in the caller's order, a refused event's report, the size
// limit's message, and where a bad policy or starting state is reported.

const seed = subscriptionPresets.changzhouOlympicGarden;
const subscribe: SubscriptionEventInput = { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "full", owners: ["李四"], deadline: "2024-10-10" };

describe("replaySubscription", () => {
  it("SUB-DEP-2: events are replayed in date order, whatever the order given; each keeps its index in the caller's list", () => {
    const r = replaySubscription(
      [
        { type: "check-deadline", on: "2024-10-11" },
        { type: "pay-first-installment", on: "2024-10-01", amount: 300000 },
        subscribe,
        { type: "change-unit", on: "2024-09-28", unit: "A-102", price: 990000 },
      ],
      seed,
    );
    expect(r.events.map((e) => [e.index, e.type, e.on, e.ok])).toEqual([
      [2, "subscribe", "2024-09-26", true],
      [3, "change-unit", "2024-09-28", true],
      [1, "pay-first-installment", "2024-10-01", true],
      [0, "check-deadline", "2024-10-11", true],
    ]);
    expect(r.state.status).toBe("forfeited");
    expect(r.trace).toEqual([{ rule: "SUB-DEP-2", fact: "replayed", data: { accepted: 4, refused: 0, status: "forfeited" } }]);
  });

  it("SUB-DEP-2: events on the same day keep the caller's order, so paying before subscribing that day is refused", () => {
    const pay: SubscriptionEventInput = { type: "pay-first-installment", on: "2024-09-26", amount: 300000 };
    const inOrder = replaySubscription([subscribe, pay], seed);
    expect(inOrder.events.map((e) => [e.index, e.ok])).toEqual([
      [0, true],
      [1, true],
    ]);
    const reversed = replaySubscription([pay, subscribe], seed);
    expect(reversed.events[0]).toEqual({
      index: 0,
      type: "pay-first-installment",
      on: "2024-09-26",
      ok: false,
      refusal: { rule: "SUB-DEP-2", fact: "not-subscribed", data: { status: "card-holder" } },
      charges: [],
      trace: [{ rule: "SUB-DEP-2", fact: "not-subscribed", data: { status: "card-holder" } }],
    });
    expect(reversed.events[1]).toMatchObject({ index: 1, ok: true });
    expect(reversed.charges).toEqual([{ code: "deposit", rule: "SUB-DEP-1", amount: "20000.00", payer: "buyer" }]);
    expect(reversed.trace).toEqual([{ rule: "SUB-DEP-2", fact: "replayed", data: { accepted: 1, refused: 1, status: "subscribed" } }]);
  });

  it("SUB-DEP-2: three events on one day and one earlier keep the caller's order among the three", () => {
    const check = (on: string): SubscriptionEventInput => ({ type: "check-deadline", on });
    const r = replaySubscription([check("2024-09-27"), check("2024-09-27"), check("2024-09-26"), check("2024-09-27")], seed);
    expect(r.events.map((e) => e.index)).toEqual([2, 0, 1, 3]);
  });

  it("SUB-DEP-2: more than 10,000 events is OUT_OF_RANGE at events, saying the limit and the count", () => {
    const e = expectShoulou(() => replaySubscription(new Array(10_001).fill({ type: "check-deadline", on: "2024-09-26" }), seed), "OUT_OF_RANGE", ["events"]);
    expect(e.message).toBe("OUT_OF_RANGE at events: at most 10,000 events, got 10,001");
  });

  it("SUB-DEP-1: a bad policy is INVALID_POLICY; a bad starting state is INVALID_INPUT under initial", () => {
    expectShoulou(() => replaySubscription([subscribe], { ...seed, deposit: -1 }), "INVALID_POLICY", ["deposit"]);
    expectShoulou(() => replaySubscription([subscribe], seed, { status: "pending" as never }), "INVALID_INPUT", ["initial", "status"]);
  });
});
