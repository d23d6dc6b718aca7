import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import {
  attributeAll, attributeCustomer, attributionLimits, attributionPolicySchema, attributionPresets, maskRegistrationPhone, type AttributionEventInput,
} from "../../src/attribution/index";

// Written for the mutation run of src/attribution with its unit tests: input and policy
// (parse-input.ts, duplicate.ts, policy.ts, event-schema.ts, schema.ts, identity.ts, limits.ts):
// defaults, every limit at the limit and one past it, refusal codes, paths and messages.

const t = (local: string) => `${local}+08:00`;
const asOf = t("2024-10-04T00:00:00");
const v = (id: string, customer = "C1"): AttributionEventInput => ({ id, kind: "visit", at: t("2024-10-01T10:00:00"), customer, agent: "A7" });
const trap = { length: { toString: 1, valueOf: 1 } };
const throwing = (o: object, key: string) => Object.defineProperty(o, key, { enumerable: true, get: () => { throw new Error("boom"); } });

describe("the policy", () => {
  it("ATT-5: an empty policy gets every default", () => {
    expect(attributionPolicySchema.parse({})).toEqual({
      timeZone: "Asia/Shanghai",
      helperCredit: "none",
      ownerShare: "0.5",
      shareDecimals: 4,
      chainTransitive: true,
      claimPrecedence: "relative-first",
      namedAgentArrivalMinutes: 30,
      protection: { unit: "months", amount: 3 },
      countFrom: "contact-day",
      renewOnOwnerContact: false,
      reRegistrationNeedsApproval: true,
      channel: { mode: "registration-to-visit-to-deal", registrationToDealDays: 30, registrationToVisitDays: 3, visitToDealDays: 30, acceptMaskedPhone: true, conflict: "first-claim-wins" },
      familyRelations: ["parent", "spouse", "child"],
      busyKeepsTurn: true,
      exemptVisitors: ["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"],
    });
    expect(attributionPolicySchema.parse({ channel: {} }).channel).toEqual({ mode: "registration-to-visit-to-deal", registrationToDealDays: 30, registrationToVisitDays: 3, visitToDealDays: 30, acceptMaskedPhone: true, conflict: "first-claim-wins" });
  });

  it("ATT-5: the presets parse to the figures their sources cite", () => {
    expect(attributionPolicySchema.parse(attributionPresets.kangchengBaihewan)).toMatchObject({ helperCredit: "none", namedAgentArrivalMinutes: null, protection: { unit: "months", amount: 3 }, reRegistrationNeedsApproval: true });
    expect(attributionPolicySchema.parse(attributionPresets.versionB)).toMatchObject({ helperCredit: "equal", namedAgentArrivalMinutes: 30, protection: { unit: "days", amount: 15 } });
    expect(attributionPolicySchema.parse(attributionPresets.channelPractice)).toMatchObject({ helperCredit: "equal", protection: { unit: "days", amount: 15 }, channel: { mode: "registration-to-visit-to-deal", registrationToVisitDays: 3, visitToDealDays: 30, acceptMaskedPhone: true, conflict: "first-claim-wins" }, familyRelations: ["parent", "spouse", "child"] });
  });

  it("ATT-5: each figure's range, at its limits and one past them, refused at its path", () => {
    const ok = (p: object) => expect(attributionPolicySchema.safeParse(p).success, JSON.stringify(p)).toBe(true);
    const bad = (p: object, path: (string | number)[]) => expectShoulou(() => attributeAll({ asOf, events: [] }, p as never), "INVALID_POLICY", ["policy", ...path]);
    ok({ protection: { unit: "days", amount: 1 } });
    ok({ protection: { unit: "months", amount: 1200 } });
    bad({ protection: { unit: "days", amount: 0 } }, ["protection", "amount"]);
    bad({ protection: { unit: "days", amount: 1201 } }, ["protection", "amount"]);
    ok({ shareDecimals: 0 });
    ok({ shareDecimals: 12 });
    bad({ shareDecimals: 13 }, ["shareDecimals"]);
    ok({ namedAgentArrivalMinutes: 1440 });
    bad({ namedAgentArrivalMinutes: 1441 }, ["namedAgentArrivalMinutes"]);
    ok({ channel: { registrationToDealDays: 1, registrationToVisitDays: 3650, visitToDealDays: 3650 } });
    bad({ channel: { visitToDealDays: 3651 } }, ["channel", "visitToDealDays"]);
    bad({ channel: { registrationToVisitDays: 0 } }, ["channel", "registrationToVisitDays"]);
    ok({ familyRelations: ["sibling"] });
    ok({ familyRelations: [] });
    bad({ familyRelations: ["parent", "spouse", "child", "sibling", "parent"] }, ["familyRelations"]);
    ok({ exemptVisitors: ["peer"] });
    bad({ exemptVisitors: ["peer", "peer", "peer", "peer", "peer", "peer", "peer", "peer", "peer"] }, ["exemptVisitors"]);
    bad({ explain: false }, []);
  });
});

