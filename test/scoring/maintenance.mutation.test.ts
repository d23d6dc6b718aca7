import { describe, expect, it } from "vitest";
import { expectShoulou, thrown } from "../helpers";
import { maintenanceAudit, maintenancePolicySchema, scoringLimits, type MaintenanceBookInput } from "../../src/scoring/index";

const t30 = "客".repeat(30);
const t50 = "客".repeat(50);
const call = { zh: "电话", en: "call" };

// asOf 2024-09-25; each customer tests one edge of SCO-7 or SCO-8
const book: MaintenanceBookInput = {
  agents: ["A3", "A1", "A2"],
  customers: [
    { id: "C1", agentId: "A1", grade: "a", birthday: "10-10" }, // invitations before the window, one exactly 60 days ahead
    { id: "C2", agentId: "A1", grade: "a", birthday: "1990-10-05" }, // a full birthday; invited on asOf, after the window
    { id: "C3", agentId: "A2", grade: "a", birthday: "10-12" }, // due: 17 days ahead
    { id: "C4", agentId: "A2", grade: "b", birthday: "10-01" }, // grade b: no invitation needed
    { id: "C5", agentId: "A2", birthday: "10-01" }, // no grade; its only record is after asOf
    { id: "C6", agentId: "A1", grade: "a", birthday: "12-25" }, // birthday too far; records newest first
    { id: "C7", agentId: "A1", grade: "a", birthday: "10-09" }, // invited on the window's first day
    { id: "C8", agentId: "A1", registeredOn: "2024-09-01" }, // registered 24 days ago
    { id: "C9", agentId: "A2", grade: "a", birthday: "01-05", registeredOn: "2024-08-25" }, // birthday passed this year; 31 days since registering
    { id: "C10", agentId: "A1", grade: "a", birthday: "09-25" }, // birthday today; records oldest first
    { id: "C11", agentId: "A1", grade: "a", birthday: "10-16" }, // exactly 21 days ahead
    { id: "C12", agentId: "A1", grade: "a", birthday: "09-30" }, // 5 days ahead, not invited
    { id: "C13", agentId: "A1", grade: "a", birthday: "10-08" }, // invited on the window's last day
    { id: "C14", agentId: "A1", grade: "a" }, // no birthday, no record
  ],
  records: [
    { id: "R01", kind: "call", agentId: "A1", customerId: "C1", at: "2024-09-10", text: t30 },
    { id: "R02", kind: "visit", agentId: "A1", customerId: "C2", at: "2024-09-20", text: t50, durationMinutes: 29, withKeyPerson: false },
    { id: "R02", kind: "visit", agentId: "A1", customerId: "C2", at: "2024-09-20", text: t50 },
    { id: "R03", kind: "visit", agentId: "A2", customerId: "C3", at: "2024-09-21T10:00:00+08:00", text: "到访", durationMinutes: 30, withKeyPerson: true },
    { id: "R04", kind: "event", agentId: "A2", at: "2024-09-02", text: "暖场" },
    { id: "R05", kind: "sms", agentId: "A2", customerId: "C4", at: "2024-09-24" },
    { id: "R05", kind: "call", agentId: "A2", customerId: "C4", at: "2024-09-24", text: "五个字呢好" },
    { id: "R05", kind: "call", agentId: "A2", customerId: "C4", at: "2024-09-24", text: "三个字" },
    { id: "R06", kind: "call", agentId: "A2", customerId: "C5", at: "2024-09-26", text: t30 },
    { id: "R07", kind: "birthday-invitation", agentId: "A1", customerId: "C1", at: "2024-09-10" },
    { id: "R08", kind: "birthday-invitation", agentId: "A1", customerId: "C1", at: "2024-08-11" },
    { id: "R09", kind: "birthday-invitation", agentId: "A1", customerId: "C1", at: "2024-08-10" },
    { id: "R10", kind: "birthday-invitation", agentId: "A1", customerId: "C2", at: "2024-09-25" },
    { id: "R11", kind: "birthday-invitation", agentId: "A1", customerId: "C7", at: "2024-09-18" },
    { id: "R12", kind: "birthday-invitation", agentId: "A1", customerId: "C13", at: "2024-09-24" },
    { id: "R13", kind: "call", agentId: "A1", customerId: "C6", at: "2024-09-01", text: t30 },
    { id: "R14", kind: "call", agentId: "A1", customerId: "C6", at: "2024-07-01", text: t30 },
    { id: "R15", kind: "call", agentId: "A1", customerId: "C10", at: "2024-07-01", text: t30 },
    { id: "R16", kind: "call", agentId: "A1", customerId: "C10", at: "2024-09-01", text: t30 },
    { id: "R17", kind: "call", agentId: "A1", customerId: "C11", at: "2024-08-25", text: t30 },
    { id: "R18", kind: "call", agentId: "A1", customerId: "C12", at: "2024-08-24", text: t30 },
  ],
};

