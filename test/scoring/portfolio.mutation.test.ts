import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { portfolioMix, portfolioPolicySchema } from "../../src/scoring/index";

describe("SCO-6 the 532 mix", () => {
  const list = [
    { id: "E", lastMaintainedOn: "2024-09-01" },
    { id: "B", lastMaintainedOn: "2024-09-30", relationship: "deep" as const },
    { id: "D", lastMaintainedOn: "2024-08-30" },
    { id: "A", lastMaintainedOn: "2024-08-31" },
    { id: "C", lastMaintainedOn: null },
  ];
  it("SCO-6: segments sorted by id; dormant after 30 days or never maintained; shares add up to 1", () => {
    const r = portfolioMix(list, "2024-09-30");
    expect(r.segments).toEqual([
      { id: "A", segment: "ordinary", daysSinceMaintained: 30 },
      { id: "B", segment: "deep", daysSinceMaintained: 0 },
      { id: "C", segment: "dormant", daysSinceMaintained: null },
      { id: "D", segment: "dormant", daysSinceMaintained: 31 },
      { id: "E", segment: "ordinary", daysSinceMaintained: 29 },
    ]);
    expect(r.counts).toEqual({ deep: 1, ordinary: 2, dormant: 2 });
    expect(r.shares).toEqual({ deep: "0.2000", ordinary: "0.4000", dormant: "0.4000" });
    expect(r.warned).toBe(false);
    expect(r.trace).toEqual([
      { rule: "SCO-7", fact: "dormant-count", data: { dormant: 2, customers: 5, limit: 30 } },
      { rule: "SCO-6", fact: "fine", data: { deep: 1, ordinary: 2, dormant: 2, customers: 5, warnAt: "0.5", shares: { deep: "0.2000", ordinary: "0.4000", dormant: "0.4000" } } },
    ]);
    expect(portfolioMix([...list].reverse(), "2024-09-30").segments.map((s) => s.id)).toEqual(["A", "B", "C", "D", "E"]);
  });
  it("SCO-6: the warning is reached at exactly the dormant share and not one customer below", () => {
    expect(portfolioMix(list, "2024-09-30", { warningMix: { dormant: "0.4" } }).warned).toBe(true);
    expect(portfolioMix(list, "2024-09-30", { warningMix: { dormant: "0.4001" } }).warned).toBe(false);
    expect(portfolioMix(list, "2024-09-30", { warningMix: { dormant: "1" } }).warned).toBe(false);
    expect(portfolioMix([{ id: "X", lastMaintainedOn: null }], "2024-09-30", { warningMix: { dormant: "1" } }).trace[1]?.fact).toBe("warned");
  });
  it("SCO-6: an empty portfolio has zero shares and no warning", () => {
    const r = portfolioMix([], "2024-09-30", { warningMix: { dormant: "0" } });
    expect(r.shares).toEqual({ deep: "0.0000", ordinary: "0.0000", dormant: "0.0000" });
    expect(r.warned).toBe(false);
    expect(r.trace[1]?.fact).toBe("fine");
  });
  it("SCO-6: the default warning mix is 20 / 30 / 50", () => {
    expect(portfolioPolicySchema.parse({})).toEqual({ dormantAfterDays: 30, warningMix: { deep: "0.2", ordinary: "0.3", dormant: "0.5" }, shareDecimals: 4 });
    expect(portfolioPolicySchema.parse({ warningMix: {} }).warningMix).toEqual({ deep: "0.2", ordinary: "0.3", dormant: "0.5" });
  });
});

describe("SCO-6 refusals", () => {
  it("SCO-6: a customer listed twice is DUPLICATE at the second one", () => {
    const e = expectShoulou(() => portfolioMix([{ id: "A", lastMaintainedOn: null }, { id: "A", lastMaintainedOn: null }], "2024-09-30"), "DUPLICATE", ["customers", 1, "id"]);
    expect(e.message).toBe("DUPLICATE at customers[1].id: customer A appears twice");
  });
  it("SCO-6: maintenance after asOf is refused; on asOf is fine", () => {
    const e = expectShoulou(() => portfolioMix([{ id: "A", lastMaintainedOn: "2024-10-01" }], "2024-09-30"), "INVALID_INPUT", ["customers", 0, "lastMaintainedOn"]);
    expect(e.message).toBe("INVALID_INPUT at customers[0].lastMaintainedOn: after asOf");
    expect(portfolioMix([{ id: "A", lastMaintainedOn: "2024-09-30" }], "2024-09-30").segments[0]?.segment).toBe("ordinary");
  });
  it("SCO-6: bad customers, asOf and policy are refused at their paths", () => {
    expectShoulou(() => portfolioMix([{ id: "A", lastMaintainedOn: "2024-02-30" }], "2024-09-30"), "INVALID_INPUT", ["customers", 0, "lastMaintainedOn"]);
    expectShoulou(() => portfolioMix([], "2024-13-01"), "INVALID_INPUT", ["asOf"]);
    expectShoulou(() => portfolioMix([], "2024-09-30", { shareDecimals: 9 }), "INVALID_POLICY", ["shareDecimals"]);
  });
});
