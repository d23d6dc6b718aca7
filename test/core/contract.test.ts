import * as z from "zod";
import { afterEach, describe, expect, it } from "vitest";
import { expectShoulou, thrown } from "../helpers";
import * as core from "../../src/core/index";
import { ShoulouError, attempt, guarded } from "../../src/core/errors";
import { limits } from "../../src/core/limits";
import { messageCatalogue } from "../../src/core/messages";
import { addDays, addMonths, daysBetween, instantMs, isoWeekday, zoneClock } from "../../src/core/time";
import { canonicalDecimal, fenToYuan, formatFen, formatPercent, formatYuan, mulDivHalfUp, parseDecimal, sumYuan, toFen } from "../../src/core/money";
import { decimalSchema, idSchema, isoDateSchema, parseWith } from "../../src/core/schema";

/** Every exported core helper has the domain functions' contract: bad input → ShoulouError with a path. */
describe("core helpers refuse bad input with a ShoulouError and its path", () => {
  it.each([
    ["addDays('x', 1)", () => addDays("x", 1), "INVALID_INPUT", ["date"]],
    ["addDays('2024-02-30', 0)", () => addDays("2024-02-30", 0), "INVALID_INPUT", ["date"]],
    ["addDays(date, 1.5)", () => addDays("2024-02-01", 1.5), "INVALID_INPUT", ["days"]],
    ["addDays(date, NaN)", () => addDays("2024-02-01", Number.NaN), "INVALID_INPUT", ["days"]],
    ["addMonths('2024-13-01', 1)", () => addMonths("2024-13-01", 1), "INVALID_INPUT", ["date"]],
    ["daysBetween(date, 'x')", () => daysBetween("2024-01-01", "x"), "INVALID_INPUT", ["to"]],
    ["isoWeekday({})", () => isoWeekday({} as never), "INVALID_INPUT", ["date"]],
    ["fenToYuan(0.5)", () => fenToYuan(0.5), "INVALID_INPUT", ["fen"]],
    ["fenToYuan(2^60)", () => fenToYuan(2 ** 60), "INVALID_INPUT", ["fen"]],
    ["formatFen(NaN)", () => formatFen(Number.NaN), "INVALID_INPUT", ["fen"]],
    ["sumYuan(['abc'])", () => sumYuan(["abc"]), "INVALID_INPUT", ["amounts", 0]],
    ["sumYuan('abc')", () => sumYuan("abc" as never), "INVALID_INPUT", ["amounts"]],
    ["sumYuan(huge)", () => sumYuan(["9999999999999", "9999999999999", ...Array<string>(1000).fill("9999999999999")]), "OUT_OF_RANGE", ["amounts", 9]],
    ["toFen('1e5')", () => toFen("1e5"), "INVALID_INPUT", ["yuan"]],
    ["toFen('1.005')", () => toFen("1.005"), "INVALID_INPUT", ["yuan"]],
    ["toFen(' 1')", () => toFen(" 1"), "INVALID_INPUT", ["yuan"]],
    ["toFen(20 digits)", () => toFen("12345678901234567890"), "OUT_OF_RANGE", ["yuan"]],
    ["mulDivHalfUp(1, 1, 0)", () => mulDivHalfUp(1, 1, 0), "INVALID_INPUT", ["den"]],
    ["mulDivHalfUp(0.5, 1, 1)", () => mulDivHalfUp(0.5, 1, 1), "INVALID_INPUT", ["a"]],
    ["mulDivHalfUp(1, '2', 1)", () => mulDivHalfUp(1, "2" as never, 1), "INVALID_INPUT", ["num"]],
    ["formatPercent('abc')", () => formatPercent("abc"), "INVALID_INPUT", ["rate"]],
    ["formatYuan(null)", () => formatYuan(null as never), "INVALID_INPUT", ["amount"]],
    ["zoneClock('Mars/Olympus')", () => zoneClock("Mars/Olympus"), "INVALID_INPUT", ["timeZone"]],
    ["zoneClock().at(bad date)", () => zoneClock().at("2024-02-30", "10:00"), "INVALID_INPUT", ["date"]],
    ["zoneClock().at(bad time)", () => zoneClock().at("2024-02-01", "25:00"), "INVALID_INPUT", ["time"]],
    ["zoneClock().localDate(NaN)", () => zoneClock().localDate(Number.NaN), "INVALID_INPUT", ["instant"]],
    ["zoneClock().format('x')", () => zoneClock().format("x" as never), "INVALID_INPUT", ["instant"]],
    ["canonicalDecimal(1, { maxDecimals: -1 })", () => canonicalDecimal(1, { maxDecimals: -1 }), "INVALID_INPUT", ["rules", "maxDecimals"]],
    ["canonicalDecimal(1, null)", () => canonicalDecimal(1, null as never), "INVALID_INPUT", ["rules"]],
    ["parseDecimal('+1', ['p'])", () => parseDecimal("+1", ["p"]), "INVALID_INPUT", ["p"]],
  ] as const)("%s", (_name, f, code, path) => {
    expectShoulou(f, code, path);
  });

  it("the happy paths still hold", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(toFen(12.5)).toBe(1250);
    expect(toFen("-0.00")).toBe(0);
    expect(toFen("0012.50")).toBe(1250);
    expect(sumYuan(["0.10", 0.2, "-1"])).toBe("-0.70");
    expect(mulDivHalfUp(-5, 1, 10)).toBe(-1);
    expect(mulDivHalfUp(2 ** 40, 2 ** 12, 3)).toBe(Math.round(2 ** 52 / 3));
  });
});

