import { describe, expect, it } from "vitest";
import { attributeAll, attributionPresets } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/attribute-all.ts.

const t = (local: string) => `${local}+08:00`;

describe("ATT-1: the batch answer", () => {
  it("ATT-1: attributeAll's whole answer: ok, one attribution per customer, and the review", () => {
    const events = [
      { id: "e1", kind: "visit", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A7" },
      { id: "e2", kind: "call", at: t("2024-10-02T10:00:00"), customer: "C2", agent: "A3" },
    ] as const;
    const r = attributeAll({ asOf: t("2024-10-03T00:00:00"), events: [...events] }, attributionPresets.versionB);
    expect(r.ok).toBe(true);
    expect(Object.keys(r)).toEqual(["ok", "attributions", "review"]);
    expect(r.attributions.map((a) => [a.ok, a.customer, a.owner])).toEqual([[true, "C1", "A7"], [true, "C2", "A3"]]);
    expect(r.review).toEqual([]);
  });
});
