import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applySubscriptionEvent,
  depositOnCancellation,
  isShoulouError,
  replaySubscription,
  subscriptionPresets,
  sumYuan,
} from "../../src/index";
import { arbitraries, laws } from "../../src/testing/index";

const seed = subscriptionPresets.changzhouOlympicGarden;
const RUNS = { numRuns: 150 };
// The QA kit's generators. anyOrder: the events come in any order, as callers may send them
// (replaySubscription sorts them by date itself).
const eventsArb = arbitraries.subscriptionEvents({ anyOrder: true });
const eventArb = arbitraries.subscriptionEvents({ minEvents: 1, maxEvents: 1 }).map(([e]) => e!);

describe("subscription lifecycle laws", () => {
  // laws.subscriptionPolicy checks, on the kit's date-ordered histories: dropping the refused
  // events gives the same state; no charge is negative.
  it("laws.subscriptionPolicy holds for every shipped preset (refused events change nothing, no negative charge)", () => {
    for (const preset of Object.values(subscriptionPresets)) laws.subscriptionPolicy(preset, RUNS);
  });

  it("refused events leave the state unchanged, in any event order: dropping them changes nothing, and the rest are all accepted", () => {
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
      fc.property(arbitraries.depositCancellationInput(), (input) => {
        const r = depositOnCancellation(input);
        expect(sumYuan([r.depositEffect, r.excess])).toBe(r.deposit);
        expect(Number(r.sellerKeeps)).toBeLessThanOrEqual(Number(r.depositEffect));
        // the buyer also gets back any first installment (SUB-LAW-4)
        const returned = sumYuan([input.reason === "seller-default" ? sumYuan([r.deposit, r.depositEffect]) : r.deposit, input.firstInstallment ?? "0"]);
        expect(sumYuan([r.sellerKeeps, r.buyerReceives])).toBe(returned);
      }),
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
