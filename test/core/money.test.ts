import { Decimal as DecimalJs } from "decimal.js";
import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { isShoulouError } from "../../src/core/errors";
import {
  MAX_YUAN_DIGITS,
  allocate,
  canonicalDecimal,
  fenToYuan,
  formatFen,
  formatPercent,
  formatYuan,
  mulDivHalfUp,
  parseDecimal,
  sumYuan,
  toFen,
  toRatio,
} from "../../src/core/money";
import { dec, roundFen } from "../../src/core/decimal";

/** The English reason of a refusal (or the canonical string itself). */
function errorOf(r: string | { error: string }): string {
  return typeof r === "string" ? r : r.error;
}

describe("canonicalDecimal", () => {
  it.each([
    ["0012.50", "12.5"],
    ["-0", "0"],
    ["-0.00", "0"],
    ["1.000", "1"],
    ["0.10", "0.1"],
    ["-3.10", "-3.1"],
    [0, "0"],
    [-0, "0"],
    [1000000, "1000000"],
    [12.5, "12.5"],
    [-0.05, "-0.05"],
  ] as const)("%j is %j", (input, out) => {
    expect(canonicalDecimal(input)).toBe(out);
  });

  it.each([
    [Number.NaN, "must be a finite number"],
    [Number.POSITIVE_INFINITY, "must be a finite number"],
    [Number.NEGATIVE_INFINITY, "must be a finite number"],
    ["", "must not be empty"],
  ] as const)("%j is refused: %s", (input, message) => {
    expect(errorOf(canonicalDecimal(input))).toBe(message);
  });

  it.each(["1,000", "1e21", "1E3", "1e-7", "0x10", "1.", ".5", "--1", "1 000", "12a", "¥12", "Infinity", "NaN", "1.2.3"])(
    "%j is not a plain decimal",
    (input) => {
      const r = canonicalDecimal(input);
      expect(typeof r).toBe("object");
      expect((r as { error: string }).error).toContain("is not a plain decimal number");
    },
  );

  it("numbers whose shortest form is exponential are read exactly from that form, never through floats", () => {
    expect(errorOf(canonicalDecimal(1e21))).toBe("has more than 13 digits before the point");
    expect(canonicalDecimal(1e21, { maxIntegerDigits: 22 })).toBe("1000000000000000000000");
    expect(errorOf(canonicalDecimal(1e-7))).toBe("has more than 2 decimal places");
    expect(canonicalDecimal(1e-7, { maxDecimals: 12 })).toBe("0.0000001");
    expect(canonicalDecimal(-1.5e-7, { maxDecimals: 12 })).toBe("-0.00000015");
    expect(canonicalDecimal(1.2345e-5, { maxDecimals: 12 })).toBe("0.000012345");
    // 0.1 + 0.2 is 0.30000000000000004: too many decimals for money, not silently 0.3
    expect(errorOf(canonicalDecimal(0.1 + 0.2))).toBe("has more than 2 decimal places");
  });

  it.each([null, undefined, true, {}, [], [1], 10n, Symbol("x"), () => 1, new Number(5), new String("5")])(
    "non-decimal value %s is refused",
    (input) => {
      expect(errorOf(canonicalDecimal(input))).toBe("must be a decimal string or a number");
    },
  );

  it("the 13-digit limit: 13 digits before the point pass, 14 are refused (also as a 20-digit price)", () => {
    expect(MAX_YUAN_DIGITS).toBe(13);
    expect(canonicalDecimal("9999999999999.99")).toBe("9999999999999.99");
    expect(canonicalDecimal(9999999999999.99)).toBe("9999999999999.99");
    expect(canonicalDecimal("0009999999999999")).toBe("9999999999999");
    expect(errorOf(canonicalDecimal("10000000000000"))).toBe("has more than 13 digits before the point");
    expect(errorOf(canonicalDecimal("12345678901234567890"))).toBe("has more than 13 digits before the point");
    expect(errorOf(canonicalDecimal("1234", { maxIntegerDigits: 3 }))).toBe("has more than 3 digits before the point");
  });

  it("decimal places: trailing zeros do not count; more than allowed are refused", () => {
    expect(errorOf(canonicalDecimal("1.005"))).toBe("has more than 2 decimal places");
    expect(errorOf(canonicalDecimal("1.00500"))).toBe("has more than 2 decimal places");
    expect(canonicalDecimal("1.0050", { maxDecimals: 3 })).toBe("1.005");
    expect(canonicalDecimal("0.000000000001", { maxDecimals: 12 })).toBe("0.000000000001");
    expect(errorOf(canonicalDecimal("2.5", { maxDecimals: 0 }))).toBe("has more than 0 decimal places");
  });

  it("sign rules", () => {
    expect(errorOf(canonicalDecimal("0", { sign: "positive" }))).toBe("must be greater than 0");
    expect(errorOf(canonicalDecimal("-0.00", { sign: "positive" }))).toBe("must be greater than 0");
    expect(errorOf(canonicalDecimal("-1", { sign: "positive" }))).toBe("must be greater than 0");
    expect(canonicalDecimal("0.01", { sign: "positive" })).toBe("0.01");
    expect(canonicalDecimal("-0", { sign: "nonnegative" })).toBe("0");
    expect(errorOf(canonicalDecimal("-0.01", { sign: "nonnegative" }))).toBe("must not be negative");
    expect(canonicalDecimal("-0.01", { sign: "any" })).toBe("-0.01");
  });
});

