import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import {
  applySubscriptionEvent,
  depositOnCancellation,
  planSelectionEvent,
  replaySubscription,
  requiredDocuments,
  resolveUnitPicks,
  subscriptionPresets,
  type SubscriptionEventInput,
} from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;
// Where a list or a text is expected: zod's length checks used to compare this object with a number (INTERNAL).
const trap = () => ({ length: { toString: 1, valueOf: 1 } }) as never;
const subscribe: Extract<SubscriptionEventInput, { type: "subscribe" }> = { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "full", owners: ["张三"], deadline: "2024-10-10" };

describe("hostile input", () => {
  it("a value with a trap `length` where a list or text is expected is INVALID_INPUT at its path, never INTERNAL", () => {
    const cases: [() => unknown, string, (string | number)[]][] = [
      [() => planSelectionEvent({ dates: ["2024-09-26"], cards: trap() }, seed), "INVALID_INPUT", ["cards"]],
      [() => planSelectionEvent({ dates: trap(), cards: [] }, seed), "INVALID_INPUT", ["dates"]],
      [() => resolveUnitPicks({ dates: ["2024-09-26"], units: trap(), cards: [] }, seed), "INVALID_INPUT", ["units"]],
      [() => resolveUnitPicks({ dates: ["2024-09-26"], units: [], cards: [{ number: 1, preferences: trap() }] }, seed), "INVALID_INPUT", ["cards", 0, "preferences"]],
      [() => resolveUnitPicks({ dates: ["2024-09-26"], units: [trap()], cards: [] }, seed), "INVALID_INPUT", ["units", 0]],
      [() => resolveUnitPicks({ dates: ["2024-09-26"], units: [], cards: [{ number: 1, holder: trap() }] }, seed), "INVALID_INPUT", ["cards", 0, "holder"]],
      [() => applySubscriptionEvent({}, { ...subscribe, owners: trap() }, seed), "INVALID_INPUT", ["event", "owners"]],
      [() => applySubscriptionEvent({}, { ...subscribe, unit: trap() }, seed), "INVALID_INPUT", ["event", "unit"]],
      [() => applySubscriptionEvent({ installments: trap() }, subscribe, seed), "INVALID_INPUT", ["state", "installments"]],
      [() => applySubscriptionEvent({}, { type: "sign-contract", on: "2024-09-26", signers: trap() } as SubscriptionEventInput, seed), "INVALID_INPUT", ["event", "signers"]],
      [() => replaySubscription(trap(), seed), "INVALID_INPUT", ["events"]],
      [() => requiredDocuments({ buyer: "individual", stage: "sign" }, { breaks: trap() }), "INVALID_POLICY", ["breaks"]],
      [() => requiredDocuments({ buyer: "individual", stage: "sign" }, { release: trap(), mortgageBankCard: trap() }), "INVALID_POLICY", ["release"]],
      [() => depositOnCancellation({ deposit: trap(), price: 1, reason: "no-fault" }, seed), "INVALID_INPUT", ["deposit"]],
    ];
    for (const [call, code, path] of cases) expect(thrown(call)).toMatchObject({ code, path });
  });

  it("SUB-EV-1: more cards, units, dates or preferences than the limits are OUT_OF_RANGE at the list, before any work", () => {
    const many = (n: number) => new Array(n).fill({ number: 1 }) as { number: number }[];
    expect(thrown(() => planSelectionEvent({ dates: ["2024-09-26"], cards: many(100_001) }, seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["cards"] });
    expect(thrown(() => resolveUnitPicks({ dates: ["2024-09-26"], units: new Array(100_001).fill("A"), cards: [] }, seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["units"] });
    expect(thrown(() => planSelectionEvent({ dates: new Array(367).fill("2024-09-26"), cards: [] }, seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["dates"] });
    const prefs = new Array(1_001).fill("A") as string[];
    expect(thrown(() => resolveUnitPicks({ dates: ["2024-09-26"], units: ["A"], cards: [{ number: 1, preferences: prefs }] }, seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["cards", 0, "preferences"] });
    const full = new Array(1_000).fill("A") as string[];
    const cards = Array.from({ length: 2_001 }, (_, i) => ({ number: i + 1, preferences: full }));
    expect(thrown(() => resolveUnitPicks({ dates: ["2024-09-26"], units: ["A"], cards }, seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["cards", 2_000, "preferences"] });
    expect(thrown(() => replaySubscription(new Array(10_001).fill({ type: "check-deadline", on: "2024-09-26" }), seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["events"] });
  });

  it("SUB-EV-3: a refund due after 9999-12-31 is OUT_OF_RANGE at the date it runs from, never a '+010000' date", () => {
    expect(thrown(() => resolveUnitPicks({ dates: ["9999-12-30"], units: [], cards: [{ number: 1, present: false }] }, seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["dates", 0] });
    expect(thrown(() => resolveUnitPicks({ dates: ["9999-12-30", "2024-09-26"], units: [], cards: [{ number: 1 }, { number: 2 }] }, { ...seed, dailyCap: 1 }))).toMatchObject({ code: "OUT_OF_RANGE", path: ["dates", 0] });
    expect(thrown(() => resolveUnitPicks({ dates: ["2024-09-26"], noticeDate: "9999-12-31", units: [], cards: [{ number: 1, present: false }] }, seed))).toMatchObject({ code: "OUT_OF_RANGE", path: ["noticeDate"] });
    const last = resolveUnitPicks({ dates: ["9999-12-28"], units: [], cards: [{ number: 1, present: false }] }, seed);
    expect(last.forfeits[0]!.refund.dueBy).toBe("9999-12-31");
    // the last days of the calendar still make an event
    expect(planSelectionEvent({ year: 9999, cards: [{ number: 1 }] }, { eventFrom: "12-30", eventTo: "12-31" }).dates).toEqual(["9999-12-30", "9999-12-31"]);
  });

  it("SUB-DEP-2: a signing deadline after 9999-12-31 is OUT_OF_RANGE at the event's date", () => {
    const { deadline: _d, ...open } = subscribe;
    void _d;
    const policy = { ...seed, signingDeadlineDays: 5 };
    expect(thrown(() => applySubscriptionEvent({}, { ...open, on: "9999-12-30" }, policy))).toMatchObject({ code: "OUT_OF_RANGE", path: ["event", "on"] });
    expect(thrown(() => replaySubscription([{ ...open, on: "9999-12-30" }], policy))).toMatchObject({ code: "OUT_OF_RANGE", path: ["events", 0, "on"] });
    expect(applySubscriptionEvent({}, { ...open, on: "9999-12-26" }, policy)).toMatchObject({ ok: true, state: { deadline: "9999-12-31" } });
  });
});
