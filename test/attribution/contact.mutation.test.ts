import { describe, expect, it } from "vitest";
import { attributeCustomer, attributionPresets, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/contact.ts: which contacts count as
// the visit a channel registration's window waits for.

const t = (local: string) => `${local}+08:00`;

describe("ATT-CH-1: only a visit is the registered visit", () => {
  it("ATT-CH-1: a phone call inside the visit window is not a visit: no-visit-in-time once the window closes", () => {
    const events: AttributionEventInput[] = [
      { id: "r", kind: "channel-registration", at: t("2024-10-01T09:00:00"), channel: "K1", phone: "13900001111" },
      { id: "c", kind: "call", at: t("2024-10-02T10:00:00"), customer: "C3", agent: "A1" },
    ];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-05T00:00:00"), events, customers: [{ id: "C3", phone: "13900001111" }] }, attributionPresets.channelPractice);
    expect(r.owner).toBe("A1");
    expect(r.channel).toBeNull();
    expect(r.trace.filter((s) => s.rule === "ATT-CH-1")).toEqual([{ rule: "ATT-CH-1", fact: "no-visit-in-time", data: { event: "r", channel: "K1", until: t("2024-10-04T00:00:00"), days: 3 } }]);
  });
});