describe("parseDecimal", () => {
  it("returns the canonical string", () => {
    expect(parseDecimal("1000000", ["price"], { sign: "positive" })).toBe("1000000");
    expect(parseDecimal("035.10", ["x"])).toBe("35.1");
  });
  it("throws INVALID_INPUT at the given path with the reason", () => {
    const e = thrown(() => parseDecimal("1,000", ["lines", 2, "amount"]));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["lines", 2, "amount"]);
    expect(e.message).toContain("lines[2].amount");
    expect(e.message).toContain("is not a plain decimal number");
    expect(thrown(() => parseDecimal(0, ["price"], { sign: "positive" })).message).toContain("must be greater than 0");
  });
});

describe("dec (the private Decimal)", () => {
  it("is exact for decimal fractions", () => {
    expect(dec("0.1").plus("0.2").toString()).toBe("0.3");
    expect(dec(0.1).plus(0.2).eq(dec("0.3"))).toBe(true);
  });
  it("works at 40 significant digits without touching the user's decimal.js settings", () => {
    expect(dec(1).div(3).toString()).toBe(`0.${"3".repeat(40)}`);
    expect(DecimalJs.precision).toBe(20);
    expect(new DecimalJs(1).div(3).toString()).toBe(`0.${"3".repeat(20)}`);
  });
});

describe("roundFen", () => {
  it.each([
    ["0.005", "0.01"],
    ["-0.005", "-0.01"],
    ["2.345", "2.35"],
    ["-2.345", "-2.35"],
    ["2.344999999", "2.34"],
    ["-2.344999999", "-2.34"],
    ["1.995", "2.00"],
    ["-1.995", "-2.00"],
    ["0.015", "0.02"],
    ["0.025", "0.03"],
    ["1234567890123.455", "1234567890123.46"],
    ["7", "7.00"],
  ])("CORE-ROUND: %s rounds half-up (away from zero) to %s", (input, out) => {
    expect(roundFen(input).toFixed(2)).toBe(out);
  });
  it("CORE-ROUND: numbers are read by their decimal form (1.005 → 1.01, unlike Math.round(100.49999)/100)", () => {
    expect(roundFen(1.005).toFixed(2)).toBe("1.01");
    expect(roundFen(-1.005).toFixed(2)).toBe("-1.01");
    expect(roundFen(dec("0.125")).toFixed(2)).toBe("0.13");
  });
});

describe("toFen / fenToYuan", () => {
  it.each([
    ["1234.5", 123450],
    ["-0.05", -5],
    ["0.1", 10],
    ["0", 0],
    ["29458.00", 2945800],
    ["9999999999999.99", 999999999999999],
    ["-9999999999999.99", -999999999999999],
  ] as const)("toFen(%s) = %d", (yuan, fen) => {
    expect(toFen(yuan)).toBe(fen);
  });
  it.each([
    [2945800, "29458.00"],
    [-5, "-0.05"],
    [0, "0.00"],
    [-0, "0.00"],
    [7, "0.07"],
    [10, "0.10"],
    [-100, "-1.00"],
    [123456789, "1234567.89"],
    [999999999999999, "9999999999999.99"],
  ] as const)("fenToYuan(%d) = %s", (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });
});

