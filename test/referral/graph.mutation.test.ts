import { describe, expect, it } from "vitest";
import { referralGraph, type ReferralGraphInput, type ReferralPolicyInput } from "../../src/index";
import { expectShoulou, frozenCopy } from "../helpers";
import { at } from "./fixtures";

/**
 * Mutation tests of the referral graph (build-graph.ts, customer-slots.ts, burst-flags.ts,
 * graph.ts, instant-text.ts, bulk-input.ts): exact verdicts, trace steps, boundaries and refusals.
 */

type Customer = ReferralGraphInput["customers"][number];
type Referral = ReferralGraphInput["referrals"][number];

const ref = (id: string, referrer: string, referred: string, when: string, more: Partial<Referral> = {}): Referral => ({ id, referrer, referred, at: when, ...more });
const graph = (customers: Customer[], referrals: Referral[], policy: ReferralPolicyInput = {}) => referralGraph({ customers, referrals }, policy);

/** A plain-text refusal: code, path and the one issue's words. */
function refusal(fn: () => unknown, code: Parameters<typeof expectShoulou>[1], path: (string | number)[], message: string): void {
  const e = expectShoulou(fn, code, path);
  expect(e.issues).toEqual([{ path, message }]);
}

describe("build-graph: self-referral and shared contacts (REF-G-1, REF-FLG-1)", () => {
  it("REF-G-1: same phone under `reject` is refused as the same person, with the contact named", () => {
    const g = graph([{ id: "A", phone: "138" }, { id: "B", phone: "138" }], [ref("r1", "A", "B", at("2024-03-01"))], { sharedContact: "reject" });
    expect(g.referrals).toEqual([]);
    expect(g.flagged).toEqual([]);
    expect(g.rejected).toEqual([{ referral: "r1", rule: "REF-G-1", fact: "same-person", data: { referral: "r1", referrer: "A", referred: "B", contact: "phone-number" } }]);
    expect(g.trace).toEqual([
      { rule: "REF-G-3", fact: "accepted", data: { accepted: 0, refused: 1 } },
      { rule: "REF-G-1", fact: "same-person", data: { referral: "r1", referrer: "A", referred: "B", contact: "phone-number" } },
    ]);
  });

  it("REF-G-1: same ID number under `reject` is refused with contact id-number", () => {
    const g = graph([{ id: "A", idNumber: "X1" }, { id: "B", idNumber: "X1" }], [ref("r1", "A", "B", at("2024-03-01"))], { sharedContact: "reject" });
    expect(g.rejected).toEqual([{ referral: "r1", rule: "REF-G-1", fact: "same-person", data: { referral: "r1", referrer: "A", referred: "B", contact: "id-number" } }]);
  });

  it("REF-FLG-1: a shared phone is flagged with contact phone-number (phone checked before the ID number)", () => {
    const g = graph([{ id: "A", phone: "138", idNumber: "X1" }, { id: "B", phone: "138", idNumber: "X1" }], [ref("r1", "A", "B", at("2024-03-01"))]);
    expect(g.referrals.map((r) => r.id)).toEqual(["r1"]);
    expect(g.flagged).toEqual([{ referral: "r1", rule: "REF-FLG-1", fact: "shared-contact", data: { referral: "r1", referrer: "A", referred: "B", contact: "phone-number" } }]);
  });

  it("REF-FLG-1: customers without phone or ID number share nothing; one missing side shares nothing either", () => {
    expect(graph([{ id: "A" }, { id: "B" }], [ref("r1", "A", "B", at("2024-03-01"))], { sharedContact: "reject" })).toMatchObject({ rejected: [], flagged: [] });
    expect(graph([{ id: "A" }, { id: "B", phone: "138", idNumber: "X" }], [ref("r1", "A", "B", at("2024-03-01"))], { sharedContact: "reject" })).toMatchObject({ rejected: [], flagged: [] });
    expect(graph([{ id: "A", phone: "138", idNumber: "X" }, { id: "B", phone: "139", idNumber: "Y" }], [ref("r1", "A", "B", at("2024-03-01"))]).flagged).toEqual([]);
  });

  it("REF-G-1: self-referral is refused before the shared-contact and staff checks", () => {
    const g = graph([{ id: "A", phone: "138", staff: true }], [ref("r1", "A", "A", at("2024-03-01"))], { sharedContact: "reject", staff: "reject" });
    expect(g.rejected).toEqual([{ referral: "r1", rule: "REF-G-1", fact: "self", data: { referral: "r1", referrer: "A" } }]);
  });
});

