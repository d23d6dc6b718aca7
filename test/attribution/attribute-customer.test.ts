import { describe, expect, it } from "vitest";
import { attributeCustomer, attributionPresets, type AttributionEventInput } from "../../src/index";

const A = attributionPresets.kangchengBaihewan;
const B = attributionPresets.versionB;
const t = (local: string) => `${local}+08:00`;

const visit = (id: string, at: string, customer: string, agent: string, extra: Partial<{ ownerOnDuty: boolean; channel: string }> = {}): AttributionEventInput => ({
  id, kind: "visit", at: t(at), customer, agent, ...extra,
});

describe("attributeCustomer — seed rules", () => {
  it("ATT-1: the agent who first receives a walk-in owns the customer", () => {
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-02T09:00:00"), events: [visit("e1", "2024-10-01T10:00:00", "C1", "A7"), visit("e2", "2024-10-01T15:00:00", "C1", "A3")] }, A);
    expect(r.owner).toBe("A7");
    expect(r.basis).toBe("first-contact");
    expect(r.trace[0]?.rule).toBe("ATT-1");
  });

  it("ATT-1: a first phone call counts as first contact", () => {
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-02T09:00:00"), events: [{ id: "c", kind: "call", at: t("2024-09-30T10:00:00"), customer: "C1", agent: "A2" }, visit("v", "2024-10-01T10:00:00", "C1", "A7")] }, A);
    expect(r.owner).toBe("A2");
  });

  it("ATT-2: a chain of three introductions stays with the root customer's agent", () => {
    const events: AttributionEventInput[] = [
      visit("e1", "2024-10-01T10:00:00", "C1", "A7"),
      { id: "i2", kind: "introduction", at: t("2024-10-02T09:00:00"), customer: "C2", introducer: "C1", via: "phone", registeredBeforeVisit: true },
      visit("e2", "2024-10-02T11:00:00", "C2", "A3"),
      { id: "i3", kind: "introduction", at: t("2024-10-03T11:00:00"), customer: "C3", introducer: "C2", via: "in-person", askedFor: "A7" },
      visit("e3", "2024-10-03T11:00:00", "C3", "A4"),
      { id: "i4", kind: "introduction", at: t("2024-10-04T08:00:00"), customer: "C4", introducer: "C3", via: "phone", registeredBeforeVisit: true },
      visit("e4", "2024-10-04T10:00:00", "C4", "A5"),
    ];
    for (const c of ["C2", "C3", "C4"]) {
      const r = attributeCustomer({ customer: c, asOf: t("2024-10-05T00:00:00"), events }, A);
      expect(r.owner, c).toBe("A7");
      expect(r.basis, c).toBe("introduction-chain");
    }
  });

  it("ATT-2: a chance meeting on site does not chain", () => {
    const events: AttributionEventInput[] = [
      visit("e1", "2024-10-01T10:00:00", "C1", "A7"),
      { id: "i2", kind: "introduction", at: t("2024-10-02T11:00:00"), customer: "C2", introducer: "C1", via: "in-person" },
      visit("e2", "2024-10-02T11:00:00", "C2", "A3"),
    ];
    const r = attributeCustomer({ customer: "C2", asOf: t("2024-10-05T00:00:00"), events }, A);
    expect(r.owner).toBe("A3");
    expect(r.trace.some((s) => s.rule === "ATT-2" && s.says.includes("chance meeting"))).toBe(true);
  });

  it("ATT-1a: version B splits the credit equally with the helper; version A gives the helper nothing", () => {
    const events = [visit("e1", "2024-10-01T10:00:00", "C1", "A7"), visit("e2", "2024-10-05T10:00:00", "C1", "A3", { ownerOnDuty: false })];
    const input = { customer: "C1", asOf: t("2024-10-06T00:00:00"), events };
    expect(attributeCustomer(input, B).credit).toEqual([{ agent: "A7", share: "0.5" }, { agent: "A3", share: "0.5" }]);
    expect(attributeCustomer(input, A).credit).toEqual([{ agent: "A7", share: "1" }]);
  });
});
