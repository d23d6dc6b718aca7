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

describe("portfolioMix: exact counts and shares that add up", () => {
  const book = (dormant: number, total: number) =>
    Array.from({ length: total }, (_, i) => ({ id: `C${String(i).padStart(6, "0")}`, lastMaintainedOn: i < dormant ? null : "2024-09-20" }));
  it("SCO-6: 9,999 dormant of 20,000 (49.995%) is not warned; 10,000 is", () => {
    const r = portfolioMix(book(9_999, 20_000), "2024-09-30");
    expect(r.counts.dormant).toBe(9_999);
    // half-up alone would show 0.5000 and 0.5001 (sum 1.0001); largest remainder gives the tie to the earlier segment
    expect(r.shares).toEqual({ deep: "0.0000", ordinary: "0.5001", dormant: "0.4999" });
    expect(r.warned).toBe(false);
    expect(r.trace[1]).toMatchObject({ rule: "SCO-6", fact: "fine", data: { dormant: 9_999, customers: 20_000, warnAt: "0.5" } });
    expect(portfolioMix(book(10_000, 20_000), "2024-09-30").warned).toBe(true);
  });
  it("SCO-6: the shares shown add up to exactly 1 (largest remainder)", () => {
    const thirds = portfolioMix([{ id: "a", lastMaintainedOn: "2024-09-29", relationship: "deep" }, { id: "b", lastMaintainedOn: "2024-09-29" }, { id: "c", lastMaintainedOn: null }], "2024-09-30");
    expect(thirds.shares).toEqual({ deep: "0.3334", ordinary: "0.3333", dormant: "0.3333" });
    const units = (x: string) => Number(x.replace(".", ""));
    for (const [d, n] of [[1, 3], [2, 7], [5, 11], [9_999, 20_000]] as const) {
      const r = portfolioMix(book(d, n), "2024-09-30", { shareDecimals: 2 });
      expect(units(r.shares.deep) + units(r.shares.ordinary) + units(r.shares.dormant)).toBe(100);
    }
  });
});
