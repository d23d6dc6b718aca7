import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { paretoSegments, scoreCustomers, type ScorecardInput } from "../../src/scoring/index";

describe("SCO-6 Pareto top set", () => {
  const list = [
    { id: "D", revenue: 100 },
    { id: "B", revenue: 500 },
    { id: "C", revenue: 200 },
    { id: "A", revenue: 200 },
    { id: "E", revenue: 0 },
  ];
  it("SCO-6: customers by revenue, highest first and ties by id; the top set is the fewest reaching the share", () => {
    const r = paretoSegments(list);
    expect(r).toEqual({
      top: ["B", "A", "C"],
      rest: ["D", "E"],
      totalRevenue: "1000.00",
      topRevenue: "900.00",
      topCustomerShare: "0.6000",
      topRevenueShare: "0.9000",
      trace: [{ rule: "SCO-6", fact: "top-set", data: { top: 3, customers: 5, customerShare: "0.6000", topRevenue: "900.00", totalRevenue: "1000.00", revenueShare: "0.9000", target: "0.8" } }],
    });
    expect(paretoSegments([...list].reverse()).top).toEqual(["B", "A", "C"]);
  });
  it("SCO-6: a share reached exactly stops there; one fen short takes the next customer", () => {
    expect(paretoSegments(list, { revenueShare: "0.7" }).top).toEqual(["B", "A"]);
    expect(paretoSegments(list, { revenueShare: "0.70001" }).top).toEqual(["B", "A", "C"]);
    const all = paretoSegments(list, { revenueShare: "1", shareDecimals: 2 });
    expect([all.top, all.rest, all.topCustomerShare, all.topRevenueShare]).toEqual([["B", "A", "C", "D"], ["E"], "0.80", "1.00"]);
  });
  it("SCO-6: share decimals go from 0 to 8", () => {
    expect(paretoSegments(list, { shareDecimals: 8 }).topCustomerShare).toBe("0.60000000");
    expect(paretoSegments(list, { shareDecimals: 0 }).topCustomerShare).toBe("1");
    expectShoulou(() => paretoSegments(list, { shareDecimals: 9 }), "INVALID_POLICY", ["shareDecimals"]);
    expectShoulou(() => paretoSegments(list, { shareDecimals: -1 }), "INVALID_POLICY", ["shareDecimals"]);
    expectShoulou(() => paretoSegments(list, { shareDecimals: 1.5 }), "INVALID_POLICY", ["shareDecimals"]);
  });
  it("SCO-6: a customer listed twice is DUPLICATE at the second; a bad revenue INVALID_INPUT at its path", () => {
    const e = expectShoulou(() => paretoSegments([{ id: "A", revenue: 1 }, { id: "A", revenue: 2 }]), "DUPLICATE", [1, "id"]);
    expect(e.message).toBe("DUPLICATE at [1].id: customer A appears twice");
    expectShoulou(() => paretoSegments([{ id: "A", revenue: -1 }]), "INVALID_INPUT", [0, "revenue"]);
    expectShoulou(() => paretoSegments([], { revenueShare: "1.5" }), "INVALID_POLICY", ["revenueShare"]);
  });
});

describe("SCO-CARD-1 batches", () => {
  const card: ScorecardInput = { factors: [{ id: "d", measure: "days-since-contact", weight: 1, scale: { kind: "linear", min: "0", max: "10" } }] };
  it("SCO-CARD-1: a customer's own problem is reported at its index, with the message said once", () => {
    const e = expectShoulou(() => scoreCustomers([{ id: "A" }, { id: "B", lastContactOn: "2024-09-01" }], card), "MISSING_PARAMETER", [1, "asOf"]);
    expect(e.message).toBe("MISSING_PARAMETER at [1].asOf: days-since-contact needs the profile's asOf date");
  });
  it("SCO-CARD-1: a customer listed twice is DUPLICATE at the second", () => {
    const e = expectShoulou(() => scoreCustomers([{ id: "A" }, { id: "A" }], card), "DUPLICATE", [1, "id"]);
    expect(e.message).toBe("DUPLICATE at [1].id: customer A appears twice");
  });
  it("SCO-CARD-1: a bad profile or card is refused at its own path", () => {
    expectShoulou(() => scoreCustomers([{ id: "A" }, { id: "B", visits: -1 }], card), "INVALID_INPUT", [1, "visits"]);
    expectShoulou(() => scoreCustomers([], { factors: [] }), "INVALID_POLICY", ["factors"]);
  });
});

describe("SCO-6 Pareto with no revenue", () => {
  it("SCO-6: zero revenue gives zero totals and shares, never a negative zero", () => {
    const r = paretoSegments([{ id: "A", revenue: 0 }, { id: "B", revenue: 0 }]);
    expect([r.top, r.rest, r.totalRevenue, r.topRevenue, r.topCustomerShare, r.topRevenueShare]).toEqual([[], ["A", "B"], "0.00", "0.00", "0.0000", "0.0000"]);
    expect(paretoSegments([]).totalRevenue).toBe("0.00");
  });
});
