import { describe, expect, it } from "vitest";
import { attempt } from "../../src/core/errors";
import { paretoSegments, portfolioMix } from "../../src/scoring/index";

describe("paretoSegments", () => {
  it("SCO-6: 20% of customers bring 80% of sales", () => {
    const customers = Array.from({ length: 10 }, (_, i) => ({ id: `C${i}`, revenue: i < 2 ? 400 : 25 }));
    const r = paretoSegments(customers);
    expect(r.top).toEqual(["C0", "C1"]);
    expect([r.topCustomerShare, r.topRevenueShare, r.totalRevenue, r.topRevenue]).toEqual(["0.2000", "0.8000", "1000.00", "800.00"]);
  });
  it("SCO-6: ties are broken by id and the share is a policy", () => {
    const r = paretoSegments([{ id: "b", revenue: 10 }, { id: "a", revenue: 10 }, { id: "c", revenue: 5 }], { revenueShare: "0.5" });
    expect(r.top).toEqual(["a", "b"]);
    expect(paretoSegments([], {}).top).toEqual([]);
    const dup = attempt(() => paretoSegments([{ id: "a", revenue: 1 }, { id: "a", revenue: 2 }]));
    expect(dup.ok ? null : [dup.error.code, dup.error.path]).toEqual(["DUPLICATE", [1, "id"]]);
  });
});

describe("portfolioMix", () => {
  const book = [
    { id: "C1", lastMaintainedOn: "2024-09-20", relationship: "deep" as const },
    { id: "C2", lastMaintainedOn: "2024-09-10", relationship: "deep" as const },
    { id: "C3", lastMaintainedOn: "2024-08-31" },
    { id: "C4", lastMaintainedOn: "2024-08-30" },
    { id: "C5", lastMaintainedOn: null },
  ];
  it("SCO-7: more than 30 days without maintenance is dormant; exactly 30 is not", () => {
    const r = portfolioMix(book, "2024-09-30");
    expect(r.segments.find((s) => s.id === "C3")).toEqual({ id: "C3", segment: "ordinary", daysSinceMaintained: 30 });
    expect(r.segments.find((s) => s.id === "C4")?.segment).toBe("dormant");
    expect(r.segments.find((s) => s.id === "C5")).toEqual({ id: "C5", segment: "dormant", daysSinceMaintained: null });
  });
  it("SCO-6: the mix is compared with the 532 the seed warns about", () => {
    const r = portfolioMix(book, "2024-09-30");
    expect(r.counts).toEqual({ deep: 2, ordinary: 1, dormant: 2 });
    expect(r.shares).toEqual({ deep: "0.4000", ordinary: "0.2000", dormant: "0.4000" });
    expect(r.warned).toBe(false);
    expect(portfolioMix(book, "2024-10-15").warned).toBe(true);
    const late = attempt(() => portfolioMix(book, "2024-09-01"));
    expect(late.ok ? null : late.error.path).toEqual(["customers", 0, "lastMaintainedOn"]);
  });
});
