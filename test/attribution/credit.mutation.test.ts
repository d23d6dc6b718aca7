import { describe, expect, it } from "vitest";
import { attributeCustomer, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/credit.ts.

const t = (local: string) => `${local}+08:00`;
const visit = (id: string, at: string, agent: string): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer: "C1", agent });

describe("ATT-1a: credit", () => {
  it("ATT-1a: custom credit with no helper: the owner keeps the whole credit, not ownerShare", () => {
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-05T00:00:00"), events: [visit("v", "2024-10-01T10:00:00", "A7"), visit("v2", "2024-10-02T10:00:00", "A7")] }, { helperCredit: "custom", ownerShare: "0.6" });
    expect(r.credit).toEqual([{ agent: "A7", share: "1" }]);
  });

  it("ATT-1a: custom credit with one helper: the owner's share and the helper the rest", () => {
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-05T00:00:00"), events: [visit("v", "2024-10-01T10:00:00", "A7"), visit("v2", "2024-10-02T10:00:00", "A3")] }, { helperCredit: "custom", ownerShare: "0.6" });
    expect(r.credit).toEqual([{ agent: "A7", share: "0.6" }, { agent: "A3", share: "0.4" }]);
  });
});
