import { describe, expect, it } from "vitest";
import { attributeAll, attributeCustomer, attributionPresets, type AttributionEventInput, type AttributionPolicyInput } from "../../src/attribution/index";

// Written for the mutation run of src/attribution with its unit tests: first contact and the
// claims made before it (first-contact.ts, contact.ts, sweep.ts), each pinned to its exact trace.

const A = attributionPresets.kangchengBaihewan;
const B = attributionPresets.versionB;
const t = (local: string) => `${local}+08:00`;
const visit = (id: string, at: string, customer: string, agent: string, extra: { ownerOnDuty?: boolean; channel?: string } = {}): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer, agent, ...extra });
const intro = (id: string, at: string, customer: string, introducer: string, extra: { registeredBeforeVisit?: boolean; askedFor?: string; askedForOnDuty?: boolean; via?: "in-person" | "phone" } = {}): AttributionEventInput => ({
  id, kind: "introduction", at: t(at), customer, introducer, via: extra.via ?? "phone", ...extra,
});
const relative = (id: string, at: string, customer: string, agent: string, relation: "relative" | "friend" = "relative"): AttributionEventInput => ({ id, kind: "relative-record", at: t(at), customer, agent, relation });
const arrival = (id: string, at: string, customer: string, agent: string): AttributionEventInput => ({ id, kind: "named-agent-arrival", at: t(at), customer, agent });
const one = (customer: string, asOf: string, events: AttributionEventInput[], policy: AttributionPolicyInput = B) => attributeCustomer({ customer, asOf: t(asOf), events }, policy);
const prot = (agent: string, until: string, days = 15) => ({ rule: "ATT-5", fact: "protected-until", data: { agent, until: t(until), days } });

