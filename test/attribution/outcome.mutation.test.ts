import { describe, expect, it } from "vitest";
import { attributeCustomer, attributionPresets, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/outcome.ts: a fresh customer has no
// prior agent claim, and an expiry is stated once.

const t = (local: string) => `${local}+08:00`;
const B = attributionPresets.versionB;

describe("ATT-5: expiry is stated once", () => {
  it("ATT-5: after the owner's protection ends, later events before the next contact add no second expired step", () => {
    const events: AttributionEventInput[] = [
      { id: "v", kind: "visit", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A7" },
      { id: "rel", kind: "relative-record", at: t("2024-10-20T10:00:00"), customer: "C1", agent: "A2", relation: "friend" },
      { id: "v2", kind: "visit", at: t("2024-10-21T10:00:00"), customer: "C1", agent: "A3" },
    ];
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-22T00:00:00"), events }, B);
    expect(r.trace).toEqual([
      { rule: "ATT-1", fact: "first-contact", data: { event: "v", agent: "A7", via: "visit", at: t("2024-10-01T10:00:00") } },
      { rule: "ATT-5", fact: "protected-until", data: { agent: "A7", until: t("2024-10-16T00:00:00"), days: 15 } },
      { rule: "ATT-5", fact: "expired", data: { agent: "A7", until: t("2024-10-16T00:00:00") } },
      { rule: "ATT-3", fact: "recorded-late", data: { event: "rel", agent: "A2", relation: "friend", at: t("2024-10-20T10:00:00") } },
      { rule: "ATT-1", fact: "new-after-expiry", data: { event: "v2", agent: "A3", via: "visit", at: t("2024-10-21T10:00:00") } },
      { rule: "ATT-5", fact: "protected-until", data: { agent: "A3", until: t("2024-11-05T00:00:00"), days: 15 } },
    ]);
  });
});

describe("ATT-CH-6: no agent claim before any contact", () => {
  it("ATT-CH-6: agent-wins: a registered customer nobody has contacted yet is the channel's, awaiting the visit", () => {
    const P = attributionPresets.channelPractice;
    const r = attributeCustomer(
      { customer: "C3", asOf: t("2024-10-02T00:00:00"), events: [{ id: "r", kind: "channel-registration", at: t("2024-10-01T09:00:00"), channel: "K1", phone: "13900001111" }], customers: [{ id: "C3", phone: "13900001111" }] },
      { ...P, channel: { ...P.channel, conflict: "agent-wins" } },
    );
    expect(r.channel).toEqual({ channel: "K1", registration: "r", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-10-04T00:00:00") });
    expect(r.trace).toEqual([
      { rule: "ATT-CH-2", fact: "registered", data: { event: "r", channel: "K1", at: t("2024-10-01T09:00:00"), phone: "139****1111" } },
      { rule: "ATT-CH-1", fact: "awaiting-visit", data: { event: "r", channel: "K1", until: t("2024-10-04T00:00:00") } },
      { rule: "ATT-1", fact: "unowned", data: { reason: "no-contact" } },
    ]);
  });
});
