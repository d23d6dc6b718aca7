import { describe, expect, it } from "vitest";
import type { TraceStep } from "../../src/core/trace";
import { attributeAll, attributeCustomer, attributionPresets, type AttributionEventInput, type AttributionPolicyInput } from "../../src/attribution/index";

// Written for the mutation run of src/attribution with its unit tests: the channel rules
// (channel.ts, identity.ts, office.ts, attribute-all.ts, result.ts) — every window at its
// limit and one unit past it, every trace step with its exact data.

const t = (local: string) => `${local}+08:00`;
const P = attributionPresets.channelPractice;
const withChannel = (channel: NonNullable<AttributionPolicyInput["channel"]>): AttributionPolicyInput => ({ ...P, channel: { ...P.channel, ...channel } });
const customers = [{ id: "C3", phone: "13900001111" }];
const reg = (id: string, at: string, channel: string, phone = "13900001111"): AttributionEventInput => ({ id, kind: "channel-registration", at: t(at), channel, phone });
const visit = (id: string, at: string, agent = "A1", channel?: string, customer = "C3"): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer, agent, ...(channel ? { channel } : {}) });
const deal = (id: string, at: string, agent = "A1"): AttributionEventInput => ({ id, kind: "deal", at: t(at), customer: "C3", agent });
const c3 = (asOf: string, events: AttributionEventInput[], policy: AttributionPolicyInput = P, register: AttributeRegister = customers) => attributeCustomer({ customer: "C3", asOf: t(asOf), events, customers: register }, policy);
type AttributeRegister = { id: string; phone?: string; idNumber?: string; family?: { customer: string; relation: "parent" | "spouse" | "child" | "sibling" }[] }[];
const chSteps = (r: { trace: readonly TraceStep[] }): TraceStep[] => r.trace.filter((s) => s.rule.startsWith("ATT-CH"));
const registered = (event: string, channel: string, at: string, phone = "139****1111") => ({ rule: "ATT-CH-2", fact: "registered", data: { event, channel, at: t(at), phone } });

describe("ATT-CH-1: registration → visit → deal (the default mode)", () => {
  it("ATT-CH-1: credited: the deal inside the window, with from and until", () => {
    const r = c3("2024-11-30T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-03T10:00:00", "A1", "K1"), deal("d", "2024-10-20T10:00:00")]);
    expect(r.channel).toEqual({ channel: "K1", registration: "r", mode: "registration-to-visit-to-deal", protectedUntil: null });
    expect(chSteps(r)).toEqual([
      registered("r", "K1", "2024-10-01T09:00:00"),
      { rule: "ATT-CH-1", fact: "credited", data: { event: "r", channel: "K1", deal: t("2024-10-20T10:00:00"), from: t("2024-10-03T10:00:00"), until: t("2024-11-02T00:00:00") } },
    ]);
  });

  it("ATT-CH-1: a visit at the registration's very instant is inside the window", () => {
    const r = c3("2024-10-02T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-01T09:00:00")]);
    expect(r.channel).toEqual({ channel: "K1", registration: "r", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-10-31T00:00:00") });
    expect(chSteps(r)[1]).toEqual({ rule: "ATT-CH-1", fact: "protects", data: { event: "r", channel: "K1", until: t("2024-10-31T00:00:00"), mode: "registration-to-visit-to-deal" } });
  });

  it("ATT-CH-1: only visits from the registration on count: an earlier visit is not the registered visit", () => {
    const r = c3("2024-10-04T00:00:00", [visit("v0", "2024-09-20T10:00:00"), reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-03T10:00:00")], withChannel({ conflict: "channel-wins" }));
    expect(r.channel?.protectedUntil).toBe(t("2024-11-02T00:00:00"));
  });

  it("ATT-CH-1: the last second before the visit window closes is in time; the window's end is not", () => {
    const inTime = c3("2024-10-05T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-03T23:59:59")]);
    expect(inTime.channel?.protectedUntil).toBe(t("2024-11-02T00:00:00"));
    const late = c3("2024-10-05T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-04T00:00:00")]);
    expect(late.channel).toBeNull();
    expect(chSteps(late)[1]).toEqual({ rule: "ATT-CH-1", fact: "no-visit-in-time", data: { event: "r", channel: "K1", until: t("2024-10-04T00:00:00"), days: 3 } });
  });

  it("ATT-CH-1: no visit yet: awaiting-visit until the window closes, then no-visit-in-time at its end", () => {
    const waiting = c3("2024-10-03T23:59:59", [reg("r", "2024-10-01T09:00:00", "K1")]);
    expect(waiting.channel).toEqual({ channel: "K1", registration: "r", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-10-04T00:00:00") });
    expect(chSteps(waiting)[1]).toEqual({ rule: "ATT-CH-1", fact: "awaiting-visit", data: { event: "r", channel: "K1", until: t("2024-10-04T00:00:00") } });
    const over = c3("2024-10-04T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1")]);
    expect(over.channel).toBeNull();
    expect(chSteps(over)[1]?.fact).toBe("no-visit-in-time");
  });

  it("ATT-CH-1: a deal at the end of the deal window is too late: lapsed, with from and until", () => {
    const r = c3("2024-11-30T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-03T10:00:00"), deal("d", "2024-11-02T00:00:00")]);
    expect(r.channel).toBeNull();
    expect(chSteps(r)[1]).toEqual({ rule: "ATT-CH-1", fact: "lapsed", data: { event: "r", channel: "K1", from: t("2024-10-03T10:00:00"), until: t("2024-11-02T00:00:00") } });
    expect(c3("2024-11-30T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-03T10:00:00"), deal("d", "2024-11-01T23:59:59")]).channel?.protectedUntil).toBeNull();
  });
});

