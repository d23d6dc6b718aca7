import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { limits } from "../../src/core/limits";
import {
  allocate,
  allocateUnits,
  canonicalDecimal,
  fenToYuan,
  formatFen,
  formatPercent,
  formatYuan,
  fromUnits,
  mulDivHalfUp,
  parseDecimal,
  safeFen,
  sumYuan,
  toFen,
  toRatio,
  toUnits,
} from "../../src/core/money";
import { dec, roundFen } from "../../src/core/decimal";

// Written against the survivors of `npm run test:mutation` on src/core/money.ts: each test pins a
// boundary or a branch that the other money tests left free to change.

/** Code, path and message key of the ShoulouError `fn` throws. */
function refusalOf(fn: () => unknown): { code: string; path: readonly (string | number)[]; key: string | undefined; data: unknown } {
  const e = thrown(fn);
  return { code: e.code, path: e.path, key: e.messageRef?.key, data: e.messageRef?.data };
}

describe("canonicalDecimal: the rules argument", () => {
  it.each([
    [null, ["rules"]],
    [[], ["rules"]],
    ["2", ["rules"]],
    [{ sign: "minus" }, ["rules", "sign"]],
    [{ maxDecimals: -1 }, ["rules", "maxDecimals"]],
    [{ maxDecimals: 41 }, ["rules", "maxDecimals"]],
    [{ maxDecimals: 1.5 }, ["rules", "maxDecimals"]],
    [{ maxDecimals: "2" }, ["rules", "maxDecimals"]],
    [{ maxIntegerDigits: 0 }, ["rules", "maxIntegerDigits"]],
    [{ maxIntegerDigits: 41 }, ["rules", "maxIntegerDigits"]],
    [{ maxIntegerDigits: 2.5 }, ["rules", "maxIntegerDigits"]],
    [{ maxIntegerDigits: "3" }, ["rules", "maxIntegerDigits"]],
  ])("a malformed rules object %j is INVALID_INPUT at %j", (rules, path) => {
    const r = refusalOf(() => canonicalDecimal("1", rules as never));
    expect(r.code).toBe("INVALID_INPUT");
    expect(r.path).toEqual(path);
  });

  it("each malformed rule says what it must be", () => {
    expect(thrown(() => canonicalDecimal("1", null as never)).message).toBe("INVALID_INPUT at rules: must be an object { sign?, maxDecimals?, maxIntegerDigits? }");
    expect(thrown(() => canonicalDecimal("1", { sign: "minus" } as never)).messageRef).toEqual({ key: "one-of", data: { values: "positive, nonnegative, any" } });
    expect(thrown(() => canonicalDecimal("1", { maxDecimals: 41 })).message).toBe("INVALID_INPUT at rules.maxDecimals: must be a whole number from 0 to 40");
    expect(thrown(() => canonicalDecimal("1", { maxIntegerDigits: 0 })).message).toBe("INVALID_INPUT at rules.maxIntegerDigits: must be a whole number from 1 to 40");
  });

  it("the bounds of the rules are accepted: 0 and 40 decimals, 1 and 40 integer digits", () => {
    expect(canonicalDecimal("7", { maxDecimals: 0 })).toBe("7");
    expect(canonicalDecimal("7.5", { maxDecimals: 0 })).toMatchObject({ key: "decimal-places", data: { max: 0 } });
    expect(canonicalDecimal(`0.${"1".repeat(40)}`, { maxDecimals: 40 })).toBe(`0.${"1".repeat(40)}`);
    expect(canonicalDecimal("9", { maxIntegerDigits: 1 })).toBe("9");
    expect(canonicalDecimal("10", { maxIntegerDigits: 1 })).toMatchObject({ key: "decimal-integer-digits", data: { max: 1 } });
    expect(canonicalDecimal("9".repeat(40), { maxIntegerDigits: 40 })).toBe("9".repeat(40));
  });

  it("without rules: any sign, 2 decimals, 13 integer digits", () => {
    expect(canonicalDecimal("-1.25")).toBe("-1.25");
    expect(canonicalDecimal("1.255")).toMatchObject({ key: "decimal-places", error: "has more than 2 decimal places", data: { max: 2 } });
    expect(canonicalDecimal("1234567890123")).toBe("1234567890123");
    expect(canonicalDecimal("12345678901234")).toMatchObject({ key: "decimal-integer-digits", error: "has more than 13 digits before the point", data: { max: 13 } });
    expect(canonicalDecimal("1", {})).toBe("1");
    expect(canonicalDecimal("-1", { sign: "any" })).toBe("-1");
  });
});

