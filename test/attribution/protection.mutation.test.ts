import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { attributeAll, attributeCustomer, attributionPresets, type AttributionEventInput, type AttributionPolicyInput } from "../../src/attribution/index";

// Written for the mutation run of src/attribution with its unit tests: protection, expiry,
// re-registration, deals, helpers and the credit split (outcome.ts, contact.ts, period.ts,
// credit.ts, result.ts), each pinned to exact answers and trace steps.

const A = attributionPresets.kangchengBaihewan;
const B = attributionPresets.versionB;
const t = (local: string) => `${local}+08:00`;
const visit = (id: string, at: string, agent: string, extra: { ownerOnDuty?: boolean } = {}, customer = "C1"): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer, agent, ...extra });
const deal = (id: string, at: string, agent: string, extra: { ownerOnDuty?: boolean } = {}): AttributionEventInput => ({ id, kind: "deal", at: t(at), customer: "C1", agent, ...extra });
const reReg = (id: string, at: string, agent: string, managerApproved: boolean): AttributionEventInput => ({ id, kind: "re-registration", at: t(at), customer: "C1", agent, managerApproved });
const one = (asOf: string, events: AttributionEventInput[], policy: AttributionPolicyInput = B) => attributeCustomer({ customer: "C1", asOf: t(asOf), events }, policy);
const prot = (agent: string, until: string, days = 15) => ({ rule: "ATT-5", fact: "protected-until", data: { agent, until: t(until), days } });
const expired = (agent: string, until: string) => ({ rule: "ATT-5", fact: "expired", data: { agent, until: t(until) } });
const first = visit("v", "2024-10-01T10:00:00", "A7");

describe("ATT-5: expiry", () => {
  it("ATT-5: expired, then the closing unowned-expired step; no owner, no credit, no protection", () => {
    const r = one("2024-10-16T00:00:00", [first]);
    expect(r).toMatchObject({ owner: null, unownedReason: "protection-expired", basis: null, credit: [], protectedUntil: null, dealDone: false });
    expect(r.trace).toEqual([
      { rule: "ATT-1", fact: "first-contact", data: { event: "v", agent: "A7", via: "visit", at: t("2024-10-01T10:00:00") } },
      prot("A7", "2024-10-16T00:00:00"),
      expired("A7", "2024-10-16T00:00:00"),
      { rule: "ATT-5", fact: "unowned-expired", data: { reason: "protection-expired" } },
    ]);
  });

  it("ATT-5: another agent's visit at exactly the end of the protection is a new owner; one second earlier it is a helper", () => {
    const atEnd = one("2024-10-17T00:00:00", [first, visit("v2", "2024-10-16T00:00:00", "A3")]);
    expect(atEnd).toMatchObject({ owner: "A3", basis: "first-contact", credit: [{ agent: "A3", share: "1" }], protectedUntil: t("2024-10-31T00:00:00") });
    expect(atEnd.trace.slice(2)).toEqual([
      expired("A7", "2024-10-16T00:00:00"),
      { rule: "ATT-1", fact: "new-after-expiry", data: { event: "v2", agent: "A3", via: "visit", at: t("2024-10-16T00:00:00") } },
      prot("A3", "2024-10-31T00:00:00"),
    ]);
    const before = one("2024-10-15T23:59:59", [first, visit("v2", "2024-10-15T23:59:59", "A3")]);
    expect(before).toMatchObject({ owner: "A7", credit: [{ agent: "A7", share: "0.5" }, { agent: "A3", share: "0.5" }] });
    expect(before.trace[2]).toEqual({ rule: "ATT-1a", fact: "helper", data: { event: "v2", helper: "A3", owner: "A7", via: "visit", at: t("2024-10-15T23:59:59") } });
  });

  it("ATT-5: helpers of the lapsed owner get nothing from the new owner", () => {
    const r = one("2024-10-20T00:00:00", [first, visit("v2", "2024-10-05T10:00:00", "A3"), visit("v3", "2024-10-17T10:00:00", "A4")]);
    expect(r).toMatchObject({ owner: "A4", credit: [{ agent: "A4", share: "1" }] });
  });

  it("ATT-5: the owner's own later contact does not renew by default (no step at all)", () => {
    const r = one("2024-10-11T00:00:00", [first, visit("v2", "2024-10-10T10:00:00", "A7")]);
    expect(r.protectedUntil).toBe(t("2024-10-16T00:00:00"));
    expect(r.trace).toHaveLength(2);
  });

  it("ATT-5: renewOnOwnerContact restarts the period from the owner's contact and keeps the basis", () => {
    const pol = { ...B, renewOnOwnerContact: true };
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-11T00:00:00"), events: [{ id: "r", kind: "relative-record", at: t("2024-09-30T10:00:00"), customer: "C1", agent: "A7", relation: "friend" }, visit("v0", "2024-10-01T10:00:00", "A7"), { id: "c", kind: "call", at: t("2024-10-10T10:00:00"), customer: "C1", agent: "A7" }] }, pol);
    expect(r).toMatchObject({ owner: "A7", basis: "relative-record", protectedUntil: t("2024-10-25T00:00:00") });
    expect(r.trace.slice(-2)).toEqual([
      { rule: "ATT-5", fact: "renewed", data: { event: "c", agent: "A7", via: "call", at: t("2024-10-10T10:00:00") } },
      prot("A7", "2024-10-25T00:00:00"),
    ]);
  });

  it("ATT-5: renewOnOwnerContact does not touch a deal's lock", () => {
    const r = one("2024-10-11T00:00:00", [first, deal("d", "2024-10-05T10:00:00", "A3"), visit("v2", "2024-10-10T10:00:00", "A7")], { ...B, renewOnOwnerContact: true });
    expect(r.trace.map((s) => s.fact)).toEqual(["first-contact", "protected-until", "helper", "deal-locks"]);
    expect(r.protectedUntil).toBeNull();
  });
});