describe("build-graph: staff (REF-G-5, REF-FLG-3)", () => {
  it("REF-G-5: a staff referrer under `reject` is refused with its exact step", () => {
    const g = graph([{ id: "S", staff: true }, { id: "B" }], [ref("r1", "S", "B", at("2024-03-01"))], { staff: "reject" });
    expect(g.referrals).toEqual([]);
    expect(g.rejected).toEqual([{ referral: "r1", rule: "REF-G-5", fact: "refused", data: { referral: "r1", referrer: "S" } }]);
  });

  it("REF-FLG-3: a staff referrer is flagged with its exact step; `allow` neither flags nor refuses; a non-staff referrer is never flagged", () => {
    const input: [Customer[], Referral[]] = [[{ id: "S", staff: true }, { id: "B" }], [ref("r1", "S", "B", at("2024-03-01"))]];
    expect(graph(...input).flagged).toEqual([{ referral: "r1", rule: "REF-FLG-3", fact: "staff", data: { referral: "r1", referrer: "S" } }]);
    expect(graph(...input, { staff: "allow" })).toMatchObject({ rejected: [], flagged: [] });
    expect(graph([{ id: "S", staff: false }, { id: "B" }], [ref("r1", "S", "B", at("2024-03-01"))], { staff: "reject" })).toMatchObject({ rejected: [], flagged: [] });
  });

  it("REF-G-1: shared contact under `reject` comes before the staff refusal", () => {
    const g = graph([{ id: "S", staff: true, phone: "1" }, { id: "B", phone: "1" }], [ref("r1", "S", "B", at("2024-03-01"))], { staff: "reject", sharedContact: "reject" });
    expect(g.rejected.map((v) => [v.rule, v.fact])).toEqual([["REF-G-1", "same-person"]]);
  });

  it("REF-FLG-1: a staff referrer sharing a phone gets both flags, shared contact first", () => {
    const g = graph([{ id: "S", staff: true, phone: "1" }, { id: "B", phone: "1" }], [ref("r1", "S", "B", at("2024-03-01"))]);
    expect(g.flagged.map((v) => [v.referral, v.rule])).toEqual([["r1", "REF-FLG-1"], ["r1", "REF-FLG-3"]]);
  });
});

