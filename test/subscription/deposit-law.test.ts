import { describe, expect, it } from "vitest";
import { applySubscriptionEvent, depositOnCancellation, replaySubscription, subscriptionPresets } from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;

describe("depositOnCancellation", () => {
  it("SUB-LAW-1: a deposit above 20% of the price is a deposit only up to 20%; the excess is returned", () => {
    const r = depositOnCancellation({ deposit: 20000, price: 60000, reason: "buyer-default" }, seed);
    expect(r).toMatchObject({ depositEffect: "12000.00", excess: "8000.00", sellerKeeps: "12000.00", buyerReceives: "8000.00" });
    expect(r.charges).toEqual([{ code: "deposit-excess-refund", rule: "SUB-LAW-1", amount: "8000.00", payer: "seller" }]);
    const sub = applySubscriptionEvent({}, { type: "subscribe", on: "2024-09-26", unit: "P-1", price: 60000, paymentMethod: "full", owners: ["王五"], deadline: "2024-10-10" }, seed);
    expect(sub.ok && sub.state.depositEffect).toBe("12000.00");
    expect(sub.trace.map((t) => t.rule)).toContain("SUB-LAW-1");
  });

  it("SUB-LAW-2: the buyer's default forfeits the deposit; the seller's default returns it double", () => {
    expect(depositOnCancellation({ deposit: 20000, price: 1000000, reason: "buyer-default" }, seed)).toMatchObject({ sellerKeeps: "20000.00", buyerReceives: "0.00", charges: [] });
    const s = depositOnCancellation({ deposit: 20000, price: 1000000, reason: "seller-default" }, seed);
    expect(s.buyerReceives).toBe("40000.00");
    expect(s.charges.map((c) => [c.code, c.amount])).toEqual([["deposit-refund", "20000.00"], ["deposit-penalty", "20000.00"]]);
    // double return applies to the part with deposit effect only; the excess comes back once
    expect(depositOnCancellation({ deposit: 20000, price: 60000, reason: "seller-default" }, seed).buyerReceives).toBe("32000.00");
  });

  it("SUB-LAW-3: when neither party is at fault, the deposit is returned", () => {
    expect(depositOnCancellation({ deposit: 20000, price: 1000000, reason: "no-fault" }, seed)).toMatchObject({ sellerKeeps: "0.00", buyerReceives: "20000.00" });
    const r = replaySubscription(
      [
        { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "full", owners: ["王五"], deadline: "2024-10-10" },
        { type: "cancel", on: "2024-09-30", reason: "no-fault" },
      ],
      seed,
    );
    expect(r.state).toMatchObject({ status: "cancelled", unit: null, releasedUnit: "A-101" });
    expect(r.charges.map((c) => [c.code, c.payer, c.amount])).toEqual([["deposit", "buyer", "20000.00"], ["deposit-refund", "seller", "20000.00"]]);
  });

  it("SUB-LAW-4: a first installment already paid is price, returned whatever the reason", () => {
    const r = depositOnCancellation({ deposit: 20000, price: 1000000, reason: "buyer-default", firstInstallment: 280000 }, seed);
    expect(r).toMatchObject({ sellerKeeps: "20000.00", buyerReceives: "280000.00" });
    expect(r.trace.map((t) => t.rule)).toEqual(["SUB-LAW-2", "SUB-LAW-4"]);
  });

  it("a policy can set another cap share", () => {
    expect(depositOnCancellation({ deposit: 20000, price: 100000, reason: "buyer-default" }, { depositCapRate: "0.1" }).excess).toBe("10000.00");
  });
});
