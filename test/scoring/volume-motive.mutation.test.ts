import { describe, expect, it } from "vitest";
import { expectShoulou, thrown } from "../helpers";
import { volumeMotiveInputSchema, volumeTierAndMotive } from "../../src/scoring/index";

const policy = { tiers: [{ tier: "diamond", from: 5000000 }, { tier: "gold", from: 2000000 }, { tier: "silver", from: 1000000 }, { tier: "general", from: 0 }] };

describe("SCO-4 volume tier and motive", () => {
  it("SCO-4: the whole answer for a gold customer whose highest score is relationship", () => {
    expect(volumeTierAndMotive({ id: "C1", annualVolume: 2400000, motiveScores: { relationship: 8, "price-sensitive": 5 }, payment: "mortgage", stability: "floating" }, policy)).toEqual({
      customerId: "C1",
      tier: "gold",
      motive: "relationship",
      approach: "hold regular get-togethers and visit in person more",
      payment: "mortgage",
      stability: "floating",
      trace: [
        { rule: "SCO-4", fact: "tier", data: { tier: "gold", volume: "2400000", from: "2000000" } },
        { rule: "SCO-4", fact: "relationship", data: { motive: "relationship" } },
      ],
    });
  });
  it("SCO-4: a tier starts at its amount exactly; one fen below is the tier under it", () => {
    expect(volumeTierAndMotive({ id: "C", annualVolume: 5000000 }, policy).tier).toBe("diamond");
    expect(volumeTierAndMotive({ id: "C", annualVolume: "4999999.99" }, policy).tier).toBe("gold");
    expect(volumeTierAndMotive({ id: "C", annualVolume: 0 }, policy).trace[0]).toEqual({ rule: "SCO-4", fact: "tier", data: { tier: "general", volume: "0", from: "0" } });
  });
  it("SCO-4: without scores there is no motive, no approach and a no-motive step", () => {
    const r = volumeTierAndMotive({ id: "C", annualVolume: 1 }, policy);
    expect([r.motive, r.approach, r.payment, r.stability]).toEqual([null, null, null, null]);
    expect(r.trace[1]).toEqual({ rule: "SCO-4", fact: "no-motive", data: {} });
    expect(r.trace).toHaveLength(2);
  });
  it("SCO-4: each motive has the source's approach", () => {
    const approach = (m: "price-sensitive" | "supply-security" | "brand-service") => volumeTierAndMotive({ id: "C", annualVolume: 1, motiveScores: { [m]: 1 } }, policy).approach;
    expect(approach("price-sensitive")).toBe("give a fair discount at the market's dealing price");
    expect(approach("supply-security")).toBe("sign an agreement that secures supply (here: the unit and its delivery)");
    expect(approach("brand-service")).toBe("price may be higher; serve faster and better (a green channel)");
  });
  it("SCO-4: the highest score wins wherever it is; a tie goes to the earlier motive of the source's order", () => {
    const motive = (s: Record<string, number | string>) => volumeTierAndMotive({ id: "C", annualVolume: 1, motiveScores: s }, policy).motive;
    expect(motive({ "price-sensitive": 5, "supply-security": 7, "brand-service": 6 })).toBe("supply-security");
    expect(motive({ "price-sensitive": 5, "supply-security": 5, relationship: 5 })).toBe("price-sensitive");
    expect(motive({ "brand-service": "2.0001", relationship: 2 })).toBe("brand-service");
    expect(motive({ "supply-security": 0, relationship: "0.0001" })).toBe("relationship");
  });
  it("SCO-4: every payment and stability the source names is accepted", () => {
    for (const payment of ["card-personal", "card-company", "cash", "mortgage", "installment"] as const) expect(volumeTierAndMotive({ id: "C", annualVolume: 1, payment }, policy).payment).toBe(payment);
    expect(volumeTierAndMotive({ id: "C", annualVolume: 1, stability: "stable-local" }, policy).stability).toBe("stable-local");
    expect(volumeMotiveInputSchema.parse({ id: "C", annualVolume: 1 }).motiveScores).toEqual({});
  });
});