describe("dates stay within 0001-01-01 … 9999-12-31, and what comes out goes back in", () => {
  it("addDays past 9999-12-31 or before 0001-01-01 is OUT_OF_RANGE", () => {
    expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
    expectShoulou(() => addDays("9999-12-30", 3), "OUT_OF_RANGE", ["days"]);
    expectShoulou(() => addDays("0001-01-01", -1), "OUT_OF_RANGE", ["days"]);
    expectShoulou(() => addDays("2024-01-01", Number.MAX_SAFE_INTEGER), "OUT_OF_RANGE", ["days"]);
  });
  it("addMonths past 9999-12 is OUT_OF_RANGE", () => {
    expect(addMonths("9999-11-30", 1)).toBe("9999-12-30");
    expectShoulou(() => addMonths("9999-12-01", 1), "OUT_OF_RANGE", ["months"]);
    expectShoulou(() => addMonths("2024-01-01", 100_000), "OUT_OF_RANGE", ["months"]);
  });
  it("zone maths: a local date past 9999-12-31 is OUT_OF_RANGE; the last local minute formats and reads back", () => {
    const clock = zoneClock("Asia/Shanghai");
    const last = clock.at("9999-12-31", "23:59");
    const text = clock.format(last);
    expect(text).toBe("9999-12-31T23:59:00+08:00");
    expect(instantMs(text)).toBe(last);
    expectShoulou(() => clock.format(last + 60_000), "OUT_OF_RANGE", ["instant"]);
    expectShoulou(() => clock.localDate(last + 60_000), "OUT_OF_RANGE", ["instant"]);
    const ny = zoneClock("America/New_York");
    expect(ny.format(ny.at("9999-12-31", "23:59"))).toBe("9999-12-31T23:59:00-05:00");
  });
  it("every date addDays returns is a date isoDateSchema accepts", () => {
    for (const [d, n] of [["9999-12-01", 30], ["0001-01-31", -30], ["2024-02-29", 365]] as const) {
      expect(isoDateSchema.safeParse(addDays(d, n)).success).toBe(true);
    }
  });
});

describe("money strings: one rule for every field", () => {
  it.each([" 100", "100 ", "\u3000100", "100\u3000", "+100", "1e2", "１００", "1,000", "100.", ".5", "- 1", "0x10"])("%j is refused the same way by canonicalDecimal, parseDecimal, decimalSchema and toFen", (text) => {
    expect(typeof canonicalDecimal(text)).toBe("object");
    expect(thrown(() => parseDecimal(text, ["price"])).code).toBe("INVALID_INPUT");
    expect(decimalSchema().safeParse(text).success).toBe(false);
    expect(thrown(() => toFen(text)).code).toBe("INVALID_INPUT");
  });
  it("a 1 MB price is refused by its length before anything reads its digits, and the message echoes at most 80 characters of it", () => {
    const huge = "1".repeat(1_000_000);
    const r = canonicalDecimal(huge);
    expect(typeof r === "object" && r.key).toBe("decimal-too-long");
    const e = thrown(() => parseWith(decimalSchema(), { price: huge }.price, "INVALID_INPUT", ["price"]));
    expect(e.message.length).toBeLessThan(200);
    expect(e.message).toContain(`at most ${limits.decimalCharacters}`);
    const bad = `${"9".repeat(99)}x`;
    const e2 = thrown(() => parseDecimal(bad, ["price"]));
    expect(e2.message).toContain("… (100 characters)");
    expect(e2.message.length).toBeLessThan(300);
  });
  it("a long key in a path is cut short in the message", () => {
    const e = new ShoulouError("INVALID_INPUT", ["k".repeat(10_000)], "bad");
    expect(e.message.length).toBeLessThan(150);
    expect(e.message).toContain("… (10000 characters)");
    expect(e.path[0]).toHaveLength(10_000);
  });
});

