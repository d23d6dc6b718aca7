/**
 * How a QA team tests its own presets with shoulou's laws: a vitest file like this one, in the
 * company's repository. `npm test` runs this copy, so it cannot rot. See docs/qa.md.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributeAll, type AttributionPolicyInput } from "shoulou/attribution";
import { purchaseFees, type FeeScheduleInput } from "shoulou/fees";
import { arbitraries, laws } from "shoulou/testing";

// The company's own fee sheet for one project: three lines, one tiered by home and area.
const riverside: FeeScheduleInput = {
  id: "riverside-2025",
  label: { zh: "滨江一号 购房税费", en: "Riverside No.1 purchase fees" },
  jurisdiction: "CN-ZJ-Hangzhou",
  versions: [
    {
      id: "2025",
      effectiveFrom: "2025-01-01",
      source: "滨江一号 收费明细表 2025版",
      lines: [
        {
          code: "deed-tax",
          rule: "FEE-1",
          label: { zh: "契税", en: "Deed tax" },
          source: "滨江一号 收费明细表 2025版 第1项",
          kind: "tiered",
          tiers: [
            { homeOrdinals: [1, 2], areaUpTo: "140", rate: "0.01", note: { zh: "首套/二套 ≤140㎡", en: "1st/2nd ≤ 140 m²" } },
            { homeOrdinals: [1], rate: "0.015", note: { zh: "首套 >140㎡", en: "1st > 140 m²" } },
            { homeOrdinals: [2], rate: "0.02", note: { zh: "二套 >140㎡", en: "2nd > 140 m²" } },
            { homeOrdinals: [3], rate: "0.03", note: { zh: "三套及以上", en: "3rd and later" } },
          ],
        },
        { code: "maintenance-fund", rule: "FEE-2", label: { zh: "公共维修基金", en: "Maintenance fund" }, source: "滨江一号 收费明细表 2025版 第2项", kind: "per-area", perM2: "80" },
        { code: "registration", rule: "FEE-3", label: { zh: "登记费", en: "Registration" }, source: "滨江一号 收费明细表 2025版 第3项", kind: "per-unit", amount: "80" },
      ],
    },
  ],
};

// The office's house rules: 30 days' protection, helpers share the credit equally.
const houseRules: AttributionPolicyInput = { helperCredit: "equal", protection: { unit: "days", amount: 30 } };

describe("our presets keep shoulou's laws", () => {
  it("the Riverside fee sheet", () => {
    laws.feeSchedule(riverside, { numRuns: 100 });
  });

  it("our attribution house rules", () => {
    laws.attributionPolicy(houseRules, { numRuns: 60 });
  });

  it("a law we add ourselves: the maintenance fund is ¥80 per m², to the fen", () => {
    fc.assert(
      fc.property(arbitraries.purchaseFeesInput({ schedule: riverside }), (input) => {
        const line = purchaseFees(input, riverside).lines.find((l) => l.code === "maintenance-fund");
        const [int = "0", frac = ""] = String(input.area).split(".");
        const areaCenti = BigInt(int) * 100n + BigInt((frac + "00").slice(0, 2));
        expect(line?.amount).toBe(`${(areaCenti * 80n) / 100n}.${String((areaCenti * 80n) % 100n).padStart(2, "0")}`);
      }),
      { numRuns: 100 },
    );
  });

  it("our integration: every customer of a generated office gets one answer", () => {
    fc.assert(
      fc.property(arbitraries.attributeAllInput({ customers: 6 }), (office) => {
        const customers = new Set(office.events.flatMap((e) => ("customer" in e && e.customer ? [e.customer] : [])));
        const answered = attributeAll(office, houseRules).attributions.map((a) => a.customer);
        for (const c of customers) expect(answered).toContain(c);
      }),
      { numRuns: 60 },
    );
  });
});
