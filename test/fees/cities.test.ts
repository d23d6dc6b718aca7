import { describe, expect, it } from "vitest";
import { explainTrace } from "../../src/core/explain";
import { feeCities, feeSchedules, findFeeCity, firstTierCities, purchaseFees, type FeeScheduleInput } from "../../src/fees";
import { expectShoulou } from "../helpers";

const national = feeSchedules.chinaNational;
/** The deed tax of a 2nd home of 80 m² at ¥2,000,000 (no VAT on the invoice) on 2020-06-01, in `city`. */
const secondHome = (city: string) =>
  purchaseFees({ price: 2000000, area: 80, date: "2020-06-01", homeOrdinal: 2, parameters: { maintenanceFundPerM2: 100, vatAmount: 0, city } }, national);

describe("FEE-CITY: a known list of cities", () => {
  it("FEE-CITY: the list has unique codes, administrative codes and names, first-tier cities first", () => {
    expect(feeCities.slice(0, 4).map((c) => c.code)).toEqual([...firstTierCities]);
    for (const key of ["code", "adcode", "zh", "en"] as const) expect(new Set(feeCities.map((c) => c[key])).size).toBe(feeCities.length);
    for (const c of feeCities) {
      expect(c.code).toMatch(/^[a-z]+$/);
      expect(c.adcode).toMatch(/^\d{6}$/);
      expect(c.zh).toMatch(/^\p{Script=Han}+市$/u);
      expect(findFeeCity(c.code)).toBe(c);
      expect(findFeeCity(c.zh)).toBe(c);
      expect(findFeeCity(c.en.toUpperCase())).toBe(c);
      expect(findFeeCity(c.adcode)).toBe(c);
    }
    expect(findFeeCity("常州")?.code).toBe("changzhou");
    expect(findFeeCity("constructor")).toBeUndefined();
    expect(findFeeCity("x".repeat(100_000))).toBeUndefined();
  });

  it.each(["北京", "北京市", "Beijing", "beijing", " BEIJING ", "110000"])("FEE-CITY: %s before 2024-12-01 is Beijing: a 2nd home gets no relief (3%, not 1%)", (city) => {
    const f = secondHome(city);
    expect(f.lines[0]?.amount).toBe("60000.00");
    expect(f.trace).toContainEqual({ rule: "FEE-CITY", fact: "recognised", data: { given: city.trim(), city: { zh: "北京市", en: "Beijing" } } });
  });

  it("FEE-CITY: each first-tier city by its Chinese name loses the 2nd-home relief; other cities keep it", () => {
    for (const city of ["上海", "广州", "深圳"]) expect(secondHome(city).lines[0]?.amount).toBe("60000.00");
    for (const city of ["常州", "杭州市", "chengdu"]) expect(secondHome(city).lines[0]?.amount).toBe("20000.00");
  });

  it.each(["北平", "gotham", "Peking", "beijing city", "0"])("FEE-CITY: an unknown name %s is INVALID_INPUT at parameters.city, never guessed", (city) => {
    const e = expectShoulou(() => secondHome(city), "INVALID_INPUT", ["parameters", "city"]);
    expect(e.message).toContain("other");
  });

  it("FEE-CITY: a city not on the list is given as other: the relief applies, and the trace says so", () => {
    const f = secondHome("other");
    expect(f.lines[0]?.amount).toBe("20000.00");
    expect(f.trace).toContainEqual({ rule: "FEE-CITY", fact: "other", data: { given: "other" } });
    expect(explainTrace(f.trace).find((l) => l.startsWith("FEE-CITY"))).toContain("其他城市");
  });

  it("FEE-CITY: no city given keeps the relief (the default), with no city step", () => {
    const f = purchaseFees({ price: 2000000, area: 80, date: "2020-06-01", homeOrdinal: 2, parameters: { maintenanceFundPerM2: 100, vatAmount: 0 } }, national);
    expect(f.lines[0]?.amount).toBe("20000.00");
    expect(f.trace.some((s) => s.rule === "FEE-CITY")).toBe(false);
  });

  it("FEE-CITY: a city longer than 200 characters is OUT_OF_RANGE, not searched", () => {
    expectShoulou(() => secondHome("北".repeat(201)), "OUT_OF_RANGE", ["parameters", "city"]);
  });

  it("FEE-CITY: a schedule's exceptCities must name listed cities (INVALID_SCHEDULE at the entry)", () => {
    const schedule = (exceptCities: string[]): FeeScheduleInput => ({
      id: "x",
      label: { zh: "示例", en: "Example" },
      jurisdiction: "CN",
      versions: [
        {
          id: "v1",
          source: "test",
          parameters: [{ name: "city", kind: "city", default: "", label: { zh: "城市", en: "City" } }],
          lines: [
            {
              code: "deed-tax",
              rule: "FEE-1",
              kind: "tiered",
              label: { zh: "契税", en: "Deed tax" },
              source: "test",
              tiers: [
                { homeOrdinals: [1, 2, 3], exceptCities, rate: "0.01", note: { zh: "优惠", en: "relief" } },
                { homeOrdinals: [1, 2, 3], rate: "0.03", note: { zh: "一般", en: "general" } },
              ],
            },
          ],
        },
      ],
    });
    expectShoulou(() => purchaseFees({ price: 100, area: 1 }, schedule(["beijing", "gotham"])), "INVALID_SCHEDULE", ["schedule", "versions", 0, "lines", 0, "tiers", 0, "exceptCities", 1]);
    // listed names of any form are kept as codes
    const s = schedule(["北京", "Shanghai"]);
    expect(purchaseFees({ price: 100, area: 1, parameters: { city: "beijing" } }, s).lines[0]?.amount).toBe("3.00");
    expect(purchaseFees({ price: 100, area: 1, parameters: { city: "上海市" } }, s).lines[0]?.amount).toBe("3.00");
    expect(purchaseFees({ price: 100, area: 1, parameters: { city: "常州" } }, s).lines[0]?.amount).toBe("1.00");
  });
});