const f = (rule: string, kind: string, fact: string, customerId: string | null, agentId: string, recordId: string | null, data: Record<string, unknown>) => ({ rule, kind, fact, customerId, agentId, recordId, data });
const dormant = (c: string, a: string, since: string, days: number) => f("SCO-7", "dormant", "dormant", c, a, null, { customer: c, since, days, limit: 30 });
const never = (c: string, a: string) => f("SCO-7", "dormant", "never-maintained", c, a, null, { customer: c });
const bday = (kind: string, c: string, birthday: string, from: string, to: string, sent?: string[]) =>
  f("SCO-8", kind, kind, c, "A1", null, { customer: c, birthday, from, to, ...(sent ? { sent } : {}) });
const counts = { dormant: 5, "birthday-invitation-due": 2, "birthday-invitation-missed": 2, "birthday-invitation-off-window": 2, "no-event-this-month": 2, "record-too-short": 5, "visit-too-short": 2, "visit-without-key-person": 1 };

describe("SCO-7 and SCO-8 on a whole book", () => {
  const r = maintenanceAudit(book, "2024-09-25");
  it("SCO-8: findings come sorted by rule, kind, customer, agent, record, fact and figures, each with its exact data", () => {
    expect(r.findings).toEqual([
      dormant("C11", "A1", "2024-08-25", 31),
      dormant("C12", "A1", "2024-08-24", 32),
      never("C14", "A1"),
      never("C5", "A2"),
      dormant("C9", "A2", "2024-08-25", 31),
      bday("birthday-invitation-due", "C11", "2024-10-16", "2024-09-25", "2024-10-02"),
      { ...bday("birthday-invitation-due", "C3", "2024-10-12", "2024-09-21", "2024-09-28"), agentId: "A2" },
      bday("birthday-invitation-missed", "C10", "2024-09-25", "2024-09-04", "2024-09-11"),
      bday("birthday-invitation-missed", "C12", "2024-09-30", "2024-09-09", "2024-09-16"),
      bday("birthday-invitation-off-window", "C1", "2024-10-10", "2024-09-19", "2024-09-26", ["2024-08-11", "2024-09-10"]),
      bday("birthday-invitation-off-window", "C2", "2024-10-05", "2024-09-14", "2024-09-21", ["2024-09-25"]),
      f("SCO-8", "no-event-this-month", "no-event-this-month", null, "A1", null, { agent: "A1", events: 0, month: "2024-09", min: 1 }),
      f("SCO-8", "no-event-this-month", "no-event-this-month", null, "A3", null, { agent: "A3", events: 0, month: "2024-09", min: 1 }),
      f("SCO-8", "record-too-short", "record-too-short", null, "A2", "R04", { record: "R04", recordKind: { zh: "活动", en: "event" }, count: 2, min: 30 }),
      f("SCO-8", "record-too-short", "record-too-short", "C3", "A2", "R03", { record: "R03", recordKind: { zh: "拜访", en: "visit" }, count: 2, min: 50 }),
      f("SCO-8", "record-too-short", "record-too-short", "C4", "A2", "R05", { record: "R05", recordKind: call, count: 3, min: 30 }),
      f("SCO-8", "record-too-short", "record-too-short", "C4", "A2", "R05", { record: "R05", recordKind: call, count: 5, min: 30 }),
      f("SCO-8", "record-too-short", "record-too-short", "C4", "A2", "R05", { record: "R05", recordKind: { zh: "短信", en: "SMS" }, count: 0, min: 1 }),
      f("SCO-8", "visit-too-short", "visit-length-missing", "C2", "A1", "R02", { record: "R02", min: 30 }),
      f("SCO-8", "visit-too-short", "visit-too-short", "C2", "A1", "R02", { record: "R02", minutes: 29, min: 30 }),
      f("SCO-8", "visit-without-key-person", "visit-without-key-person", "C2", "A1", "R02", { record: "R02" }),
    ]);
  });
  it("SCO-7: the dormant list, the counts by kind and the trace", () => {
    expect(r.asOf).toBe("2024-09-25");
    expect(r.dormant).toEqual(["C11", "C12", "C14", "C5", "C9"]);
    expect(r.counts).toEqual(counts);
    expect(r.trace).toEqual([
      { rule: "SCO-CHAR-1", fact: "policy", data: { countPunctuation: true, latinRuns: { zh: "逐字计", en: "one per character" } } },
      { rule: "SCO-7", fact: "dormant-count", data: { dormant: 5, customers: 14, limit: 30 } },
      { rule: "SCO-8", fact: "audit", data: { findings: 16, records: 20, asOf: "2024-09-25", counts } },
    ]);
  });
  it("SCO-8: the result does not depend on the order of records", () => {
    const reversed = maintenanceAudit({ ...book, records: [...book.records].reverse() }, "2024-09-25");
    expect(reversed.findings).toEqual(r.findings);
  });
});