describe("SCO-4 refusals", () => {
  const issues = (f: () => unknown) => {
    const e = thrown(f);
    return { code: e.code, issues: e.issues.map((i) => ({ path: i.path, message: i.message })) };
  };
  it("SCO-4: tiers must go down and the last must start at 0", () => {
    expect(issues(() => volumeTierAndMotive({ id: "C", annualVolume: 1 }, { tiers: [{ tier: "a", from: 10 }, { tier: "b", from: 10 }, { tier: "c", from: 0 }] }))).toEqual({
      code: "INVALID_POLICY",
      issues: [{ path: ["tiers", 1, "from"], message: "tiers go from the highest amount down" }],
    });
    expect(issues(() => volumeTierAndMotive({ id: "C", annualVolume: 1 }, { tiers: [{ tier: "a", from: 10 }, { tier: "b", from: 20 }, { tier: "c", from: 0 }] })).issues).toEqual([
      { path: ["tiers", 1, "from"], message: "tiers go from the highest amount down" },
    ]);
    expect(issues(() => volumeTierAndMotive({ id: "C", annualVolume: 1 }, { tiers: [{ tier: "a", from: 10 }, { tier: "b", from: 5 }] }))).toEqual({
      code: "INVALID_POLICY",
      issues: [{ path: ["tiers", 1, "from"], message: "the last tier must start at 0" }],
    });
  });
  it("SCO-4: the order and last-tier refusals are custom issues (code, path and message)", () => {
    const codes = (tiers: { tier: string; from: number }[]) => thrown(() => volumeTierAndMotive({ id: "C", annualVolume: 1 }, { tiers })).issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
    expect(codes([{ tier: "a", from: 10 }, { tier: "b", from: 10 }, { tier: "c", from: 0 }])).toEqual([{ path: ["tiers", 1, "from"], code: "custom", message: "tiers go from the highest amount down" }]);
    expect(codes([{ tier: "a", from: 10 }, { tier: "b", from: 5 }])).toEqual([{ path: ["tiers", 1, "from"], code: "custom", message: "the last tier must start at 0" }]);
  });
  it("SCO-4: no tiers at all is INVALID_POLICY at tiers (must not be empty), never an internal error", () => {
    const e = expectShoulou(() => volumeTierAndMotive({ id: "C", annualVolume: 1 }, { tiers: [] }), "INVALID_POLICY", ["tiers"]);
    expect(e.issues[0]).toMatchObject({ path: ["tiers"], message: "must not be empty" });
    expect(e.issues.map((i) => i.path)).toEqual([["tiers"]]);
  });
  it("SCO-4: tier names are kebab-case", () => {
    expectShoulou(() => volumeTierAndMotive({ id: "C", annualVolume: 1 }, { tiers: [{ tier: "Gold", from: 0 }] }), "INVALID_POLICY", ["tiers", 0, "tier"]);
    expectShoulou(() => volumeTierAndMotive({ id: "C", annualVolume: 1 }, { tiers: [{ tier: "gold!", from: 0 }] }), "INVALID_POLICY", ["tiers", 0, "tier"]);
  });
  it("SCO-4: a bad customer is INVALID_INPUT at its own field", () => {
    expectShoulou(() => volumeTierAndMotive({ id: "C", annualVolume: -1 }, policy), "INVALID_INPUT", ["annualVolume"]);
    expectShoulou(() => volumeTierAndMotive({ id: "C", annualVolume: 1, motiveScores: { relationship: -1 } }, policy), "INVALID_INPUT", ["motiveScores", "relationship"]);
    expectShoulou(() => volumeTierAndMotive({ id: "C", annualVolume: 1, payment: "" as "cash" }, policy), "INVALID_INPUT", ["payment"]);
    expectShoulou(() => volumeTierAndMotive({ id: "C", annualVolume: 1, stability: "" as "floating" }, policy), "INVALID_INPUT", ["stability"]);
  });
});