describe("build-graph: second referrer (REF-G-3)", () => {
  it("REF-G-3: the first referral in the list keeps the customer; the second is refused naming the first", () => {
    const g = graph([{ id: "A" }, { id: "B" }, { id: "N" }], [ref("early", "A", "N", at("2024-03-01")), ref("late", "B", "N", at("2024-03-02"))]);
    expect(g.referrals.map((r) => r.id)).toEqual(["early"]);
    expect(g.rejected).toEqual([{ referral: "late", rule: "REF-G-3", fact: "second-referrer", data: { referral: "late", referred: "N", first: "A", firstReferral: "early" } }]);
    expect(g.trace[0]).toEqual({ rule: "REF-G-3", fact: "accepted", data: { accepted: 1, refused: 1 } });
  });

  it("REF-G-3: two referrals at the same instant: the smaller id is first, whatever the input order", () => {
    const g = graph([{ id: "A" }, { id: "B" }, { id: "N" }], [ref("r-b", "B", "N", at("2024-03-01")), ref("r-a", "A", "N", at("2024-03-01"))]);
    expect(g.referrals.map((r) => [r.id, r.referrer])).toEqual([["r-a", "A"]]);
    expect(g.rejected).toEqual([{ referral: "r-b", rule: "REF-G-3", fact: "second-referrer", data: { referral: "r-b", referred: "N", first: "A", firstReferral: "r-a" } }]);
  });

  it("REF-G-3: accepted referrals come back in time order, then id within one instant (also at the end of the list)", () => {
    const customers = ["A", "B", "C", "D", "E"].map((id) => ({ id }));
    const g = graph(customers, [ref("z", "A", "B", at("2024-03-01")), ref("y", "A", "C", at("2024-03-01")), ref("x", "A", "D", at("2024-03-02")), ref("w", "A", "E", at("2024-03-02"))]);
    expect(g.referrals.map((r) => r.id)).toEqual(["y", "z", "w", "x"]);
    const unsorted = graph(customers, [ref("x", "A", "D", at("2024-03-02")), ref("z", "A", "B", at("2024-03-01")), ref("w", "A", "E", at("2024-03-02")), ref("y", "A", "C", at("2024-03-01"))]);
    expect(unsorted.referrals.map((r) => r.id)).toEqual(["y", "z", "w", "x"]);
    const three = graph(customers, [ref("c", "A", "B", at("2024-03-01")), ref("a", "A", "C", at("2024-03-01")), ref("b", "A", "D", at("2024-03-01"))]);
    expect(three.referrals.map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});

describe("build-graph: already known (REF-G-4)", () => {
  const customers = (b: Partial<Customer>): Customer[] => [{ id: "A" }, { id: "B", ...b }];
  const one = [ref("r1", "A", "B", at("2024-03-01"))];

  it("REF-G-4: a first visit at the very instant of the referral is not before it: accepted, and registered", () => {
    const g = graph(customers({ firstVisitAt: at("2024-03-01") }), one);
    expect(g.rejected).toEqual([]);
    expect(g.referrals.map((r) => [r.id, r.registered])).toEqual([["r1", true]]);
  });

  it("REF-G-4: a first visit one second before the referral is refused, with how and since in the project zone", () => {
    const g = graph(customers({ firstVisitAt: "2024-03-01T01:59:59Z" }), one);
    expect(g.referrals).toEqual([]);
    expect(g.rejected).toEqual([{ referral: "r1", rule: "REF-G-4", fact: "already-known", data: { referral: "r1", referred: "B", how: "first-visit", since: "2024-03-01T09:59:59+08:00" } }]);
  });

  it("REF-G-4: a registration at the instant of the referral is not before it; one second before is", () => {
    expect(graph(customers({ registeredAt: at("2024-03-01") }), one).referrals.map((r) => [r.id, r.registered])).toEqual([["r1", true]]);
    expect(graph(customers({ registeredAt: "2024-03-01T09:59:59+08:00" }), one).rejected).toEqual([
      { referral: "r1", rule: "REF-G-4", fact: "already-known", data: { referral: "r1", referred: "B", how: "registration", since: "2024-03-01T09:59:59+08:00" } },
    ]);
  });

  it("REF-G-4: visited and registered before: the visit is named; registered before, visited after: the registration", () => {
    const both = graph(customers({ firstVisitAt: at("2024-02-10"), registeredAt: at("2024-02-01") }), one);
    expect(both.rejected[0]?.data).toEqual({ referral: "r1", referred: "B", how: "first-visit", since: "2024-02-10T10:00:00+08:00" });
    const regOnly = graph(customers({ firstVisitAt: at("2024-03-05"), registeredAt: at("2024-02-01") }), one);
    expect(regOnly.rejected[0]?.data).toEqual({ referral: "r1", referred: "B", how: "registration", since: "2024-02-01T10:00:00+08:00" });
  });

  it("REF-G-4: with referredMustBeNew false a known customer is accepted but not `registered`; a later visit leaves it registered", () => {
    expect(graph(customers({ registeredAt: at("2024-02-01") }), one, { referredMustBeNew: false }).referrals.map((r) => r.registered)).toEqual([false]);
    expect(graph(customers({ firstVisitAt: at("2024-02-01") }), one, { referredMustBeNew: false }).referrals.map((r) => r.registered)).toEqual([false]);
    expect(graph(customers({ firstVisitAt: at("2024-03-02") }), one).referrals.map((r) => r.registered)).toEqual([true]);
  });
});

describe("build-graph: loops (REF-G-2)", () => {
  it("REF-G-2: a loop through the first customer listed is refused with its exact step; the trace lists the refusal", () => {
    const g = graph([{ id: "A" }, { id: "B" }, { id: "C" }], [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "B", "C", at("2024-03-02")), ref("r3", "C", "A", at("2024-03-03"))]);
    expect(g.referrals.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(g.rejected).toEqual([{ referral: "r3", rule: "REF-G-2", fact: "loop", data: { referral: "r3", referrer: "C", referred: "A" } }]);
    expect(g.trace).toEqual([
      { rule: "REF-G-3", fact: "accepted", data: { accepted: 2, refused: 1 } },
      { rule: "REF-G-2", fact: "loop", data: { referral: "r3", referrer: "C", referred: "A" } },
    ]);
  });

  it("REF-G-2: a loop closed through two trees joined earlier is refused; two separate trees joined are no loop", () => {
    const customers = ["A", "B", "C", "D", "E"].map((id) => ({ id }));
    const g = graph(customers, [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "C", "D", at("2024-03-02")), ref("r3", "B", "C", at("2024-03-03")), ref("r4", "D", "A", at("2024-03-04"))]);
    expect(g.rejected).toEqual([{ referral: "r4", rule: "REF-G-2", fact: "loop", data: { referral: "r4", referrer: "D", referred: "A" } }]);
    const second = graph(customers, [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "B", "C", at("2024-03-02")), ref("r3", "C", "B", at("2024-03-03"))]);
    expect(second.rejected.map((v) => [v.referral, v.rule])).toEqual([["r3", "REF-G-3"]]);
    const forest = graph(customers, [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "C", "D", at("2024-03-02")), ref("r3", "B", "C", at("2024-03-03")), ref("r4", "D", "E", at("2024-03-04"))]);
    expect(forest.rejected).toEqual([]);
    expect(forest.referrals.map((r) => r.id)).toEqual(["r1", "r2", "r3", "r4"]);
  });
});

