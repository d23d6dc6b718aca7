import { describe, expect, it } from "vitest";
import { feeSchedules, purchaseFees, type FeeParameterInput, type FeeScheduleInput, type PurchaseFeesInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

// Written against the survivors of the mutation run on src/fees/fee-line.ts: the basis text of
// each kind of line (with or without VAT, singular or plural), the tier chosen at an area's
// edge, and the path and words of every refusal a line can make.

const national = feeSchedules.chinaNational;
const label = { zh: "项", en: "Item" };
const note = (en: string) => ({ zh: en, en });

/** A one-version schedule with these lines and parameters, each line given a code, label and source. */
function schedule(lines: readonly Record<string, unknown>[], parameters: readonly FeeParameterInput[] = [], dated = false): FeeScheduleInput {
  return {
    id: "custom",
    label: { zh: "自定义", en: "Custom" },
    jurisdiction: "CN-TEST",
    versions: [
      {
        id: "v1",
        source: "test",
        ...(dated ? { effectiveFrom: "2010-01-01" } : {}),
        parameters,
        lines: lines.map((l, i) => ({ code: `line-${i}`, rule: "FEE-1", label, source: "test", ...l })),
      },
    ],
  } as unknown as FeeScheduleInput;
}

const vatExcluded = { vatParameter: "vat", methodParameter: "method", generalRates: [{ from: "2016-05-01", rate: "0.09" }], simplifiedRate: "0.05" };
const vatParameters: readonly FeeParameterInput[] = [
  { name: "vat", kind: "money", optional: true, label },
  { name: "method", kind: "text", default: "general", label },
];
const linePath = ["schedule", "versions", 0, "lines", 0];

describe("FEE-NAT-VAT-BASE: the basis text says whether the base is without VAT", () => {
  const deed = (input: Partial<PurchaseFeesInput> & { date: string }) =>
    purchaseFees({ price: 2000000, area: 80, homeOrdinal: 1, ...input, parameters: { maintenanceFundPerM2: 100, ...input.parameters } }, national).lines[0];

  it("FEE-NAT-VAT-BASE: before 2016-05-01 the base is the full price, and the basis does not say without VAT", () => {
    expect(deed({ date: "2016-03-01" })).toMatchObject({ amount: "20000.00", basis: "2,000,000.00 × 1% (1st or 2nd home, ≤ 90 m²)" });
  });

  it("FEE-NAT-VAT-BASE: an estimated base (no invoice VAT) is without VAT: 2,000,000 ÷ 1.09 = 1,834,862.39", () => {
    expect(deed({ date: "2020-06-01" })).toMatchObject({ amount: "18348.62", basis: "1,834,862.39 without VAT × 1% (1st or 2nd home, ≤ 90 m²)" });
  });

  it("FEE-1: a percent-of-price line may exclude VAT too, and its basis says so", () => {
    const s = schedule([{ kind: "percent-of-price", rate: "0.03", vatExcluded }], vatParameters, true);
    const f = purchaseFees({ price: 109, area: 1, date: "2020-06-01" }, s);
    expect(f.lines[0]).toMatchObject({ amount: "3.00", basis: "100.00 without VAT × 3%" });
    const plain = purchaseFees({ price: 109, area: 1, date: "2020-06-01" }, schedule([{ kind: "percent-of-price", rate: "0.03" }], [], true));
    expect(plain.lines[0]).toMatchObject({ amount: "3.27", basis: "109.00 × 3%" });
  });

  it("FEE-NAT-VAT-BASE: an undated schedule whose line excludes VAT needs the date: MISSING_PARAMETER naming the first VAT day", () => {
    const s = schedule([{ kind: "percent-of-price", rate: "0.03", vatExcluded }], vatParameters);
    const e = expectShoulou(() => purchaseFees({ price: 109, area: 1 }, s), "MISSING_PARAMETER", ["date"]);
    expect(e.message).toBe("MISSING_PARAMETER at date: the deed-tax base excludes VAT from 2016-05-01: give the day the deed tax is declared");
  });

  it("FEE-NAT-VAT-BASE: an invoice VAT not below the price is INVALID_INPUT at the parameter, saying why", () => {
    const e = expectShoulou(() => deed({ date: "2020-06-01", price: 100, parameters: { vatAmount: 100 } }), "INVALID_INPUT", ["parameters", "vatAmount"]);
    expect(e.message).toBe("INVALID_INPUT at parameters.vatAmount: the invoice's VAT (vatAmount) must be below the price");
  });

  it("FEE-NAT-VAT-BASE: a method parameter without options that is neither general nor simplified is refused by the line", () => {
    const s = schedule([{ kind: "percent-of-price", rate: "0.03", vatExcluded }], vatParameters, true);
    expect(purchaseFees({ price: 105, area: 1, date: "2020-06-01", parameters: { method: "Simplified" } }, s).lines[0]).toMatchObject({ amount: "3.00", basis: "100.00 without VAT × 3%" });
    const e = expectShoulou(() => purchaseFees({ price: 109, area: 1, date: "2020-06-01", parameters: { method: "mixed" } }, s), "INVALID_INPUT", ["parameters", "method"]);
    expect(e.message).toBe("INVALID_INPUT at parameters.method: method must be general or simplified");
  });

  it("FEE-NAT-VAT-BASE: a VAT or method parameter the version does not declare is INVALID_SCHEDULE at the line's vatExcluded field", () => {
    const noVat = schedule([{ kind: "percent-of-price", rate: "0.03", vatExcluded }], [], true);
    const e = expectShoulou(() => purchaseFees({ price: 109, area: 1, date: "2020-06-01" }, noVat), "INVALID_SCHEDULE", [...linePath, "vatExcluded", "vatParameter"]);
    expect(e.message).toBe("INVALID_SCHEDULE at schedule.versions[0].lines[0].vatExcluded.vatParameter: uses parameter vat, which the version does not declare");
    const noMethod = schedule([{ kind: "percent-of-price", rate: "0.03", vatExcluded }], [vatParameters[0]!], true);
    expectShoulou(() => purchaseFees({ price: 109, area: 1, date: "2020-06-01" }, noMethod), "INVALID_SCHEDULE", [...linePath, "vatExcluded", "methodParameter"]);
  });
});

describe("line kinds: basis texts and refusals", () => {
  it("FEE-3: a per-unit line counts units, singular for one and plural for more", () => {
    const seed = feeSchedules.changzhouOlympicGarden;
    const agency = (units: number) => purchaseFees({ price: 1000000, area: 100, units }, seed).lines.find((l) => l.rule === "FEE-3");
    expect(agency(1)).toMatchObject({ amount: "200.00", basis: "200.00 × 1 unit" });
    expect(agency(2)).toMatchObject({ amount: "400.00", basis: "200.00 × 2 units" });
  });

  it("FEE-6: a per-household line counts households, singular for one and plural for more", () => {
    const seed = feeSchedules.changzhouOlympicGarden;
    const cable = (households: number) => purchaseFees({ price: 1000000, area: 100, households }, seed).lines.find((l) => l.rule === "FEE-6");
    expect(cable(1)).toMatchObject({ amount: "350.00", basis: "350.00 × 1 household" });
    expect(cable(3)).toMatchObject({ amount: "1050.00", basis: "350.00 × 3 households" });
  });

  it("FEE-2: a per-area line whose rate parameter is not declared is INVALID_SCHEDULE at its perM2Parameter, naming it", () => {
    const s = schedule([{ rule: "FEE-2", kind: "per-area", perM2Parameter: "nope" }]);
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 1 }, s), "INVALID_SCHEDULE", [...linePath, "perM2Parameter"]);
    expect(e.message).toBe("INVALID_SCHEDULE at schedule.versions[0].lines[0].perM2Parameter: uses parameter nope, which the version does not declare");
  });

  it("FEE-NAT-DEED: a tier's rate parameter declared as text is INVALID_SCHEDULE at that tier's rateParameter, naming both kinds", () => {
    const tiers = [
      { homeOrdinals: [1], rate: "0.01", note: note("1st") },
      { homeOrdinals: [2, 3], rateParameter: "r", note: note("2nd+") },
    ];
    const s = schedule([{ rule: "FEE-NAT-DEED", kind: "tiered", tiers }], [{ name: "r", kind: "text", default: "x", label }]);
    expect(purchaseFees({ price: 100, area: 1 }, s).lines[0]?.amount).toBe("1.00");
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 1, homeOrdinal: 2 }, s), "INVALID_SCHEDULE", [...linePath, "tiers", 1, "rateParameter"]);
    expect(e.message).toBe("INVALID_SCHEDULE at schedule.versions[0].lines[0].tiers[1].rateParameter: uses parameter r as rate, but it is declared as text");
  });

  it("FEE-NAT-DEED: areaOver is strictly above: at exactly 90 m² the ≤ 90 tier applies, at 90.01 the > 90 tier", () => {
    const tiers = [
      { homeOrdinals: [1], areaOver: "90", rate: "0.015", note: note("> 90 m²") },
      { homeOrdinals: [1], rate: "0.01", note: note("any area") },
    ];
    const s = schedule([{ rule: "FEE-NAT-DEED", kind: "tiered", tiers }]);
    const at = (area: string) => purchaseFees({ price: 1000000, area }, s).lines[0];
    expect(at("80")).toMatchObject({ amount: "10000.00", basis: "1,000,000.00 × 1% (any area)" });
    expect(at("90")).toMatchObject({ amount: "10000.00", basis: "1,000,000.00 × 1% (any area)" });
    expect(at("90.01")).toMatchObject({ amount: "15000.00", basis: "1,000,000.00 × 1.5% (> 90 m²)" });
  });

  it("FEE-NAT-DEED: a case no tier covers is INVALID_SCHEDULE at the tiers, naming the home, the area and the city when one is given", () => {
    const tiers = [{ homeOrdinals: [1], exceptCities: ["beijing"], rate: "0.01", note: note("1st") }];
    const noCity = schedule([{ rule: "FEE-NAT-DEED", kind: "tiered", tiers }]);
    const e = expectShoulou(() => purchaseFees({ price: 100, area: "50.5", homeOrdinal: 5 }, noCity), "INVALID_SCHEDULE", [...linePath, "tiers"]);
    expect(e.message).toBe("INVALID_SCHEDULE at schedule.versions[0].lines[0].tiers: no tier covers a 3rd home or later of 50.50 m²");
    const withCity = schedule([{ rule: "FEE-NAT-DEED", kind: "tiered", tiers }], [{ name: "city", kind: "city", default: "", label }]);
    expect(purchaseFees({ price: 100, area: 1, parameters: { city: "上海" } }, withCity).lines[0]?.amount).toBe("1.00");
    const f = expectShoulou(() => purchaseFees({ price: 100, area: 1, parameters: { city: "北京" } }, withCity), "INVALID_SCHEDULE", [...linePath, "tiers"]);
    expect(f.message).toBe("INVALID_SCHEDULE at schedule.versions[0].lines[0].tiers: no tier covers a 1st home of 1.00 m² in beijing");
  });

  it("FEE-NAT-DEED: a 2nd home no tier covers is named as such in the refusal", () => {
    const firstOnly = schedule([{ rule: "FEE-NAT-DEED", kind: "tiered", tiers: [{ homeOrdinals: [1], rate: "0.01", note: note("1st") }] }]);
    const e = expectShoulou(() => purchaseFees({ price: 100, area: 90, homeOrdinal: 2 }, firstOnly), "INVALID_SCHEDULE", [...linePath, "tiers"]);
    expect(e.message).toBe("INVALID_SCHEDULE at schedule.versions[0].lines[0].tiers: no tier covers a 2nd home of 90.00 m²");
  });
});
