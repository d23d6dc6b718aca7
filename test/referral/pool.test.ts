import { describe, expect, it } from "vitest";
import { isShoulouError, splitPool } from "../../src/index";

describe("splitPool", () => {
  it("REF-POOL-1: 100 among three is 33.34 + 33.33 + 33.33", () => {
    const s = splitPool({ amount: "100", weights: [{ id: "A7", weight: 1 }, { id: "A8", weight: 1 }, { id: "A9", weight: 1 }] });
    expect(s.parts.map((p) => p.amount)).toEqual(["33.34", "33.33", "33.33"]);
    expect(s.amount).toBe("100.00");
  });

  it("REF-POOL-1: weights may be decimals; a zero weight gets nothing", () => {
    const s = splitPool({ amount: "10000.01", weights: [{ id: "a", weight: "0.5" }, { id: "b", weight: "0.3" }, { id: "c", weight: "0.2" }, { id: "d", weight: 0 }] });
    expect(s.parts.map((p) => p.amount)).toEqual(["5000.01", "3000.00", "2000.00", "0.00"]);
  });

  it("rejects a negative pool, no positive weight, or a recipient twice with the path", () => {
    const code = (input: unknown) => {
      try {
        splitPool(input as never);
      } catch (e) {
        return isShoulouError(e) ? [e.code, e.path] : "other";
      }
      return "none";
    };
    expect(code({ amount: "-1", weights: [{ id: "a", weight: 1 }] })).toEqual(["INVALID_INPUT", ["amount"]]);
    expect(code({ amount: "1", weights: [{ id: "a", weight: 0 }] })).toEqual(["INVALID_INPUT", ["weights"]]);
    expect(code({ amount: "1", weights: [{ id: "a", weight: 1 }, { id: "a", weight: 1 }] })).toEqual(["INVALID_INPUT", ["weights"]]);
  });
});
