import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { planSelectionEvent, subscriptionPolicySchema, subscriptionPresets, type SubscriptionPolicyInput } from "../../src/subscription";

// Written against the survivors of `npm run test:mutation` on src/subscription/policy.ts: the
// month-day dates of the event, the order of a break's ends, the latest end against the start,
// eventFrom/eventTo together and in order, and breaks in order without overlap. Each policy is
// given to planSelectionEvent, which refuses it with INVALID_POLICY at the field (and says why), or
// plans the day with it.

const seed = subscriptionPresets.changzhouOlympicGarden;
const oneCard = { cards: [{ number: 1 }], dates: ["2024-09-26"] };
const plan = (policy: SubscriptionPolicyInput) => planSelectionEvent(oneCard, policy);
const refused = (policy: SubscriptionPolicyInput, path: (string | number)[], message: string) =>
  expect(expectShoulou(() => plan(policy), "INVALID_POLICY", path).message).toContain(message);

describe("subscriptionPolicySchema: the event's month-days", () => {
  it("SUB-EV-1: eventFrom and eventTo are real month-days MM-DD (13-01 and 02-30 are not)", () => {
    refused({ ...seed, eventFrom: "13-01", eventTo: "13-02" }, ["eventFrom"], "must be a month and day MM-DD");
    refused({ ...seed, eventTo: "02-30" }, ["eventTo"], "must be a month and day MM-DD");
    // 02-29 exists (the check uses a leap year)
    expect(subscriptionPolicySchema.safeParse({ ...seed, eventFrom: "02-29", eventTo: "03-01" }).success).toBe(true);
  });

  it("SUB-EV-1: eventFrom without eventTo is refused at eventTo, eventTo without eventFrom at eventFrom", () => {
    refused({ ...seed, eventTo: undefined }, ["eventTo"], "eventFrom and eventTo go together");
    refused({ ...seed, eventFrom: undefined }, ["eventFrom"], "eventFrom and eventTo go together");
  });

  it("SUB-EV-1: eventTo before eventFrom is refused at eventTo; a one-day event (the same day) is planned", () => {
    refused({ ...seed, eventFrom: "09-30", eventTo: "09-26" }, ["eventTo"], "must not be before eventFrom");
    expect(planSelectionEvent({ cards: [{ number: 1 }], year: 2024 }, { ...seed, eventFrom: "09-28", eventTo: "09-28" }).dates).toEqual(["2024-09-28"]);
  });
});

describe("subscriptionPolicySchema: the day's times", () => {
  it("SUB-EV-8: a break that ends before it starts, or when it starts, is refused at its end", () => {
    refused({ ...seed, breaks: [{ from: "13:00", to: "12:00" }] }, ["breaks", 0, "to"], "a break must end after it starts");
    refused({ ...seed, breaks: [{ from: "12:00", to: "12:00" }] }, ["breaks", 0, "to"], "a break must end after it starts");
  });

  it("SUB-EV-8: the latest end must come after the start time (equal is refused too)", () => {
    refused({ ...seed, latestEnd: "10:00" }, ["latestEnd"], "must be after startTime");
    refused({ ...seed, latestEnd: "10:15" }, ["latestEnd"], "must be after startTime");
    refused({ ...seed, startTime: "09:00", latestEnd: "08:59" }, ["latestEnd"], "must be after startTime");
  });

  it("SUB-EV-8: overlapping or unordered breaks are refused at the later break's start", () => {
    refused({ ...seed, breaks: [{ from: "11:00", to: "12:00" }, { from: "11:30", to: "12:30" }] }, ["breaks", 1, "from"], "breaks must be in order and not overlap");
    refused({ ...seed, breaks: [{ from: "12:00", to: "12:30" }, { from: "11:00", to: "11:30" }] }, ["breaks", 1, "from"], "breaks must be in order and not overlap");
  });

  it("SUB-EV-8: back-to-back breaks, ordered breaks and a break from midnight are accepted, and the day skips them", () => {
    const p = { ...seed, startTime: "00:15", latestEnd: "23:00", groupSize: 1, dailyCap: 3, slotMinutes: 30, breaks: [{ from: "00:00", to: "01:00" }, { from: "01:30", to: "02:00", label: "reset" }, { from: "02:00", to: "02:30" }] };
    const r = planSelectionEvent({ cards: [{ number: 1 }, { number: 2 }, { number: 3 }], dates: ["2024-09-26"] }, p);
    expect(r.days[0]!.breaks).toEqual([
      { from: "2024-09-26T00:00:00+08:00", to: "2024-09-26T01:00:00+08:00", label: null },
      { from: "2024-09-26T01:30:00+08:00", to: "2024-09-26T02:00:00+08:00", label: "reset" },
      { from: "2024-09-26T02:00:00+08:00", to: "2024-09-26T02:30:00+08:00", label: null },
    ]);
    expect(r.days[0]!.groups.map((g) => [g.start.slice(11, 16), g.end.slice(11, 16)])).toEqual([
      ["01:00", "01:30"],
      ["02:30", "03:00"],
      ["03:00", "03:30"],
    ]);
  });
});