describe("ATT-5: re-registration", () => {
  it("ATT-5: while the owner is protected: re-registration-while-owned with the owner", () => {
    const r = one("2024-10-11T00:00:00", [first, reReg("rr", "2024-10-10T10:00:00", "A3", true)]);
    expect(r.owner).toBe("A7");
    expect(r.trace[2]).toEqual({ rule: "ATT-5", fact: "re-registration-while-owned", data: { event: "rr", agent: "A3", at: t("2024-10-10T10:00:00"), managerApproved: true, owner: "A7" } });
  });

  it("ATT-5: after a deal: re-registration-after-deal", () => {
    const r = one("2024-12-11T00:00:00", [first, deal("d", "2024-10-05T10:00:00", "A7"), reReg("rr", "2024-12-10T10:00:00", "A3", true)]);
    expect(r.owner).toBe("A7");
    expect(r.trace[3]).toEqual({ rule: "ATT-5", fact: "re-registration-after-deal", data: { event: "rr", agent: "A3", at: t("2024-12-10T10:00:00"), managerApproved: true, owner: "A7" } });
  });

  it("ATT-5: before anyone ever owned the customer: re-registration-never-owned, still no owner", () => {
    const r = one("2024-10-11T00:00:00", [reReg("rr", "2024-10-10T10:00:00", "A3", true)]);
    expect(r).toMatchObject({ owner: null, unownedReason: "no-contact" });
    expect(r.trace).toEqual([
      { rule: "ATT-5", fact: "re-registration-never-owned", data: { event: "rr", agent: "A3", at: t("2024-10-10T10:00:00"), managerApproved: true } },
      { rule: "ATT-1", fact: "unowned", data: { reason: "no-contact" } },
    ]);
  });

  it("ATT-5: unsigned after expiry: re-registration-unsigned, the customer stays free", () => {
    const r = one("2024-10-21T00:00:00", [first, reReg("rr", "2024-10-20T10:00:00", "A7", false)]);
    expect(r).toMatchObject({ owner: null, unownedReason: "protection-expired" });
    expect(r.trace[3]).toEqual({ rule: "ATT-5", fact: "re-registration-unsigned", data: { event: "rr", agent: "A7", at: t("2024-10-20T10:00:00"), managerApproved: false } });
  });

  it("ATT-5: signed after expiry: re-registered, a new period from the re-registration", () => {
    const r = one("2024-10-21T00:00:00", [first, reReg("rr", "2024-10-20T10:00:00", "A3", true)]);
    expect(r).toMatchObject({ owner: "A3", basis: "re-registration", protectedUntil: t("2024-11-04T00:00:00") });
    expect(r.trace.slice(3)).toEqual([
      { rule: "ATT-5", fact: "re-registered", data: { event: "rr", agent: "A3", at: t("2024-10-20T10:00:00"), managerApproved: true } },
      prot("A3", "2024-11-04T00:00:00"),
    ]);
  });

  it("ATT-5: an office that needs no signature restores ownership on an unsigned re-registration", () => {
    const r = one("2024-10-21T00:00:00", [first, reReg("rr", "2024-10-20T10:00:00", "A3", false)], { ...B, reRegistrationNeedsApproval: false });
    expect(r).toMatchObject({ owner: "A3", basis: "re-registration" });
    expect(r.trace[3]).toEqual({ rule: "ATT-5", fact: "re-registered", data: { event: "rr", agent: "A3", at: t("2024-10-20T10:00:00"), managerApproved: false } });
  });

  it("ATT-5: a re-registration at the same instant as another agent's visit comes first", () => {
    const r = one("2024-10-21T00:00:00", [first, visit("a", "2024-10-20T10:00:00", "A4"), reReg("z", "2024-10-20T10:00:00", "A3", true)]);
    expect(r).toMatchObject({ owner: "A3", basis: "re-registration" });
    expect(r.credit).toEqual([{ agent: "A3", share: "0.5" }, { agent: "A4", share: "0.5" }]);
  });
});