describe("ATT-CH-1: the other modes", () => {
  const regToDeal = withChannel({ mode: "registration-to-deal", registrationToDealDays: 10 });

  it("ATT-CH-1: registration → deal: protects until the window's end, lapsed at it", () => {
    const open = c3("2024-10-10T23:59:59", [reg("r", "2024-10-01T09:00:00", "K1")], regToDeal);
    expect(open.channel).toEqual({ channel: "K1", registration: "r", mode: "registration-to-deal", protectedUntil: t("2024-10-11T00:00:00") });
    const lapsed = c3("2024-10-11T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1")], regToDeal);
    expect(chSteps(lapsed)[1]).toEqual({ rule: "ATT-CH-1", fact: "lapsed", data: { event: "r", channel: "K1", from: t("2024-10-01T09:00:00"), until: t("2024-10-11T00:00:00") } });
  });

  it("ATT-CH-1: registration → deal: a deal at the registration's instant counts; a deal before the registration does not", () => {
    const same = c3("2024-10-20T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), deal("d", "2024-10-01T09:00:00")], regToDeal);
    expect(same.channel?.protectedUntil).toBeNull();
    expect(chSteps(same)[1]).toEqual({ rule: "ATT-CH-1", fact: "credited", data: { event: "r", channel: "K1", deal: t("2024-10-01T09:00:00"), from: t("2024-10-01T09:00:00"), until: t("2024-10-11T00:00:00") } });
    const before = c3("2024-10-05T00:00:00", [deal("d", "2024-10-01T08:59:59"), reg("r", "2024-10-01T09:00:00", "K1")], withChannel({ mode: "registration-to-deal", registrationToDealDays: 10, conflict: "channel-wins" }));
    expect(before.channel?.protectedUntil).toBe(t("2024-10-11T00:00:00"));
  });

  it("ATT-CH-1: visit → deal: starts-at-visit while there is no visit", () => {
    const r = c3("2024-10-05T00:00:00", [reg("r", "2024-09-01T09:00:00", "K1")], withChannel({ mode: "visit-to-deal", visitToDealDays: 7 }));
    expect(r.channel).toBeNull();
    expect(chSteps(r)[1]).toEqual({ rule: "ATT-CH-1", fact: "starts-at-visit", data: { event: "r", channel: "K1", mode: "visit-to-deal" } });
  });
});

