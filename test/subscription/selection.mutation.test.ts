import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { planSelectionEvent, resolveUnitPicks, subscriptionPresets, type SubscriptionPolicyInput } from "../../src/subscription";

// Written against the survivors of `npm run test:mutation` on src/subscription/selection-day.ts,
// schedule.ts, unit-picks.ts and input-bounds.ts: the order of cards and villa cards, the event's
// dates (given or from the policy), how many groups a day holds, what closes a day, the viewing
// window, the refund dates and where an out-of-range one points, and the size limits with their
// messages.

const seed = subscriptionPresets.changzhouOlympicGarden;
const day = ["2024-09-26"];

describe("planSelectionEvent: order and the day", () => {
  it("SUB-EV-4: villa cards are listed by card number, whatever the input order", () => {
    const r = planSelectionEvent({ dates: day, cards: [{ number: 9, villaIntent: true }, { number: 2, villaIntent: true, villaRoute: "reserve" }, { number: 5, villaIntent: true }, { number: 1 }] }, seed);
    expect(r.villa).toEqual([
      { card: 2, route: "reserve", options: [] },
      { card: 5, route: null, options: ["pick-today", "villa-reservation", "give-up"] },
      { card: 9, route: null, options: ["pick-today", "villa-reservation", "give-up"] },
    ]);
  });

  it("SUB-EV-1: in card-number order a gold card has no precedence over a lower VIP card", () => {
    const r = planSelectionEvent({ dates: day, cards: [{ number: 5, kind: "gold" }, { number: 2, kind: "vip" }, { number: 7, kind: "vip" }] }, { ...seed, groupSize: 1, dailyCap: 3 });
    expect(r.days[0]!.groups.map((g) => g.cards)).toEqual([[2], [5], [7]]);
  });

  it("SUB-EV-1: the release is reported as the policy names it, null when it names none", () => {
    expect(planSelectionEvent({ dates: day, cards: [] }, seed).release).toBe("1.1期“洛杉矶”组团");
    const { release: _r, ...noRelease } = seed;
    void _r;
    expect(planSelectionEvent({ dates: day, cards: [] }, noRelease).release).toBeNull();
  });

  it("SUB-EV-8: a day that serves its last card exactly at the cap is closed by 'all-served', not by the cap", () => {
    const cards = Array.from({ length: 100 }, (_, i) => ({ number: i + 1 }));
    expect(planSelectionEvent({ dates: day, cards }, seed).days[0]!.closedBy).toBe("all-served");
    const more = planSelectionEvent({ dates: day, cards: [...cards, { number: 101 }] }, seed);
    expect(more.days[0]!.closedBy).toBe("daily-cap");
  });

  it("SUB-EV-8: without a latest end a day holds just the groups the daily cap needs", () => {
    const { latestEnd: _l, ...open } = seed;
    void _l;
    const r = planSelectionEvent({ dates: day, cards: [] }, { ...open, dailyCap: 25, breaks: [] });
    expect(r.trace[2]).toEqual({
      rule: "SUB-EV-8",
      fact: "day",
      data: { startTime: "10:15", lastEnd: "11:00", latestEnd: null, breaks: [], groupsPerDay: 3, cardsPerDay: 25 },
    });
  });

  it("SUB-EV-8: the viewing window is shown only when the policy gives both its ends", () => {
    const { viewingTo: _t, ...fromOnly } = seed;
    const { viewingFrom: _f, ...toOnly } = seed;
    void [_t, _f];
    expect(planSelectionEvent({ dates: day, cards: [] }, seed).days[0]!.viewing).toEqual({ from: "2024-09-26T08:30:00+08:00", to: "2024-09-26T10:00:00+08:00" });
    expect(planSelectionEvent({ dates: day, cards: [] }, fromOnly).days[0]!.viewing).toBeNull();
    expect(planSelectionEvent({ dates: day, cards: [] }, toOnly).days[0]!.viewing).toBeNull();
  });

  it("SUB-EV-5: cards carried before and not reached again count as automatic forfeits in the trace", () => {
    const r = planSelectionEvent({ dates: day, cards: [{ number: 1 }, { number: 2, carried: true }, { number: 3, carried: true }, { number: 4 }] }, { ...seed, carriedCards: "by-number", dailyCap: 1, groupSize: 1 });
    expect(r.notReached).toEqual([
      { card: 2, options: [], automaticForfeit: true },
      { card: 3, options: [], automaticForfeit: true },
      { card: 4, options: ["carry-to-next-event", "give-up"], automaticForfeit: false },
    ]);
    expect(r.trace.at(-1)).toEqual({ rule: "SUB-EV-5", fact: "not-reached-count", data: { notReached: 3, automatic: 2 } });
  });

  it("SUB-EV-6: a policy in which no group fits the day is INVALID_POLICY at slotMinutes, saying between which times", () => {
    const e = expectShoulou(() => planSelectionEvent({ dates: day, cards: [] }, { ...seed, latestEnd: "10:20" }), "INVALID_POLICY", ["slotMinutes"]);
    expect(e.message).toBe("INVALID_POLICY at slotMinutes: no group of 15 minutes fits between 10:15 and 10:20 outside the breaks");
  });
});

