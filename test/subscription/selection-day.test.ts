import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { explainTrace, planSelectionEvent, subscriptionPresets } from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;
const cards = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ number: from + i }));


describe("planSelectionEvent", () => {
  it("SUB-EV-8: the seed's day — group 1 is cards 1–10 at 10:15–10:30 and 100 cards end at 14:00", () => {
    const plan = planSelectionEvent({ year: 2024, cards: cards(100) }, seed);
    const day = plan.days[0]!;
    expect(day.groups[0]).toEqual({ group: 1, start: "2024-09-26T10:15:00+08:00", end: "2024-09-26T10:30:00+08:00", cards: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(day.groups).toHaveLength(10);
    expect(day.groups[9]!.end).toBe("2024-09-26T14:00:00+08:00");
    expect(day.viewing).toEqual({ from: "2024-09-26T08:30:00+08:00", to: "2024-09-26T10:00:00+08:00" });
    expect(day.briefing).toBe("2024-09-26T10:10:00+08:00");
    // the lunch break pushes group 8 from 12:00 to 13:15
    expect(day.groups[6]!.end).toBe("2024-09-26T12:00:00+08:00");
    expect(day.groups[7]!.start).toBe("2024-09-26T13:15:00+08:00");
    expect(plan.trace[2]).toEqual({
      rule: "SUB-EV-8",
      fact: "day",
      data: { startTime: "10:15", lastEnd: "14:00", latestEnd: "14:00", breaks: ["12:00-13:15"], groupsPerDay: 10, cardsPerDay: 100 },
    });
    expect(explainTrace(plan.trace)).toEqual([
      "SUB-EV-1 100张卡按卡号顺序在5天内认购，每天至多100张",
      "SUB-EV-6 每10位客户一组，每组选房15分钟",
      "SUB-EV-8 第一组10:15开始；每天可排10组（100张卡），最后一组14:00结束",
    ]);
    expect(explainTrace(plan.trace, { locale: "en" })[0]).toBe("SUB-EV-1 100 cards served in card-number order over 5 days, at most 100 a day");
  });

  it("SUB-EV-1: cards in card-number order, at most 100 a day over 9.26–9.30", () => {
    const shuffled = cards(450).reverse();
    const plan = planSelectionEvent({ year: 2024, cards: shuffled }, seed);
    expect(plan.dates).toEqual(["2024-09-26", "2024-09-27", "2024-09-28", "2024-09-29", "2024-09-30"]);
    expect(plan.days.map((d) => d.cards)).toEqual([100, 100, 100, 100, 50]);
    expect(plan.days[1]!.groups[0]!.cards[0]).toBe(101);
    expect(plan.days[0]!.closedBy).toBe("daily-cap");
    expect(plan.days[4]!.closedBy).toBe("all-served");
    expect(plan.notReached).toEqual([]);
  });

  it("SUB-EV-6: gold cards choose in groups of 10 with 15 minutes a group", () => {
    const plan = planSelectionEvent({ dates: ["2024-09-26"], cards: cards(25).map((c) => ({ ...c, kind: "gold" as const })) }, seed);
    const groups = plan.days[0]!.groups;
    expect(groups.map((g) => g.cards.length)).toEqual([10, 10, 5]);
    expect(plan.trace[1]).toEqual({ rule: "SUB-EV-6", fact: "groups", data: { groupSize: 10, slotMinutes: 15 } });
    expect(groups.map((g) => [g.start.slice(11, 16), g.end.slice(11, 16)])).toEqual([["10:15", "10:30"], ["10:30", "10:45"], ["10:45", "11:00"]]);
  });

  it("SUB-EV-6: a gold-first policy serves gold cards before VIP cards", () => {
    const plan = planSelectionEvent({ dates: ["2024-09-26"], cards: [{ number: 1 }, { number: 2, kind: "gold" }] }, { ...seed, cardOrder: "gold-first" });
    expect(plan.days[0]!.groups[0]!.cards).toEqual([2, 1]);
  });

  it("SUB-EV-5: cards beyond the event's capacity are not reached and get their two options", () => {
    const plan = planSelectionEvent({ year: 2024, cards: [...cards(502), { number: 900, carried: false }] }, seed);
    expect(plan.notReached.map((n) => n.card)).toEqual([501, 502, 900]);
    expect(plan.notReached[0]).toEqual({ card: 501, options: ["carry-to-next-event", "give-up"], automaticForfeit: false });
    expect(plan.trace.at(-1)).toEqual({ rule: "SUB-EV-5", fact: "not-reached-count", data: { notReached: 3, automatic: 0 } });
  });

  it("SUB-EV-5: carried cards are served first and, if not reached again, are forfeited automatically", () => {
    const plan = planSelectionEvent({ dates: ["2024-12-01"], cards: [...cards(100), { number: 777, carried: true }] }, seed);
    expect(plan.days[0]!.groups[0]!.cards[0]).toBe(777);
    expect(plan.notReached).toEqual([{ card: 100, options: ["carry-to-next-event", "give-up"], automaticForfeit: false }]);
    const again = planSelectionEvent({ dates: ["2024-12-01"], cards: [...cards(100), { number: 777, carried: true }] }, { ...seed, carriedCards: "by-number" });
    expect(again.notReached).toEqual([{ card: 777, options: [], automaticForfeit: true }]);
  });

  it("SUB-EV-4: villa cards are listed with their routes; a decided route takes no slot", () => {
    const plan = planSelectionEvent(
      { dates: ["2024-09-26"], cards: [{ number: 1, villaIntent: true }, { number: 2, villaIntent: true, villaRoute: "reserve" }, { number: 3 }] },
      seed,
    );
    expect(plan.villa).toEqual([
      { card: 1, route: null, options: ["pick-today", "villa-reservation", "give-up"] },
      { card: 2, route: "reserve", options: [] },
    ]);
    expect(plan.days[0]!.groups[0]!.cards).toEqual([1, 3]);
    expect(plan.trace.at(-1)).toEqual({ rule: "SUB-EV-4", fact: "options", data: { villaCards: 2 } });
  });

  it("a day without latestEnd runs until the cap; the clock closes a day before the cap when it must", () => {
    const open = planSelectionEvent({ dates: ["2024-09-26"], cards: cards(100) }, { dailyCap: 100 });
    expect(open.days[0]!.groups.at(-1)!.end).toBe("2024-09-26T12:45:00+08:00");
    const tight = planSelectionEvent({ dates: ["2024-09-26"], cards: cards(100) }, { ...seed, latestEnd: "11:00" });
    expect(tight.days[0]!.cards).toBe(30);
    expect(tight.days[0]!.closedBy).toBe("latest-end");
  });

  it("rejects bad input with ShoulouError and the path", () => {
    expect(thrown(() => planSelectionEvent({ dates: ["2024-09-26"], cards: [{ number: 1 }, { number: 1 }] }, seed))).toMatchObject({ code: "DUPLICATE", path: ["cards", 1, "number"] });
    expect(thrown(() => planSelectionEvent({ dates: ["2024-02-30"], cards: [] }, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["dates", 0] });
    expect(thrown(() => planSelectionEvent({ dates: ["2024-09-26"], cards: [] }, { groupSize: 0 }))).toMatchObject({ code: "INVALID_POLICY", path: ["groupSize"] });
    expect(thrown(() => planSelectionEvent({ cards: [] }, seed))).toMatchObject({ code: "MISSING_PARAMETER", path: ["dates"] });
    expect(thrown(() => planSelectionEvent({ dates: ["2024-09-26"], cards: [] }, { startTime: "13:00", latestEnd: "13:10" }))).toMatchObject({ code: "INVALID_POLICY", path: ["slotMinutes"] });
    expect(thrown(() => planSelectionEvent({ dates: ["2024-09-26"], cards: [{ number: 1, villaRoute: "reserve" }] }, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["cards", 0, "villaRoute"] });
    expect(thrown(() => planSelectionEvent({ dates: ["2024-09-26"], cards: [] }, { breaks: [{ from: "12:00", to: "13:00" }, { from: "12:30", to: "14:00" }] }))).toMatchObject({ code: "INVALID_POLICY", path: ["breaks", 1, "from"] });
  });
});