describe("formatFen / formatYuan / formatPercent", () => {
  it.each([
    [100000000, "1,000,000.00"],
    [0, "0.00"],
    [5, "0.05"],
    [-5, "-0.05"],
    [99999, "999.99"],
    [100000, "1,000.00"],
    [12345678, "123,456.78"],
    [2945800, "29,458.00"],
    [999999999999999, "9,999,999,999,999.99"],
  ] as const)("formatFen(%d) = %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });
  it("formatFen with the symbol puts the sign before it", () => {
    expect(formatFen(-2945800, { symbol: true })).toBe("-¥29,458.00");
    expect(formatFen(2945800, { symbol: true })).toBe("¥29,458.00");
    expect(formatFen(0, { symbol: true })).toBe("¥0.00");
  });
  it("formatYuan rounds half-up, then formats", () => {
    expect(formatYuan("1000000")).toBe("1,000,000.00");
    expect(formatYuan("29458", { symbol: true })).toBe("¥29,458.00");
    expect(formatYuan("0.005")).toBe("0.01");
    expect(formatYuan("-1234.565")).toBe("-1,234.57");
    expect(formatYuan(1234.5)).toBe("1,234.50");
  });
  it.each([
    ["0.015", "1.5%"],
    ["0.0003", "0.03%"],
    ["0.0015", "0.15%"],
    ["0.02", "2%"],
    ["0.01", "1%"],
    ["0.1", "10%"],
    ["1", "100%"],
    ["0", "0%"],
    ["12.5", "1250%"],
    ["-0.015", "-1.5%"],
    ["0.123456789012", "12.3456789012%"],
    ["0.000000000001", "0.0000000001%"],
  ])("formatPercent(%s) = %s", (rate, text) => {
    expect(formatPercent(rate)).toBe(text);
  });
});

describe("toRatio / mulDivHalfUp / sumYuan", () => {
  it("toRatio is the exact fraction", () => {
    expect(toRatio("0.0003")).toEqual({ num: 3, den: 10000 });
    expect(toRatio("2")).toEqual({ num: 2, den: 1 });
    expect(toRatio("0.015")).toEqual({ num: 15, den: 1000 });
    expect(toRatio("-0.5")).toEqual({ num: -5, den: 10 });
    expect(toRatio("0.000000000001")).toEqual({ num: 1, den: 1e12 });
    expect(toRatio("12.75")).toEqual({ num: 1275, den: 100 });
  });
  it.each([
    [100000000, 3, 10000, 30000],
    [5, 1, 10, 1],
    [-5, 1, 10, -1],
    [5, -1, 10, -1],
    [15, 1, 10, 2],
    [-15, 1, 10, -2],
    [14, 1, 10, 1],
    [-14, 1, 10, -1],
    [0, 3, 7, 0],
    [1, 1, 3, 0],
    [2, 1, 3, 1],
    [1, 1, 2, 1],
    [-1, 1, 2, -1],
    [7, 0, 9, 0],
  ] as const)("CORE-ROUND: mulDivHalfUp(%d, %d, %d) = %d", (a, n, d, q) => {
    expect(mulDivHalfUp(a, n, d)).toBe(q);
  });
  it("CORE-ROUND: mulDivHalfUp stays exact past 2^53 in the intermediate", () => {
    const a = 999999999999999;
    const n = 999999999999;
    const d = 1000000000000;
    const ref = Number((2n * BigInt(a) * BigInt(n) + BigInt(d)) / (2n * BigInt(d)));
    expect(mulDivHalfUp(a, n, d)).toBe(ref);
    expect(mulDivHalfUp(a, n, d)).toBe(999999999998999); // 999999999999999 × 0.999999999999 = 999999999998999.000000000001
    expect(mulDivHalfUp(-a, n, d)).toBe(-999999999998999);
    // exactly .5 beyond 2^53: 900719925474099 × 5 / 10 = 450359962737049.5 → …050
    expect(mulDivHalfUp(900719925474099, 5, 10)).toBe(450359962737050);
  });
  it("sumYuan adds exactly", () => {
    expect(sumYuan(["0.10", "0.20"])).toBe("0.30");
    expect(sumYuan([])).toBe("0.00");
    expect(sumYuan(["-1.00", "0.99"])).toBe("-0.01");
    expect(sumYuan(["20000.00", "3500.00", "200.00", "300.00", "1500.00", "350.00", "900.00", "2400.00", "308.00"])).toBe("29458.00");
  });
});

describe("allocate", () => {
  const sumFen = (parts: readonly string[]) => parts.reduce((a, p) => a + toFen(p), 0);

  it("CORE-ALLOC: the odd fen go to the largest remainders, ties to the earlier weight", () => {
    expect(allocate("100", [1, 1, 1])).toEqual(["33.34", "33.33", "33.33"]);
    expect(allocate("0.02", [1, 1, 1])).toEqual(["0.01", "0.01", "0.00"]);
    expect(allocate("10", [1, 2])).toEqual(["3.33", "6.67"]);
    expect(allocate("1", ["0.5", "0.25", "0.25"])).toEqual(["0.50", "0.25", "0.25"]);
    expect(allocate(100, ["0.000000000001", "0.000000000002"])).toEqual(["33.33", "66.67"]);
  });
  it("CORE-ALLOC: zero weights get nothing, not even an odd fen", () => {
    expect(allocate("100", [0, 1, 0])).toEqual(["0.00", "100.00", "0.00"]);
    expect(allocate("0.05", [0, 1, 1, 1, 0])).toEqual(["0.00", "0.02", "0.02", "0.01", "0.00"]);
  });
  it("CORE-ALLOC: a negative total splits like its absolute value, with the sign", () => {
    expect(allocate("-100", [1, 1, 1])).toEqual(["-33.34", "-33.33", "-33.33"]);
    expect(allocate("-0.01", [1, 1])).toEqual(["-0.01", "0.00"]);
  });
  it("CORE-ALLOC: a zero total gives zero parts", () => {
    expect(allocate("0", [1, 2, 3])).toEqual(["0.00", "0.00", "0.00"]);
  });
  it("CORE-ALLOC: many parts (1,000) still add up exactly", () => {
    const parts = allocate("10.01", new Array<number>(1000).fill(1));
    expect(parts).toHaveLength(1000);
    expect(sumFen(parts)).toBe(1001);
    expect(parts.slice(0, 2)).toEqual(["0.02", "0.01"]);
  });
  it("CORE-ALLOC: very many parts (150,000: more than a spread into Math.max survives) add up and fail only with ShoulouError if at all", () => {
    let parts: string[] | undefined;
    try {
      parts = allocate("1000000", new Array<number>(150_000).fill(1));
    } catch (e) {
      expect(isShoulouError(e), `a non-ShoulouError escaped allocate: ${String(e)}`).toBe(true);
    }
    if (parts) {
      expect(parts).toHaveLength(150_000);
      expect(sumFen(parts)).toBe(100_000_000);
    }
  }, 30_000); // generous: the machine is shared
  it("CORE-ALLOC: bad totals and weights are INVALID_INPUT at their path", () => {
    const cases: [() => unknown, readonly (string | number)[]][] = [
      [() => allocate("1.005", [1]), ["total"]],
      [() => allocate(Number.NaN, [1]), ["total"]],
      [() => allocate("", [1]), ["total"]],
      [() => allocate("1,000", [1]), ["total"]],
      [() => allocate("100", []), ["weights"]],
      [() => allocate("100", [0, 0]), ["weights"]],
      [() => allocate("100", [1, -1]), ["weights", 1]],
      [() => allocate("100", [1, Number.POSITIVE_INFINITY]), ["weights", 1]],
      [() => allocate("100", [1, 1, "x"]), ["weights", 2]],
    ];
    for (const [f, path] of cases) {
      const e = thrown(f);
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.path).toEqual(path);
    }
  });
});

