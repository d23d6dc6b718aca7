import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateUnits, canonicalDecimal, fenToYuan, fromUnits, mulDivHalfUp, toFen } from "../../src/core/money";

const runs = { numRuns: 120 };
/** A reference Decimal independent of shoulou's clone. */
const Ref = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_UP });

const MAX_FEN = 999_999_999_999_999; // 9,999,999,999,999.99 yuan
const fen = fc.integer({ min: -MAX_FEN, max: MAX_FEN });
/** A weight as a canonical decimal string with up to 4 decimals (0 allowed). */
const weight = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => new Ref(n).div(10 ** scale).toFixed());

describe("money laws", { timeout: 30_000 }, () => {
  it("CORE-ALLOC: allocated parts add up exactly to the total", () => {
    fc.assert(
      fc.property(fen, fc.array(weight, { minLength: 1, maxLength: 40 }), (totalFen, weights) => {
        fc.pre(weights.some((w) => w !== "0"));
        const parts = allocate(fenToYuan(totalFen), weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((a, p) => a + BigInt(toFen(p)), 0n)).toBe(BigInt(totalFen));
      }),
      runs,
    );
  });

  it("CORE-ALLOC: each part differs from its exact share by less than one fen, and zero weights get zero", () => {
    fc.assert(
      fc.property(fen, fc.array(weight, { minLength: 1, maxLength: 24 }), (totalFen, weights) => {
        fc.pre(weights.some((w) => w !== "0"));
        const parts = allocate(fenToYuan(totalFen), weights);
        const sum = weights.reduce((a, w) => a.plus(w), new Ref(0));
        weights.forEach((w, i) => {
          const exactFen = new Ref(totalFen).times(w).div(sum);
          const gap = new Ref(toFen(parts[i] ?? "x")).minus(exactFen).abs();
          expect(gap.lt(1), `part ${i}: ${parts[i]} vs exact ${exactFen.div(100).toFixed(6)}`).toBe(true);
          if (w === "0") expect(parts[i]).toBe("0.00");
        });
      }),
      { numRuns: 100 },
    );
  });

  it("CORE-ALLOC: every part is a 2-decimal yuan string with the total's sign", () => {
    fc.assert(
      fc.property(fen, fc.array(weight, { minLength: 1, maxLength: 10 }), (totalFen, weights) => {
        fc.pre(weights.some((w) => w !== "0"));
        for (const p of allocate(fenToYuan(totalFen), weights)) {
          expect(p).toMatch(/^-?\d+\.\d{2}$/);
          if (totalFen >= 0) expect(p.startsWith("-")).toBe(false);
          else expect(toFen(p)).toBeLessThanOrEqual(0);
        }
      }),
      runs,
    );
  });

  it("CORE-ROUND: mulDivHalfUp equals the BigInt reference (half away from zero)", () => {
    const den = fc.oneof(fc.integer({ min: 0, max: 12 }).map((k) => 10 ** k), fc.integer({ min: 1, max: 1_000_000_000_000 }));
    fc.assert(
      fc.property(fen, fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), den, (a, num, d) => {
        const neg = a < 0 !== num < 0;
        const absProduct = BigInt(Math.abs(a)) * BigInt(Math.abs(num));
        const q = (2n * absProduct + BigInt(d)) / (2n * BigInt(d));
        const ref = neg ? -q : q;
        fc.pre(ref <= BigInt(Number.MAX_SAFE_INTEGER) && ref >= -BigInt(Number.MAX_SAFE_INTEGER));
        expect(mulDivHalfUp(a, num, d) + 0).toBe(Number(ref)); // + 0: a -0 result is harmless (fenToYuan(-0) is "0.00")
      }),
      runs,
    );
  });

  it("CORE-ROUND: mulDivHalfUp equals decimal.js half-up rounding of a × num ÷ den", () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 8 }), (a, num, k) => {
        const d = 10 ** k;
        const ref = new Ref(a).times(num).div(d).toDecimalPlaces(0, Ref.ROUND_HALF_UP);
        fc.pre(ref.abs().lte(Number.MAX_SAFE_INTEGER));
        expect(mulDivHalfUp(a, num, d) + 0).toBe(ref.toNumber() + 0);
      }),
      runs,
    );
  });

  it("toFen ∘ fenToYuan is the identity on safe fen, and fenToYuan ∘ toFen on 2-decimal yuan", () => {
    fc.assert(
      fc.property(fen, (f) => {
        const yuan = fenToYuan(f);
        expect(yuan).toMatch(/^-?\d+\.\d{2}$/);
        expect(toFen(yuan)).toBe(f);
        expect(fenToYuan(toFen(yuan))).toBe(yuan);
        expect(new Ref(yuan).times(100).toNumber()).toBe(f);
      }),
      runs,
    );
  });

  it("canonicalDecimal of a fen amount's yuan string agrees with it", () => {
    fc.assert(
      fc.property(fen, (f) => {
        const c = canonicalDecimal(fenToYuan(f), { sign: "any" });
        expect(typeof c).toBe("string");
        expect(toFen(c as string)).toBe(f);
      }),
      runs,
    );
  });

  it("canonicalDecimal never throws, whatever it is given", () => {
    const rules = fc.record(
      {
        sign: fc.constantFrom("positive" as const, "nonnegative" as const, "any" as const),
        maxDecimals: fc.integer({ min: 0, max: 20 }),
        maxIntegerDigits: fc.integer({ min: 1, max: 20 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double(), fc.stringMatching(/^[+-]?\d{0,20}(\.\d{0,14})?$/)), rules, (v, r) => {
        const out = canonicalDecimal(v, r);
        if (typeof out === "string") expect(out).toMatch(/^-?\d+(\.\d*[1-9])?$/);
        else expect(typeof out.error).toBe("string");
      }),
      runs,
    );
  });
});

describe("allocateUnits laws", () => {
  it("CORE-ALLOC: allocateUnits splits integers exactly as allocate splits yuan, and the parts add up", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 100_000_000_000 }), { minLength: 1, maxLength: 12 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = allocateUnits(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.map((u) => fromUnits(u, 2))).toEqual(allocate(fromUnits(total, 2), weights.map(String)));
      }),
      { numRuns: 200 },
    );
  });
});
