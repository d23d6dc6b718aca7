import { describe, expect, it } from "vitest";
import { attributeAll, attributeCustomer, attributionLimits, maskRegistrationPhone, nextInRotation, type AttributionEventInput } from "../../src/attribution/index";
import { expectShoulou } from "../helpers";

// Issue 10 for attribution: duplicate ids, no INTERNAL from any data, size limits up front.

const t = (local: string) => `${local}+08:00`;
const asOf = t("2024-10-04T00:00:00");
const v = (id: string, customer = "C1"): AttributionEventInput => ({ id, kind: "visit", at: t("2024-10-01T10:00:00"), customer, agent: "A7" });
const trap = { length: { toString: 1, valueOf: 1 } };

describe("duplicate ids", () => {
  it("ATT-1: two events with one id are DUPLICATE, with both paths", () => {
    const e = expectShoulou(() => attributeAll({ asOf, events: [v("e1"), v("e2", "C2"), v("e1", "C3")] }), "DUPLICATE", ["events", 2, "id"]);
    expect(e.issues.map((i) => i.path)).toEqual([["events", 0, "id"], ["events", 2, "id"]]);
    expectShoulou(() => attributeCustomer({ customer: "C1", asOf, events: [v("e1"), v("e1")] }), "DUPLICATE", ["events", 1, "id"]);
  });

  it("ATT-CH-7: a customer listed twice in the register is DUPLICATE, with both paths", () => {
    const e = expectShoulou(() => attributeAll({ asOf, events: [v("e1")], customers: [{ id: "C1" }, { id: "C2" }, { id: "C1" }] }), "DUPLICATE", ["customers", 2, "id"]);
    expect(e.issues.map((i) => i.path)).toEqual([["customers", 0, "id"], ["customers", 2, "id"]]);
  });
});

describe("no input causes INTERNAL", () => {
  it("a { length: … } object where a list or a text is expected is INVALID_INPUT at its path", () => {
    expectShoulou(() => attributeAll({ asOf, events: trap } as never), "INVALID_INPUT", ["events"]);
    expectShoulou(() => attributeAll({ asOf, events: [v("e1")], customers: trap } as never), "INVALID_INPUT", ["customers"]);
    expectShoulou(() => attributeAll({ asOf: trap, events: [] } as never), "INVALID_INPUT", ["asOf"]);
    expectShoulou(() => attributeCustomer({ customer: trap, asOf, events: [] } as never), "INVALID_INPUT", ["customer"]);
    expectShoulou(() => attributeAll({ asOf, events: [{ ...v("e1"), id: trap }] } as never), "INVALID_INPUT", ["events", 0, "id"]);
    expectShoulou(() => attributeAll({ asOf, events: [v("e1")], customers: [{ id: "C1", family: trap }] } as never), "INVALID_INPUT", ["customers", 0, "family"]);
    expectShoulou(() => attributeAll({ asOf, events: [] }, { familyRelations: trap } as never), "INVALID_POLICY", ["policy", "familyRelations"]);
    expectShoulou(() => nextInRotation({ queue: trap } as never, { kind: "customer" }), "INVALID_INPUT", ["state", "queue"]);
    expectShoulou(() => maskRegistrationPhone(trap as never), "INVALID_INPUT", ["phone"]);
  });

  it("data that cannot be read (a throwing getter) is INVALID_INPUT, not INTERNAL", () => {
    const hostile = Object.defineProperty({ asOf }, "events", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(() => attributeAll(hostile as never)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    const policy = Object.defineProperty({}, "timeZone", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(() => attributeAll({ asOf, events: [] }, policy as never)).toThrow(expect.objectContaining({ code: "INVALID_POLICY" }));
  });
});

describe("size limits, refused up front", () => {
  it("more events or customers than the limit is OUT_OF_RANGE at the list, before any item is read", () => {
    // Sparse arrays: only the length is read, so the test makes no million objects.
    expectShoulou(() => attributeAll({ asOf, events: new Array(attributionLimits.events + 1) }), "OUT_OF_RANGE", ["events"]);
    expectShoulou(() => attributeAll({ asOf, events: [], customers: new Array(attributionLimits.customers + 1) }), "OUT_OF_RANGE", ["customers"]);
    expectShoulou(() => attributeAll({ asOf, events: [], customers: [{ id: "C1", family: new Array(attributionLimits.family + 1) }] }), "OUT_OF_RANGE", ["customers", 0, "family"]);
    expectShoulou(() => nextInRotation({ queue: new Array(attributionLimits.rotationAgents + 1) }, { kind: "customer" }), "OUT_OF_RANGE", ["state", "queue"]);
  });

  it("the limits are the schemas' own: at the limit the list is read (and judged item by item)", () => {
    expectShoulou(() => attributeAll({ asOf, events: new Array(3) }), "INVALID_INPUT", ["events", 0]);
  });
});