describe("ATT-5: deals", () => {
  it("ATT-5: a deal by another agent while the owner is away: helper, then deal-locks for the owner", () => {
    const r = one("2025-01-01T00:00:00", [first, deal("d", "2024-10-05T10:00:00", "A3")]);
    expect(r).toMatchObject({ owner: "A7", dealDone: true, protectedUntil: null, credit: [{ agent: "A7", share: "0.5" }, { agent: "A3", share: "0.5" }] });
    expect(r.trace.slice(2)).toEqual([
      { rule: "ATT-1a", fact: "helper", data: { event: "d", helper: "A3", owner: "A7", via: "deal", at: t("2024-10-05T10:00:00") } },
      { rule: "ATT-5", fact: "deal-locks", data: { event: "d", owner: "A7", at: t("2024-10-05T10:00:00") } },
    ]);
  });

  it("ATT-5: a second deal: deal-again", () => {
    const r = one("2025-01-01T00:00:00", [first, deal("d", "2024-10-05T10:00:00", "A7"), deal("d2", "2024-11-05T10:00:00", "A7")]);
    expect(r.trace.at(-1)).toEqual({ rule: "ATT-5", fact: "deal-again", data: { event: "d2", at: t("2024-11-05T10:00:00") } });
    expect(r.dealDone).toBe(true);
  });

  it("ATT-5: a deal after expiry is a new first contact of its agent, locked", () => {
    const r = one("2025-01-01T00:00:00", [first, deal("d", "2024-11-05T10:00:00", "A3")]);
    expect(r).toMatchObject({ owner: "A3", basis: "first-contact", dealDone: true, protectedUntil: null, credit: [{ agent: "A3", share: "1" }] });
  });
});