describe("canonicalDecimal: the text", () => {
  it.each(["1.", ".5", "-", "--1", "1.2.3", "1a", "1.a", "1.-2", "a", "1 ", "+1", "1e5", "0x10", "١"])("%j breaks the money rule (decimal-format)", (text) => {
    const r = canonicalDecimal(text);
    expect(r).toMatchObject({ key: "decimal-format", data: { value: JSON.stringify(text) } });
    expect(typeof r === "object" && r.error).toContain("is not a plain decimal number");
  });

  it.each([
    ["0", "0"],
    ["000", "0"],
    ["0.000", "0"],
    ["-0.0", "0"],
    ["007", "7"],
    ["10", "10"],
    ["100.10", "100.1"],
    ["0.05", "0.05"],
    ["-0.05", "-0.05"],
    ["1.200", "1.2"],
    ["1.0203", "1.0203"],
  ])("%j reads as %j", (text, canonical) => {
    expect(canonicalDecimal(text, { maxDecimals: 4 })).toBe(canonical);
  });

  it("trailing zeros and leading zeros count against no limit", () => {
    expect(canonicalDecimal("1.2300000")).toBe("1.23");
    expect(canonicalDecimal(`000${"1".repeat(13)}`)).toBe("1".repeat(13));
  });

  it("empty text, non-text and non-finite numbers each have their own refusal", () => {
    expect(canonicalDecimal("")).toEqual({ error: "must not be empty", key: "decimal-empty" });
    expect(canonicalDecimal(Number.POSITIVE_INFINITY)).toEqual({ error: "must be a finite number", key: "decimal-finite" });
    for (const v of [true, null, undefined, {}, [], 10n]) expect(canonicalDecimal(v)).toEqual({ error: "must be a decimal string or a number", key: "decimal-type" });
  });

  it("at most limits.decimalCharacters characters: the limit itself is read, one more is refused before any reading", () => {
    const atLimit = `1.${"0".repeat(limits.decimalCharacters - 2)}`;
    expect(atLimit).toHaveLength(limits.decimalCharacters);
    expect(canonicalDecimal(atLimit)).toBe("1");
    const over = `${atLimit}0`;
    expect(canonicalDecimal(over)).toEqual({
      error: `is ${limits.decimalCharacters + 1} characters long; a decimal has at most ${limits.decimalCharacters}`,
      key: "decimal-too-long",
      data: { length: limits.decimalCharacters + 1, max: limits.decimalCharacters },
    });
  });

  it("numbers are read by their shortest decimal form, exponent forms spelled out", () => {
    expect(canonicalDecimal(1e21, { maxIntegerDigits: 40 })).toBe("1000000000000000000000");
    expect(canonicalDecimal(1.5e21, { maxIntegerDigits: 40 })).toBe("1500000000000000000000");
    expect(canonicalDecimal(-2.5e22, { maxIntegerDigits: 40 })).toBe("-25000000000000000000000");
    expect(canonicalDecimal(1e-7, { maxDecimals: 12 })).toBe("0.0000001");
    expect(canonicalDecimal(-1e-7, { maxDecimals: 12 })).toBe("-0.0000001");
    expect(canonicalDecimal(1.25e-7, { maxDecimals: 12 })).toBe("0.000000125");
    expect(canonicalDecimal(0.1)).toBe("0.1");
  });

  it("sign rules: positive refuses zero and negatives; nonnegative refuses only negatives (minus zero is zero)", () => {
    const positive = { sign: "positive" } as const;
    const nonnegative = { sign: "nonnegative" } as const;
    expect(canonicalDecimal("0.01", positive)).toBe("0.01");
    expect(canonicalDecimal("0", positive)).toEqual({ error: "must be greater than 0", key: "decimal-positive" });
    expect(canonicalDecimal("0.00", positive)).toEqual({ error: "must be greater than 0", key: "decimal-positive" });
    expect(canonicalDecimal("-1", positive)).toEqual({ error: "must be greater than 0", key: "decimal-positive" });
    expect(canonicalDecimal("0", nonnegative)).toBe("0");
    expect(canonicalDecimal("-0", nonnegative)).toBe("0");
    expect(canonicalDecimal("-0.01", nonnegative)).toEqual({ error: "must not be negative", key: "decimal-nonnegative" });
    expect(canonicalDecimal("3", nonnegative)).toBe("3");
  });
});

