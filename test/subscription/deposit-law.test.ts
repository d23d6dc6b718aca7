import { describe, expect, it } from "vitest";
import { applySubscriptionEvent, depositOnCancellation, explainTrace, replaySubscription, subscriptionPresets } from "../../src/index";

const seed = subscriptionPresets.changzhouOlympicGarden;

describe("depositOnCancellation", () => {
  it("SUB-LAW-1: a deposit above 20% of the price is a deposit only up to 20%; the excess is returned", () => {
    const r = depositOnCancellation({ deposit: 20000, price: 60000, reason: "buyer-default" }, seed);
    expect(r).toMatchObject({ depositEffect: "12000.00", excess: "8000.00", sellerKeeps: "12000.00", buyerReceives: "8000.00" });
    expect(r.charges).toEqual([{ code: "deposit-excess-refund", rule: "SUB-LAW-1", amount: "8000.00", payer: "seller" }]);
    const sub = applySubscriptionEvent({}, { type: "subscribe", on: "2024-09-26", unit: "P-1", price: 60000, paymentMethod: "full", owners: ["王五"], deadline: "2024-10-10" }, seed);
    expect(sub.ok && sub.state.depositEffect).toBe("12000.00");
    expect(sub.trace.find((t) => t.rule === "SUB-LAW-1")).toEqual({
      rule: "SUB-LAW-1",
      fact: "flag",
      data: { deposit: "20000.00", price: "60000.00", rate: "0.2", cap: "12000.00", effect: "12000.00" },
    });
    expect(r.trace[0]).toMatchObject({ rule: "SUB-LAW-1", fact: "excess", data: { cap: "12000.00", excess: "8000.00" } });
    expect(explainTrace(r.trace)).toEqual([
      "SUB-LAW-1 定金¥20,000.00超过价款¥60,000.00的20%（上限¥12,000.00，向下取整到分）：仅¥12,000.00产生定金效力，超出的¥8,000.00返还",
      "SUB-LAW-2 买受人（给付定金一方）违约：定金¥12,000.00不予返还",
    ]);
  });

  it("SUB-LAW-1: the cap rounds down to the fen — on ¥99,999.99 a ¥20,000 deposit does not count in full (cap ¥19,999.99)", () => {
    // 20% of 99,999.99 is 19,999.998: half-up would give 20,000.00 and let the whole deposit count.
    const r = depositOnCancellation({ deposit: 20000, price: "99999.99", reason: "buyer-default" }, seed);
    expect(r).toMatchObject({ depositEffect: "19999.99", excess: "0.01", sellerKeeps: "19999.99", buyerReceives: "0.01" });
    expect(r.trace[0]).toMatchObject({ rule: "SUB-LAW-1", fact: "excess", data: { cap: "19999.99", effect: "19999.99", excess: "0.01" } });
    const sub = applySubscriptionEvent({}, { type: "subscribe", on: "2024-09-26", unit: "P-1", price: "99999.99", paymentMethod: "full", owners: ["王五"], deadline: "2024-10-10" }, seed);
    expect(sub.ok && sub.state.depositEffect).toBe("19999.99");
    expect(sub.trace.at(-1)).toMatchObject({ rule: "SUB-LAW-1", fact: "flag", data: { cap: "19999.99" } });
    // exactly 20% counts in full; a price of 100,000.00 leaves no excess
    expect(depositOnCancellation({ deposit: 20000, price: 100000, reason: "buyer-default" }, seed)).toMatchObject({ depositEffect: "20000.00", excess: "0.00" });
    // a rate with many decimals on the largest price stays exact (BigInt), and still rounds down
    expect(depositOnCancellation({ deposit: "9999999999999.99", price: "9999999999999.99", reason: "no-fault" }, { depositCapRate: "0.333333333333" }).depositEffect).toBe("3333333333329.99");
  });

  it("SUB-LAW-2: the buyer's default forfeits the deposit; the seller's default returns it double", () => {
    expect(depositOnCancellation({ deposit: 20000, price: 1000000, reason: "buyer-default" }, seed)).toMatchObject({ sellerKeeps: "20000.00", buyerReceives: "0.00", charges: [] });
    const s = depositOnCancellation({ deposit: 20000, price: 1000000, reason: "seller-default" }, seed);
    expect(s.buyerReceives).toBe("40000.00");
    expect(s.trace).toEqual([{ rule: "SUB-LAW-2", fact: "seller-default", data: { deposit: "20000.00", paid: "40000.00" } }]);
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
    expect(r.trace).toEqual([
      { rule: "SUB-LAW-2", fact: "buyer-default", data: { kept: "20000.00" } },
      { rule: "SUB-LAW-4", fact: "installment-returned", data: { amount: "280000.00" } },
    ]);
  });

  it("a policy can set another cap share", () => {
    expect(depositOnCancellation({ deposit: 20000, price: 100000, reason: "buyer-default" }, { depositCapRate: "0.1" }).excess).toBe("10000.00");
  });
});