describe("SCO-8 findings without a customer", () => {
  it("SCO-8: short event records are sorted by agent, then record, whatever the order given", () => {
    const ev = (id: string, agentId: string) => ({ id, kind: "event" as const, agentId, at: "2024-09-02", text: "短" });
    const r = maintenanceAudit({ customers: [], records: [ev("E3", "A2"), ev("E2", "A1"), ev("E1", "A1")] }, "2024-09-25");
    expect(r.findings.map((x) => [x.customerId, x.agentId, x.recordId])).toEqual([
      [null, "A1", "E1"],
      [null, "A1", "E2"],
      [null, "A2", "E3"],
    ]);
  });
});

describe("SCO-8 birthdays across years", () => {
  const one = (birthday: string, asOf: string) =>
    maintenanceAudit({ agents: [], customers: [{ id: "C", agentId: "A", grade: "a", birthday, registeredOn: asOf }], records: [] }, asOf).findings.map((x) => [x.kind, x.data]);
  it("SCO-8: a 29 February birthday falls on 28 February in a common year, on 29 February in a leap year", () => {
    expect(one("02-29", "2025-02-20")).toEqual([["birthday-invitation-missed", { customer: "C", birthday: "2025-02-28", from: "2025-02-07", to: "2025-02-14" }]]);
    expect(one("2000-02-29", "2024-02-20")).toEqual([["birthday-invitation-missed", { customer: "C", birthday: "2024-02-29", from: "2024-02-08", to: "2024-02-15" }]]);
  });
  it("SCO-8: a birthday already past this year is next year's", () => {
    expect(one("01-05", "2024-12-20")).toEqual([["birthday-invitation-due", { customer: "C", birthday: "2025-01-05", from: "2024-12-15", to: "2024-12-22" }]]);
    expect(one("12-01", "2024-12-20")).toEqual([]);
  });
  it("SCO-8: 14 days ahead is still due, 13 days ahead is missed", () => {
    expect(one("10-09", "2024-09-25")[0]?.[0]).toBe("birthday-invitation-due");
    expect(one("10-08", "2024-09-25")[0]?.[0]).toBe("birthday-invitation-missed");
    expect(one("10-17", "2024-09-25")).toEqual([]);
  });
});

