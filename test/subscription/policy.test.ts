import { describe, expect, it } from "vitest";
import { expectPresetsCited } from "../helpers";
import { subscriptionPolicySchema, subscriptionPresets, subscriptionPresetSources } from "../../src/index";

describe("subscription presets", () => {
  it("every field of every preset is cited", () => {
    expectPresetsCited(subscriptionPresets, subscriptionPresetSources as never);
  });

  it("every preset is a valid policy and keeps its values", () => {
    for (const preset of Object.values(subscriptionPresets)) {
      const parsed = subscriptionPolicySchema.parse(preset);
      expect(parsed).toMatchObject({ dailyCap: 100, groupSize: 10, slotMinutes: 15, startTime: "10:15", latestEnd: "14:00" });
    }
  });

  it("SUB-EV-8: the seed's numbers — 9.26–9.30, 100 a day, groups of 10, 15 minutes, ¥20,000, ¥500, ¥1,000", () => {
    const p = subscriptionPolicySchema.parse(subscriptionPresets.changzhouOlympicGarden);
    expect([p.eventFrom, p.eventTo, p.dailyCap, p.groupSize, p.slotMinutes, p.deposit, p.unitChangeFee, p.ownerChangeFee, p.refundWindowDays]).toEqual([
      "09-26",
      "09-30",
      100,
      10,
      15,
      "20000",
      "500",
      "1000",
      3,
    ]);
  });
});
