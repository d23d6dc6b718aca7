import { describe, expect, it } from "vitest";
import { requiredDocuments, subscriptionPresets } from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;
const codes = (r: { items: readonly { code: string }[] }) => r.items.map((i) => i.code);

describe("requiredDocuments", () => {
  it("SUB-DOC-1: before subscribing the buyer reads the sales sheet, unit sheet, payment options, floor plan and notice", () => {
    const r = requiredDocuments({ buyer: "individual", stage: "subscribe" }, seed);
    expect(r.items.filter((i) => i.action === "read").map((i) => i.code)).toEqual(["sales-sheet", "unit-type-sheet", "payment-options", "unit-floor-plan", "subscription-notice"]);
    expect(r.items.every((i) => i.action !== "read" || i.rule === "SUB-DOC-1")).toBe(true);
    expect(r.trace).toEqual([
      { rule: "SUB-DOC-1", fact: "checklist", data: { items: 5, buyer: "individual", stage: "subscribe" } },
      { rule: "SUB-DOC-2", fact: "checklist", data: { items: 1, buyer: "individual", stage: "subscribe" } },
      { rule: "SUB-DEP-1", fact: "checklist", data: { items: 1, buyer: "individual", stage: "subscribe" } },
    ]);
  });

  it("SUB-DOC-2: an individual brings an ID or passport; a minor's guardian the household register; a company five papers", () => {
    expect(codes(requiredDocuments({ buyer: "individual", stage: "subscribe" }, seed))).toContain("id-card-or-passport");
    expect(codes(requiredDocuments({ buyer: "minor", stage: "subscribe" }, seed))).toEqual(expect.arrayContaining(["guardian-id", "household-register"]));
    const company = requiredDocuments({ buyer: "company", stage: "subscribe" }, seed).items.filter((i) => i.rule === "SUB-DOC-2");
    expect(company.map((i) => i.code)).toEqual(["business-licence", "legal-representative-proof", "power-of-attorney", "authorised-person-work-id", "authorised-person-id"]);
  });

  it("SUB-DEP-1: the subscription checklist includes the ¥20,000 cash deposit", () => {
    const pay = requiredDocuments({ buyer: "individual", stage: "subscribe" }, seed).items.find((i) => i.action === "pay");
    expect(pay).toMatchObject({ code: "deposit", amount: "20000.00", rule: "SUB-DEP-1" });
  });

  it("SUB-SIGN-2: signing needs the agreement, the receipt and the ID with 4 copies; a mortgage adds the spouses' papers", () => {
    const full = requiredDocuments({ buyer: "individual", stage: "sign" }, seed);
    expect(full.items.find((i) => i.code === "id-card")).toMatchObject({ originals: 1, copies: 4 });
    expect(codes(full)).toEqual(["owners-in-person", "subscription-agreement", "deposit-receipt", "id-card"]);
    const married = requiredDocuments({ buyer: "individual", stage: "sign", payment: "mortgage", maritalStatus: "married" }, seed);
    expect(married.items.find((i) => i.code === "spouses-id-cards")).toMatchObject({ originals: 2, copies: 4 });
    expect(married.items.find((i) => i.code === "household-registers")).toMatchObject({ originals: 2, copies: 4 });
    expect(married.items.find((i) => i.code === "deposit-receipt")).toMatchObject({ originals: 1, copies: 1 });
    expect(married.items.find((i) => i.code === "bank-card")).toMatchObject({ originals: 1, copies: 1 });
    expect(married.items.find((i) => i.code === "income-certificate")).toMatchObject({ originals: 1, copies: 0 });
    const single = requiredDocuments({ buyer: "individual", stage: "sign", payment: "mortgage", maritalStatus: "single" }, seed);
    expect(single.items.find((i) => i.code === "single-status-certificates")).toMatchObject({ originals: 2 });
    expect(codes(single)).not.toContain("household-registers");
  });

  it("SUB-SIGN-1: a proxy brings a notarised power of attorney; a foreigner's is notarised at a consulate with a Chinese translation", () => {
    expect(codes(requiredDocuments({ buyer: "individual", stage: "sign", proxy: true }, seed))).toContain("notarised-power-of-attorney");
    const foreign = codes(requiredDocuments({ buyer: "foreigner", stage: "sign", proxy: true }, seed));
    expect(foreign).toEqual(expect.arrayContaining(["notarised-power-of-attorney", "consular-notarisation", "foreign-original", "chinese-translation"]));
    expect(codes(requiredDocuments({ buyer: "individual", stage: "sign" }, seed))).toContain("owners-in-person");
  });
});