describe("SCO-8 policy options", () => {
  it("SCO-8: without requireKeyPerson a visit without the key person is no finding", () => {
    const b: MaintenanceBookInput = { agents: [], customers: [{ id: "C", agentId: "A" }], records: [{ id: "R", kind: "visit", agentId: "A", customerId: "C", at: "2024-09-20", text: t50, durationMinutes: 45, withKeyPerson: false }] };
    expect(maintenanceAudit(b, "2024-09-25").findings.map((x) => x.kind)).toEqual(["visit-without-key-person"]);
    expect(maintenanceAudit(b, "2024-09-25", { requireKeyPerson: false }).findings).toEqual([]);
  });
  it("SCO-8: an agent with fewer events this month than the policy asks is named with the events counted", () => {
    const ev = (id: string, at: string) => ({ id, kind: "event" as const, agentId: "A1", at, text: t30 });
    const b: MaintenanceBookInput = { agents: ["A1", "A2"], customers: [], records: [ev("E1", "2024-09-02"), ev("E2", "2024-09-03"), ev("E3", "2024-08-30"), { ...ev("E4", "2024-09-04"), agentId: "A2" }] };
    expect(maintenanceAudit(b, "2024-09-25", { eventsPerMonth: 2 }).findings.map((x) => x.data)).toEqual([{ agent: "A2", events: 1, month: "2024-09", min: 2 }]);
    expect(maintenanceAudit(b, "2024-09-25", { eventsPerMonth: 3 }).findings.map((x) => x.data)).toEqual([
      { agent: "A1", events: 2, month: "2024-09", min: 3 },
      { agent: "A2", events: 1, month: "2024-09", min: 3 },
    ]);
  });
  it("SCO-8: the grades that need a birthday invitation can be any names", () => {
    const b: MaintenanceBookInput = { agents: [], customers: [{ id: "C", agentId: "A", grade: "vip", birthday: "10-01", registeredOn: "2024-09-20" }], records: [] };
    expect(maintenanceAudit(b, "2024-09-25").findings).toEqual([]);
    expect(maintenanceAudit(b, "2024-09-25", { birthdayInvitation: { grades: ["vip"] } }).findings.map((x) => x.kind)).toEqual(["birthday-invitation-missed"]);
    expect(maintenancePolicySchema.parse({ timeZone: "Asia/Shanghai" }).birthdayInvitation).toEqual({ grades: ["a"], earliestDaysBefore: 21, latestDaysBefore: 14 });
  });
  it("SCO-8: the latest day may equal the earliest but not exceed it", () => {
    const b: MaintenanceBookInput = { agents: [], customers: [{ id: "C", agentId: "A", grade: "a", birthday: "10-01", registeredOn: "2024-09-20" }], records: [] };
    expect(maintenanceAudit(b, "2024-09-25", { birthdayInvitation: { earliestDaysBefore: 10, latestDaysBefore: 10 } }).findings.map((x) => x.kind)).toEqual(["birthday-invitation-missed"]);
    const e = expectShoulou(() => maintenanceAudit(b, "2024-09-25", { birthdayInvitation: { earliestDaysBefore: 10, latestDaysBefore: 11 } }), "INVALID_POLICY", ["birthdayInvitation", "latestDaysBefore"]);
    expect(e.message).toBe("INVALID_POLICY at birthdayInvitation.latestDaysBefore: must not exceed earliestDaysBefore");
  });
});