describe("burst-flags (REF-FLG-2)", () => {
  const people = ["A", "B", "C", "D", "E", "X", "Y"].map((id) => ({ id }));

  it("REF-FLG-2: the count-th referral within the window is flagged with its count and days; the window is exact", () => {
    const referrals = ["B", "C", "D", "E"].map((id, i) => ref(`r${i}`, "A", id, at(`2024-03-0${i + 1}`)));
    const g = graph(people, referrals, { burst: { count: 3, days: 3 } });
    expect(g.flagged).toEqual([
      { referral: "r2", rule: "REF-FLG-2", fact: "burst", data: { referral: "r2", referrer: "A", count: 3, days: 3 } },
      { referral: "r3", rule: "REF-FLG-2", fact: "burst", data: { referral: "r3", referrer: "A", count: 3, days: 3 } },
    ]);
  });

  it("REF-FLG-2: exactly `count` referrals are a burst; one fewer is none", () => {
    const two = [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "A", "C", at("2024-03-01", "11:00"))];
    expect(graph(people, two, { burst: { count: 2, days: 1 } }).flagged).toEqual([{ referral: "r2", rule: "REF-FLG-2", fact: "burst", data: { referral: "r2", referrer: "A", count: 2, days: 1 } }]);
    expect(graph(people, two, { burst: { count: 3, days: 1 } }).flagged).toEqual([]);
  });

  it("REF-FLG-2: days are calendar days in the project zone, not UTC days", () => {
    // 00:30 and 23:30 on 1 March in Shanghai are 29 Feb and 1 March in UTC.
    const referrals = [ref("r1", "A", "B", at("2024-03-01", "00:30")), ref("r2", "A", "C", at("2024-03-01", "23:30")), ref("r3", "A", "D", at("2024-03-02", "00:10"))];
    expect(graph(people, referrals, { burst: { count: 2, days: 1 } }).flagged).toEqual([{ referral: "r2", rule: "REF-FLG-2", fact: "burst", data: { referral: "r2", referrer: "A", count: 2, days: 1 } }]);
  });

  it("REF-FLG-2: each referrer is counted apart; refused referrals do not count", () => {
    const referrals = [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "X", "C", at("2024-03-01", "11:00")), ref("r3", "A", "A", at("2024-03-01", "12:00")), ref("r4", "Y", "D", at("2024-03-01", "13:00"))];
    const g = graph(people, referrals, { burst: { count: 2, days: 1 } });
    expect(g.flagged).toEqual([]);
    expect(g.rejected.map((v) => v.referral)).toEqual(["r3"]);
  });

  it("REF-FLG-2: without a burst policy nothing is flagged; a burst flag follows the referral's other flags", () => {
    const referrals = [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "A", "C", at("2024-03-01", "11:00"))];
    expect(graph(people, referrals).flagged).toEqual([]);
    const staff = graph([{ id: "A", staff: true }, { id: "B" }, { id: "C" }], referrals, { burst: { count: 2, days: 1 } });
    expect(staff.flagged.map((v) => [v.referral, v.rule])).toEqual([["r1", "REF-FLG-3"], ["r2", "REF-FLG-3"], ["r2", "REF-FLG-2"]]);
  });
});

