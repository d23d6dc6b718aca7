import { describe, expect, it } from "vitest";
import type { TraceStep } from "../../src/core/trace";
import { attributeAll, attributeCustomer, attributionPresets, type AttributeAllInput, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/identity.ts: how the register makes
// one person or one batch (ATT-CH-7) and which phones of a group a registration can match.

const t = (local: string) => `${local}+08:00`;
const P = attributionPresets.channelPractice;
type Register = NonNullable<AttributeAllInput["customers"]>;
const visit = (id: string, at: string, customer: string, agent = "A1"): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer, agent });
const reg = (id: string, at: string, channel: string, phone: string): AttributionEventInput => ({ id, kind: "channel-registration", at: t(at), channel, phone });
const batch = (r: { trace: readonly TraceStep[] }) => r.trace.find((s) => s.rule === "ATT-CH-7");
const all = (customers: Register, events: AttributionEventInput[] = []) => attributeAll({ asOf: t("2024-10-05T00:00:00"), events, customers }, P);

describe("ATT-CH-7: one person, one batch", () => {
  it("ATT-CH-7: customers sharing a phone are one group named by the smaller id, whichever is listed first", () => {
    const step = { rule: "ATT-CH-7", fact: "batch", data: { group: "C1", size: 2, members: ["C1", "C2"] } };
    const first = all([{ id: "C1", phone: "13900001111" }, { id: "C2", phone: "13900001111" }]);
    expect(first.attributions.map((a) => batch(a))).toEqual([step, step]);
    const second = all([{ id: "C2", phone: "13900001111" }, { id: "C1", phone: "13900001111" }]);
    expect(second.attributions.map((a) => batch(a))).toEqual([step, step]);
  });

  it("ATT-CH-7: customers sharing only an ID number are one person: the later one's visit is the group's first contact", () => {
    const r = attributeCustomer({ customer: "C2", asOf: t("2024-10-05T00:00:00"), events: [visit("v", "2024-10-01T10:00:00", "C1", "A7")], customers: [{ id: "C1", idNumber: "320102199001011234" }, { id: "C2", idNumber: "320102199001011234" }] }, P);
    expect(r.owner).toBe("A7");
    expect(batch(r)).toEqual({ rule: "ATT-CH-7", fact: "batch", data: { group: "C1", size: 2, members: ["C1", "C2"] } });
  });

  it("ATT-CH-7: three customers of one phone, listed out of order: one batch of three, members sorted", () => {
    const r = all([{ id: "C1", phone: "13900001111" }, { id: "C3", phone: "13900001111" }, { id: "C2", phone: "13900001111" }]);
    expect(r.attributions.map((a) => batch(a))).toEqual(Array(3).fill({ rule: "ATT-CH-7", fact: "batch", data: { group: "C1", size: 3, members: ["C1", "C2", "C3"] } }));
  });
});

describe("ATT-CH-2: the phones a registration can match", () => {
  it("ATT-CH-2: a register customer without a phone beside a masked registration is simply not matched", () => {
    const customers = [{ id: "C0" }, { id: "C3", phone: "13900001111" }];
    const events = [reg("r", "2024-10-01T09:00:00", "K1", "139****1111"), visit("v", "2024-10-02T10:00:00", "C3"), visit("w", "2024-10-02T11:00:00", "C0")];
    const r = all(customers, events);
    expect(r.attributions.map((a) => [a.customer, a.owner, a.channel?.channel ?? null])).toEqual([["C0", "A1", null], ["C3", "A1", "K1"]]);
  });

  it("ATT-CH-2: one person with two phones: a full registration of the phone listed first still matches", () => {
    const customers = [{ id: "C3", phone: "13900001111", idNumber: "X1" }, { id: "C4", phone: "13800005678", idNumber: "X1" }];
    const events = [reg("r1", "2024-10-01T09:00:00", "K1", "13900001111"), reg("r2", "2024-10-01T10:00:00", "K2", "13800005678"), visit("v", "2024-10-02T10:00:00", "C3")];
    const r = attributeCustomer({ customer: "C4", asOf: t("2024-10-05T00:00:00"), events, customers }, P);
    expect(r.channel).toEqual({ channel: "K1", registration: "r1", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-11-01T00:00:00") });
    expect(r.trace.filter((s) => s.rule === "ATT-CH-4")).toEqual([{ rule: "ATT-CH-4", fact: "later", data: { event: "r2", channel: "K2", at: t("2024-10-01T10:00:00"), winner: "K1" } }]);
  });
});
