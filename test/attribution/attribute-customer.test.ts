import { describe, expect, it } from "vitest";
import { attributeAll, attributeCustomer, attributionPresets, type AttributionEventInput } from "../../src/index";

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

  it("ATT-2: a chain 10,000 introductions deep is followed to its root without exhausting the stack", () => {
    const events: AttributionEventInput[] = [visit("v0", "2024-01-01T10:00:00", "C0", "A7")];
    const base = Date.parse("2024-01-01T10:00:00+08:00");
    const at = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
    for (let i = 1; i < 10_000; i++) {
      events.push({ id: `i${i}`, kind: "introduction", at: at(base + i * 60_000), customer: `C${i}`, introducer: `C${i - 1}`, via: "phone", registeredBeforeVisit: true });
      events.push({ id: `v${i}`, kind: "visit", at: at(base + i * 60_000 + 1_000), customer: `C${i}`, agent: `A${i % 5}` });
    }
    const r = attributeCustomer({ customer: "C9999", asOf: t("2024-01-20T00:00:00"), events }, A);
    expect(r).toMatchObject({ owner: "A7", basis: "introduction-chain" });
  }, 120_000);

  it("ATT-2: a cycle of 20,000 introductions, all before any visit, gives the defined answer (no owner to chain to) and never INTERNAL", () => {
    const n = 20_000;
    const base = Date.parse("2024-01-01T10:00:00+08:00");
    const at = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
    const events: AttributionEventInput[] = [];
    for (let i = 0; i < n; i++) {
      events.push({ id: `i${i}`, kind: "introduction", at: at(base + i * 60_000), customer: `C${i}`, introducer: `C${(i + n - 1) % n}`, via: "phone", registeredBeforeVisit: true });
      events.push({ id: `v${i}`, kind: "visit", at: at(base + 30 * 86_400_000 + i * 60_000), customer: `C${i}`, agent: `A${i % 5}` });
    }
    const asOf = t("2024-03-01T00:00:00");
    const one = attributeCustomer({ customer: "C10000", asOf, events }, A);
    expect(one).toMatchObject({ owner: "A0", basis: "first-contact" });
    expect(one.trace.some((s) => s.rule === "ATT-2" && s.fact === "introducer-unowned" && s.data["introducer"] === "C9999")).toBe(true);
    const all = attributeAll({ asOf, events }, A);
    expect(all.attributions).toHaveLength(n);
    expect(all.attributions.every((a) => a.basis === "first-contact" && a.owner === `A${Number(a.customer.slice(1)) % 5}`)).toBe(true);
    expect(all.attributions.find((a) => a.customer === "C10000")).toEqual(one);
  }, 120_000);

  it("ATT-2: a cycle of 20,000 introductions closed after the root's first contact chains everyone to the root's agent", () => {
    const n = 20_000;
    const base = Date.parse("2024-01-01T10:00:00+08:00");
    const at = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
    const events: AttributionEventInput[] = [{ id: "v0", kind: "visit", at: at(base), customer: "C0", agent: "A7" }];
    for (let i = 1; i <= n; i++) {
      events.push({ id: `i${i}`, kind: "introduction", at: at(base + i * 60_000), customer: `C${i % n}`, introducer: `C${i - 1}`, via: "phone", registeredBeforeVisit: true });
      if (i < n) events.push({ id: `v${i}`, kind: "visit", at: at(base + i * 60_000 + 1_000), customer: `C${i}`, agent: `A${i % 5}` });
    }
    const asOf = t("2024-01-30T00:00:00");
    expect(attributeCustomer({ customer: "C10000", asOf, events }, A)).toMatchObject({ owner: "A7", basis: "introduction-chain" });
    const all = attributeAll({ asOf, events }, A);
    expect(all.attributions.every((a) => a.owner === "A7" && a.basis === (a.customer === "C0" ? "first-contact" : "introduction-chain"))).toBe(true);
  }, 120_000);

  it("ATT-2: a straight chain 20,000 introductions long, introductions before every visit, gives the same answers in batch and single form", () => {
    const n = 20_000;
    const base = Date.parse("2024-01-01T10:00:00+08:00");
    const at = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
    const events: AttributionEventInput[] = [{ id: "v0", kind: "visit", at: at(base - 86_400_000), customer: "C0", agent: "A7" }];
    for (let i = 1; i < n; i++) {
      events.push({ id: `i${i}`, kind: "introduction", at: at(base + i * 60_000), customer: `C${i}`, introducer: `C${i - 1}`, via: "phone", registeredBeforeVisit: true });
      events.push({ id: `v${i}`, kind: "visit", at: at(base + i * 60_000 + 1_000), customer: `C${i}`, agent: `A${i % 5}` });
    }
    const asOf = t("2024-01-30T00:00:00");
    const all = attributeAll({ asOf, events }, A);
    expect(all.attributions.every((a) => a.owner === "A7")).toBe(true);
    for (const c of ["C19999", "C10000", "C1"]) {
      expect(all.attributions.find((a) => a.customer === c)).toEqual(attributeCustomer({ customer: c, asOf, events }, A));
    }
  }, 120_000);

  it("ATT-2: a chance meeting on site does not chain", () => {
    const events: AttributionEventInput[] = [
      visit("e1", "2024-10-01T10:00:00", "C1", "A7"),
      { id: "i2", kind: "introduction", at: t("2024-10-02T11:00:00"), customer: "C2", introducer: "C1", via: "in-person" },
      visit("e2", "2024-10-02T11:00:00", "C2", "A3"),
    ];
    const r = attributeCustomer({ customer: "C2", asOf: t("2024-10-05T00:00:00"), events }, A);
    expect(r.owner).toBe("A3");
    expect(r.trace.some((s) => s.rule === "ATT-2" && s.fact === "chance-meeting")).toBe(true);
  });

  it("ATT-1a: version B splits the credit equally with the helper; version A gives the helper nothing", () => {
    const events = [visit("e1", "2024-10-01T10:00:00", "C1", "A7"), visit("e2", "2024-10-05T10:00:00", "C1", "A3", { ownerOnDuty: false })];
    const input = { customer: "C1", asOf: t("2024-10-06T00:00:00"), events };
    expect(attributeCustomer(input, B).credit).toEqual([{ agent: "A7", share: "0.5" }, { agent: "A3", share: "0.5" }]);
    expect(attributeCustomer(input, A).credit).toEqual([{ agent: "A7", share: "1" }]);
  });
});

