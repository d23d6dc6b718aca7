import { describe, expect, it } from "vitest";
import { attributeCustomer, attributionPresets, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/event-schema.ts: the introduction's
// defaults as the zod schema fills them. An event object whose prototype is not Object.prototype
// sends the whole input through zod (the fast path leaves defaults to the readers).

const t = (local: string) => `${local}+08:00`;
const viaZod = <T extends object>(o: T): T => Object.assign(Object.create(Object.create(null) as object) as T, o);
const events = (introduction: AttributionEventInput): AttributionEventInput[] => [
  viaZod<AttributionEventInput>({ id: "v1", kind: "visit", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A7" }),
  introduction,
  { id: "v2", kind: "visit", at: t("2024-10-02T10:00:00"), customer: "C2", agent: "A5" },
];
const c2 = (introduction: AttributionEventInput) => attributeCustomer({ customer: "C2", asOf: t("2024-10-03T00:00:00"), events: events(introduction) }, attributionPresets.versionB);

describe("ATT-2, ATT-4: the introduction's defaults", () => {
  it("ATT-2: registeredBeforeVisit defaults to false: an unregistered introduction is a chance meeting", () => {
    const r = c2({ id: "i", kind: "introduction", at: t("2024-10-02T09:00:00"), customer: "C2", introducer: "C1", via: "in-person" });
    expect(r).toMatchObject({ owner: "A5", basis: "first-contact" });
    expect(r.trace.filter((s) => s.rule === "ATT-2").map((s) => s.fact)).toEqual(["introduced", "chance-meeting"]);
  });

  it("ATT-4: askedForOnDuty defaults to true: the named agent owns the customer with no arrival needed", () => {
    const r = c2({ id: "i", kind: "introduction", at: t("2024-10-02T09:00:00"), customer: "C2", introducer: "C1", via: "phone", askedFor: "F" });
    expect(r).toMatchObject({ owner: "F", basis: "named-agent" });
    expect(r.trace.filter((s) => s.rule === "ATT-4")).toEqual([{ rule: "ATT-4", fact: "named", data: { event: "i", named: "F" } }, { rule: "ATT-4", fact: "owner-by-claim", data: { event: "v2", owner: "F", receiver: "A5", basis: "named-agent", at: t("2024-10-02T10:00:00") } }]);
  });
});
