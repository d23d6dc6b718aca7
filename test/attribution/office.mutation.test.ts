import { describe, expect, it } from "vitest";
import { attributeCustomer, attributionPresets, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/office.ts: the order of events at one
// instant (time, records before contacts, then id — never the caller's list order) and the
// per-channel list of registrations that fit no customer.

const t = (local: string) => `${local}+08:00`;
const P = attributionPresets.channelPractice;
const customers = [{ id: "C3", phone: "13900001111" }];
const reg = (id: string, at: string, channel: string, phone = "13900001111"): AttributionEventInput => ({ id, kind: "channel-registration", at: t(at), channel, phone });
const visit = (id: string, at: string, channel?: string): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer: "C3", agent: "A1", ...(channel ? { channel } : {}) });
const c3 = (asOf: string, events: AttributionEventInput[]) => attributeCustomer({ customer: "C3", asOf: t(asOf), events, customers }, P);

describe("ATT-CH-4: registrations at one instant", () => {
  it("ATT-CH-4: a full and a masked registration at one instant: the smaller id wins, although it is listed second", () => {
    const r = c3("2024-10-03T00:00:00", [reg("z", "2024-10-01T09:00:00", "K2", "139****1111"), reg("a", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-02T10:00:00")]);
    expect(r.channel).toEqual({ channel: "K1", registration: "a", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-11-01T00:00:00") });
    expect(r.trace.filter((s) => s.rule === "ATT-CH-4")).toEqual([{ rule: "ATT-CH-4", fact: "later", data: { event: "z", channel: "K2", at: t("2024-10-01T09:00:00"), winner: "K1" } }]);
  });
});

describe("ATT-CH-5: a channel's registrations that fit no customer", () => {
  it("ATT-CH-5: with two such registrations, a visit between them names the earlier one and flags it", () => {
    const events = [reg("s1", "2024-10-01T09:00:00", "K9", "13700000000"), reg("s2", "2024-10-03T09:00:00", "K9", "13700000001"), visit("v", "2024-10-02T10:00:00", "K9")];
    const r = c3("2024-10-04T00:00:00", events);
    expect(r.trace.filter((s) => s.rule === "ATT-CH-5")).toEqual([
      { rule: "ATT-CH-5", fact: "registration-fits-no-customer", data: { event: "v", channel: "K9", at: t("2024-10-02T10:00:00"), registration: "s1", registeredAt: t("2024-10-01T09:00:00"), phone: "13700000000" } },
    ]);
    expect(r.review).toEqual([{ rule: "ATT-CH-2", fact: "no-customer", data: { event: "s1", channel: "K9", at: t("2024-10-01T09:00:00"), phone: "13700000000" } }]);
  });
});