describe("ATT-CH-2 … ATT-CH-4: matching registrations", () => {
  it("ATT-CH-2: a masked phone that fits one customer: masked-fits-one; refused when the office takes full phones only", () => {
    const events = [reg("r", "2024-10-01T09:00:00", "K1", "139****1111"), visit("v", "2024-10-02T10:00:00")];
    const r = c3("2024-10-03T00:00:00", events);
    expect(chSteps(r)[0]).toEqual({ rule: "ATT-CH-2", fact: "masked-fits-one", data: { event: "r", channel: "K1", at: t("2024-10-01T09:00:00"), phone: "139****1111" } });
    const refused = c3("2024-10-03T00:00:00", events, withChannel({ acceptMaskedPhone: false }));
    expect(refused.channel).toBeNull();
    expect(chSteps(refused)).toEqual([{ rule: "ATT-CH-2", fact: "masked-refused", data: { event: "r", channel: "K1", at: t("2024-10-01T09:00:00"), phone: "139****1111" } }]);
  });

  it("ATT-CH-4: an earlier masked registration beats a later full one; later: the exact step", () => {
    const r = c3("2024-10-03T00:00:00", [reg("full", "2024-10-01T10:00:00", "K1"), reg("masked", "2024-10-01T09:00:00", "K2", "139****1111"), visit("v", "2024-10-02T10:00:00")]);
    expect(r.channel?.channel).toBe("K2");
    expect(chSteps(r)).toEqual([
      { rule: "ATT-CH-2", fact: "masked-fits-one", data: { event: "masked", channel: "K2", at: t("2024-10-01T09:00:00"), phone: "139****1111" } },
      { rule: "ATT-CH-1", fact: "protects", data: { event: "masked", channel: "K2", until: t("2024-11-01T00:00:00"), mode: "registration-to-visit-to-deal" } },
      registered("full", "K1", "2024-10-01T10:00:00"),
      { rule: "ATT-CH-4", fact: "later", data: { event: "full", channel: "K1", at: t("2024-10-01T10:00:00"), winner: "K2" } },
    ]);
  });

  it("ATT-CH-4: a lapsed earlier registration does not stop a later valid one", () => {
    const r = c3("2024-10-12T00:00:00", [reg("r1", "2024-10-01T09:00:00", "K1"), reg("r2", "2024-10-10T09:00:00", "K2"), visit("v", "2024-10-11T10:00:00")]);
    expect(r.channel?.channel).toBe("K2");
    expect(chSteps(r).map((s) => s.fact)).toEqual(["registered", "no-visit-in-time", "registered", "protects"]);
  });

  it("ATT-CH-2: one person with two phones of one masked key: the masked registration is read once", () => {
    const register = [{ id: "C3", phone: "13812345678", idNumber: "X" }, { id: "C4", phone: "13800005678", idNumber: "X" }];
    const r = c3("2024-10-03T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1", "138****5678"), visit("v", "2024-10-02T10:00:00")], P, register);
    expect(r.channel?.channel).toBe("K1");
    expect(chSteps(r).map((s) => s.fact)).toEqual(["batch", "masked-fits-one", "protects"]);
  });

  it("ATT-CH-3: a collision step carries the first registration, the key and the counts; one step per key even for two phones of one person", () => {
    const register = [{ id: "C3", phone: "13812345678", idNumber: "X" }, { id: "C4", phone: "13800005678", idNumber: "X" }, { id: "C5", phone: "13899995678" }];
    const events = [reg("r2", "2024-10-01T10:00:00", "K2", "138****5678"), reg("r1", "2024-10-01T09:00:00", "K1", "138****5678"), visit("v", "2024-10-02T10:00:00")];
    const r = c3("2024-10-03T00:00:00", events, P, register);
    const collision = { rule: "ATT-CH-3", fact: "collision", data: { event: "r1", channel: "K1", at: t("2024-10-01T09:00:00"), phone: "138****5678", registrations: 2, customers: 2 } };
    expect(r.channel).toBeNull();
    expect(chSteps(r).slice(1)).toEqual([collision]);
    expect(r.review).toEqual([collision]);
    const refused = c3("2024-10-03T00:00:00", events, withChannel({ acceptMaskedPhone: false }), register);
    expect(chSteps(refused).slice(1)).toEqual([{ ...collision, rule: "ATT-CH-2", fact: "masked-refused" }]);
    expect(refused.review).toEqual([]);
  });
});