describe("graph.ts: the edges as returned", () => {
  it("REF-5: defaults relation other and via in-person; askedFor only when given", () => {
    const g = graph([{ id: "A" }, { id: "B" }, { id: "C" }], [ref("r1", "A", "B", at("2024-03-01")), ref("r2", "A", "C", at("2024-03-02"), { relation: "colleague", via: "phone", askedFor: "A7" })]);
    expect(g.referrals[0]).toStrictEqual({ id: "r1", referrer: "A", referred: "B", at: "2024-03-01T10:00:00+08:00", relation: "other", via: "in-person", registered: true });
    expect(g.referrals[1]).toStrictEqual({ id: "r2", referrer: "A", referred: "C", at: "2024-03-02T10:00:00+08:00", relation: "colleague", via: "phone", askedFor: "A7", registered: true });
    expect(Object.keys(g.referrals[0]!)).not.toContain("askedFor");
  });

  it("REF-G-3: an empty input gives an empty graph with its count step", () => {
    expect(graph([], [])).toStrictEqual({ referrals: [], rejected: [], flagged: [], trace: [{ rule: "REF-G-3", fact: "accepted", data: { accepted: 0, refused: 0 } }] });
  });

  it("REF-G-3: flagged lists only accepted referrals, in their time order", () => {
    const g = graph([{ id: "S", staff: true }, { id: "B" }, { id: "C" }], [ref("r9", "S", "B", at("2024-03-01")), ref("r1", "S", "C", at("2024-03-02")), ref("r0", "S", "S", at("2024-03-03"))]);
    expect(g.flagged.map((v) => v.referral)).toEqual(["r9", "r1"]);
  });
});

describe("instant-text: instants in the project zone", () => {
  const one = (text: string, timeZone: string) => graph([{ id: "A" }, { id: "B" }], [ref("r1", "A", "B", text)], { timeZone }).referrals[0]?.at;

  it("REF-G-3: a canonical instant with the zone's offset comes back as given, another offset is converted", () => {
    expect(one("2024-03-01T10:00:00+08:00", "Asia/Shanghai")).toBe("2024-03-01T10:00:00+08:00");
    // "-08:00" ends with "08:00": only the sign tells it from Shanghai's offset.
    expect(one("2024-03-01T10:00:00-08:00", "Asia/Shanghai")).toBe("2024-03-02T02:00:00+08:00");
    expect(one("2024-01-15T10:00:00-08:00", "America/Los_Angeles")).toBe("2024-01-15T10:00:00-08:00");
    expect(one("2024-01-15T10:00:00+08:00", "America/Los_Angeles")).toBe("2024-01-14T18:00:00-08:00");
    expect(one("2024-01-15T10:00:00+05:30", "Asia/Kolkata")).toBe("2024-01-15T10:00:00+05:30");
    expect(one("2024-01-15T10:00:00+05:00", "Asia/Kolkata")).toBe("2024-01-15T10:30:00+05:30");
  });

  it("REF-G-3: one formatter across offsets: summer and winter instants of one zone each get their own offset", () => {
    const g = graph([{ id: "A" }, { id: "B" }, { id: "C" }, { id: "D" }], [
      ref("r1", "A", "B", "2024-01-15T10:00:00+01:00"),
      ref("r2", "A", "C", "2024-07-15T10:00:00+01:00"),
      ref("r3", "A", "D", "2024-07-16T10:00:00+02:00"),
    ], { timeZone: "Europe/Berlin" });
    expect(g.referrals.map((r) => r.at)).toEqual(["2024-01-15T10:00:00+01:00", "2024-07-15T11:00:00+02:00", "2024-07-16T10:00:00+02:00"]);
  });
});