describe("public money helpers given values outside their range", () => {
  /** Either the exact answer or a ShoulouError, never a wrong string or another error. */
  function exactOrShoulou(f: () => string, exact: string): void {
    let out: string;
    try {
      out = f();
    } catch (e) {
      expect(isShoulouError(e), `escaped: ${String(e)}`).toBe(true);
      return;
    }
    expect(out).toBe(exact);
  }
  it("formatYuan of an amount past 2^53 fen is exact or refused, never silently rounded", () => {
    exactOrShoulou(() => formatYuan("123456789012345678.91"), "123,456,789,012,345,678.91");
    exactOrShoulou(() => formatYuan(1e21), "1,000,000,000,000,000,000,000.00");
  });
  it("formatYuan of NaN, Infinity or text is a ShoulouError, not 'NaN.NaN' or a DecimalError", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "abc", ""]) {
      let out: unknown;
      try {
        out = formatYuan(bad);
      } catch (e) {
        expect(isShoulouError(e), `formatYuan(${String(bad)}) threw ${String(e)}`).toBe(true);
        continue;
      }
      throw new Error(`formatYuan(${String(bad)}) returned ${String(out)}`);
    }
  });
  it("CORE-ALLOC: weights that are not an array are INVALID_INPUT at weights, not a TypeError", () => {
    for (const bad of [null, undefined, "abc", 3, { 0: 1 }]) {
      const e = thrown(() => allocate("1", bad as unknown as number[]));
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.path).toEqual(["weights"]);
    }
  });
});
