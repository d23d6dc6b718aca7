import { describe, expect, it } from "vitest";
import { accept, refuse, step, type TraceStep } from "../../src/core/trace";

describe("trace helpers", () => {
  it("step leaves out data when there is none", () => {
    expect(step("FEE-1", "deed tax 2% of the price", { rate: "0.02" })).toEqual({ rule: "FEE-1", says: "deed tax 2% of the price", data: { rate: "0.02" } });
    const bare = step("CORE-ROUND", "rounded");
    expect(bare).toEqual({ rule: "CORE-ROUND", says: "rounded" });
    expect(Object.keys(bare)).toEqual(["rule", "says"]);
  });
  it("accept adds ok and the trace to the value", () => {
    const trace = [step("MORT-DOWN", "30% down")];
    expect(accept({ unit: "1-101" }, trace)).toEqual({ unit: "1-101", ok: true, trace });
  });
  it("refuse makes the refusing rule the last step, without touching the given trace", () => {
    const trace: TraceStep[] = [step("MORT-DOWN", "30% down")];
    const r = refuse("MORT-3", "two commercial loans", trace);
    expect(r).toEqual({ ok: false, refusal: { rule: "MORT-3", says: "two commercial loans" }, trace: [trace[0], { rule: "MORT-3", says: "two commercial loans" }] });
    expect(trace).toHaveLength(1);
  });
});
