import { describe, expect, it } from "vitest";
import { attributeCustomer, attributionPresetSources, nextInRotation, type AttributionEventInput } from "../../src/attribution/index";

// Written against the Stryker survivors of src/attribution/policy.ts: enum values a caller may
// give explicitly (not only get by default), and the preset citations word for word.

const t = (local: string) => `${local}+08:00`;

describe("the policy's values, given explicitly", () => {
  it("ATT-3: claimPrecedence relative-first may be given: the relative record beats the introduction", () => {
    const events: AttributionEventInput[] = [
      { id: "v1", kind: "visit", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A7" },
      { id: "rel", kind: "relative-record", at: t("2024-10-02T08:00:00"), customer: "C2", agent: "A2", relation: "relative" },
      { id: "i", kind: "introduction", at: t("2024-10-02T09:00:00"), customer: "C2", introducer: "C1", via: "phone", registeredBeforeVisit: true },
      { id: "v2", kind: "visit", at: t("2024-10-02T10:00:00"), customer: "C2", agent: "A5" },
    ];
    const input = { customer: "C2", asOf: t("2024-10-03T00:00:00"), events };
    expect(attributeCustomer(input, { claimPrecedence: "relative-first" })).toMatchObject({ owner: "A2", basis: "relative-record" });
    expect(attributeCustomer(input, { claimPrecedence: "introduction-first" })).toMatchObject({ owner: "A7", basis: "introduction-chain" });
  });

  it("ATT-6: exemptVisitors may list customers: a customer then uses no turn", () => {
    const r = nextInRotation({ queue: ["A1", "A2"] }, { kind: "customer" }, { exemptVisitors: ["customer"] });
    expect(r).toMatchObject({ ok: true, agent: null, usesTurn: false, state: { queue: ["A1", "A2"] } });
  });
});

describe("the presets' sources", () => {
  it("ATT-1a: version A's helper credit cites 《康城百合湾项目案场管理制度》第一章 by title and clause", () => {
    expect(attributionPresetSources.kangchengBaihewan.helperCredit).toBe("《康城百合湾项目案场管理制度》第一章 一(一) “不计入业绩”");
    expect(attributionPresetSources.kangchengBaihewan.protection).toBe("《康城百合湾项目案场管理制度》第一章 一(三) “其拥有客户资源的时效为三个月”");
  });

  it("ATT-5: countFrom's source says the rules are silent and how to follow the Civil Code instead", () => {
    expect(attributionPresetSources.versionB.countFrom).toBe(
      "《销售客户资源的归属原则》 第3条: the rules do not say whether the contact day counts; the office counts it as day 1 (当日起算), as these offices count their days. Set countFrom: \"next-day\" to follow 《中华人民共和国民法典》第二百零一条",
    );
  });
});
