import * as z from "zod";
import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import {
  decimalSchema,
  idSchema,
  instantSchema,
  intSchema,
  isoDateSchema,
  labelSchema,
  moneySchema,
  parseWith,
  rateSchema,
  timeOfDaySchema,
  timeZoneSchema,
} from "../../src/core/schema";


describe("decimal schemas", () => {
  it("decimalSchema parses to the canonical string and refuses with the reason", () => {
    expect(decimalSchema({ sign: "positive" }).parse(1000000)).toBe("1000000");
    expect(decimalSchema().parse("0012.50")).toBe("12.5");
    expect(decimalSchema().safeParse(" 0012.50 ").success).toBe(false);
    const r = decimalSchema().safeParse("1,000");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("is not a plain decimal number");
    expect(decimalSchema().safeParse(true).success).toBe(false);
    expect(decimalSchema().safeParse(Number.NaN).success).toBe(false);
  });
  it("moneySchema: 2 decimals, sign, 13 digits", () => {
    expect(moneySchema("nonnegative").parse("20000.00")).toBe("20000");
    expect(moneySchema().parse(0)).toBe("0");
    expect(moneySchema("positive").safeParse(0).success).toBe(false);
    expect(moneySchema().safeParse("-1").success).toBe(false);
    expect(moneySchema().safeParse("0.001").success).toBe(false);
    expect(moneySchema().safeParse("9999999999999.99").success).toBe(true);
    expect(moneySchema().safeParse("12345678901234567890").success).toBe(false);
    expect(moneySchema("any").parse("-5.5")).toBe("-5.5");
  });
  it("rateSchema: non-negative, up to 12 decimals, at most max", () => {
    expect(rateSchema().parse("0.0003")).toBe("0.0003");
    expect(rateSchema().parse(1)).toBe("1");
    expect(rateSchema().parse("0.000000000001")).toBe("0.000000000001");
    expect(rateSchema().safeParse("0.0000000000001").success).toBe(false);
    expect(rateSchema().safeParse("1.01").success).toBe(false);
    expect(rateSchema().safeParse("-0.01").success).toBe(false);
    expect(rateSchema(100).parse("99.5")).toBe("99.5");
    expect(rateSchema(100).safeParse("100.5").success).toBe(false);
    expect(rateSchema().safeParse("1.01").error?.issues[0]?.message).toBe("must be at most 1");
  });
});

describe("date, time and identity schemas", () => {
  it("isoDateSchema refuses 2024-02-30", () => {
    expect(isoDateSchema.parse("2024-02-29")).toBe("2024-02-29");
    expect(isoDateSchema.safeParse("2024-02-30").success).toBe(false);
    expect(isoDateSchema.safeParse("2024-2-3").success).toBe(false);
    expect(isoDateSchema.safeParse(20240229).success).toBe(false);
  });
  it("instantSchema needs an offset", () => {
    expect(instantSchema.safeParse("2024-09-26T10:15:00+08:00").success).toBe(true);
    expect(instantSchema.safeParse("2024-09-26T10:15:00").success).toBe(false);
    expect(instantSchema.safeParse("2024-02-30T10:15:00Z").success).toBe(false);
  });
  it("timeOfDaySchema", () => {
    expect(timeOfDaySchema.parse("09:30")).toBe("09:30");
    expect(timeOfDaySchema.safeParse("9:30").success).toBe(false);
    expect(timeOfDaySchema.safeParse("24:00").success).toBe(false);
  });
  it("timeZoneSchema defaults to Asia/Shanghai and refuses unknown zones", () => {
    expect(timeZoneSchema.parse(undefined)).toBe("Asia/Shanghai");
    expect(timeZoneSchema.parse("America/New_York")).toBe("America/New_York");
    expect(timeZoneSchema.safeParse("Mars/Olympus").success).toBe(false);
  });
  it("idSchema: 1 to 200 characters", () => {
    expect(idSchema.parse("1-101")).toBe("1-101");
    expect(idSchema.safeParse("").success).toBe(false);
    expect(idSchema.safeParse("x".repeat(200)).success).toBe(true);
    expect(idSchema.safeParse("x".repeat(201)).success).toBe(false);
  });
  it("labelSchema is strict and needs both languages", () => {
    expect(labelSchema.parse({ zh: "契税", en: "Deed tax" })).toEqual({ zh: "契税", en: "Deed tax" });
    expect(labelSchema.safeParse({ zh: "契税" }).success).toBe(false);
    expect(labelSchema.safeParse({ zh: "契税", en: "" }).success).toBe(false);
    expect(labelSchema.safeParse({ zh: "契税", en: "Deed tax", fr: "x" }).success).toBe(false);
  });
  it("intSchema: whole numbers in range", () => {
    expect(intSchema(1, 600).safeParse(1.5).success).toBe(false);
    expect(intSchema(1, 600).safeParse(0).success).toBe(false);
    expect(intSchema(1, 600).safeParse(601).success).toBe(false);
    expect(intSchema(1, 600).safeParse(600).success).toBe(true);
    expect(intSchema(1, 600).safeParse("12").success).toBe(false);
    expect(intSchema().safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });
});

describe("parseWith", () => {
  const schema = z.strictObject({ price: moneySchema("positive"), lines: z.array(z.strictObject({ kind: z.enum(["a", "b"]) })) });
  it("returns the parsed value", () => {
    expect(parseWith(schema, { price: "10.50", lines: [{ kind: "a" }] })).toEqual({ price: "10.5", lines: [{ kind: "a" }] });
    expect(parseWith(isoDateSchema, "2024-09-26", "INVALID_INPUT", ["date"])).toBe("2024-09-26");
  });
  it("throws the given code at the first issue's path, with every issue", () => {
    const e = thrown(() => parseWith(schema, { price: 0, lines: [{ kind: "a" }, { kind: "c" }] }, "INVALID_POLICY"));
    expect(e.code).toBe("INVALID_POLICY");
    expect(e.path).toEqual(["price"]);
    expect(e.message).toContain("price");
    expect(e.issues.map((i) => i.path)).toEqual([["price"], ["lines", 1, "kind"]]);
    expect(e.issues.every((i) => typeof i.code === "string")).toBe(true);
  });
  it("prefixes the root", () => {
    const e = thrown(() => parseWith(schema, { price: 1, lines: [{ kind: "z" }] }, "INVALID_SCHEDULE", ["schedule"]));
    expect(e.code).toBe("INVALID_SCHEDULE");
    expect(e.path).toEqual(["schedule", "lines", 0, "kind"]);
  });
  it("defaults to INVALID_INPUT and reports a wrong root type at the root", () => {
    const e = thrown(() => parseWith(schema, null));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual([]);
    const f = thrown(() => parseWith(schema, { price: 1, lines: [], extra: 1 }));
    expect(f.code).toBe("INVALID_INPUT");
  });
});