describe("parseDecimal", () => {
  it("returns the canonical text, or throws INVALID_INPUT at the path with the refusal's key and figures", () => {
    expect(parseDecimal("0012.50", ["price"])).toBe("12.5");
    expect(refusalOf(() => parseDecimal("1.234", ["price"]))).toEqual({ code: "INVALID_INPUT", path: ["price"], key: "decimal-places", data: { max: 2 } });
    expect(refusalOf(() => parseDecimal("", ["a", 1]))).toEqual({ code: "INVALID_INPUT", path: ["a", 1], key: "decimal-empty", data: undefined });
    expect(refusalOf(() => parseDecimal("x"))).toMatchObject({ path: [], key: "decimal-format" });
    expect(refusalOf(() => parseDecimal("0", ["price"], { sign: "positive" }))).toMatchObject({ key: "decimal-positive" });
  });
});

describe("integer units", () => {
  it.each([
    ["12.5", 2, 1250],
    ["-0.05", 2, -5],
    ["+3", 2, 300],
    ["1.239", 2, 123],
    ["7", 0, 7],
    ["7.9", 0, 7],
    ["0.001", 3, 1],
    [".5", 1, 5],
    ["-12.5", 2, -1250],
    ["-3", 0, -3],
  ] as const)("toUnits(%j, %i) is %i", (text, places, units) => {
    expect(toUnits(text, places)).toBe(units);
  });

  it.each([
    [-5, 2, "-0.05"],
    [123, 0, "123"],
    [1, 3, "0.001"],
    [0, 2, "0.00"],
    [123456, 2, "1234.56"],
    [-123456, 2, "-1234.56"],
    [100, 2, "1.00"],
  ] as const)("fromUnits(%i, %i) is %j", (units, places, text) => {
    expect(fromUnits(units, places)).toBe(text);
  });
});

describe("toFen", () => {
  it.each([
    ["1234.5", 123450],
    ["1.2", 120],
    ["1.20", 120],
    ["1.200", 120],
    ["0.07", 7],
    ["-0.07", -7],
    ["90", 9000],
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
    [12.5, 1250],
    [-3, -300],
  ] as const)("%j is %i fen", (yuan, fen) => {
    expect(toFen(yuan)).toBe(fen);
  });

  it("reads money text of exactly limits.decimalCharacters characters (zeros past the fen are fine)", () => {
    const text = `1.${"0".repeat(limits.decimalCharacters - 2)}`;
    expect(text).toHaveLength(limits.decimalCharacters);
    expect(toFen(text)).toBe(100);
  });

  it("a character that is not a digit, after the integer part or among the decimals, breaks the money rule", () => {
    for (const t of ["1x5", "1-5", "1,5", "1.5-", "1.5 ", "1.0/"]) expect(refusalOf(() => toFen(t)), t).toMatchObject({ code: "INVALID_INPUT", path: ["yuan"], key: "decimal-format" });
  });

  it("a number too long to read as money is refused by what breaks the rule, read with 40 digits each side", () => {
    expect(refusalOf(() => toFen(1e300))).toEqual({ code: "INVALID_INPUT", path: ["yuan"], key: "decimal-integer-digits", data: { max: 40 } });
  });

  it("minus zero is plain zero", () => {
    expect(Object.is(toFen("-0"), 0)).toBe(true);
    expect(Object.is(toFen("-0.00"), 0)).toBe(true);
  });

  it("refuses text that breaks the money rule at 'yuan', with the rule's key", () => {
    for (const t of ["", "1.", "1.x", "x", "-", "1-", "1.2.3"]) expect(refusalOf(() => toFen(t))).toMatchObject({ code: "INVALID_INPUT", path: ["yuan"] });
    expect(refusalOf(() => toFen("1.x")).key).toBe("decimal-format");
    expect(refusalOf(() => toFen("1.201"))).toEqual({ code: "INVALID_INPUT", path: ["yuan"], key: "decimal-places", data: { max: 2 } });
    expect(refusalOf(() => toFen(0.001))).toEqual({ code: "INVALID_INPUT", path: ["yuan"], key: "decimal-places", data: { max: 2 } });
    expect(refusalOf(() => toFen(Number.NaN))).toMatchObject({ code: "INVALID_INPUT", key: "decimal-finite" });
    expect(refusalOf(() => toFen(true as never))).toMatchObject({ code: "INVALID_INPUT", key: "decimal-type" });
    expect(refusalOf(() => toFen("1".repeat(limits.decimalCharacters + 1)))).toMatchObject({ code: "INVALID_INPUT", key: "decimal-too-long" });
  });

  it("refuses more than 2^53 − 1 fen with OUT_OF_RANGE", () => {
    expect(refusalOf(() => toFen("90071992547409.92"))).toEqual({ code: "OUT_OF_RANGE", path: ["yuan"], key: "money-too-large", data: undefined });
    expect(refusalOf(() => toFen(1e20))).toMatchObject({ code: "OUT_OF_RANGE" });
  });
});