describe("planSelectionEvent: the event's dates", () => {
  it("SUB-EV-1: the given dates are planned in calendar order; a date given twice is DUPLICATE at its second place", () => {
    expect(planSelectionEvent({ dates: ["2024-09-28", "2024-09-26", "2024-09-27"], cards: [] }, seed).dates).toEqual(["2024-09-26", "2024-09-27", "2024-09-28"]);
    const e = expectShoulou(() => planSelectionEvent({ dates: ["2024-09-26", "2024-09-27", "2024-09-26"], cards: [] }, seed), "DUPLICATE", ["dates", 2]);
    expect(e.message).toBe("DUPLICATE at dates[2]: date 2024-09-26 is given twice");
  });

  it("SUB-EV-1: a card number given twice is DUPLICATE at the second, naming the first", () => {
    const e = expectShoulou(() => planSelectionEvent({ dates: day, cards: [{ number: 4 }, { number: 8 }, { number: 4 }] }, seed), "DUPLICATE", ["cards", 2, "number"]);
    expect(e.message).toBe("DUPLICATE at cards[2].number: card 4 is also cards[0]");
  });

  it("SUB-EV-1: a year with a policy's month-days gives the days; an early year is written with four digits", () => {
    expect(planSelectionEvent({ year: 24, cards: [] }, seed).dates).toEqual(["0024-09-26", "0024-09-27", "0024-09-28", "0024-09-29", "0024-09-30"]);
  });

  it("SUB-EV-1: 02-29 in a year that has none is OUT_OF_RANGE at year", () => {
    const e = expectShoulou(() => planSelectionEvent({ year: 2023, cards: [] }, { ...seed, eventFrom: "02-28", eventTo: "02-29" }), "OUT_OF_RANGE", ["year"]);
    expect(e.message).toBe("OUT_OF_RANGE at year: 2023-02-29 is not a date");
    expectShoulou(() => planSelectionEvent({ year: 2023, cards: [] }, { ...seed, eventFrom: "02-29", eventTo: "03-01" }), "OUT_OF_RANGE", ["year"]);
  });

  it("SUB-EV-1: no dates and no month-days in the policy is MISSING_PARAMETER at dates, saying what to give", () => {
    const { eventFrom: _f, eventTo: _t, ...noDays } = seed;
    void [_f, _t];
    const e = expectShoulou(() => planSelectionEvent({ year: 2024, cards: [] }, noDays), "MISSING_PARAMETER", ["dates"]);
    expect(e.message).toBe("MISSING_PARAMETER at dates: give the event's dates, or a year with a policy that has eventFrom and eventTo");
    expectShoulou(() => planSelectionEvent({ cards: [] }, seed), "MISSING_PARAMETER", ["dates"]);
  });
});