describe("ATT-CH-5, ATT-CH-6: visits and conflicts", () => {
  it("ATT-CH-5: a visit by the winning channel says nothing more; another channel's visit is unregistered, with its data", () => {
    const r = c3("2024-10-04T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-02T10:00:00", "A1", "K1"), visit("w", "2024-10-03T10:00:00", "A1", "K2")]);
    expect(chSteps(r).slice(2)).toEqual([{ rule: "ATT-CH-5", fact: "unregistered", data: { event: "w", channel: "K2", at: t("2024-10-03T10:00:00") } }]);
  });

  it("ATT-CH-5: the stray registration named is the channel's latest at or before the visit; none before it is unregistered; each is flagged once", () => {
    const events = [
      reg("s1", "2024-10-01T09:00:00", "K9", "13700000001"),
      reg("s2", "2024-10-02T10:00:00", "K9", "13700000002"),
      visit("v0", "2024-09-30T10:00:00", "A1", "K9"),
      visit("v1", "2024-10-02T10:00:00", "A1", "K9"),
      visit("v2", "2024-10-03T10:00:00", "A1", "K9"),
    ];
    const r = c3("2024-10-04T00:00:00", events);
    const stray = (event: string, at: string, registration: string, registeredAt: string, phone: string) => ({ rule: "ATT-CH-5", fact: "registration-fits-no-customer", data: { event, channel: "K9", at: t(at), registration, registeredAt: t(registeredAt), phone } });
    expect(chSteps(r)).toEqual([
      { rule: "ATT-CH-5", fact: "unregistered", data: { event: "v0", channel: "K9", at: t("2024-09-30T10:00:00") } },
      stray("v1", "2024-10-02T10:00:00", "s2", "2024-10-02T10:00:00", "13700000002"),
      stray("v2", "2024-10-03T10:00:00", "s2", "2024-10-02T10:00:00", "13700000002"),
    ]);
    expect(r.review).toEqual([{ rule: "ATT-CH-2", fact: "no-customer", data: { event: "s2", channel: "K9", at: t("2024-10-02T10:00:00"), phone: "13700000002" } }]);
    const all = attributeAll({ asOf: t("2024-10-04T00:00:00"), events, customers }, P);
    expect(all.review.map((i) => i.data["event"])).toEqual(["s1", "s2"]);
  });

  it("ATT-CH-6: an agent's first contact before the registration: agent-first with the claim's instant", () => {
    const r = c3("2024-10-04T00:00:00", [visit("v0", "2024-10-01T10:00:00"), reg("r", "2024-10-02T09:00:00", "K1")]);
    expect(chSteps(r)[1]).toEqual({ rule: "ATT-CH-6", fact: "agent-first", data: { event: "r", channel: "K1", at: t("2024-10-02T09:00:00"), conflict: "first-claim-wins", claimAt: t("2024-10-01T10:00:00") } });
  });

  it("ATT-CH-6: a first contact at the registration's very instant is not first: the channel keeps it", () => {
    expect(c3("2024-10-04T00:00:00", [visit("v0", "2024-10-01T10:00:00"), reg("r", "2024-10-01T10:00:00", "K1")]).channel?.channel).toBe("K1");
  });

  it("ATT-CH-6: the claim's instant is the earliest claim (a relative record before the visit), not the visit", () => {
    const r = c3("2024-10-04T00:00:00", [{ id: "rel", kind: "relative-record", at: t("2024-10-01T08:00:00"), customer: "C3", agent: "A2", relation: "friend" }, reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-02T10:00:00")]);
    expect(r.channel).toBeNull();
    expect(chSteps(r)[1]?.data).toMatchObject({ claimAt: t("2024-10-01T08:00:00") });
  });

  it("ATT-CH-6: channel-wins: channel-kept, then the windows", () => {
    const r = c3("2024-10-04T00:00:00", [visit("v0", "2024-10-01T10:00:00"), reg("r", "2024-10-02T09:00:00", "K1"), visit("v", "2024-10-03T10:00:00")], withChannel({ conflict: "channel-wins" }));
    expect(chSteps(r).slice(1)).toEqual([
      { rule: "ATT-CH-6", fact: "channel-kept", data: { event: "r", channel: "K1", conflict: "channel-wins" } },
      { rule: "ATT-CH-1", fact: "protects", data: { event: "r", channel: "K1", until: t("2024-11-02T00:00:00"), mode: "registration-to-visit-to-deal" } },
    ]);
  });

  it("ATT-CH-6: agent-wins with a record made after the registration: agent-record (no claim came first)", () => {
    const r = c3("2024-10-03T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), { id: "rel", kind: "relative-record", at: t("2024-10-01T12:00:00"), customer: "C3", agent: "A2", relation: "relative" }, visit("v", "2024-10-02T10:00:00", "A1", "K1")], withChannel({ conflict: "agent-wins" }));
    expect(r.channel).toBeNull();
    expect(chSteps(r)[1]).toEqual({ rule: "ATT-CH-6", fact: "agent-record", data: { event: "r", channel: "K1", at: t("2024-10-01T09:00:00"), conflict: "agent-wins" } });
  });

  it("ATT-CH-6: agent-wins without a record or introduction: a plain visit after the registration leaves the channel its claim", () => {
    const r = c3("2024-10-03T00:00:00", [reg("r", "2024-10-01T09:00:00", "K1"), visit("v", "2024-10-02T10:00:00", "A1", "K1")], withChannel({ conflict: "agent-wins" }));
    expect(r.channel?.channel).toBe("K1");
  });
});

describe("ATT-CH-7 and the office's review", () => {
  it("ATT-CH-7: a batch is named by its smallest id whatever the register order; the batch step heads every member's trace", () => {
    const register = [{ id: "C9", phone: "13812345678" }, { id: "C2", phone: "13812345678" }];
    const all = attributeAll({ asOf: t("2024-10-03T00:00:00"), events: [visit("v", "2024-10-02T10:00:00", "A1", undefined, "C9")], customers: register }, P);
    const batch = { rule: "ATT-CH-7", fact: "batch", data: { group: "C2", size: 2, members: ["C2", "C9"] } };
    expect(all.attributions.map((a) => [a.customer, a.owner, a.trace[0]])).toEqual([["C2", "A1", batch], ["C9", "A1", batch]]);
  });

  it("ATT-CH-7: a family member named only in the register is a known customer with no contact; a sibling is not in the batch by default", () => {
    const register = [{ id: "C1", family: [{ customer: "C6", relation: "sibling" as const }] }];
    const r = attributeCustomer({ customer: "C6", asOf: t("2024-10-03T00:00:00"), events: [visit("v", "2024-10-02T10:00:00", "A1", undefined, "C1")], customers: register }, P);
    expect(r).toMatchObject({ owner: null, unownedReason: "no-contact", trace: [{ rule: "ATT-1", fact: "unowned", data: { reason: "no-contact" } }] });
  });

  it("ATT-CH-7: a full-phone registration of a register phone is never unmatched, even for a customer without events", () => {
    const all = attributeAll({ asOf: t("2024-10-03T00:00:00"), events: [reg("r", "2024-10-01T09:00:00", "K1")], customers }, P);
    expect(all.review).toEqual([]);
    expect(all.attributions).toEqual([expect.objectContaining({ customer: "C3", owner: null, channel: { channel: "K1", registration: "r", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-10-04T00:00:00") } })]);
  });

  it("ATT-CH-3: the office's review lists each colliding key once, in customer order, then every unmatched registration", () => {
    const register = [
      { id: "C1", phone: "13812345678" }, { id: "C2", phone: "13800005678" },
      { id: "C3", phone: "13911112222" }, { id: "C4", phone: "13900002222" },
    ];
    const events = [
      reg("ra", "2024-10-01T09:00:00", "K1", "139****2222"),
      reg("rb", "2024-10-01T10:00:00", "K2", "138****5678"),
      reg("rc", "2024-10-01T11:00:00", "K3", "13700000000"),
    ];
    const all = attributeAll({ asOf: t("2024-10-03T00:00:00"), events, customers: register }, P);
    expect(all.review.map((i) => [i.rule, i.data["event"]])).toEqual([["ATT-CH-3", "rb"], ["ATT-CH-3", "ra"], ["ATT-CH-2", "rc"]]);
  });
});

describe("ATT-CH-2, ATT-CH-3, ATT-CH-6: masked keys and conflicts (more survivors)", () => {
  it("ATT-CH-2: a customer whose own masked key nobody registered still gets its full-phone registration while other keys are registered", () => {
    const register = [{ id: "C1", phone: "13800001234" }, { id: "C3", phone: "13900001111" }];
    const events = [reg("r1", "2024-10-01T09:00:00", "K2", "13800001234"), reg("r3", "2024-10-01T09:00:00", "K1", "139****1111"), visit("v", "2024-10-02T10:00:00", "A1", undefined, "C1")];
    const r = attributeCustomer({ customer: "C1", asOf: t("2024-10-03T00:00:00"), events, customers: register }, P);
    expect(r.channel).toEqual({ channel: "K2", registration: "r1", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-11-01T00:00:00") });
  });

  it("ATT-CH-3: one person with two phones whose two masked keys each fit someone else: one collision step per key, in phone order", () => {
    const register = [
      { id: "C3", phone: "13900001111", idNumber: "X1" }, { id: "C4", phone: "13800005678", idNumber: "X1" },
      { id: "C5", phone: "13955551111" }, { id: "C6", phone: "13866665678" },
    ];
    const events = [reg("ra", "2024-10-01T09:00:00", "K1", "139****1111"), reg("rb", "2024-10-01T10:00:00", "K2", "138****5678")];
    const r = attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events, customers: register }, P);
    expect(r.review).toEqual([
      { rule: "ATT-CH-3", fact: "collision", data: { event: "ra", channel: "K1", at: t("2024-10-01T09:00:00"), phone: "139****1111", registrations: 1, customers: 2 } },
      { rule: "ATT-CH-3", fact: "collision", data: { event: "rb", channel: "K2", at: t("2024-10-01T10:00:00"), phone: "138****5678", registrations: 1, customers: 2 } },
    ]);
    expect(r.channel).toBeNull();
  });

  it("ATT-CH-6: first-claim-wins: a relative record made after the registration does not beat the channel", () => {
    const events: AttributionEventInput[] = [reg("r", "2024-10-01T09:00:00", "K1"), { id: "rel", kind: "relative-record", at: t("2024-10-01T10:00:00"), customer: "C3", agent: "A2", relation: "friend" }, visit("v", "2024-10-02T10:00:00")];
    const r = c3("2024-10-03T00:00:00", events);
    expect(r.owner).toBe("A2");
    expect(r.channel).toEqual({ channel: "K1", registration: "r", mode: "registration-to-visit-to-deal", protectedUntil: t("2024-11-01T00:00:00") });
    expect(chSteps(r).filter((s) => s.rule === "ATT-CH-6")).toEqual([]);
  });

  it("ATT-CH-6: agent-wins: a relative record at the registration's very instant is not first: agent-record, not agent-first", () => {
    const events: AttributionEventInput[] = [reg("r", "2024-10-01T09:00:00", "K1"), { id: "rel", kind: "relative-record", at: t("2024-10-01T09:00:00"), customer: "C3", agent: "A2", relation: "relative" }, visit("v", "2024-10-02T10:00:00")];
    const r = c3("2024-10-03T00:00:00", events, withChannel({ conflict: "agent-wins" }));
    expect(r.channel).toBeNull();
    expect(chSteps(r).filter((s) => s.rule === "ATT-CH-6")).toEqual([{ rule: "ATT-CH-6", fact: "agent-record", data: { event: "r", channel: "K1", at: t("2024-10-01T09:00:00"), conflict: "agent-wins" } }]);
  });
});