describe("SCO-8 refusals", () => {
  const small: MaintenanceBookInput = { customers: [{ id: "C1", agentId: "A" }], records: [] };
  it("SCO-8: a bad policy option is INVALID_POLICY at its own path", () => {
    expectShoulou(() => maintenanceAudit(small, "2024-09-25", { dormantAfterDays: -1 }), "INVALID_POLICY", ["dormantAfterDays"]);
  });
  it("SCO-8: a bad asOf is INVALID_INPUT at asOf", () => {
    expectShoulou(() => maintenanceAudit(small, "2024-02-30"), "INVALID_INPUT", ["asOf"]);
  });
  it("SCO-7: a customer listed twice is DUPLICATE at the second one", () => {
    const e = expectShoulou(() => maintenanceAudit({ customers: [{ id: "C1", agentId: "A" }, { id: "C1", agentId: "B" }], records: [] }, "2024-09-25"), "DUPLICATE", ["customers", 1, "id"]);
    expect(e.message).toBe("DUPLICATE at customers[1].id: customer C1 appears twice");
  });
  it("SCO-8: a record naming an unknown customer is UNKNOWN_REFERENCE at its customerId", () => {
    const e = expectShoulou(
      () => maintenanceAudit({ customers: [{ id: "C1", agentId: "A" }], records: [{ id: "R", kind: "call", agentId: "A", customerId: "C9", at: "2024-09-01" }] }, "2024-09-25"),
      "UNKNOWN_REFERENCE",
      ["records", 0, "customerId"],
    );
    expect(e.message).toBe("UNKNOWN_REFERENCE at records[0].customerId: no customer C9");
  });
  it("SCO-8: a record other than an event needs its customer", () => {
    const e = thrown(() => maintenanceAudit({ customers: [], records: [{ id: "E", kind: "event", agentId: "A", at: "2024-09-01" }, { id: "R", kind: "sms", agentId: "A", at: "2024-09-01" }] }, "2024-09-25"));
    expect({ code: e.code, issues: e.issues.map((i) => ({ path: i.path, message: i.message })) }).toEqual({ code: "INVALID_INPUT", issues: [{ path: ["records", 1, "customerId"], message: "a sms record needs the customer" }] });
  });
  it("SCO-8: more agents than the limit is OUT_OF_RANGE at agents", () => {
    expectShoulou(() => maintenanceAudit({ customers: [], agents: new Array<string>(scoringLimits.agents + 1).fill("A"), records: [] }, "2024-09-25"), "OUT_OF_RANGE", ["agents"]);
  });
});

describe("SCO-8 limits", () => {
  it("SCO-8: exactly the agent limit is accepted, one more refused with both figures", () => {
    const at = (n: number) => ({ customers: [], agents: Array.from({ length: n }, (_, i) => `A${i}`), records: [] });
    expect(maintenanceAudit(at(scoringLimits.agents), "2024-09-25", { eventsPerMonth: 0 }).findings).toEqual([]);
    const e = expectShoulou(() => maintenanceAudit(at(scoringLimits.agents + 1), "2024-09-25"), "OUT_OF_RANGE", ["agents"]);
    expect(e.message).toBe(`OUT_OF_RANGE at agents: at most ${scoringLimits.agents} items (got ${scoringLimits.agents + 1})`);
  });
  it("SCO-8: a record text of exactly the limit is read, one more refused at that record", () => {
    const rec = (n: number) => ({ customers: [{ id: "C", agentId: "A" }], records: [{ id: "R", kind: "call" as const, agentId: "A", customerId: "C", at: "2024-09-20", text: "字".repeat(n) }] });
    expect(maintenanceAudit(rec(scoringLimits.recordTextLength), "2024-09-25", { eventsPerMonth: 0 }).findings).toEqual([]);
    const e = expectShoulou(() => maintenanceAudit(rec(scoringLimits.recordTextLength + 1), "2024-09-25"), "OUT_OF_RANGE", ["records", 0, "text"]);
    expect(e.message).toBe(`OUT_OF_RANGE at records[0].text: at most ${scoringLimits.recordTextLength} characters (got ${scoringLimits.recordTextLength + 1})`);
  });
  it("SCO-8: a book that is not an object, or a record that is null, is INVALID_INPUT (not a crash)", () => {
    expectShoulou(() => maintenanceAudit(null as unknown as MaintenanceBookInput, "2024-09-25"), "INVALID_INPUT", []);
    expectShoulou(() => maintenanceAudit({ customers: [], records: [null] } as unknown as MaintenanceBookInput, "2024-09-25"), "INVALID_INPUT", ["records", 0]);
    expectShoulou(() => maintenanceAudit({ customers: [], records: [["text"]] } as unknown as MaintenanceBookInput, "2024-09-25"), "INVALID_INPUT", ["records", 0]);
  });
});