describe("attributeCustomer — relatives, named agents, protection", () => {
  it("ATT-3: a relative recorded beforehand belongs to the agent who recorded it", () => {
    const events: AttributionEventInput[] = [
      { id: "r", kind: "relative-record", at: t("2024-10-01T09:00:00"), customer: "C9", agent: "A2", relation: "relative" },
      visit("v", "2024-10-02T10:00:00", "C9", "A5"),
    ];
    const r = attributeCustomer({ customer: "C9", asOf: t("2024-10-03T00:00:00"), events }, A);
    expect(r.owner).toBe("A2");
    expect(r.basis).toBe("relative-record");
  });

  it("ATT-3: a friend recorded only after the first contact gives no claim", () => {
    const events: AttributionEventInput[] = [
      visit("v", "2024-10-02T10:00:00", "C9", "A5"),
      { id: "r", kind: "relative-record", at: t("2024-10-02T12:00:00"), customer: "C9", agent: "A2", relation: "friend" },
    ];
    const r = attributeCustomer({ customer: "C9", asOf: t("2024-10-03T00:00:00"), events }, A);
    expect(r.owner).toBe("A5");
    expect(r.trace.some((s) => s.rule === "ATT-3" && s.fact === "recorded-late")).toBe(true);
  });

  const namedCase = (arrivalMinutes: number) => {
    const events: AttributionEventInput[] = [
      visit("e1", "2024-10-01T10:00:00", "C1", "F"),
      { id: "i", kind: "introduction", at: t("2024-10-05T10:00:00"), customer: "C2", introducer: "C1", via: "in-person", askedFor: "F", askedForOnDuty: false },
      visit("v", "2024-10-05T10:00:00", "C2", "X"),
      { id: "arr", kind: "named-agent-arrival", at: t(`2024-10-05T10:${String(arrivalMinutes).padStart(2, "0")}:00`), customer: "C2", agent: "F" },
    ];
    return attributeCustomer({ customer: "C2", asOf: t("2024-10-06T00:00:00"), events }, B);
  };

  it("ATT-4: the named agent arriving at minute 29 keeps the customer", () => {
    const r = namedCase(29);
    expect(r.owner).toBe("F");
    expect(r.trace.some((s) => s.rule === "ATT-4" && s.fact === "named-arrived" && s.data["minutes"] === 29)).toBe(true);
  });

  it("ATT-4: named agent 31 minutes late loses the customer to the agent on duty", () => {
    const r = namedCase(31);
    expect(r.owner).toBe("X");
    expect(r.basis).toBe("first-contact");
    expect(r.trace.some((s) => s.rule === "ATT-4" && s.fact === "named-late")).toBe(true);
  });

  it("ATT-5: expiry at midnight Asia/Shanghai, although the machine runs in UTC", () => {
    // 07:00 in Shanghai is 23:00 the day before in UTC: the local date, not the UTC one, counts.
    const events = [visit("v", "2024-09-26T07:00:00", "C1", "A7")];
    const before = attributeCustomer({ customer: "C1", asOf: t("2024-10-10T23:59:59"), events }, B);
    const at = attributeCustomer({ customer: "C1", asOf: t("2024-10-11T00:00:00"), events }, B);
    expect(before.owner).toBe("A7");
    expect(before.protectedUntil).toBe("2024-10-11T00:00:00+08:00");
    expect(at.owner).toBeNull();
    expect(at.unownedReason).toBe("protection-expired");
  });

  it("ATT-5: version A protects for three calendar months", () => {
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-12-01T00:00:00"), events: [visit("v", "2024-09-26T10:00:00", "C1", "A7")] }, A);
    expect(r.protectedUntil).toBe("2024-12-26T00:00:00+08:00");
  });

  it("ATT-5: re-registration after expiry with the manager's approval restores ownership", () => {
    const events: AttributionEventInput[] = [
      visit("v", "2024-09-01T10:00:00", "C1", "A7"),
      { id: "rr", kind: "re-registration", at: t("2024-09-20T10:00:00"), customer: "C1", agent: "A7", managerApproved: true },
    ];
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-09-25T00:00:00"), events }, B);
    expect(r.owner).toBe("A7");
    expect(r.basis).toBe("re-registration");
    expect(r.protectedUntil).toBe("2024-10-05T00:00:00+08:00");
  });

  it("ATT-5: re-registration without approval does nothing; the next contact makes a new owner", () => {
    const events: AttributionEventInput[] = [
      visit("v", "2024-09-01T10:00:00", "C1", "A7"),
      { id: "rr", kind: "re-registration", at: t("2024-09-20T10:00:00"), customer: "C1", agent: "A7", managerApproved: false },
      visit("v2", "2024-09-21T10:00:00", "C1", "A3"),
    ];
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-09-25T00:00:00"), events }, B);
    expect(r.owner).toBe("A3");
    expect(r.trace.some((s) => s.rule === "ATT-5" && s.fact === "re-registration-unsigned")).toBe(true);
  });

  it("ATT-5: a deal locks ownership past the protection period", () => {
    const events: AttributionEventInput[] = [visit("v", "2024-09-01T10:00:00", "C1", "A7"), { id: "d", kind: "deal", at: t("2024-09-10T10:00:00"), customer: "C1", agent: "A7" }];
    const r = attributeCustomer({ customer: "C1", asOf: t("2025-09-01T00:00:00"), events }, B);
    expect(r).toMatchObject({ owner: "A7", dealDone: true, protectedUntil: null });
  });

  it("ATT-1a: a custom split gives the owner its share and the helpers the rest, summing to 1", () => {
    const events = [visit("e1", "2024-10-01T10:00:00", "C1", "A7"), visit("e2", "2024-10-02T10:00:00", "C1", "A3"), visit("e3", "2024-10-03T10:00:00", "C1", "A4")];
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-04T00:00:00"), events }, { helperCredit: "custom", ownerShare: "0.6" });
    expect(r.credit).toEqual([{ agent: "A7", share: "0.6" }, { agent: "A3", share: "0.2" }, { agent: "A4", share: "0.2" }]);
  });

  it("ATT-1a: an agent who serves while the owner is on duty gets no credit", () => {
    const events = [visit("e1", "2024-10-01T10:00:00", "C1", "A7"), visit("e2", "2024-10-02T10:00:00", "C1", "A3", { ownerOnDuty: true })];
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-04T00:00:00"), events }, B);
    expect(r.credit).toEqual([{ agent: "A7", share: "1" }]);
  });
});