describe("ATT-1a: helpers", () => {
  it("ATT-1a: the owner on duty: owner-on-duty step, no credit; on a deal too", () => {
    const r = one("2024-10-11T00:00:00", [first, visit("v2", "2024-10-02T10:00:00", "A3", { ownerOnDuty: true }), deal("d", "2024-10-03T10:00:00", "A4", { ownerOnDuty: true })]);
    expect(r.credit).toEqual([{ agent: "A7", share: "1" }]);
    expect(r.trace.slice(2, 4)).toEqual([
      { rule: "ATT-1", fact: "owner-on-duty", data: { event: "v2", agent: "A3", owner: "A7", via: "visit", at: t("2024-10-02T10:00:00") } },
      { rule: "ATT-1", fact: "owner-on-duty", data: { event: "d", agent: "A4", owner: "A7", via: "deal", at: t("2024-10-03T10:00:00") } },
    ]);
  });

  it("ATT-1a: ownerOnDuty false is a helper; the same helper twice is one helper step and one share", () => {
    const r = one("2024-10-11T00:00:00", [first, visit("v2", "2024-10-02T10:00:00", "A3", { ownerOnDuty: false }), visit("v3", "2024-10-03T10:00:00", "A3")]);
    expect(r.credit).toEqual([{ agent: "A7", share: "0.5" }, { agent: "A3", share: "0.5" }]);
    expect(r.trace.filter((s) => s.fact === "helper")).toHaveLength(1);
  });

  it("ATT-1a: equal split among three: largest remainder gives the extra unit to the owner; helpers sorted by id", () => {
    const r = one("2024-10-11T00:00:00", [first, visit("v2", "2024-10-02T10:00:00", "A9"), visit("v3", "2024-10-03T10:00:00", "A3")]);
    expect(r.credit).toEqual([{ agent: "A7", share: "0.3334" }, { agent: "A3", share: "0.3333" }, { agent: "A9", share: "0.3333" }]);
  });

  it("ATT-1a: twenty agents share 0.05 each (leading zeros of the fraction kept)", () => {
    const helpers = Array.from({ length: 19 }, (_, i) => visit(`h${String(i).padStart(2, "0")}`, `2024-10-02T10:${String(i).padStart(2, "0")}:00`, `H${String(i).padStart(2, "0")}`));
    const r = one("2024-10-11T00:00:00", [first, ...helpers]);
    expect(r.credit).toHaveLength(20);
    expect(r.credit.every((c) => c.share === "0.05")).toBe(true);
    expect(r.credit[0]).toEqual({ agent: "A7", share: "0.05" });
  });

  it("ATT-1a: shareDecimals 0: the whole credit is one unit and goes to the owner; zero shares are left out", () => {
    const r = one("2024-10-11T00:00:00", [first, visit("v2", "2024-10-02T10:00:00", "A3")], { ...B, shareDecimals: 0 });
    expect(r.credit).toEqual([{ agent: "A7", share: "1" }]);
  });

  it("ATT-1a: shareDecimals 2 over three: 0.34 / 0.33 / 0.33", () => {
    const r = one("2024-10-11T00:00:00", [first, visit("v2", "2024-10-02T10:00:00", "A3"), visit("v3", "2024-10-03T10:00:00", "A4")], { ...B, shareDecimals: 2 });
    expect(r.credit).toEqual([{ agent: "A7", share: "0.34" }, { agent: "A3", share: "0.33" }, { agent: "A4", share: "0.33" }]);
  });

  it("ATT-1a: custom: the owner's share is floored to shareDecimals; the rest is split by largest remainder", () => {
    const events = [first, visit("v2", "2024-10-02T10:00:00", "A3"), visit("v3", "2024-10-03T10:00:00", "A4")];
    expect(one("2024-10-11T00:00:00", events, { ...B, helperCredit: "custom", ownerShare: "0.559", shareDecimals: 2 }).credit).toEqual([
      { agent: "A7", share: "0.55" }, { agent: "A3", share: "0.23" }, { agent: "A4", share: "0.22" },
    ]);
    expect(one("2024-10-11T00:00:00", events, { ...B, helperCredit: "custom", ownerShare: "1" }).credit).toEqual([{ agent: "A7", share: "1" }]);
    expect(one("2024-10-11T00:00:00", events, { ...B, helperCredit: "custom", ownerShare: "0" }).credit).toEqual([{ agent: "A3", share: "0.5" }, { agent: "A4", share: "0.5" }]);
    expect(one("2024-10-11T00:00:00", events, { ...B, helperCredit: "custom" }).credit).toEqual([{ agent: "A7", share: "0.5" }, { agent: "A3", share: "0.25" }, { agent: "A4", share: "0.25" }]);
  });

  it("ATT-1a: version A (none) gives the owner everything whatever the helpers", () => {
    expect(one("2024-10-11T00:00:00", [first, visit("v2", "2024-10-02T10:00:00", "A3")], A).credit).toEqual([{ agent: "A7", share: "1" }]);
  });
});

