import { describe, expect, it } from "vitest";
import { attributeAll, attributeCustomer, attributionPresets, maskRegistrationPhone, type AttributionEventInput, type AttributionPolicyInput } from "../../src/index";

const t = (local: string) => `${local}+08:00`;
const P = attributionPresets.channelPractice;
const withMode = (channel: NonNullable<AttributionPolicyInput["channel"]>): AttributionPolicyInput => ({ ...P, channel: { ...P.channel, ...channel } });
const customers = [
  { id: "C1", phone: "13812345678" },
  { id: "C2", phone: "13899995678" },
  { id: "C3", phone: "13900001111" },
];
const reg = (id: string, at: string, channel: string, phone: string): AttributionEventInput => ({ id, kind: "channel-registration", at: t(at), channel, phone });
const visit = (id: string, at: string, customer: string, agent: string, channel?: string): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer, agent, ...(channel ? { channel } : {}) });
const deal = (id: string, at: string, customer: string, agent: string): AttributionEventInput => ({ id, kind: "deal", at: t(at), customer, agent });

describe("channel registration (报备)", () => {
  it("ATT-CH-1: registration→visit→deal credits the channel when the visit and the deal fall in their windows", () => {
    const events = [reg("r", "2024-10-01T09:00:00", "K1", "13900001111"), visit("v", "2024-10-03T10:00:00", "C3", "A1", "K1"), deal("d", "2024-10-20T10:00:00", "C3", "A1")];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-11-30T00:00:00"), events, customers }, P);
    expect(r.channel).toEqual({ channel: "K1", registration: "r", mode: "registration-to-visit-to-deal", protectedUntil: null });
  });

  it("ATT-CH-1: a visit after the registration window lapses the registration", () => {
    const events = [reg("r", "2024-10-01T09:00:00", "K1", "13900001111"), visit("v", "2024-10-04T00:00:00", "C3", "A1", "K1")];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-05T00:00:00"), events, customers }, P);
    expect(r.channel).toBeNull();
  });

  it("ATT-CH-1: registration→deal protects the customer for its days from the registration", () => {
    const policy = withMode({ mode: "registration-to-deal", registrationToDealDays: 10 });
    const events = [reg("r", "2024-10-01T09:00:00", "K1", "13900001111")];
    const open = attributeCustomer({ customer: "C3", asOf: t("2024-10-05T00:00:00"), events, customers }, policy);
    expect(open.channel?.protectedUntil).toBe("2024-10-11T00:00:00+08:00");
    const lapsed = attributeCustomer({ customer: "C3", asOf: t("2024-10-11T00:00:00"), events, customers }, policy);
    expect(lapsed.channel).toBeNull();
  });

  it("ATT-CH-1: visit→deal starts the protection at the first visit", () => {
    const policy = withMode({ mode: "visit-to-deal", visitToDealDays: 7 });
    const events = [reg("r", "2024-09-01T09:00:00", "K1", "13900001111"), visit("v", "2024-10-01T10:00:00", "C3", "A1")];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-02T00:00:00"), events, customers }, policy);
    expect(r.channel?.protectedUntil).toBe("2024-10-08T00:00:00+08:00");
  });

  it("ATT-CH-2: a masked phone (first 3 + last 4) that fits one customer registers it", () => {
    expect(maskRegistrationPhone("13900001111")).toBe("139****1111");
    const events = [reg("r", "2024-10-01T09:00:00", "K1", "139****1111"), visit("v", "2024-10-02T10:00:00", "C3", "A1")];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events, customers }, P);
    expect(r.channel?.channel).toBe("K1");
  });

  it("ATT-CH-3: a masked phone matching two customers is flagged for a manager, not guessed", () => {
    const events = [reg("r", "2024-10-01T09:00:00", "K1", "138****5678"), visit("v1", "2024-10-02T10:00:00", "C1", "A1"), visit("v2", "2024-10-02T11:00:00", "C2", "A2")];
    const all = attributeAll({ asOf: t("2024-10-03T00:00:00"), events, customers }, P);
    for (const a of all.attributions.filter((x) => x.customer !== "C3")) {
      expect(a.channel).toBeNull();
      expect(a.review[0]?.rule).toBe("ATT-CH-3");
    }
    expect(all.review).toHaveLength(1);
  });

  it("ATT-CH-4: the earliest valid registration wins", () => {
    const events = [reg("r2", "2024-10-01T10:00:00", "K2", "13900001111"), reg("r1", "2024-10-01T09:00:00", "K1", "13900001111"), visit("v", "2024-10-02T10:00:00", "C3", "A1")];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events, customers }, P);
    expect(r.channel?.channel).toBe("K1");
    expect(r.trace.some((s) => s.rule === "ATT-CH-4")).toBe(true);
  });

  it("ATT-CH-5: a visit brought by a channel without a registration gives the channel nothing", () => {
    const events = [visit("v", "2024-10-02T10:00:00", "C3", "A1", "K9")];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events, customers }, P);
    expect(r.channel).toBeNull();
    expect(r.trace.some((s) => s.rule === "ATT-CH-5")).toBe(true);
  });

  it("ATT-CH-6: a natural visit before the registration beats the channel under first-claim-wins, not under channel-wins", () => {
    const events = [visit("v0", "2024-10-01T10:00:00", "C3", "A1"), reg("r", "2024-10-02T09:00:00", "K1", "13900001111"), visit("v", "2024-10-03T10:00:00", "C3", "A1", "K1")];
    const first = attributeCustomer({ customer: "C3", asOf: t("2024-10-04T00:00:00"), events, customers }, P);
    expect(first.channel).toBeNull();
    expect(first.trace.some((s) => s.rule === "ATT-CH-6")).toBe(true);
    const channelWins = attributeCustomer({ customer: "C3", asOf: t("2024-10-04T00:00:00"), events, customers }, withMode({ conflict: "channel-wins" }));
    expect(channelWins.channel?.channel).toBe("K1");
    expect(channelWins.owner).toBe("A1");
  });

  it("ATT-CH-6: agent-wins gives the channel nothing when an agent recorded the customer as a relative", () => {
    const events: AttributionEventInput[] = [
      reg("r", "2024-10-01T09:00:00", "K1", "13900001111"),
      { id: "rel", kind: "relative-record", at: t("2024-10-01T12:00:00"), customer: "C3", agent: "A2", relation: "relative" },
      visit("v", "2024-10-02T10:00:00", "C3", "A1", "K1"),
    ];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events, customers }, withMode({ conflict: "agent-wins" }));
    expect(r.owner).toBe("A2");
    expect(r.channel).toBeNull();
  });

  it("ATT-CH-7: the same person by ID number, and a spouse, are attributed together", () => {
    const register = [
      { id: "C1", phone: "13812345678", idNumber: "310101199001011234", family: [{ customer: "C5", relation: "spouse" as const }] },
      { id: "C4", phone: "13700000000", idNumber: "310101199001011234" },
      { id: "C5" },
      { id: "C6", family: [{ customer: "C1", relation: "sibling" as const }] },
    ];
    const events = [visit("v1", "2024-10-01T10:00:00", "C1", "A7"), visit("v4", "2024-10-02T10:00:00", "C4", "A3"), visit("v5", "2024-10-03T10:00:00", "C5", "A4"), visit("v6", "2024-10-03T10:00:00", "C6", "A5")];
    const all = attributeAll({ asOf: t("2024-10-04T00:00:00"), events, customers: register }, P);
    const owner = Object.fromEntries(all.attributions.map((a) => [a.customer, a.owner]));
    expect(owner).toEqual({ C1: "A7", C4: "A7", C5: "A7", C6: "A5" });
    const withSiblings = attributeAll({ asOf: t("2024-10-04T00:00:00"), events, customers: register }, { ...P, familyRelations: ["parent", "spouse", "child", "sibling"] });
    expect(withSiblings.attributions.find((a) => a.customer === "C6")?.owner).toBe("A7");
    expect(all.attributions[0]?.trace[0]?.rule).toBe("ATT-CH-7");
    for (const a of all.attributions) {
      expect(attributeCustomer({ customer: a.customer, asOf: t("2024-10-04T00:00:00"), events, customers: register }, P)).toEqual(a);
    }
  });
});