describe("attributeCustomer — bad input", () => {
  const ok = { customer: "C1", asOf: t("2024-10-04T00:00:00"), events: [visit("e1", "2024-10-01T10:00:00", "C1", "A7")] };
  const fails = (input: unknown, policy: unknown = {}) => {
    try {
      attributeCustomer(input as never, policy as never);
    } catch (e) {
      return e as { name: string; code: string; path: readonly (string | number)[] };
    }
    throw new Error("did not throw");
  };

  it("an event without a time is INVALID_INPUT at its path", () => {
    const e = fails({ ...ok, events: [{ id: "e1", kind: "visit", customer: "C1", agent: "A7" }] });
    expect(e).toMatchObject({ name: "ShoulouError", code: "INVALID_INPUT", path: ["events", 0, "at"] });
  });

  it("an event without an agent is INVALID_INPUT at its path", () => {
    const e = fails({ ...ok, events: [{ id: "e1", kind: "visit", at: t("2024-10-01T10:00:00"), customer: "C1" }] });
    expect(e).toMatchObject({ code: "INVALID_INPUT", path: ["events", 0, "agent"] });
  });

  it("a local time without an offset is refused", () => {
    const e = fails({ ...ok, events: [{ id: "e1", kind: "visit", at: "2024-10-01T10:00:00", customer: "C1", agent: "A7" }] });
    expect(e).toMatchObject({ code: "INVALID_INPUT", path: ["events", 0, "at"] });
  });

  it("a policy with a negative period is INVALID_POLICY", () => {
    const e = fails(ok, { protection: { unit: "days", amount: -15 } });
    expect(e).toMatchObject({ code: "INVALID_POLICY", path: ["policy", "protection", "amount"] });
  });

  it("an unknown channel mode is INVALID_POLICY", () => {
    const e = fails(ok, { channel: { mode: "whoever-shouts" } });
    expect(e).toMatchObject({ code: "INVALID_POLICY", path: ["policy", "channel", "mode"] });
  });

  it("an unknown customer is UNKNOWN_REFERENCE", () => {
    expect(fails({ ...ok, customer: "C404" })).toMatchObject({ code: "UNKNOWN_REFERENCE", path: ["customer"] });
  });

  it("a customer listed twice in the register is DUPLICATE", () => {
    expect(fails({ ...ok, customers: [{ id: "C1" }, { id: "C1" }] })).toMatchObject({ code: "DUPLICATE", path: ["customers", 1, "id"] });
  });
});