describe("customer-slots and bulk-input: refusals", () => {
  it("DUPLICATE: a customer listed twice, at the second one's id, with the words", () => {
    refusal(() => graph([{ id: "A" }, { id: "B" }, { id: "A" }], []), "DUPLICATE", ["customers", 2, "id"], 'customer "A" is listed twice');
  });

  it("DUPLICATE: a referral id listed twice, at the second one's id", () => {
    refusal(() => graph([{ id: "A" }, { id: "B" }, { id: "C" }], [ref("r1", "A", "B", at("2024-03-01")), ref("r1", "A", "C", at("2024-03-02"))]), "DUPLICATE", ["referrals", 1, "id"], 'referral "r1" is listed twice');
  });

  it("UNKNOWN_REFERENCE: an unknown referrer or referred, at its field", () => {
    refusal(() => graph([{ id: "A" }], [ref("r1", "Z", "A", at("2024-03-01"))]), "UNKNOWN_REFERENCE", ["referrals", 0, "referrer"], 'unknown customer "Z"');
    refusal(() => graph([{ id: "A" }, { id: "B" }], [ref("r0", "A", "B", at("2024-03-01")), ref("r1", "A", "Y", at("2024-03-01"))]), "UNKNOWN_REFERENCE", ["referrals", 1, "referred"], 'unknown customer "Y"');
  });

  it("INVALID_INPUT: not an object, a list that is not a list, a bad item: zod's error at the path", () => {
    expectShoulou(() => referralGraph(null as never), "INVALID_INPUT", []);
    expectShoulou(() => referralGraph({ customers: "A", referrals: [] } as never), "INVALID_INPUT", ["customers"]);
    expectShoulou(() => referralGraph({ customers: [{ id: "A" }, { id: "" }], referrals: [] }), "INVALID_INPUT", ["customers", 1, "id"]);
    expectShoulou(() => referralGraph({ customers: [{ id: "A" }], referrals: [], extra: 1 } as never), "INVALID_INPUT", []);
    expectShoulou(() => referralGraph({ customers: [{ id: "A" }], referrals: [] }, { staff: "maybe" } as never), "INVALID_POLICY", ["policy", "staff"]);
  });

  it("REF-G-3: a frozen input whose items zod rewrites is read without being changed", () => {
    const input = frozenCopy({ customers: [{ id: "A", staff: false }, { id: "B", phone: "1" }], referrals: [ref("r1", "A", "B", "2024-03-01T10:00+08:00")] });
    const g = referralGraph(input);
    expect(g.referrals.map((r) => [r.id, r.at])).toEqual([["r1", "2024-03-01T10:00:00+08:00"]]);
    expect(input.referrals[0]?.at).toBe("2024-03-01T10:00+08:00");
  });

  it("OUT_OF_RANGE: the words name the limit and the length", () => {
    const e = expectShoulou(() => referralGraph({ customers: new Array(2_000_001) as never, referrals: [] }), "OUT_OF_RANGE", ["customers"]);
    expect(e.issues).toEqual([{ path: ["customers"], message: "at most 2000000 items (got 2000001)" }]);
  });
});
