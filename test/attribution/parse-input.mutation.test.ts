import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { attributeAll, attributeCustomer, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/parse-input.ts: what the fast reader
// does with inputs that are not plain objects, and the search for the value that broke a reading.

const t = (local: string) => `${local}+08:00`;
const asOf = t("2024-10-04T00:00:00");
const v: AttributionEventInput = { id: "e1", kind: "visit", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A7" };
const throwing = (o: object, key: string) => Object.defineProperty(o, key, { enumerable: true, get: () => { throw new Error("boom"); } });

describe("ATT-1: input that is not an object", () => {
  it("ATT-1: null is INVALID_INPUT with zod's verdict, not an unreadable input", () => {
    const e = expectShoulou(() => attributeAll(null as never), "INVALID_INPUT", []);
    expect(e.message).toBe("INVALID_INPUT: expected object, received null");
    const one = expectShoulou(() => attributeCustomer(null as never), "INVALID_INPUT", []);
    expect(one.message).toBe("INVALID_INPUT: expected object, received null");
  });

  it("ATT-1: a list carrying the input's fields is refused as a list, its fields never read", () => {
    const list = Object.assign([], { asOf, events: [v] });
    const e = expectShoulou(() => attributeAll(list as never), "INVALID_INPUT", []);
    expect(e.message).toBe("INVALID_INPUT: expected object, received array");
    const one = Object.assign([], { customer: "C1", asOf, events: [v] });
    expectShoulou(() => attributeCustomer(one as never), "INVALID_INPUT", []);
  });

  it("ATT-1: a function carrying the input's fields is refused as a function, its fields never read", () => {
    const fn = Object.assign(() => undefined, { asOf, events: [v] });
    const e = expectShoulou(() => attributeAll(fn as never), "INVALID_INPUT", []);
    expect(e.message).toBe("INVALID_INPUT: expected object, received function");
  });

  it("ATT-1: missing events are INVALID_INPUT at events", () => {
    const e = expectShoulou(() => attributeAll({ asOf } as never), "INVALID_INPUT", ["events"]);
    expect(e.message).toBe("INVALID_INPUT at events: expected array, received undefined");
  });
});

describe("ATT-1: searching an unreadable input", () => {
  it("ATT-1: a null anywhere in an unreadable input is passed over, never INTERNAL", () => {
    const e = expectShoulou(() => attributeAll(throwing({ events: [], x: null, y: [null] }, "asOf") as never), "INVALID_INPUT", []);
    expect(e.message).toBe("INVALID_INPUT: the input could not be read as plain data");
  });

  it("ATT-1: a key whose property is gone when its value is looked up is passed over, never INTERNAL", () => {
    // Object.keys sees "a" (first look-up), the search's own look-up finds nothing (second).
    let looks = 0;
    const fickle = new Proxy({}, {
      ownKeys: () => ["a"],
      getOwnPropertyDescriptor: (_, k) => (k === "a" && ++looks % 2 === 1 ? { value: 1, enumerable: true, configurable: true, writable: true } : undefined),
    });
    const e = expectShoulou(() => attributeAll(throwing({ events: [], x: fickle }, "asOf") as never), "INVALID_INPUT", []);
    expect(e.message).toBe("INVALID_INPUT: the input could not be read as plain data");
  });
});
