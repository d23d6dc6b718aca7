import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { attributeAll, attributeCustomer, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/schema.ts. Most input takes the fast
// path (checks compiled from the schemas, which never fill a default); an event object whose
// prototype is not Object.prototype sends the whole input through the zod schemas themselves, so
// their defaults and list bounds are what these tests see.

const t = (local: string) => `${local}+08:00`;
const asOf = t("2024-10-04T00:00:00");
const visit = (id: string, customer: string, agent: string): AttributionEventInput => ({ id, kind: "visit", at: t("2024-10-01T10:00:00"), customer, agent });
/** The same event, read only by zod (the compiled check refuses unusual prototypes). */
const viaZod = <T extends object>(o: T): T => Object.assign(Object.create(Object.create(null) as object) as T, o);

describe("ATT-CH-7: the register", () => {
  it("ATT-CH-7: a 12-digit phone is INVALID_INPUT at its path, with the message", () => {
    const e = expectShoulou(() => attributeAll({ asOf, events: [], customers: [{ id: "C1", phone: "139000011112" }] }), "INVALID_INPUT", ["customers", 0, "phone"]);
    expect(e.message).toBe("INVALID_INPUT at customers[0].phone: must be 11 digits");
  });

  it("ATT-CH-7: a parent and a child in the register make one batch with the customer", () => {
    const customers = [{ id: "C1", family: [{ customer: "C2", relation: "parent" as const }, { customer: "C3", relation: "child" as const }] }];
    const r = attributeCustomer({ customer: "C3", asOf, events: [visit("v", "C2", "A7")], customers });
    expect(r.owner).toBe("A7");
    expect(r.trace[0]).toEqual({ rule: "ATT-CH-7", fact: "batch", data: { group: "C1", size: 3, members: ["C1", "C2", "C3"] } });
  });
});

describe("ATT-1: input read by the zod schemas", () => {
  it("ATT-1: attributeCustomer without a register, and with one customer without family: one event is well within the limits", () => {
    const bare = attributeCustomer({ customer: "C1", asOf, events: [viaZod(visit("v", "C1", "A7"))] });
    expect(bare).toMatchObject({ owner: "A7", basis: "first-contact", review: [] });
    expect(bare.trace.map((s) => s.rule)).toEqual(["ATT-1", "ATT-5"]);
    const listed = attributeCustomer({ customer: "C1", asOf, events: [viaZod(visit("v", "C1", "A7"))], customers: [{ id: "C1" }] });
    expect(listed).toEqual(bare);
  });

  it("ATT-1: attributeAll without a register, and with a register customer without family: exactly the customers named", () => {
    const bare = attributeAll({ asOf, events: [viaZod(visit("v", "C1", "A7"))] });
    expect(bare.attributions.map((a) => [a.customer, a.owner])).toEqual([["C1", "A7"]]);
    const listed = attributeAll({ asOf, events: [viaZod(visit("v", "C1", "A7"))], customers: [{ id: "C2" }] });
    expect(listed.attributions.map((a) => [a.customer, a.owner])).toEqual([["C1", "A7"], ["C2", null]]);
  });
});
