import { describe, expect, it } from "vitest";
import { refuse, step } from "../../src/core/trace";

// Written against the survivors of `npm run test:mutation` on src/core/trace.ts.

describe("refuse", () => {
  it("SUB-SIGN-3: a refusal is exactly { ok: false, refusal, trace } with the refusing step last", () => {
    const before = [step("SUB-SIGN-3", "method-changed", { from: "full", to: "mortgage" })];
    const r = refuse("SUB-SIGN-3", "locked", { change: "unit-change" }, before);
    const refusal = { rule: "SUB-SIGN-3", fact: "locked", data: { change: "unit-change" } };
    expect(r).toEqual({ ok: false, refusal, trace: [before[0], refusal] });
    expect(r.ok).toBe(false);
  });
});