describe("ATT-1: first contact", () => {
  it("ATT-1: a walk-in's whole answer: owner, basis, credit, protection and the two trace steps", () => {
    expect(one("C1", "2024-10-02T00:00:00", [visit("e1", "2024-10-01T10:00:00", "C1", "A7")])).toEqual({
      ok: true,
      customer: "C1",
      owner: "A7",
      unownedReason: null,
      basis: "first-contact",
      credit: [{ agent: "A7", share: "1" }],
      protectedUntil: t("2024-10-16T00:00:00"),
      dealDone: false,
      channel: null,
      review: [],
      trace: [
        { rule: "ATT-1", fact: "first-contact", data: { event: "e1", agent: "A7", via: "visit", at: t("2024-10-01T10:00:00") } },
        prot("A7", "2024-10-16T00:00:00"),
      ],
    });
  });

  it("ATT-1: a call's first-contact step says via call", () => {
    const r = one("C1", "2024-10-02T00:00:00", [{ id: "c", kind: "call", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A2" }]);
    expect(r.trace[0]).toEqual({ rule: "ATT-1", fact: "first-contact", data: { event: "c", agent: "A2", via: "call", at: t("2024-10-01T10:00:00") } });
  });

  it("ATT-1: a customer known only from a relative record has no owner: unownedReason no-contact and the closing ATT-1 step", () => {
    const r = one("C1", "2024-10-02T00:00:00", [relative("r", "2024-10-01T10:00:00", "C1", "A2", "friend")]);
    expect(r).toMatchObject({ owner: null, unownedReason: "no-contact", basis: null, credit: [], protectedUntil: null, dealDone: false });
    expect(r.trace).toEqual([
      { rule: "ATT-3", fact: "recorded", data: { event: "r", agent: "A2", relation: "friend", at: t("2024-10-01T10:00:00") } },
      { rule: "ATT-1", fact: "unowned", data: { reason: "no-contact" } },
    ]);
  });

  it("ATT-1: an event at exactly asOf counts; one second after asOf is ignored", () => {
    expect(one("C1", "2024-10-01T10:00:00", [visit("e1", "2024-10-01T10:00:00", "C1", "A7")]).owner).toBe("A7");
    const later = one("C1", "2024-10-01T09:59:59", [visit("e1", "2024-10-01T10:00:00", "C1", "A7")]);
    expect(later).toMatchObject({ owner: null, unownedReason: "no-contact" });
  });

  it("ATT-1: two first contacts at one instant: the smaller event id wins, whatever the list order", () => {
    const ev = [visit("b", "2024-10-01T10:00:00", "C1", "A2"), visit("a", "2024-10-01T10:00:00", "C1", "A1")];
    expect(one("C1", "2024-10-02T00:00:00", ev).owner).toBe("A1");
    const swapped = [visit("a", "2024-10-01T10:00:00", "C1", "A2"), visit("b", "2024-10-01T10:00:00", "C1", "A1")];
    expect(one("C1", "2024-10-02T00:00:00", swapped).owner).toBe("A2");
  });

  it("ATT-1: a deal at the same instant as a visit comes after it, whatever the ids", () => {
    const r = one("C1", "2024-10-02T00:00:00", [{ id: "a-deal", kind: "deal", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A2" }, visit("b-visit", "2024-10-01T10:00:00", "C1", "A1")]);
    expect(r.owner).toBe("A1");
    expect(r.trace[0]).toEqual({ rule: "ATT-1", fact: "first-contact", data: { event: "b-visit", agent: "A1", via: "visit", at: t("2024-10-01T10:00:00") } });
    expect(r.credit).toEqual([{ agent: "A1", share: "0.5" }, { agent: "A2", share: "0.5" }]);
  });

  it("ATT-1: a deal as the very first contact makes its agent owner and locks at once", () => {
    const r = one("C1", "2024-10-02T00:00:00", [{ id: "d", kind: "deal", at: t("2024-10-01T10:00:00"), customer: "C1", agent: "A2" }]);
    expect(r).toMatchObject({ owner: "A2", dealDone: true, protectedUntil: null, basis: "first-contact" });
    expect(r.trace).toEqual([
      { rule: "ATT-1", fact: "first-contact", data: { event: "d", agent: "A2", via: "deal", at: t("2024-10-01T10:00:00") } },
      prot("A2", "2024-10-16T00:00:00"),
      { rule: "ATT-5", fact: "deal-locks", data: { event: "d", owner: "A2", at: t("2024-10-01T10:00:00") } },
    ]);
  });
});

describe("ATT-3: relatives and friends recorded beforehand", () => {
  it("ATT-3: the claim's exact steps, and the receiving agent's ATT-1a no-credit step", () => {
    const r = one("C9", "2024-10-03T00:00:00", [relative("r", "2024-10-01T09:00:00", "C9", "A2"), visit("v", "2024-10-02T10:00:00", "C9", "A5")]);
    expect(r).toMatchObject({ owner: "A2", basis: "relative-record", credit: [{ agent: "A2", share: "1" }], protectedUntil: t("2024-10-17T00:00:00") });
    expect(r.trace).toEqual([
      { rule: "ATT-3", fact: "recorded", data: { event: "r", agent: "A2", relation: "relative", at: t("2024-10-01T09:00:00") } },
      { rule: "ATT-3", fact: "owner-by-claim", data: { event: "v", owner: "A2", receiver: "A5", basis: "relative-record", at: t("2024-10-02T10:00:00") } },
      prot("A2", "2024-10-17T00:00:00"),
      { rule: "ATT-1a", fact: "receiver-no-credit", data: { receiver: "A5", owner: "A2" } },
    ]);
  });

  it("ATT-3: the recording agent who also receives the customer gets no receiver-no-credit step", () => {
    const r = one("C9", "2024-10-03T00:00:00", [relative("r", "2024-10-01T09:00:00", "C9", "A2"), visit("v", "2024-10-02T10:00:00", "C9", "A2")]);
    expect(r.owner).toBe("A2");
    expect(r.trace.map((s) => s.fact)).toEqual(["recorded", "owner-by-claim", "protected-until"]);
  });

  it("ATT-3: of two records before the first contact, the earlier one holds", () => {
    const r = one("C9", "2024-10-03T00:00:00", [relative("r1", "2024-10-01T09:00:00", "C9", "A2"), relative("r2", "2024-10-01T11:00:00", "C9", "A3", "friend"), visit("v", "2024-10-02T10:00:00", "C9", "A5")]);
    expect(r.owner).toBe("A2");
    expect(r.trace.slice(0, 2).map((s) => [s.fact, s.data["agent"]])).toEqual([["recorded", "A2"], ["recorded", "A3"]]);
  });

  it("ATT-3: a record at the same instant as the first contact comes before it, whatever the ids", () => {
    const r = one("C9", "2024-10-03T00:00:00", [visit("a", "2024-10-02T10:00:00", "C9", "A5"), relative("z", "2024-10-02T10:00:00", "C9", "A2")]);
    expect(r).toMatchObject({ owner: "A2", basis: "relative-record" });
  });

  it("ATT-3: a record after the first contact: recorded-late with its exact data, no claim", () => {
    const r = one("C9", "2024-10-03T00:00:00", [visit("v", "2024-10-02T10:00:00", "C9", "A5"), relative("r", "2024-10-02T12:00:00", "C9", "A2", "friend")]);
    expect(r.owner).toBe("A5");
    expect(r.trace[2]).toEqual({ rule: "ATT-3", fact: "recorded-late", data: { event: "r", agent: "A2", relation: "friend", at: t("2024-10-02T12:00:00") } });
  });

  it("ATT-3: relative-first (default) and introduction-first decide between a record and an introduction; claims-compete names the winner", () => {
    const events = [
      visit("e0", "2024-10-01T10:00:00", "C1", "A7"),
      relative("r", "2024-10-02T09:00:00", "C2", "A2"),
      intro("i", "2024-10-02T09:30:00", "C2", "C1", { registeredBeforeVisit: true }),
      visit("v", "2024-10-02T10:00:00", "C2", "A5"),
    ];
    const rel = one("C2", "2024-10-03T00:00:00", events);
    expect(rel).toMatchObject({ owner: "A2", basis: "relative-record" });
    expect(rel.trace.find((s) => s.fact === "claims-compete")).toEqual({ rule: "ATT-3", fact: "claims-compete", data: { owner: "A2", precedence: "relative-first" } });
    const introFirst = one("C2", "2024-10-03T00:00:00", events, { ...B, claimPrecedence: "introduction-first" });
    expect(introFirst).toMatchObject({ owner: "A7", basis: "introduction-chain" });
    expect(introFirst.trace.slice(2)).toEqual([
      { rule: "ATT-2", fact: "chain-registered", data: { event: "i", introducer: "C1", owner: "A7" } },
      { rule: "ATT-2", fact: "claims-compete", data: { owner: "A7", precedence: "introduction-first" } },
      { rule: "ATT-2", fact: "owner-by-claim", data: { event: "v", owner: "A7", receiver: "A5", basis: "introduction-chain", at: t("2024-10-02T10:00:00") } },
      prot("A7", "2024-10-17T00:00:00"),
      { rule: "ATT-1a", fact: "receiver-no-credit", data: { receiver: "A5", owner: "A7" } },
    ]);
  });
});

describe("ATT-2: the introduction chain", () => {
  const c1 = visit("e0", "2024-10-01T10:00:00", "C1", "A7");

  it("ATT-2: a registered introduction: introduced (with the introducer's owner), chain-registered, owner-by-claim", () => {
    const r = one("C2", "2024-10-03T00:00:00", [c1, intro("i", "2024-10-02T09:00:00", "C2", "C1", { registeredBeforeVisit: true, via: "in-person" }), visit("v", "2024-10-02T10:00:00", "C2", "A5")]);
    expect(r).toMatchObject({ owner: "A7", basis: "introduction-chain", credit: [{ agent: "A7", share: "1" }] });
    expect(r.trace).toEqual([
      { rule: "ATT-2", fact: "introduced", data: { event: "i", introducer: "C1", via: "in-person", at: t("2024-10-02T09:00:00"), introducerOwner: "A7" } },
      { rule: "ATT-2", fact: "chain-registered", data: { event: "i", introducer: "C1", owner: "A7" } },
      { rule: "ATT-2", fact: "owner-by-claim", data: { event: "v", owner: "A7", receiver: "A5", basis: "introduction-chain", at: t("2024-10-02T10:00:00") } },
      prot("A7", "2024-10-17T00:00:00"),
      { rule: "ATT-1a", fact: "receiver-no-credit", data: { receiver: "A5", owner: "A7" } },
    ]);
  });

  it("ATT-2: asking for the introducer's own agent (on duty) chains by name: chain-named", () => {
    const r = one("C2", "2024-10-03T00:00:00", [c1, intro("i", "2024-10-02T09:00:00", "C2", "C1", { askedFor: "A7" }), visit("v", "2024-10-02T10:00:00", "C2", "A5")]);
    expect(r).toMatchObject({ owner: "A7", basis: "introduction-chain" });
    expect(r.trace[1]).toEqual({ rule: "ATT-2", fact: "chain-named", data: { event: "i", introducer: "C1", owner: "A7" } });
  });

  it("ATT-2: a chance meeting (neither registered nor named): the exact step, and the receiver owns", () => {
    const r = one("C2", "2024-10-03T00:00:00", [c1, intro("i", "2024-10-02T09:00:00", "C2", "C1"), visit("v", "2024-10-02T10:00:00", "C2", "A5")]);
    expect(r).toMatchObject({ owner: "A5", basis: "first-contact" });
    expect(r.trace.slice(1, 3)).toEqual([
      { rule: "ATT-2", fact: "chance-meeting", data: { event: "i", introducer: "C1" } },
      { rule: "ATT-1", fact: "first-contact", data: { event: "v", agent: "A5", via: "visit", at: t("2024-10-02T10:00:00") } },
    ]);
  });

  it("ATT-2: a chance meeting first, then a registered introduction: the later one chains", () => {
    const r = one("C2", "2024-10-03T00:00:00", [
      visit("e9", "2024-10-01T09:00:00", "C9", "A9"), c1,
      intro("i1", "2024-10-02T08:00:00", "C2", "C9"),
      intro("i2", "2024-10-02T09:00:00", "C2", "C1", { registeredBeforeVisit: true }),
      visit("v", "2024-10-02T10:00:00", "C2", "A5"),
    ]);
    expect(r).toMatchObject({ owner: "A7", basis: "introduction-chain" });
    expect(r.trace.slice(2, 4).map((s) => s.fact)).toEqual(["chance-meeting", "chain-registered"]);
  });

  it("ATT-2: an introducer with no owner yet: introduced-unowned, then introducer-unowned at the first contact", () => {
    const r = one("C2", "2024-10-03T00:00:00", [intro("i", "2024-10-02T09:00:00", "C2", "C1", { registeredBeforeVisit: true }), visit("v", "2024-10-02T10:00:00", "C2", "A5")]);
    expect(r).toMatchObject({ owner: "A5", basis: "first-contact" });
    expect(r.trace.slice(0, 3)).toEqual([
      { rule: "ATT-2", fact: "introduced-unowned", data: { event: "i", introducer: "C1", via: "phone", at: t("2024-10-02T09:00:00") } },
      { rule: "ATT-2", fact: "introducer-unowned", data: { event: "i", introducer: "C1" } },
      { rule: "ATT-1", fact: "first-contact", data: { event: "v", agent: "A5", via: "visit", at: t("2024-10-02T10:00:00") } },
    ]);
  });

  it("ATT-2: the introducer's first visit at the same instant as the introduction comes after it: no owner to chain to", () => {
    const r = one("C2", "2024-10-03T00:00:00", [visit("a", "2024-10-02T09:00:00", "C1", "A7"), intro("z", "2024-10-02T09:00:00", "C2", "C1", { registeredBeforeVisit: true }), visit("v", "2024-10-02T10:00:00", "C2", "A5")]);
    expect(r.owner).toBe("A5");
    expect(r.trace[0]?.fact).toBe("introduced-unowned");
  });

  it("ATT-2: the introducer's protection ends at local midnight: an introduction at that instant finds no owner, one second before it does", () => {
    // C1 first met 1 October: protected under B until 16 October 00:00.
    const at = (when: string) => one("C2", "2024-10-20T00:00:00", [c1, intro("i", when, "C2", "C1", { registeredBeforeVisit: true }), visit("v", "2024-10-16T10:00:00", "C2", "A5")]);
    expect(at("2024-10-15T23:59:59")).toMatchObject({ owner: "A7", basis: "introduction-chain" });
    const late = at("2024-10-16T00:00:00");
    expect(late).toMatchObject({ owner: "A5", basis: "first-contact" });
    expect(late.trace[0]).toEqual({ rule: "ATT-2", fact: "introduced-unowned", data: { event: "i", introducer: "C1", via: "phone", at: t("2024-10-16T00:00:00") } });
  });

  it("ATT-2: an introducer locked by a deal still has its owner long after the protection", () => {
    const r = one("C2", "2024-12-02T00:00:00", [c1, { id: "d", kind: "deal", at: t("2024-10-05T10:00:00"), customer: "C1", agent: "A7" }, intro("i", "2024-11-30T09:00:00", "C2", "C1", { registeredBeforeVisit: true }), visit("v", "2024-12-01T10:00:00", "C2", "A5")]);
    expect(r).toMatchObject({ owner: "A7", basis: "introduction-chain" });
  });

  it("ATT-2: the introducer's owner is read at the moment of each introduction (before and after a re-registration to another agent)", () => {
    const events = [
      c1,
      { id: "rr", kind: "re-registration", at: t("2024-10-20T10:00:00"), customer: "C1", agent: "A3", managerApproved: true } as AttributionEventInput,
      intro("i2", "2024-10-10T09:00:00", "C2", "C1", { registeredBeforeVisit: true }), visit("v2", "2024-10-10T10:00:00", "C2", "A5"),
      intro("i3", "2024-10-18T09:00:00", "C3", "C1", { registeredBeforeVisit: true }), visit("v3", "2024-10-18T10:00:00", "C3", "A5"),
      intro("i4", "2024-10-22T09:00:00", "C4", "C1", { registeredBeforeVisit: true }), visit("v4", "2024-10-22T10:00:00", "C4", "A5"),
    ];
    const asOf = t("2024-10-23T00:00:00");
    const all = attributeAll({ asOf, events }, B);
    expect(all.attributions.map((a) => [a.customer, a.owner, a.basis])).toEqual([
      ["C1", "A3", "re-registration"],
      ["C2", "A7", "introduction-chain"],
      ["C3", "A5", "first-contact"],
      ["C4", "A3", "introduction-chain"],
    ]);
    // Asked one by one (the introducer run only as far as each introduction), the same answers.
    for (const c of ["C4", "C3", "C2"]) expect(attributeCustomer({ customer: c, asOf, events }, B)).toEqual(all.attributions.find((a) => a.customer === c));
  });

  it("ATT-2: two customers introducing each other (a cycle of two): each introducer's owner is read at its introduction, whichever is asked first", () => {
    const events = [
      intro("i1", "2024-10-02T09:00:00", "C1", "C2", { registeredBeforeVisit: true }),
      visit("v1", "2024-10-02T09:15:00", "C1", "A1"),
      intro("i2", "2024-10-02T09:30:00", "C2", "C1", { registeredBeforeVisit: true }),
      visit("v2", "2024-10-02T11:00:00", "C2", "A2"),
    ];
    const asOf = t("2024-10-03T00:00:00");
    const all = attributeAll({ asOf, events }, B);
    expect(all.attributions.map((a) => [a.customer, a.owner, a.basis])).toEqual([["C1", "A1", "first-contact"], ["C2", "A1", "introduction-chain"]]);
    expect(all.attributions[0]?.trace[0]).toEqual({ rule: "ATT-2", fact: "introduced-unowned", data: { event: "i1", introducer: "C2", via: "phone", at: t("2024-10-02T09:00:00") } });
    for (const c of ["C2", "C1"]) expect(attributeCustomer({ customer: c, asOf, events }, B)).toEqual(all.attributions.find((a) => a.customer === c));
    const late = events.map((e) => (e.id === "v1" ? { ...e, at: t("2024-10-02T10:00:00") } : e));
    expect(attributeCustomer({ customer: "C2", asOf, events: late }, B)).toMatchObject({ owner: "A2", basis: "first-contact" });
    expect(attributeAll({ asOf, events: late }, B).attributions.map((a) => a.owner)).toEqual(["A1", "A2"]);
  });

  it("ATT-2: chainTransitive false stops after one step (one-step-only); an introducer owned by first contact still chains", () => {
    const events = [
      c1,
      intro("i2", "2024-10-02T09:00:00", "C2", "C1", { registeredBeforeVisit: true }), visit("v2", "2024-10-02T10:00:00", "C2", "A3"),
      intro("i3", "2024-10-03T09:00:00", "C3", "C2", { registeredBeforeVisit: true }), visit("v3", "2024-10-03T10:00:00", "C3", "A4"),
    ];
    const pol = { ...B, chainTransitive: false };
    expect(one("C2", "2024-10-04T00:00:00", events, pol)).toMatchObject({ owner: "A7", basis: "introduction-chain" });
    const c3 = one("C3", "2024-10-04T00:00:00", events, pol);
    expect(c3).toMatchObject({ owner: "A4", basis: "first-contact" });
    expect(c3.trace[1]).toEqual({ rule: "ATT-2", fact: "one-step-only", data: { event: "i3", introducer: "C2" } });
    expect(one("C3", "2024-10-04T00:00:00", events)).toMatchObject({ owner: "A7", basis: "introduction-chain" });
  });

  it("ATT-2: an introduction after the first contact changes nothing: after-contact with its exact data", () => {
    const r = one("C2", "2024-10-03T00:00:00", [c1, visit("v", "2024-10-02T10:00:00", "C2", "A5"), intro("i", "2024-10-02T11:00:00", "C2", "C1", { registeredBeforeVisit: true })]);
    expect(r.owner).toBe("A5");
    expect(r.trace[2]).toEqual({ rule: "ATT-2", fact: "after-contact", data: { event: "i", introducer: "C1", at: t("2024-10-02T11:00:00") } });
  });

  it("ATT-2: a customer introducing themself (the same customer) does not chain: same-customer", () => {
    const r = one("C1", "2024-10-03T00:00:00", [intro("i", "2024-10-02T09:00:00", "C1", "C1", { registeredBeforeVisit: true }), visit("v", "2024-10-02T10:00:00", "C1", "A5")]);
    expect(r).toMatchObject({ owner: "A5", basis: "first-contact" });
    expect(r.trace.slice(0, 2)).toEqual([
      { rule: "ATT-2", fact: "introduced-unowned", data: { event: "i", introducer: "C1", via: "phone", at: t("2024-10-02T09:00:00") } },
      { rule: "ATT-2", fact: "same-customer", data: { event: "i", introducer: "C1" } },
    ]);
  });

  it("ATT-2: a member of the same batch (one ID number) introducing another does not chain", () => {
    const customers = [{ id: "C1", idNumber: "X1" }, { id: "C2", idNumber: "X1" }];
    const r = attributeCustomer({ customer: "C2", asOf: t("2024-10-03T00:00:00"), customers, events: [intro("i", "2024-10-02T09:00:00", "C2", "C1", { registeredBeforeVisit: true }), visit("v", "2024-10-02T10:00:00", "C2", "A5")] }, B);
    expect(r.owner).toBe("A5");
    expect(r.trace.map((s) => s.fact)).toEqual(["batch", "introduced-unowned", "same-customer", "first-contact", "protected-until"]);
  });
});

describe("ATT-4: the named agent", () => {
  const base = (extra: AttributionEventInput[], policy: AttributionPolicyInput = B, introExtra: { askedForOnDuty?: boolean } = { askedForOnDuty: false }) =>
    one("C2", "2024-10-06T00:00:00", [
      visit("e1", "2024-10-01T10:00:00", "C1", "E"),
      intro("i", "2024-10-05T10:00:00", "C2", "C1", { askedFor: "F", via: "in-person", ...introExtra }),
      visit("v", "2024-10-05T10:00:00", "C2", "X"),
      ...extra,
    ], policy);

  it("ATT-4: a named agent on duty (the default) owns by name: named, owner-by-claim under ATT-4, basis named-agent", () => {
    const r = base([], B, {});
    expect(r).toMatchObject({ owner: "F", basis: "named-agent" });
    expect(r.trace.slice(1)).toEqual([
      { rule: "ATT-4", fact: "named", data: { event: "i", named: "F" } },
      { rule: "ATT-4", fact: "owner-by-claim", data: { event: "v", owner: "F", receiver: "X", basis: "named-agent", at: t("2024-10-05T10:00:00") } },
      prot("F", "2024-10-20T00:00:00"),
      { rule: "ATT-1a", fact: "receiver-no-credit", data: { receiver: "X", owner: "F" } },
    ]);
  });

  it("ATT-4: arriving at minute 29:59 is 29 minutes (floored), in time", () => {
    const r = base([arrival("a", "2024-10-05T10:29:59", "C2", "F")]);
    expect(r.owner).toBe("F");
    expect(r.trace[1]).toEqual({ rule: "ATT-4", fact: "named-arrived", data: { event: "i", named: "F", minutes: 29, limit: 30 } });
  });

  it("ATT-4: late: named-late with the instant the agent was called and the limit", () => {
    const r = base([arrival("a", "2024-10-05T10:31:00", "C2", "F")]);
    expect(r).toMatchObject({ owner: "X", basis: "first-contact" });
    expect(r.trace[1]).toEqual({ rule: "ATT-4", fact: "named-late", data: { event: "i", named: "F", calledAt: t("2024-10-05T10:00:00"), limit: 30 } });
  });

  it("ATT-4: an arrival at the very instant of the visit is minute 0; one before the visit does not count", () => {
    expect(base([arrival("a", "2024-10-05T10:00:00", "C2", "F")]).trace[1]).toEqual({ rule: "ATT-4", fact: "named-arrived", data: { event: "i", named: "F", minutes: 0, limit: 30 } });
    expect(base([arrival("a", "2024-10-05T09:59:59", "C2", "F")]).owner).toBe("X");
  });

  it("ATT-4: a limit of 0 minutes: only an arrival at the visit's instant is in time", () => {
    const zero = { ...B, namedAgentArrivalMinutes: 0 };
    expect(base([arrival("a", "2024-10-05T10:00:00", "C2", "F")], zero).owner).toBe("F");
    expect(base([arrival("a", "2024-10-05T10:00:01", "C2", "F")], zero).owner).toBe("X");
  });

  it("ATT-4: the earliest arrival of the named agent counts, not a later one", () => {
    expect(base([arrival("a1", "2024-10-05T10:20:00", "C2", "F"), arrival("a2", "2024-10-05T10:40:00", "C2", "F")]).owner).toBe("F");
  });

  it("ATT-4: only the named agent's own arrival counts: another agent's, or the named agent's phone call, is not one", () => {
    expect(base([arrival("a", "2024-10-05T10:10:00", "C2", "G")]).owner).toBe("X");
    expect(base([{ id: "c", kind: "call", at: t("2024-10-05T10:10:00"), customer: "C2", agent: "F" }]).owner).toBe("X");
  });

  it("ATT-4: with no limit (version A) the step is named-no-limit, then named", () => {
    const r = base([], A);
    expect(r.owner).toBe("F");
    expect(r.trace.slice(1, 3)).toEqual([
      { rule: "ATT-4", fact: "named-no-limit", data: { event: "i", named: "F" } },
      { rule: "ATT-4", fact: "named", data: { event: "i", named: "F" } },
    ]);
  });
});

describe("ATT-2, ATT-3, ATT-4: claims before the first contact (more survivors)", () => {
  it("ATT-3: a relative record and an introduction compete: the claim's instant is the earlier of the two (agent-first at the record)", () => {
    const events: AttributionEventInput[] = [
      visit("v1", "2024-09-30T10:00:00", "C1", "A7"),
      relative("rel", "2024-10-01T09:00:00", "C2", "A2"),
      { id: "r", kind: "channel-registration", at: t("2024-10-01T10:00:00"), channel: "K1", phone: "13900001111" },
      intro("i", "2024-10-01T12:00:00", "C2", "C1", { registeredBeforeVisit: true }),
      visit("v2", "2024-10-02T10:00:00", "C2", "A5"),
    ];
    const r = attributeCustomer({ customer: "C2", asOf: t("2024-10-03T00:00:00"), events, customers: [{ id: "C2", phone: "13900001111" }] }, B);
    expect(r).toMatchObject({ owner: "A2", basis: "relative-record", channel: null });
    expect(r.trace.filter((s) => s.rule === "ATT-CH-6")).toEqual([
      { rule: "ATT-CH-6", fact: "agent-first", data: { event: "r", channel: "K1", at: t("2024-10-01T10:00:00"), conflict: "first-claim-wins", claimAt: t("2024-10-01T09:00:00") } },
    ]);
  });

  it("ATT-4: askedForOnDuty false without a named agent names nobody: the registered chain applies, no ATT-4 step", () => {
    const r = one("C2", "2024-10-03T00:00:00", [visit("v1", "2024-10-01T10:00:00", "C1", "A7"), intro("i", "2024-10-02T09:00:00", "C2", "C1", { registeredBeforeVisit: true, askedForOnDuty: false }), visit("v2", "2024-10-02T10:00:00", "C2", "A5")]);
    expect(r).toMatchObject({ owner: "A7", basis: "introduction-chain" });
    expect(r.trace.filter((s) => s.rule === "ATT-4")).toEqual([]);
    expect(r.trace.filter((s) => s.rule === "ATT-2").map((s) => s.fact)).toEqual(["introduced", "chain-registered", "owner-by-claim"]);
  });
});
