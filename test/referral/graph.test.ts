import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { explainStep, referralChain, referralGraph } from "../../src/index";
import { at, lNetwork, longChain } from "./fixtures";


const two = (extra: object = {}, ref: object = {}) => ({
  customers: [{ id: "A", phone: "13800000001", ...extra }, { id: "B", phone: "13800000002" }],
  referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01"), ...ref }],
});

describe("referralGraph", () => {
  it("REF-G-1: a customer cannot refer themselves", () => {
    const g = referralGraph({ customers: [{ id: "A" }], referrals: [{ id: "r1", referrer: "A", referred: "A", at: at("2024-03-01") }] });
    expect(g.referrals).toEqual([]);
    expect(g.rejected).toEqual([{ referral: "r1", rule: "REF-G-1", fact: "self", data: { referral: "r1", referrer: "A" } }]);
    expect(explainStep(g.rejected[0]!)).toBe("r1：A 不能推荐自己");
    expect(explainStep(g.rejected[0]!, { locale: "en" })).toBe("r1: A cannot refer themselves");
  });

  it("REF-G-1: the same phone is the same person when the policy says reject", () => {
    const input = { customers: [{ id: "A", phone: "138" }, { id: "B", phone: "138" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }] };
    expect(referralGraph(input, { sharedContact: "reject" }).rejected[0]?.rule).toBe("REF-G-1");
    const flagged = referralGraph(input, { sharedContact: "flag" });
    expect(flagged.referrals.map((r) => r.id)).toEqual(["r1"]);
    expect(flagged.flagged[0]?.rule).toBe("REF-FLG-1");
  });

  it("REF-FLG-1: the same ID number is flagged for review", () => {
    const input = { customers: [{ id: "A", idNumber: "X1" }, { id: "B", idNumber: "X1" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }] };
    expect(referralGraph(input).flagged).toEqual([{ referral: "r1", rule: "REF-FLG-1", fact: "shared-contact", data: { referral: "r1", referrer: "A", referred: "B", contact: "id-number" } }]);
    expect(explainStep(referralGraph(input).flagged[0]!)).toBe("r1：A 与 B 的证件号相同，标记复核");
  });

  it("REF-G-2: a referral that would close a loop is refused, the earlier ones stand", () => {
    const g = referralGraph({
      customers: [{ id: "A" }, { id: "B" }, { id: "C" }],
      referrals: [
        { id: "r3", referrer: "C", referred: "A", at: at("2024-03-03") },
        { id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") },
        { id: "r2", referrer: "B", referred: "C", at: at("2024-03-02") },
      ],
    });
    expect(g.referrals.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(g.rejected.map((v) => [v.referral, v.rule])).toEqual([["r3", "REF-G-2"]]);
  });

  it("REF-G-3: the first valid referrer keeps the referred customer (介绍在先)", () => {
    const g = referralGraph({
      customers: [{ id: "A" }, { id: "B" }, { id: "N" }],
      referrals: [
        { id: "late", referrer: "B", referred: "N", at: at("2024-03-02") },
        { id: "early", referrer: "A", referred: "N", at: at("2024-03-01") },
      ],
    });
    expect(g.referrals.map((r) => r.referrer)).toEqual(["A"]);
    expect(g.rejected[0]).toMatchObject({ referral: "late", rule: "REF-G-3" });
  });

  it("REF-G-4: a customer who visited before the referral is not new", () => {
    const input = { customers: [{ id: "A" }, { id: "B", firstVisitAt: at("2024-02-01") }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }] };
    expect(referralGraph(input).rejected[0]?.rule).toBe("REF-G-4");
    const lenient = referralGraph(input, { referredMustBeNew: false });
    expect(lenient.referrals[0]).toMatchObject({ id: "r1", registered: false });
  });

  it("REF-G-4: a customer registered by someone else before the referral is not new", () => {
    const input = { customers: [{ id: "A" }, { id: "B", registeredAt: at("2024-02-01") }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }] };
    const v = referralGraph(input).rejected[0]!;
    expect(v).toMatchObject({ rule: "REF-G-4", fact: "already-known", data: { how: "registration", since: "2024-02-01T10:00:00+08:00" } });
    expect(explainStep(v)).toBe("r1：推荐之前 B 已被他人报备（2024年2月1日 10:00），不是新客户");
  });

  it("REF-G-5: staff referrers are refused, flagged or allowed as the policy says", () => {
    expect(referralGraph(two({ staff: true }), { staff: "reject" }).rejected[0]?.rule).toBe("REF-G-5");
    expect(referralGraph(two({ staff: true }), { staff: "flag" }).flagged[0]?.rule).toBe("REF-FLG-3");
    expect(referralGraph(two({ staff: true }), { staff: "allow" }).flagged).toEqual([]);
  });

  it("REF-FLG-3: a staff referrer is flagged by default", () => {
    expect(referralGraph(two({ staff: true })).flagged.map((v) => v.rule)).toEqual(["REF-FLG-3"]);
  });

  it("REF-FLG-2: many referrals in a short time are flagged", () => {
    const customers = [{ id: "A" }, ...["B", "C", "D", "E"].map((id) => ({ id }))];
    const referrals = ["B", "C", "D", "E"].map((id, i) => ({ id: `r${i}`, referrer: "A", referred: id, at: at(`2024-03-0${i + 1}`) }));
    const g = referralGraph({ customers, referrals }, { burst: { count: 3, days: 3 } });
    expect(g.flagged.map((v) => v.referral)).toEqual(["r2", "r3"]);
    expect(g.flagged[0]?.rule).toBe("REF-FLG-2");
    expect(referralGraph({ customers, referrals }, { burst: { count: 3, days: 2 } }).flagged).toEqual([]);
  });

  it("REF-5: the relation of each referral is kept for the relationship map", () => {
    const g = referralGraph({ customers: [...lNetwork.customers], referrals: [...lNetwork.referrals] });
    expect(g.referrals.map((r) => r.relation)).toEqual(["family", "family", "family", "friend", "other"]);
  });

  it("a 20,000-long chain builds without recursion", () => {
    const g = referralGraph(longChain(20_000));
    expect(g.referrals).toHaveLength(19_999);
    expect(referralChain(g, "c19999").depth).toBe(19_999);
  });

  it("instants come back in the project zone's offset", () => {
    const input = (a: string) => ({ customers: [{ id: "A" }, { id: "B" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: a }] });
    expect(referralGraph(input("2024-03-01T02:00:00Z")).referrals[0]?.at).toBe("2024-03-01T10:00:00+08:00");
    expect(referralGraph(input("2024-03-01T10:00+08:00")).referrals[0]?.at).toBe("2024-03-01T10:00:00+08:00");
    expect(referralGraph(input("2024-03-01T10:00:00.500+08:00")).referrals[0]?.at).toBe("2024-03-01T10:00:00+08:00");
    expect(referralGraph(input("2024-03-01T10:00:00+08:00"), { timeZone: "Europe/Berlin" }).referrals[0]?.at).toBe("2024-03-01T03:00:00+01:00");
  });

  it("order of the input does not change the graph", () => {
    const a = referralGraph({ customers: [...lNetwork.customers], referrals: [...lNetwork.referrals] });
    const b = referralGraph({ customers: [...lNetwork.customers].reverse(), referrals: [...lNetwork.referrals].reverse() });
    expect(b).toEqual(a);
  });

  it("a referral to an unknown customer is UNKNOWN_REFERENCE with the path", () => {
    const e = thrown(() => referralGraph({ customers: [{ id: "A" }], referrals: [{ id: "r1", referrer: "A", referred: "Z", at: at("2024-03-01") }] }));
    expect(e.code).toBe("UNKNOWN_REFERENCE");
    expect(e.path).toEqual(["referrals", 0, "referred"]);
  });

  it("a customer listed twice is DUPLICATE; a bad instant is INVALID_INPUT with the path", () => {
    expect(thrown(() => referralGraph({ customers: [{ id: "A" }, { id: "A" }], referrals: [] })).code).toBe("DUPLICATE");
    const e = thrown(() => referralGraph({ customers: [{ id: "A" }, { id: "B" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: "2024-03-01T10:00" }] }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["referrals", 0, "at"]);
  });
});

describe("referralChain", () => {
  it("REF-8: walks from the customer up to the root", () => {
    const g = referralGraph({ customers: [{ id: "A" }, { id: "B" }, { id: "C" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }, { id: "r2", referrer: "B", referred: "C", at: at("2024-03-02") }] });
    expect(referralChain(g, "C")).toMatchObject({ chain: ["C", "B", "A"], referrals: ["r2", "r1"], root: "A", depth: 2 });
    expect(referralChain(g, "A")).toMatchObject({ chain: ["A"], root: "A", depth: 0 });
  });

  it("a 100,000-long chain does not overflow the stack", () => {
    const { referrals } = longChain(100_000);
    const c = referralChain({ referrals }, "c99999");
    expect(c.depth).toBe(99_999);
    expect(c.root).toBe("c0");
  });

  it("a hand-made graph with a loop is a CYCLE; a customer with two referrers is DUPLICATE", () => {
    const loop = { referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }, { id: "r2", referrer: "B", referred: "A", at: at("2024-03-01") }] };
    expect(thrown(() => referralChain(loop, "A")).code).toBe("CYCLE");
    const twice = { referrals: [{ id: "r1", referrer: "A", referred: "C", at: at("2024-03-01") }, { id: "r2", referrer: "B", referred: "C", at: at("2024-03-01") }] };
    expect(thrown(() => referralChain(twice, "C")).path).toEqual(["graph", "referrals", 1, "referred"]);
  });
});
