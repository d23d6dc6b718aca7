import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  applySubscriptionEvent,
  depositOnCancellation,
  isShoulouError,
  replaySubscription,
  subscriptionPresets,
  sumYuan,
  type SubscriptionEventInput,
} from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;
const RUNS = { numRuns: 150 };
const day = fc.integer({ min: 0, max: 30 }).map((n) => addDays("2024-09-20", n));
const unit = fc.constantFrom("A-101", "A-102", "B-201");
const price = fc.constantFrom(60000, 990000, 1000000, 2500000.5);
const owners = fc.constantFrom<string[]>(["甲"], ["甲", "乙"]);

const eventArb: fc.Arbitrary<SubscriptionEventInput> = fc.oneof(
  fc.record({ type: fc.constant("subscribe" as const), on: day, unit, price, paymentMethod: fc.constantFrom("full" as const, "mortgage" as const), owners, deadline: fc.constant("2024-10-20"), paidIn: fc.constantFrom("cash" as const, "cash" as const, "transfer" as const) }),
  fc.record({ type: fc.constant("change-unit" as const), on: day, unit, price }),
  fc.record({ type: fc.constant("pay-first-installment" as const), on: day, amount: fc.constantFrom(100000, 280000) }),
  fc.record({ type: fc.constant("change-payment-method" as const), on: day, method: fc.constantFrom("full" as const, "mortgage" as const) }),
  fc.record({
    type: fc.constant("sign-contract" as const),
    on: day,
    signers: fc.constantFrom<{ owner: string; by: "in-person" | "proxy"; notarised?: boolean }[]>([{ owner: "甲", by: "in-person" }], [{ owner: "甲", by: "in-person" }, { owner: "乙", by: "proxy", notarised: true }]),
  }),
  fc.record({ type: fc.constant("change-owner" as const), on: day, owners, sellerConsent: fc.boolean() }),
  fc.record({ type: fc.constant("check-deadline" as const), on: day }),
  fc.record({ type: fc.constant("cancel" as const), on: day, reason: fc.constantFrom("buyer-default" as const, "seller-default" as const, "no-fault" as const) }),
);
const eventsArb = fc.array(eventArb, { maxLength: 12 });

describe("subscription lifecycle laws", () => {
  it("refused events leave the state unchanged: dropping them changes nothing", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const all = replaySubscription(events, seed);
        const kept = all.events.filter((e) => e.ok).map((e) => events[e.index]!);
        const again = replaySubscription(kept, seed);
        expect(again.state).toEqual(all.state);
        expect(again.events.every((e) => e.ok)).toBe(true);
      }),
      RUNS,
    );
  });

  it("a refused event returns no state and no charges, and the caller's state stands", () => {
    fc.assert(
      fc.property(eventsArb, eventArb, (events, next) => {
        const { state } = replaySubscription(events, seed);
        const before = structuredClone(state);
        const since = state.contractedOn ?? state.subscribedOn;
        if (since !== null && next.on < since) {
          // out of date order: malformed, not a refusal
          expect(() => applySubscriptionEvent(state, next, seed)).toThrow(/INVALID_INPUT at event.on/);
          return;
        }
        const r = applySubscriptionEvent(state, next, seed);
        expect(state).toEqual(before);
        if (!r.ok) {
          expect(r).not.toHaveProperty("state");
          expect(r).not.toHaveProperty("charges");
          expect(r.trace.at(-1)?.rule).toBe(r.refusal.rule);
        }
      }),
      RUNS,
    );
  });

  it("charges only come from accepted events", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const r = replaySubscription(events, seed);
        for (const e of r.events) if (!e.ok) expect(e.charges).toEqual([]);
        expect(r.charges).toEqual(r.events.flatMap((e) => e.charges));
        for (const c of r.charges) expect(c.amount).toMatch(/^\d+\.\d{2}$/);
      }),
      RUNS,
    );
  });

  it("replay is deterministic and never mutates its input", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const copy = structuredClone(events);
        const a = replaySubscription(events, seed);
        const b = replaySubscription(copy, seed);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(events).toEqual(copy);
        expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a); // plain JSON out
        expect(replaySubscription([], seed, a.state).state).toStrictEqual(a.state); // the state goes straight back in
      }),
      RUNS,
    );
  });

  it("the seller never keeps more than the deposit, and the buyer gets back at least the excess over the cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.constantFrom("buyer-default" as const, "seller-default" as const, "no-fault" as const),
        (depositFen, priceFen, reason) => {
          const r = depositOnCancellation({ deposit: depositFen / 100, price: priceFen / 100, reason });
          expect(sumYuan([r.depositEffect, r.excess])).toBe(r.deposit);
          expect(Number(r.sellerKeeps)).toBeLessThanOrEqual(Number(r.depositEffect));
          expect(sumYuan([r.sellerKeeps, r.buyerReceives])).toBe(reason === "seller-default" ? sumYuan([r.deposit, r.depositEffect]) : r.deposit);
        },
      ),
      RUNS,
    );
  });

  it("arbitrary event sequences never throw anything but ShoulouError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.oneof(fc.constant(seed), fc.anything()), (state, event, policy) => {
        for (const fn of [
          () => applySubscriptionEvent(state as never, event as never, policy as never),
          () => replaySubscription([event] as never, policy as never),
          () => replaySubscription(state as never),
        ]) {
          try {
            fn();
          } catch (e) {
            expect(isShoulouError(e), String(e)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