describe("fenToYuan and formatFen", () => {
  it("fenToYuan refuses anything but a safe integer at 'fen'", () => {
    for (const v of [0.5, Number.NaN, 2 ** 53, "5"]) expect(refusalOf(() => fenToYuan(v as number))).toMatchObject({ code: "INVALID_INPUT", path: ["fen"], key: "fen-integer" });
    expect(fenToYuan(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91");
    expect(fenToYuan(0)).toBe("0.00");
  });

  it.each([
    [0, "0.00"],
    [999, "9.99"],
    [99999, "999.99"],
    [100000, "1,000.00"],
    [12345678, "123,456.78"],
    [123456789, "1,234,567.89"],
    [-5, "-0.05"],
    [-100000, "-1,000.00"],
  ] as const)("formatFen(%i) is %j", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it("the ¥ sign only when options.symbol is exactly true, after the minus", () => {
    expect(formatFen(-5, { symbol: true })).toBe("-¥0.05");
    expect(formatFen(100000, { symbol: true })).toBe("¥1,000.00");
    expect(formatFen(5, { symbol: false })).toBe("0.05");
    expect(formatFen(5, { symbol: "yes" } as never)).toBe("0.05");
    expect(formatFen(5, null as never)).toBe("0.05");
    expect(formatFen(5, {})).toBe("0.05");
  });
});

describe("formatPercent", () => {
  it.each([
    ["0.015", "1.5%"],
    ["0.0003", "0.03%"],
    ["0.00001", "0.001%"],
    ["1", "100%"],
    ["0", "0%"],
    ["0.1", "10%"],
    ["0.25", "25%"],
    ["1.5", "150%"],
    ["100", "10000%"],
    ["12.345", "1234.5%"],
    ["-0.5", "-50%"],
    ["0.0100", "1%"],
    [0.07, "7%"],
  ] as const)("%j is %j", (rate, text) => {
    expect(formatPercent(rate)).toBe(text);
  });

  it("refuses what is not a decimal at 'rate'", () => {
    expect(refusalOf(() => formatPercent("abc"))).toMatchObject({ code: "INVALID_INPUT", path: ["rate"] });
  });
});

describe("formatYuan", () => {
  it.each([
    ["0.005", "0.01"],
    ["-0.005", "-0.01"],
    ["1234.565", "1,234.57"],
    ["1234.564", "1,234.56"],
    ["999.995", "1,000.00"],
    ["123456789", "123,456,789.00"],
    ["-1234567.8", "-1,234,567.80"],
    ["12", "12.00"],
  ] as const)("%j is %j", (amount, text) => {
    expect(formatYuan(amount)).toBe(text);
  });

  it("the ¥ sign only when asked, after the minus; bad amounts are INVALID_INPUT at 'amount'", () => {
    expect(formatYuan("-1000", { symbol: true })).toBe("-¥1,000.00");
    expect(formatYuan("1000", { symbol: false })).toBe("1,000.00");
    expect(refusalOf(() => formatYuan("1,000"))).toMatchObject({ code: "INVALID_INPUT", path: ["amount"] });
  });
});

describe("toRatio and mulDivHalfUp", () => {
  it.each([
    ["0.0003", 3, 10000],
    ["-1.5", -15, 10],
    ["2", 2, 1],
    ["0.5", 5, 10],
    ["12.25", 1225, 100],
  ] as const)("toRatio(%j) is %i/%i", (rate, num, den) => {
    expect(toRatio(rate)).toEqual({ num, den });
  });

  it.each([
    [5, 1, 10, 1],
    [4, 1, 10, 0],
    [14, 1, 10, 1],
    [15, 1, 10, 2],
    [-5, 1, 10, -1],
    [5, -1, 10, -1],
    [-5, -1, 10, 1],
    [-14, 1, 10, -1],
    [-15, 3, 10, -5],
    [7, 2, 1, 14],
  ] as const)("CORE-ROUND: mulDivHalfUp(%i, %i, %i) is %i (halves away from zero)", (a, num, den, q) => {
    expect(mulDivHalfUp(a, num, den)).toBe(q);
  });

  it("CORE-ROUND: a zero factor gives plain zero, never minus zero", () => {
    expect(Object.is(mulDivHalfUp(0, -3, 7), 0)).toBe(true);
    expect(Object.is(mulDivHalfUp(-3, 0, 7), 0)).toBe(true);
  });

  it("CORE-ROUND: past 2^53 in the middle, BigInt keeps it exact", () => {
    const a = 2 ** 50 + 3;
    const expected = Number((2n * BigInt(a) * 3n + 7n) / 14n);
    expect(mulDivHalfUp(a, 3, 7)).toBe(expected);
    expect(mulDivHalfUp(-a, 3, 7)).toBe(-expected);
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses non-integers at their path, a non-positive den, and a result past 2^53 − 1", () => {
    expect(refusalOf(() => mulDivHalfUp(1.5, 1, 1))).toMatchObject({ code: "INVALID_INPUT", path: ["a"], key: "integer" });
    expect(refusalOf(() => mulDivHalfUp(1, 1.5, 1))).toMatchObject({ code: "INVALID_INPUT", path: ["num"] });
    expect(refusalOf(() => mulDivHalfUp(1, 1, 0))).toMatchObject({ code: "INVALID_INPUT", path: ["den"], key: "positive-integer" });
    expect(refusalOf(() => mulDivHalfUp(1, 1, -2))).toMatchObject({ code: "INVALID_INPUT", path: ["den"], key: "positive-integer" });
    expect(refusalOf(() => mulDivHalfUp(1, 1, 1.5))).toMatchObject({ code: "INVALID_INPUT", path: ["den"], key: "positive-integer" });
    expect(refusalOf(() => mulDivHalfUp(1, 1, 2 ** 53))).toMatchObject({ code: "INVALID_INPUT", path: ["den"] });
    expect(refusalOf(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 3, 1))).toMatchObject({ code: "OUT_OF_RANGE", path: [], key: "money-too-large" });
  });
});

describe("safeFen and sumYuan", () => {
  it("safeFen passes safe integers and refuses others with OUT_OF_RANGE at the path", () => {
    expect(safeFen(-5, ["x"])).toBe(-5);
    expect(refusalOf(() => safeFen(2 ** 53, ["x", 2]))).toEqual({ code: "OUT_OF_RANGE", path: ["x", 2], key: "money-too-large", data: undefined });
  });

  it("sums exactly to 2 decimals; an empty list is 0.00", () => {
    expect(sumYuan([])).toBe("0.00");
    expect(sumYuan(["-1", "0.5"])).toBe("-0.50");
    expect(sumYuan([1, "2.5", 0.25])).toBe("3.75");
  });

  it("refuses a non-list, a bad amount at its index, and an overflow at the amount that caused it", () => {
    expect(refusalOf(() => sumYuan("1" as never))).toMatchObject({ code: "INVALID_INPUT", path: ["amounts"], key: "weights-list" });
    expect(refusalOf(() => sumYuan(["1", "2", "x"]))).toMatchObject({ code: "INVALID_INPUT", path: ["amounts", 2] });
    expect(refusalOf(() => sumYuan(["90071992547409.91", "0.01"]))).toMatchObject({ code: "OUT_OF_RANGE", path: ["amounts", 1] });
  });
});

describe("allocate and allocateUnits", () => {
  it("CORE-ALLOC: largest remainder, ties to the earlier weight", () => {
    expect(allocate("0.01", [1, 1])).toEqual(["0.01", "0.00"]);
    // 5 fen over 1:2 is 1.67 + 3.33: the first has the larger remainder.
    expect(allocate("0.05", [1, 2])).toEqual(["0.02", "0.03"]);
    // 5 fen over 2:1 is 3.33 + 1.67: the second has the larger remainder.
    expect(allocate("0.05", [2, 1])).toEqual(["0.03", "0.02"]);
    // 10 fen over 1:1:1:1:3 is 1.43 ×4 + 4.29: two fen left, to the first two of the four tied.
    expect(allocate("0.10", [1, 1, 1, 1, 3])).toEqual(["0.02", "0.02", "0.01", "0.01", "0.04"]);
    // 10 fen over 3:1:1:1:1: 4.29 then 1.43 ×4; two fen left to the 1.43s that come first.
    expect(allocate("0.10", [3, 1, 1, 1, 1])).toEqual(["0.04", "0.02", "0.02", "0.01", "0.01"]);
  });

  it("CORE-ALLOC: a negative total splits with the same shape, negated; zero weights get zero", () => {
    expect(allocate("-100", [1, 1, 1])).toEqual(["-33.34", "-33.33", "-33.33"]);
    expect(allocate("100", [0, 1, 0])).toEqual(["0.00", "100.00", "0.00"]);
  });

  it("CORE-ALLOC: weights with different decimal places are put on one scale", () => {
    // 0.5 : 1.25 is 2 : 5.
    expect(allocate("7", ["0.5", "1.25"])).toEqual(["2.00", "5.00"]);
    expect(allocate("7", ["1.25", 0.5])).toEqual(["5.00", "2.00"]);
  });

  it("refuses a bad total, weights that are not a non-empty list of non-negative decimals, and all-zero weights", () => {
    expect(refusalOf(() => allocate("x", [1]))).toMatchObject({ code: "INVALID_INPUT", path: ["total"] });
    expect(refusalOf(() => allocate("1", "1" as never))).toMatchObject({ code: "INVALID_INPUT", path: ["weights"], key: "weights-list" });
    expect(refusalOf(() => allocate("1", []))).toMatchObject({ code: "INVALID_INPUT", path: ["weights"], key: "weights-empty" });
    expect(refusalOf(() => allocate("1", [1, -1]))).toMatchObject({ code: "INVALID_INPUT", path: ["weights", 1], key: "decimal-nonnegative" });
    expect(refusalOf(() => allocate("1", [0, "0.00"]))).toMatchObject({ code: "INVALID_INPUT", path: ["weights"], key: "weights-zero" });
  });

  it("refuses more than limits.listItems weights with OUT_OF_RANGE before reading them", () => {
    const many = new Array<number>(limits.listItems + 1).fill(1);
    expect(refusalOf(() => allocate("1", many))).toEqual({ code: "OUT_OF_RANGE", path: ["weights"], key: "too-big-list", data: { maximum: limits.listItems } });
  });

  it("allocateUnits: all-zero weights give zeros; negatives round away like the positive split; bigint in, numbers out", () => {
    expect(allocateUnits(7, [0, 0])).toEqual([0, 0]);
    expect(allocateUnits(-7, [1, 1])).toEqual([-4, -3]);
    expect(allocateUnits(7n, [1n, 2n, 4n])).toEqual([1, 2, 4]);
    expect(allocateUnits(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateUnits(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });
});

describe("the private Decimal clone", () => {
  it("has 40 significant digits, half-up, and never an exponent within 40 places", () => {
    expect(dec(2).div(3).toString()).toBe(`0.${"6".repeat(39)}7`);
    expect(dec("1e-30").toString()).toBe(`0.${"0".repeat(29)}1`);
    expect(dec("1e39").toString()).toBe(`1${"0".repeat(39)}`);
    expect(dec("0.1").plus("0.2").toString()).toBe("0.3");
  });

  it("roundFen rounds half-up (away from zero) to the fen", () => {
    expect(roundFen("0.005").toFixed(2)).toBe("0.01");
    expect(roundFen("-0.005").toFixed(2)).toBe("-0.01");
    expect(roundFen("1.234").toFixed(2)).toBe("1.23");
    expect(roundFen("2.675").toString()).toBe("2.68");
  });
});

describe("toFen and sumYuan: only text and numbers are read", () => {
  // A list or an object converts to text ("5", "1.5"), which the money rule would accept: it
  // must be refused by its type, never read through its conversion.
  it("CORE-ROUND: a list holding an amount is refused as a type error, not read as the amount", () => {
    expect(refusalOf(() => toFen(["5"] as never))).toEqual({ code: "INVALID_INPUT", path: ["yuan"], key: "decimal-type", data: undefined });
    expect(refusalOf(() => toFen({ toString: () => "1.5" } as never))).toEqual({ code: "INVALID_INPUT", path: ["yuan"], key: "decimal-type", data: undefined });
    expect(refusalOf(() => sumYuan(["1", [2] as never]))).toEqual({ code: "INVALID_INPUT", path: ["amounts", 1], key: "decimal-type", data: undefined });
  });
});

describe("allocate: the list limit itself", () => {
  it("CORE-ALLOC: exactly limits.listItems weights are read (the first bad one is named), not refused as too many", () => {
    const many = new Array<number>(limits.listItems).fill(1);
    many[0] = -1; // refused at once, so the million weights cost no time
    expect(refusalOf(() => allocate("1", many))).toEqual({ code: "INVALID_INPUT", path: ["weights", 0], key: "decimal-nonnegative", data: undefined });
  });
});