describe("ATT-5: counting the period", () => {
  it("ATT-5: months from the next day: protected-months-from-next-day with its data", () => {
    const r = one("2024-10-02T00:00:00", [first], { ...A, countFrom: "next-day" });
    expect(r.protectedUntil).toBe(t("2025-01-02T00:00:00"));
    expect(r.trace[1]).toEqual({ rule: "ATT-5", fact: "protected-months-from-next-day", data: { agent: "A7", until: t("2025-01-02T00:00:00"), months: 3 } });
    expect(one("2024-10-02T00:00:00", [first], A).trace[1]).toEqual({ rule: "ATT-5", fact: "protected-until-months", data: { agent: "A7", until: t("2025-01-01T00:00:00"), months: 3 } });
  });

  it("ATT-5: a period of 1 day ends at the next local midnight; the maximum 1200 months is accepted", () => {
    expect(one("2024-10-01T12:00:00", [first], { ...B, protection: { unit: "days", amount: 1 } }).protectedUntil).toBe(t("2024-10-02T00:00:00"));
    expect(one("2024-10-01T12:00:00", [first], { ...B, protection: { unit: "months", amount: 1200 } }).protectedUntil).toBe(t("2124-10-01T00:00:00"));
  });

  it("ATT-5: the local date, not the UTC one, starts each period (two customers on either side of the UTC day)", () => {
    // 30 Sep 20:00 and 1 Oct 07:00 in Shanghai are both 30 September in UTC.
    const all = attributeAll({ asOf: t("2024-10-02T00:00:00"), events: [visit("a", "2024-09-30T20:00:00", "A1", {}, "C1"), visit("b", "2024-10-01T07:00:00", "A2", {}, "C2")] }, B);
    expect(all.attributions.map((a) => a.protectedUntil)).toEqual([t("2024-10-15T00:00:00"), t("2024-10-16T00:00:00")]);
  });

  it("ATT-5: one owner's protection step is the same object for every customer protected to the same instant", () => {
    const all = attributeAll({ asOf: t("2024-10-02T00:00:00"), events: [visit("a", "2024-10-01T09:00:00", "A1", {}, "C1"), visit("b", "2024-10-01T15:00:00", "A1", {}, "C2")] }, B);
    expect(all.attributions[0]?.trace[1]).toBe(all.attributions[1]?.trace[1]);
    expect(all.attributions[0]?.trace[1]).toEqual(prot("A1", "2024-10-16T00:00:00"));
  });

  it("ATT-5: a zone with summer time: instants on the transition day are written with the offset of their own moment", () => {
    const berlin = { ...B, timeZone: "Europe/Berlin" };
    const r = attributeCustomer({ customer: "C1", asOf: "2024-04-20T00:00:00+02:00", events: [{ id: "v", kind: "visit", at: "2024-03-17T10:00:00+01:00", customer: "C1", agent: "A7" }, { id: "w", kind: "visit", at: "2024-03-31T10:00:00+02:00", customer: "C1", agent: "A3" }] }, berlin);
    // 15 days from 17 March end at the start of 1 April (summer time); the second visit is a new owner's.
    expect(r.trace.slice(1, 4)).toEqual([
      { rule: "ATT-5", fact: "protected-until", data: { agent: "A7", until: "2024-04-01T00:00:00+02:00", days: 15 } },
      { rule: "ATT-1a", fact: "helper", data: { event: "w", helper: "A3", owner: "A7", via: "visit", at: "2024-03-31T10:00:00+02:00" } },
      { rule: "ATT-5", fact: "expired", data: { agent: "A7", until: "2024-04-01T00:00:00+02:00" } },
    ]);
  });

  it("ATT-5: named-late's calledAt on a summer-time transition day carries that moment's offset", () => {
    const berlin = { ...B, timeZone: "Europe/Berlin" };
    const r = attributeCustomer({ customer: "C2", asOf: "2024-04-01T00:00:00+02:00", events: [
      { id: "e1", kind: "visit", at: "2024-03-30T10:00:00+01:00", customer: "C1", agent: "E" },
      { id: "i", kind: "introduction", at: "2024-03-31T10:00:00+02:00", customer: "C2", introducer: "C1", via: "in-person", askedFor: "F", askedForOnDuty: false },
      { id: "v", kind: "visit", at: "2024-03-31T10:00:00+02:00", customer: "C2", agent: "X" },
      { id: "w", kind: "visit", at: "2024-03-31T01:30:00+01:00", customer: "C3", agent: "X" },
    ] }, berlin);
    expect(r.trace[1]).toEqual({ rule: "ATT-4", fact: "named-late", data: { event: "i", named: "F", calledAt: "2024-03-31T10:00:00+02:00", limit: 30 } });
    const early = attributeCustomer({ customer: "C3", asOf: "2024-04-01T00:00:00+02:00", events: [{ id: "w", kind: "visit", at: "2024-03-31T01:30:00+01:00", customer: "C3", agent: "X" }] }, berlin);
    expect(early.protectedUntil).toBe("2024-04-15T00:00:00+02:00");
  });

  it("ATT-5: the last period that fits ends on 9999-12-31; one day more is OUT_OF_RANGE at the event that started it, with the message", () => {
    expect(one("9999-12-16T12:00:00", [visit("v", "9999-12-16T10:00:00", "A7")]).protectedUntil).toBe(t("9999-12-31T00:00:00"));
    const e = expectShoulou(() => one("9999-12-18T00:00:00", [visit("x", "2024-10-01T10:00:00", "A1", {}, "C2"), visit("y", "2024-10-01T10:00:00", "A1", {}, "C3"), visit("v", "9999-12-17T10:00:00", "A7")]), "OUT_OF_RANGE", ["events", 2, "at"]);
    expect(e.message).toBe("OUT_OF_RANGE at events[2].at: a period of 15 days from 9999-12-17 would end after 9999-12-31");
    const m = expectShoulou(() => one("9999-10-02T00:00:00", [visit("v", "9999-10-01T10:00:00", "A7")], A), "OUT_OF_RANGE", ["events", 0, "at"]);
    expect(m.message).toBe("OUT_OF_RANGE at events[0].at: a period of 3 months from 9999-10-01 would end after 9999-12-31");
  });
});