describe("guarded and INTERNAL", () => {
  it("INTERNAL keeps the original error as cause", () => {
    const original = new TypeError("boom");
    const e = thrown(() => guarded(() => { throw original; }));
    expect(e.code).toBe("INTERNAL");
    expect(e.cause).toBe(original);
    expect(e.message).toBe("INTERNAL: unexpected failure: TypeError: boom");
  });
  it("a thrown value whose name getter throws still comes out as INTERNAL", () => {
    const evil = Object.defineProperty(new Error("x"), "name", { get() { throw new Error("no name"); } });
    const e = thrown(() => guarded(() => { throw evil; }));
    expect(e.code).toBe("INTERNAL");
    expect(e.cause).toBe(evil);
    const evil2 = { get name(): string { throw new Error("no"); }, get message(): string { throw new Error("no"); } };
    expect(thrown(() => guarded(() => { throw evil2; })).code).toBe("INTERNAL");
    const proxy = new Proxy({}, { get() { throw new Error("trap"); }, getPrototypeOf() { throw new Error("trap"); } });
    expect(thrown(() => guarded(() => { throw proxy; })).code).toBe("INTERNAL");
  });
  it("a huge thrown message is cut to 80 characters", () => {
    const e = thrown(() => guarded(() => { throw new Error("x".repeat(1_000_000)); }));
    expect(e.message.length).toBeLessThan(150);
  });
  it("attempt of something that is not a function is INVALID_INPUT, not INTERNAL", () => {
    const r = attempt(42 as never);
    expect(r.ok === false && r.error.code).toBe("INVALID_INPUT");
  });
});

describe("messages in zh and en, whatever the app's zod locale", () => {
  afterEach(() => {
    z.config(z.locales.en());
  });
  const cases: [string, () => unknown][] = [
    ["too short id", () => parseWith(idSchema, "")],
    ["too long id", () => parseWith(idSchema, "x".repeat(201))],
    ["not a string", () => parseWith(idSchema, 5)],
    ["strict object", () => parseWith(z.strictObject({ a: z.string() }), { a: "x", b: 1 })],
    ["enum", () => parseWith(z.enum(["a", "b"]), "c")],
    ["int", () => parseWith(z.number().int().min(1).max(9), 10)],
    ["list", () => parseWith(z.array(z.string()).max(1), ["a", "b"])],
    ["date", () => parseWith(isoDateSchema, "2024-02-30")],
    ["decimal", () => parseWith(decimalSchema(), "1.234")],
    ["decimal type", () => parseWith(decimalSchema(), true)],
  ];
  it.each(cases)("%s: the same message and issues under zod's zh-CN locale as under its default", (_name, f) => {
    const plain = thrown(f);
    z.config(z.locales.zhCN());
    const under = thrown(f);
    expect(under.message).toBe(plain.message);
    expect(under.issues).toEqual(plain.issues);
    expect(plain.message).not.toMatch(/\p{Script=Han}/u);
  });
  it.each(cases)("%s: a Chinese message from the catalogue, and the English one as message", (_name, f) => {
    const e = thrown(f);
    expect(e.localizedMessage("en")).toBe(e.message);
    expect(e.messageZh).toMatch(/\p{Script=Han}/u);
    expect(e.issues[0]?.key).toBeDefined();
  });
  it("every catalogue message has zh with Chinese and en without, naming the same fields", () => {
    const fields = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/Zh$/, "")).sort();
    for (const [key, m] of Object.entries(messageCatalogue)) {
      expect(m.zh, key).toMatch(/\p{Script=Han}/u);
      expect(m.en, key).not.toMatch(/\p{Script=Han}/u);
      expect(fields(m.zh), key).toEqual(fields(m.en));
    }
  });
  it("a module's plain English message stays English in zh, with the code and path", () => {
    const e = new ShoulouError("DUPLICATE", ["events", 3, "id"], "e1 appears twice");
    expect(e.localizedMessage("zh")).toBe("DUPLICATE（events[3].id）：e1 appears twice");
  });
});

describe("hostile values that zod cannot read become issues, never INTERNAL", () => {
  const trap = { length: { toString: 1, valueOf: 1 } };
  it.each([
    ["a string with a length check", idSchema, trap, []],
    ["a nested list with a max", z.strictObject({ xs: z.array(z.string()).max(3) }), { xs: trap }, ["xs"]],
    ["a nested string", z.strictObject({ a: z.strictObject({ b: z.string().min(1) }) }), { a: { b: trap } }, ["a", "b"]],
  ] as const)("%s", (_name, schema, input, path) => {
    const e = expectShoulou(() => parseWith(schema, input), "INVALID_INPUT", path);
    expect(e.code).not.toBe("INTERNAL");
  });
  it("a getter that throws is an issue at its path", () => {
    const input = { a: Object.defineProperty({}, "b", { enumerable: true, get() { throw new Error("no"); } }) };
    const e = thrown(() => parseWith(z.strictObject({ a: z.strictObject({ b: z.string() }) }), input));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["a", "b"]);
  });
});

describe("the public core", () => {
  it("exports only what callers should call: no schema builders, guarded, unit arithmetic or Decimal", () => {
    for (const internal of ["guarded", "underPath", "parseWith", "decimalSchema", "moneySchema", "rateSchema", "intSchema", "dec", "roundFen", "toUnits", "fromUnits", "toRatio", "safeFen", "allocateUnits", "formatMinutes", "MAX_YUAN_DIGITS"]) {
      expect(core, internal).not.toHaveProperty(internal);
    }
  });
});
