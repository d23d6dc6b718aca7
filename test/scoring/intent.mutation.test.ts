import { describe, expect, it } from "vitest";
import { expectShoulou, thrown } from "../helpers";
import { gradeIntent, gradeIntents, intentPolicySchema } from "../../src/scoring/index";

const g = (rule: string, grade: string, fact: string, data: Record<string, unknown> = {}) => ({ customerId: "C", grade, letter: grade[0], rule, trace: [{ rule, fact, data }] });

describe("SCO-INT intent grades, whole answers", () => {
  it("SCO-INT-A: a deposit of exactly the large amount is a; one fen less is not", () => {
    expect(gradeIntent({ id: "C", depositPaid: 20000 })).toEqual(g("SCO-INT-A", "a", "large-deposit", { deposit: "20000", min: "20000" }));
    expect(gradeIntent({ id: "C", depositPaid: "19999.99" }).grade).toBe("d");
    expect(gradeIntent({ id: "C", subscribed: true })).toEqual(g("SCO-INT-A", "a", "subscribed"));
  });
  it("SCO-INT-D: a peer, no contact left, not visited or no stated intent are d, each with its reason", () => {
    expect(gradeIntent({ id: "C", peer: true })).toEqual(g("SCO-INT-D", "d", "peer"));
    expect(gradeIntent({ id: "C", leftContact: false })).toEqual(g("SCO-INT-D", "d", "no-contact"));
    expect(gradeIntent({ id: "C" })).toEqual(g("SCO-INT-D", "d", "no-visit"));
    expect(gradeIntent({ id: "C", visited: true })).toEqual(g("SCO-INT-D", "d", "no-stated-intent"));
  });
  it("SCO-INT-B: card holders by probability: b+ from 0.7, b from 0.4, b- below, b when unknown", () => {
    const card = (purchaseProbability?: string) => gradeIntent({ id: "C", cardHolder: true, ...(purchaseProbability === undefined ? {} : { purchaseProbability }) });
    expect(card("0.7")).toEqual(g("SCO-INT-B", "b-plus", "b-plus", { probability: "0.7", min: "0.7" }));
    expect(card("0.6999")).toEqual(g("SCO-INT-B", "b", "b", { probability: "0.6999", min: "0.4" }));
    expect(card("0.4")).toEqual(g("SCO-INT-B", "b", "b", { probability: "0.4", min: "0.4" }));
    expect(card("0.3999")).toEqual(g("SCO-INT-B", "b-minus", "b-minus", { probability: "0.3999", min: "0.4" }));
    expect(card()).toEqual(g("SCO-INT-B", "b", "probability-unknown"));
  });
  it("SCO-INT-C: visitors with a stated intent by days to purchase: c+ within 30, c within 90, c- after, c when unknown", () => {
    const c = (expectedPurchaseInDays?: number) => gradeIntent({ id: "C", visited: true, statedIntent: true, ...(expectedPurchaseInDays === undefined ? {} : { expectedPurchaseInDays }) });
    expect(c(30)).toEqual(g("SCO-INT-C", "c-plus", "c-plus", { days: 30, limit: 30 }));
    expect(c(31)).toEqual(g("SCO-INT-C", "c", "c", { days: 31, limit: 90 }));
    expect(c(90)).toEqual(g("SCO-INT-C", "c", "c", { days: 90, limit: 90 }));
    expect(c(91)).toEqual(g("SCO-INT-C", "c-minus", "c-minus", { days: 91, limit: 90 }));
    expect(c()).toEqual(g("SCO-INT-C", "c", "time-unknown"));
  });
});

describe("SCO-INT batches and policies", () => {
  it("SCO-INT-A: a batch counts every grade, zero included", () => {
    const r = gradeIntents([{ id: "A", subscribed: true }, { id: "B", cardHolder: true, purchaseProbability: "0.5" }, { id: "C" }, { id: "D", peer: true }]);
    expect(r.gradings.map((x) => [x.customerId, x.grade])).toEqual([["A", "a"], ["B", "b"], ["C", "d"], ["D", "d"]]);
    expect(r.counts).toEqual({ a: 1, "b-plus": 0, b: 1, "b-minus": 0, "c-plus": 0, c: 0, "c-minus": 0, d: 2 });
  });
  it("SCO-INT-A: a customer listed twice is DUPLICATE at the second; bad data is refused at its path", () => {
    const e = expectShoulou(() => gradeIntents([{ id: "A" }, { id: "A" }]), "DUPLICATE", [1, "id"]);
    expect(e.message).toBe("DUPLICATE at [1].id: customer A appears twice");
    expectShoulou(() => gradeIntents([{ id: "A" }, { id: "B", depositPaid: -1 }]), "INVALID_INPUT", [1, "depositPaid"]);
    expectShoulou(() => gradeIntents([], { cWithinDays: -1 }), "INVALID_POLICY", ["cWithinDays"]);
    expectShoulou(() => gradeIntent({ id: "C", expectedPurchaseInDays: -1 }), "INVALID_INPUT", ["expectedPurchaseInDays"]);
    expectShoulou(() => gradeIntent({ id: "C" }, { largeDeposit: 0 }), "INVALID_POLICY", ["largeDeposit"]);
  });
  it("SCO-INT-B: thresholds may be equal but must not cross, each refused with its message", () => {
    expect(intentPolicySchema.parse({ bProbability: "0.7", cPlusWithinDays: 90 })).toEqual({ largeDeposit: "20000", bPlusProbability: "0.7", bProbability: "0.7", cPlusWithinDays: 90, cWithinDays: 90 });
    const b = thrown(() => gradeIntent({ id: "C" }, { bProbability: "0.71" }));
    expect([b.code, b.issues.map((i) => [i.path, i.message])]).toEqual(["INVALID_POLICY", [[["bProbability"], "must not exceed bPlusProbability"]]]);
    const c = thrown(() => gradeIntent({ id: "C" }, { cPlusWithinDays: 91 }));
    expect([c.code, c.issues.map((i) => [i.path, i.message])]).toEqual(["INVALID_POLICY", [[["cPlusWithinDays"], "must not exceed cWithinDays"]]]);
  });
});