describe("size limits", () => {
  const many = (n: number) => new Array(n).fill({ number: 1 }) as { number: number }[];

  it("SUB-EV-1: more cards, units or dates than the limits are OUT_OF_RANGE, saying the limit and the count", () => {
    expect(expectShoulou(() => planSelectionEvent({ dates: day, cards: many(100_001) }, seed), "OUT_OF_RANGE", ["cards"]).message).toBe("OUT_OF_RANGE at cards: at most 100,000 cards, got 100,001");
    expect(expectShoulou(() => resolveUnitPicks({ dates: day, units: new Array(100_001).fill("A"), cards: [] }, seed), "OUT_OF_RANGE", ["units"]).message).toBe(
      "OUT_OF_RANGE at units: at most 100,000 units, got 100,001",
    );
    expect(expectShoulou(() => planSelectionEvent({ dates: new Array(367).fill("2024-09-26"), cards: [] }, seed), "OUT_OF_RANGE", ["dates"]).message).toBe(
      "OUT_OF_RANGE at dates: at most 366 dates, got 367",
    );
    // exactly at the limit is not refused for its size (the duplicate date is what is wrong)
    expectShoulou(() => planSelectionEvent({ dates: new Array(366).fill("2024-09-26"), cards: [] }, seed), "DUPLICATE", ["dates", 1]);
  });

  it("SUB-EV-2: more preferences than a card or all cards may have are OUT_OF_RANGE at the card's preferences, with the limit", () => {
    const prefs = new Array(1_001).fill("A") as string[];
    expect(expectShoulou(() => resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 1, preferences: prefs }] }, seed), "OUT_OF_RANGE", ["cards", 0, "preferences"]).message).toBe(
      "OUT_OF_RANGE at cards[0].preferences: at most 1,000 preferences a card, got 1,001",
    );
    const full = new Array(1_000).fill("A") as string[];
    const cards = Array.from({ length: 2_001 }, (_, i) => ({ number: i + 1, preferences: full }));
    expect(expectShoulou(() => resolveUnitPicks({ dates: day, units: ["A"], cards }, seed), "OUT_OF_RANGE", ["cards", 2_000, "preferences"]).message).toBe(
      "OUT_OF_RANGE at cards[2000].preferences: at most 2,000,000 preferences over all cards, got 2,001,000",
    );
  });

  it("SUB-EV-1: input that is not an object, has no card list, or has a card that is not an object is INVALID_INPUT, never INTERNAL", () => {
    expectShoulou(() => planSelectionEvent(null as never, seed), "INVALID_INPUT", []);
    expectShoulou(() => planSelectionEvent(undefined as never, seed), "INVALID_INPUT", []);
    expectShoulou(() => planSelectionEvent({ dates: day } as never, seed), "INVALID_INPUT", ["cards"]);
    expectShoulou(() => resolveUnitPicks({ dates: day, units: [], cards: [null as never] }, seed), "INVALID_INPUT", ["cards", 0]);
    expectShoulou(() => resolveUnitPicks({ dates: day, units: [], cards: [undefined as never] }, seed), "INVALID_INPUT", ["cards", 0]);
  });
});

