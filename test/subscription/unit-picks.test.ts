import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { explainTrace, resolveUnitPicks, subscriptionPresets } from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;
const day = ["2024-09-26"];


describe("resolveUnitPicks", () => {
  it("SUB-EV-7: the lower card wins a contested unit, whatever the input order", () => {
    const r = resolveUnitPicks(
      { dates: day, units: ["A-101", "A-102"], cards: [{ number: 9, preferences: ["A-101", "A-102"] }, { number: 4, preferences: ["A-101"] }] },
      seed,
    );
    expect(r.allocations.map((a) => [a.card, a.units, a.ranks])).toEqual([
      [4, ["A-101"], [1]],
      [9, ["A-102"], [2]],
    ]);
    const taken = r.allocations[1]!.trace.find((t) => t.rule === "SUB-EV-7")!;
    expect(taken).toEqual({ rule: "SUB-EV-7", fact: "taken", data: { taken: 1, units: ["A-101"], byCards: [4] } });
    expect(explainTrace([taken])).toEqual(["SUB-EV-7 1套意向房号已由卡号在先者认购，如A-101（卡号4）"]);
  });

  it("SUB-EV-2: one card subscribes at most one unit", () => {
    const r = resolveUnitPicks({ dates: day, units: ["A", "B", "C"], cards: [{ number: 1, preferences: ["A", "B", "C"] }] }, seed);
    expect(r.allocations[0]!.units).toEqual(["A"]);
    expect(r.unitsLeft).toBe(2);
    const two = resolveUnitPicks({ dates: day, units: ["A", "B", "C"], cards: [{ number: 1, preferences: ["A", "B", "C"] }] }, { ...seed, unitsPerCard: 2 });
    expect(two.allocations[0]!.units).toEqual(["A", "B"]);
  });

  it("SUB-EV-3: absent and no-pick cards are void with the refund due 3 days after notice", () => {
    const r = resolveUnitPicks(
      {
        dates: day,
        units: ["A"],
        cards: [
          { number: 1, preferences: ["A"] },
          { number: 2, preferences: ["A"], intentionMoney: 50000 },
          { number: 3, present: false, preferences: ["A"] },
        ],
      },
      { ...seed, intentionMoney: 20000 },
    );
    expect(r.forfeits.map((f) => [f.card, f.reason, f.date, f.refund])).toEqual([
      [2, "no-pick", "2024-09-26", { amount: "50000.00", dueBy: "2024-09-29" }],
      [3, "absent", "2024-09-26", { amount: "20000.00", dueBy: "2024-09-29" }],
    ]);
    expect(r.forfeits[0]!.trace.slice(2)).toEqual([
      { rule: "SUB-EV-3", fact: "no-pick", data: {} },
      { rule: "SUB-EV-3", fact: "refund", data: { dueBy: "2024-09-29", windowDays: 3, amount: "50000.00" } },
    ]);
    expect(explainTrace(r.forfeits[1]!.trace)).toEqual([
      "SUB-EV-1 第3位认购：2024年9月26日第1组，10:15开始",
      "SUB-EV-3 叫号时未到认购现场",
      "SUB-EV-3 放弃优先认购权，贵宾卡作废；须于2024年9月29日前（接到通知3天内）交回贵宾卡，领回意向金¥20,000.00",
    ]);
    const noticed = resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 3, present: false }], noticeDate: "2024-10-08" }, seed);
    expect(noticed.forfeits[0]!.trace.at(-1)).toEqual({ rule: "SUB-EV-3", fact: "refund-unknown-amount", data: { dueBy: "2024-10-11", windowDays: 3 } });
    expect(noticed.forfeits[0]!.refund).toEqual({ amount: null, dueBy: "2024-10-11" });
  });

  it("SUB-EV-4: a villa card may reserve a villa or give up and return the card", () => {
    const r = resolveUnitPicks(
      {
        dates: day,
        units: ["A"],
        cards: [
          { number: 1, villaIntent: true, villaRoute: "reserve" },
          { number: 2, villaIntent: true, villaRoute: "give-up", intentionMoney: 10000 },
          { number: 3, villaIntent: true, preferences: ["A"] },
        ],
      },
      seed,
    );
    expect(r.villaReserved.map((v) => v.card)).toEqual([1]);
    expect(r.forfeits).toMatchObject([{ card: 2, reason: "villa-given-up", refund: { amount: "10000.00", dueBy: "2024-09-29" } }]);
    expect(r.allocations.map((a) => a.card)).toEqual([3]);
    expect(r.villaReserved[0]!.trace).toEqual([{ rule: "SUB-EV-4", fact: "reserved", data: {} }]);
    expect(r.forfeits[0]!.trace[0]).toEqual({ rule: "SUB-EV-4", fact: "given-up", data: {} });
  });

  it("SUB-EV-5: cards not reached carry, give up or stay undecided; a carried card that picks nothing is forfeited", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ number: i + 1, preferences: [`U${i + 1}`] }));
    const units = Array.from({ length: 101 }, (_, i) => `U${i + 1}`);
    const r = resolveUnitPicks(
      {
        dates: day,
        units,
        cards: [
          ...many,
          { number: 101, ifNotReached: "carry" },
          { number: 102, ifNotReached: "give-up", intentionMoney: 10000 },
          { number: 103 },
          { number: 500, carried: true, preferences: ["U1"] },
        ],
      },
      seed,
    );
    // the carried card is served first and takes U1, so card 1 picks nothing
    expect(r.allocations[0]).toMatchObject({ card: 500, units: ["U1"] });
    expect(r.forfeits.map((f) => [f.card, f.reason])).toEqual([
      [1, "no-pick"],
      [102, "gave-up"],
    ]);
    expect(r.forfeits[1]!.refund).toEqual({ amount: "10000.00", dueBy: "2024-09-29" });
    expect(r.carried.map((c) => c.card)).toEqual([101]);
    expect(r.notReached.map((c) => [c.card, c.options])).toEqual([
      [100, ["carry-to-next-event", "give-up"]],
      [103, ["carry-to-next-event", "give-up"]],
    ]);
    const carriedMiss = resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 1, preferences: ["A"] }, { number: 2, carried: true }] }, seed);
    expect(carriedMiss.forfeits).toMatchObject([{ card: 2, reason: "carried-no-pick" }]);
    expect(carriedMiss.forfeits[0]!.trace.map((t) => [t.rule, t.fact])).toEqual([
      ["SUB-EV-1", "served-carried"],
      ["SUB-EV-3", "no-pick"],
      ["SUB-EV-5", "carried-no-pick"],
      ["SUB-EV-3", "refund-unknown-amount"],
    ]);
    expect(r.carried[0]!.trace).toEqual([{ rule: "SUB-EV-5", fact: "carried", data: {} }]);
    expect(r.notReached[0]!.trace).toEqual([{ rule: "SUB-EV-5", fact: "not-reached", data: {} }]);
    expect(r.forfeits[1]!.trace[0]).toEqual({ rule: "SUB-EV-5", fact: "gave-up", data: {} });
  });

  it("SUB-EV-1: service follows card numbers across days and groups", () => {
    const cards = Array.from({ length: 150 }, (_, i) => ({ number: 150 - i, preferences: [`U${150 - i}`] }));
    const r = resolveUnitPicks({ year: 2024, units: cards.map((c) => `U${c.number}`), cards }, seed);
    expect(r.allocations[0]).toMatchObject({ card: 1, date: "2024-09-26", group: 1 });
    expect(r.allocations[100]).toMatchObject({ card: 101, date: "2024-09-27", group: 1 });
    expect(r.allocations[100]!.trace[0]).toEqual({ rule: "SUB-EV-1", fact: "served", data: { position: 101, date: "2024-09-27", group: 1, start: "10:15" } });
    expect(r.trace).toEqual([
      { rule: "SUB-EV-1", fact: "order", data: { cards: 150, days: 5, dailyCap: 100, order: "card-number" } },
      { rule: "SUB-EV-7", fact: "outcome", data: { allocated: 150, forfeited: 0, carried: 0, notReached: 0, villaReserved: 0, units: 150, unitsLeft: 0 } },
    ]);
  });

  it("rejects a preference for a unit not on sale, duplicates and bad dates", () => {
    expect(thrown(() => resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 1, preferences: ["A", "Z"] }] }, seed))).toMatchObject({ code: "UNKNOWN_REFERENCE", path: ["cards", 0, "preferences", 1] });
    expect(thrown(() => resolveUnitPicks({ dates: day, units: ["A", "A"], cards: [] }, seed))).toMatchObject({ code: "DUPLICATE", path: ["units", 1] });
    expect(thrown(() => resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 1, preferences: ["A", "A"] }] }, seed))).toMatchObject({ code: "DUPLICATE", path: ["cards", 0, "preferences", 1] });
    expect(thrown(() => resolveUnitPicks({ dates: day, units: ["A"], cards: [{ number: 2 }, { number: 2 }] }, seed))).toMatchObject({ code: "DUPLICATE", path: ["cards", 1, "number"] });
    expect(thrown(() => resolveUnitPicks({ dates: ["26/09/2024"], units: [], cards: [] }, seed))).toMatchObject({ code: "INVALID_INPUT", path: ["dates", 0] });
  });
});
