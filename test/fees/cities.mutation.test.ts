import { describe, expect, it } from "vitest";
import { feeCities, findFeeCity, firstTierCities } from "../../src/fees";

// Written against the survivors of the mutation run on src/fees/cities.ts: every row's English
// name could be emptied unnoticed. Each English name is pinned to its code here, and the list to
// the cities its documentation names (feeCities and docs/fees.md "Cities (FEE-CITY)").

/** Every provincial capital (27, Guangzhou among the first-tier cities). */
const provincialCapitals = [
  "shijiazhuang", "taiyuan", "hohhot", "shenyang", "changchun", "harbin", "nanjing", "hangzhou", "hefei", "fuzhou", "nanchang", "jinan", "zhengzhou", "wuhan",
  "changsha", "guangzhou", "nanning", "haikou", "chengdu", "guiyang", "kunming", "lhasa", "xian", "lanzhou", "xining", "yinchuan", "urumqi",
];
/** The municipalities (直辖市) and the cities under separate state planning (计划单列市). */
const municipalities = ["beijing", "shanghai", "tianjin", "chongqing"];
const separatelyPlanned = ["dalian", "qingdao", "ningbo", "xiamen", "shenzhen"];
/** The other large housing markets on the list (the seed project's Changzhou among them). */
const otherMarkets = ["wuxi", "xuzhou", "changzhou", "suzhou", "nantong", "yangzhou", "wenzhou", "jiaxing", "shaoxing", "quanzhou", "yantai", "zhuhai", "foshan", "huizhou", "dongguan"];

describe("FEE-CITY: the list's English names and size", () => {
  it("FEE-CITY: every city's English name is its code, capitalised (Xi'an with its apostrophe)", () => {
    for (const c of feeCities) {
      expect(c.en, c.code).toMatch(/^[A-Z][a-z']+$/);
      expect(c.en.toLowerCase().replace(/['\s]/g, ""), c.code).toBe(c.code);
      expect(findFeeCity(c.en), c.code).toBe(c);
    }
    expect(feeCities.find((c) => c.code === "xian")?.en).toBe("Xi'an");
    expect(findFeeCity("xi'an")?.code).toBe("xian");
  });

  it("FEE-CITY: the list is exactly the documented categories: 4 first-tier cities, the municipalities, every provincial capital, the separately planned cities and 15 other markets — 51 cities", () => {
    const expected = new Set([...firstTierCities, ...municipalities, ...provincialCapitals, ...separatelyPlanned, ...otherMarkets]);
    expect(expected.size).toBe(51);
    expect(feeCities).toHaveLength(51);
    expect(new Set(feeCities.map((c) => c.code))).toEqual(expected);
    expect(feeCities.map((c) => c.en).slice(0, 6)).toEqual(["Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Tianjin", "Chongqing"]);
  });
});

// Written against the survivors of the mutation run of 2026-12-01: findFeeCity's guard, which
// keeps the work bounded (a name of more than 40 characters is not looked at) and never throws.
describe("FEE-CITY: findFeeCity looks only at short strings", () => {
  it("FEE-CITY: a name of up to 40 characters is trimmed and found; 41 characters is not looked at, even padded around a listed name", () => {
    const padded = (length: number) => "beijing".padStart(length, " ");
    expect(findFeeCity(padded(40))?.code).toBe("beijing");
    expect(findFeeCity(padded(41))).toBeUndefined();
    expect(findFeeCity(`${padded(40)} `)).toBeUndefined();
  });

  it("FEE-CITY: a value that is not a string (from a JavaScript caller) is no city: undefined, never a TypeError", () => {
    for (const v of [null, undefined, 110000, ["beijing"], { length: 3 }]) expect(findFeeCity(v as unknown as string), String(v)).toBeUndefined();
  });
});