describe("resolveUnitPicks", () => {
  it("SUB-EV-7: a unit listed twice, a preference not on sale, or one preferred twice is refused with its place and why", () => {
    expect(expectShoulou(() => resolveUnitPicks({ dates: day, units: ["A", "B", "A"], cards: [] }, seed), "DUPLICATE", ["units", 2]).message).toBe("DUPLICATE at units[2]: unit A is listed twice");
    expect(expectShoulou(() => resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 1, preferences: ["A", "Z"] }] }, seed), "UNKNOWN_REFERENCE", ["cards", 0, "preferences", 1]).message).toBe(
      "UNKNOWN_REFERENCE at cards[0].preferences[1]: unit Z is not on sale",
    );
    expect(expectShoulou(() => resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 1, preferences: ["A", "A"] }] }, seed), "DUPLICATE", ["cards", 0, "preferences", 1]).message).toBe(
      "DUPLICATE at cards[0].preferences[1]: unit A is preferred twice",
    );
    expectShoulou(() => resolveUnitPicks({ dates: day, units: [], cards: [] }, { ...seed, refundWindowDays: -1 }), "INVALID_POLICY", ["refundWindowDays"]);
  });

  it("SUB-EV-7: a card that loses more than five units names the first five and counts them all", () => {
    const units = ["U1", "U2", "U3", "U4", "U5", "U6", "U7"];
    const r = resolveUnitPicks({ dates: day, units, cards: [{ number: 1, preferences: units.slice(0, 6) }, { number: 2, preferences: units }] }, { ...seed, unitsPerCard: 6 });
    expect(r.allocations[1]!.trace[1]).toEqual({ rule: "SUB-EV-7", fact: "taken", data: { taken: 6, units: ["U1", "U2", "U3", "U4", "U5"], byCards: [1, 1, 1, 1, 1] } });
    const five = resolveUnitPicks({ dates: day, units, cards: [{ number: 1, preferences: units.slice(0, 5) }, { number: 2, preferences: units }] }, { ...seed, unitsPerCard: 5 });
    expect(five.allocations[1]!.trace[1]).toEqual({ rule: "SUB-EV-7", fact: "taken", data: { taken: 5, units: ["U1", "U2", "U3", "U4", "U5"], byCards: [1, 1, 1, 1, 1] } });
  });

  it("SUB-EV-4: villa cards given up run their refund from the first day; forfeits and villa reservations are listed by card number", () => {
    const r = resolveUnitPicks(
      {
        dates: ["2024-09-26", "2024-09-27"],
        units: ["A"],
        cards: [
          { number: 8, villaIntent: true, villaRoute: "give-up" },
          { number: 9, villaIntent: true, villaRoute: "reserve" },
          { number: 3, villaIntent: true, villaRoute: "reserve" },
          { number: 6, present: false },
          { number: 1, present: false },
        ],
      },
      seed,
    );
    expect(r.forfeits.map((f) => [f.card, f.reason, f.refund.dueBy])).toEqual([
      [1, "absent", "2024-09-29"],
      [6, "absent", "2024-09-29"],
      [8, "villa-given-up", "2024-09-29"],
    ]);
    expect(r.villaReserved).toEqual([
      { card: 3, trace: [{ rule: "SUB-EV-4", fact: "reserved", data: {} }] },
      { card: 9, trace: [{ rule: "SUB-EV-4", fact: "reserved", data: {} }] },
    ]);
  });

  it("SUB-EV-5: a carried card not reached again is forfeited as 'carried-no-pick', its refund from the last day", () => {
    const r = resolveUnitPicks({ dates: ["2024-09-26", "2024-09-27"], units: ["A", "B"], cards: [{ number: 1, preferences: ["A"] }, { number: 2, preferences: ["B"] }, { number: 3, carried: true }] }, { ...seed, carriedCards: "by-number", dailyCap: 1, groupSize: 1 });
    expect(r.forfeits).toEqual([
      {
        card: 3,
        reason: "carried-no-pick",
        date: null,
        refund: { amount: null, dueBy: "2024-09-30" },
        trace: [
          { rule: "SUB-EV-5", fact: "carried-not-reached", data: {} },
          { rule: "SUB-EV-3", fact: "refund-unknown-amount", data: { dueBy: "2024-09-30", windowDays: 3 } },
        ],
      },
    ]);
  });

  it("SUB-EV-3: a refund date past 9999-12-31 points at the caller's date it runs from: its place in dates, or year", () => {
    const e = expectShoulou(
      () => resolveUnitPicks({ dates: ["2024-09-26", "9999-12-30"], units: [], cards: [{ number: 1 }, { number: 2, present: false }] }, { ...seed, dailyCap: 1, groupSize: 1 }),
      "OUT_OF_RANGE",
      ["dates", 1],
    );
    expect(e.message).toBe("OUT_OF_RANGE at dates[1]: the refund date (notice + refundWindowDays), 3 day(s) after 9999-12-30, falls after 9999-12-31");
    expectShoulou(() => resolveUnitPicks({ year: 9999, units: [], cards: [{ number: 1, present: false }] }, { ...seed, eventFrom: "12-30", eventTo: "12-31" }), "OUT_OF_RANGE", ["year"]);
  });
});

describe("policy carried into both", () => {
  it("SUB-EV-1: the same invalid policy is INVALID_POLICY for planSelectionEvent and resolveUnitPicks", () => {
    const bad: SubscriptionPolicyInput = { ...seed, groupSize: 0 };
    expectShoulou(() => planSelectionEvent({ dates: day, cards: [] }, bad), "INVALID_POLICY", ["groupSize"]);
    expectShoulou(() => resolveUnitPicks({ dates: day, units: [], cards: [] }, bad), "INVALID_POLICY", ["groupSize"]);
  });
});