describe("the input", () => {
  it("ATT-CH-2: phones: 11 digits or 3 + **** + 4, nothing around them", () => {
    expect(maskRegistrationPhone("13812345678")).toBe("138****5678");
    expect(maskRegistrationPhone("138****5678")).toBe("138****5678");
    for (const phone of ["1381234567", "138123456789", "138***5678", "138*****678", "x13812345678", "13812345678x", "138****567x"]) {
      const e = expectShoulou(() => maskRegistrationPhone(phone), "INVALID_INPUT", ["phone"]);
      expect(e.message, phone).toContain("must be 11 digits or masked as 3 digits + **** + 4 digits");
    }
    const reg = (phone: string): AttributionEventInput => ({ id: "r", kind: "channel-registration", at: t("2024-10-01T09:00:00"), channel: "K1", phone });
    expectShoulou(() => attributeAll({ asOf, events: [reg("1381234567")] }), "INVALID_INPUT", ["events", 0, "phone"]);
    expect(attributeAll({ asOf, events: [reg("138****5678")] }).review).toHaveLength(1);
  });

  it("ATT-CH-7: the register's phone is 11 digits exactly; an ID number is 1 to 40 characters", () => {
    const all = (c: object) => attributeAll({ asOf, events: [v("e1")], customers: [c as never] });
    expectShoulou(() => all({ id: "C1", phone: "1381234567" }), "INVALID_INPUT", ["customers", 0, "phone"]);
    expectShoulou(() => all({ id: "C1", phone: "x13812345678" }), "INVALID_INPUT", ["customers", 0, "phone"]);
    expectShoulou(() => all({ id: "C1", phone: "138****5678" }), "INVALID_INPUT", ["customers", 0, "phone"]);
    expectShoulou(() => all({ id: "C1", idNumber: "" }), "INVALID_INPUT", ["customers", 0, "idNumber"]);
    expectShoulou(() => all({ id: "C1", idNumber: "x".repeat(41) }), "INVALID_INPUT", ["customers", 0, "idNumber"]);
    expect(all({ id: "C1", phone: "13812345678", idNumber: "x".repeat(40) }).attributions[0]?.owner).toBe("A7");
  });

  it("ATT-CH-7: a family of exactly the limit is read; one more is OUT_OF_RANGE at that customer's family, with the message", () => {
    expect(attributionLimits).toEqual({ events: 1_000_000, customers: 1_000_000, family: 100, rotationAgents: 10_000 });
    const family = (n: number) => Array.from({ length: n }, (_, i) => ({ customer: `F${i}`, relation: "sibling" as const }));
    expect(attributeAll({ asOf, events: [v("e1")], customers: [{ id: "C0" }, { id: "C1", family: family(100) }] }).attributions).toHaveLength(102);
    const e = expectShoulou(() => attributeAll({ asOf, events: [v("e1")], customers: [{ id: "C0" }, { id: "C1", family: family(101) }] }), "OUT_OF_RANGE", ["customers", 1, "family"]);
    expect(e.message).toBe("OUT_OF_RANGE at customers[1].family: at most 100 items, got 101");
    const big = expectShoulou(() => attributeAll({ asOf, events: new Array(1_000_001) }), "OUT_OF_RANGE", ["events"]);
    expect(big.message).toBe("OUT_OF_RANGE at events: at most 1,000,000 items, got 1,000,001");
  });

  it("ATT-1: an unknown customer is UNKNOWN_REFERENCE with the message", () => {
    const e = expectShoulou(() => attributeCustomer({ customer: "C404", asOf, events: [v("e1")] }), "UNKNOWN_REFERENCE", ["customer"]);
    expect(e.message).toBe("UNKNOWN_REFERENCE at customer: customer C404 appears in no event and not in the register");
  });

  it("ATT-1: an unknown key, or a customer field in attributeAll, is INVALID_INPUT (strict input)", () => {
    expectShoulou(() => attributeAll({ asOf, events: [], customer: "C1" } as never), "INVALID_INPUT", []);
    expectShoulou(() => attributeCustomer({ asOf, events: [v("e1")] } as never), "INVALID_INPUT", ["customer"]);
    expectShoulou(() => attributeAll({ asOf: "2024-10-04T00:00:00", events: [v("e1")] }), "INVALID_INPUT", ["asOf"]);
  });

  it("ATT-1: a duplicate event id: the message names both places; both paths in issues and details", () => {
    const e = expectShoulou(() => attributeAll({ asOf, events: [v("e1"), v("e2", "C2"), v("e1", "C3")] }), "DUPLICATE", ["events", 2, "id"]);
    const message = "event id e1 appears twice: events[0] and events[2]";
    expect(e.message).toBe(`DUPLICATE at events[2].id: ${message}`);
    expect(e.issues).toEqual([{ path: ["events", 0, "id"], message }, { path: ["events", 2, "id"], message }]);
    expect(e.details).toEqual({ paths: [["events", 0, "id"], ["events", 2, "id"]] });
  });

  it("ATT-1: the repeated thing is quoted up to 80 characters, then cut with an ellipsis", () => {
    // "event id " is 9 characters: an id of 71 makes exactly 80.
    const at80 = "a".repeat(71);
    const e80 = expectShoulou(() => attributeAll({ asOf, events: [v(at80), v(at80)] }), "DUPLICATE", ["events", 1, "id"]);
    expect(e80.issues[0]?.message).toBe(`event id ${at80} appears twice: events[0] and events[1]`);
    const at81 = "b".repeat(72);
    const e81 = expectShoulou(() => attributeAll({ asOf, events: [v(at81), v(at81)] }), "DUPLICATE", ["events", 1, "id"]);
    expect(e81.issues[0]?.message).toBe(`event id ${"b".repeat(71)}… appears twice: events[0] and events[1]`);
  });

  it("ATT-CH-7: a customer listed twice: the message", () => {
    const e = expectShoulou(() => attributeAll({ asOf, events: [], customers: [{ id: "C1" }, { id: "C1" }] }), "DUPLICATE", ["customers", 1, "id"]);
    expect(e.issues[0]?.message).toBe("customer C1 appears twice: customers[0] and customers[1]");
  });

  it("ATT-1: input that cannot be read outside the schema (a throwing getter on the head) is INVALID_INPUT, with the message", () => {
    const e = expectShoulou(() => attributeAll(throwing({ events: [] }, "asOf") as never), "INVALID_INPUT", []);
    expect(e.message).toBe("INVALID_INPUT: the input could not be read as plain data");
    // a cycle does not stop the search for the value that broke the reading
    const cyclic: Record<string, unknown> = { events: [] };
    cyclic["self"] = cyclic;
    expectShoulou(() => attributeAll(throwing(cyclic, "asOf") as never), "INVALID_INPUT", []);
  });

  it("ATT-1: when the reading fails, the first object with a length of its own is named (lists are not), by index inside a list", () => {
    const e = expectShoulou(() => attributeAll(throwing({ events: [], customer: trap }, "asOf") as never), "INVALID_INPUT", ["customer"]);
    expect(e.message).toBe("INVALID_INPUT at customer: expected a text or a list, got an object with a length");
    expectShoulou(() => attributeAll(throwing({ events: [], extra: [0, trap] }, "asOf") as never), "INVALID_INPUT", ["extra", 1]);
    expectShoulou(() => attributeCustomer(throwing({ events: [], customer: "C1", x: { y: trap } }, "asOf") as never), "INVALID_INPUT", ["x", "y"]);
  });

  it("ATT-1: events given as the caller's objects keep the schema's defaults where read (registeredBeforeVisit false, askedForOnDuty true)", () => {
    const events: AttributionEventInput[] = [
      { id: "e0", kind: "visit", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A7" },
      { id: "i", kind: "introduction", at: t("2024-10-02T09:00:00"), customer: "C2", introducer: "C1", via: "phone", askedFor: "F" },
      { id: "v", kind: "visit", at: t("2024-10-02T10:00:00"), customer: "C2", agent: "A5" },
      { id: "i3", kind: "introduction", at: t("2024-10-02T09:00:00"), customer: "C3", introducer: "C1", via: "phone" },
      { id: "v3", kind: "visit", at: t("2024-10-02T10:00:00"), customer: "C3", agent: "A5" },
    ];
    const all = attributeAll({ asOf, events }, attributionPresets.versionB);
    expect(all.attributions.map((a) => [a.customer, a.owner, a.basis])).toEqual([["C1", "A7", "first-contact"], ["C2", "F", "named-agent"], ["C3", "A5", "first-contact"]]);
  });
});
