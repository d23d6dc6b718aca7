import { describe, expect, it } from "vitest";
import { explainStep, explainTrace, networkValue, ownerCircle, referralGraph } from "../../src/index";
import { at, lNetwork } from "./fixtures";

describe("networkValue", () => {
  const graph = referralGraph({ customers: [...lNetwork.customers], referrals: [...lNetwork.referrals] });

  it("REF-7: L's network bought 2,607万", () => {
    const v = networkValue(graph, [...lNetwork.deals], "L");
    expect(v.total).toBe("26070000.00");
    expect(v.customers).toBe(6);
    expect(v.deals).toBe(8);
    expect(explainTrace(v.trace)[0]).toBe("REF-7 L 的关系网：6位客户，8单成交，合计¥26,070,000.00");
    expect(v.members.map((m) => [m.customer, m.value])).toEqual([
      ["L", "6000000.00"],
      ["brother", "5430000.00"],
      ["elder-sister", "1550000.00"],
      ["fathers-friend", "1600000.00"],
      ["friend", "10000000.00"],
      ["younger-sister", "1490000.00"],
    ]);
  });

  it("REF-5: members carry the relation drawn on the relationship map", () => {
    const v = networkValue(graph, [...lNetwork.deals], "L");
    expect(v.members.find((m) => m.customer === "friend")).toMatchObject({ depth: 1, referredBy: "L", relation: "friend" });
    const relations = v.trace.find((s) => s.rule === "REF-5")!;
    expect(relations.data).toEqual({ family: 3, friend: 1, colleague: 0, other: 1 });
    expect(explainStep(relations)).toBe("关系图上：家人3、朋友1、同事或合作伙伴0、其他1");
  });

  it("REF-7: cancelled deals are left out; deeper levels count", () => {
    const g = { referrals: [...graph.referrals, { id: "r-deep", referrer: "friend", referred: "X", at: at("2013-06-01") }] };
    const deals = [...lNetwork.deals.map((d) => (d.id === "friend-2-shops" ? { ...d, cancelledAt: at("2013-06-01") } : d)), { id: "dX", buyer: "X", price: "1000000" }];
    const v = networkValue(g, deals, "L");
    expect(v.total).toBe("17070000.00");
    expect(v.members.at(-1)).toMatchObject({ customer: "X", depth: 2 });
    expect(networkValue(g, deals, "friend").total).toBe("1000000.00");
  });
});

describe("ownerCircle", () => {
  it("REF-6: an owners-only phase is open to owners and the friends they referred, not friends of friends", () => {
    const g = { referrals: [{ id: "r1", referrer: "O", referred: "F", at: at("2024-01-01") }, { id: "r2", referrer: "F", referred: "G", at: at("2024-01-02") }, { id: "r3", referrer: "X", referred: "Y", at: at("2024-01-02") }] };
    const c = ownerCircle(g, ["O", "P"]);
    expect(c.eligible).toEqual([
      { customer: "F", because: "referred-by-owner", owner: "O" },
      { customer: "O", because: "owner", owner: "O" },
      { customer: "P", because: "owner", owner: "P" },
    ]);
    expect(c.trace[0]?.rule).toBe("REF-6");
  });
});
