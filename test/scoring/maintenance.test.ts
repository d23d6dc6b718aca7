import { describe, expect, it } from "vitest";
import { attempt } from "../../src/core/errors";
import { countReaderCharacters, maintenanceAudit, scoringPresets, type MaintenanceBookInput, type MaintenanceRecordInput } from "../../src/scoring/index";

/** A book the tests may change in place. */
type Book = { customers: MaintenanceBookInput["customers"][number][]; records: MaintenanceRecordInput[] };

const thirty = "客户对户型满意，关心学区与交付时间，周末带家人再来看样板间。"; // 30 with punctuation
const fifty = "拜访目标：确认首付安排。达成：客户同意本周末签约，关键语录“价格可以，要快”。下一步：周五电话确认时间并准备认购书。";

function book(): Book {
  return {
    customers: [
      { id: "C1", agentId: "A1", grade: "a", birthday: "10-20" },
      { id: "C2", agentId: "A1", grade: "b", birthday: "1980-10-10" },
      { id: "C3", agentId: "A2" },
    ],
    records: [
      { id: "R1", kind: "call", agentId: "A1", customerId: "C1", at: "2024-09-25T20:00:00+08:00", text: thirty },
      { id: "R2", kind: "visit", agentId: "A1", customerId: "C2", at: "2024-09-20", text: fifty, durationMinutes: 45, withKeyPerson: true },
      { id: "R3", kind: "event", agentId: "A1", at: "2024-09-14", text: "中秋业主茶话会，主题：社区配套说明，到场12人，反响热烈！！" },
      { id: "R4", kind: "call", agentId: "A2", customerId: "C3", at: "2024-08-20", text: "没接" },
    ],
  };
}

describe("maintenanceAudit", () => {
  it("SCO-7: a customer not maintained for more than 30 days is dormant", () => {
    const r = maintenanceAudit(book(), "2024-09-30");
    expect(r.dormant).toEqual(["C3"]);
    expect(r.findings.find((f) => f.kind === "dormant")).toMatchObject({ rule: "SCO-7", customerId: "C3", agentId: "A2" });
    // as of 09-19: C3 last maintained exactly 30 days ago (not dormant); C1 and C2 have no record yet
    expect(maintenanceAudit(book(), "2024-09-19").dormant).toEqual(["C1", "C2"]);
  });
  it("SCO-8: records shorter than their kind's minimum (call 30, visit 50, event 30 characters)", () => {
    const r = maintenanceAudit(book(), "2024-09-30");
    const short = r.findings.filter((f) => f.kind === "record-too-short");
    expect(short.map((f) => f.recordId)).toEqual(["R4"]);
    expect(countReaderCharacters(thirty)).toBe(30);
    expect(countReaderCharacters(fifty)).toBeGreaterThanOrEqual(50);
    const b = book();
    b.records[0] = { ...b.records[0]!, text: thirty.slice(0, 29) + "  \n" };
    expect(maintenanceAudit(b, "2024-09-30").findings.some((f) => f.recordId === "R1" && f.kind === "record-too-short")).toBe(true);
  });
  it("SCO-8: visits under 30 minutes or without the key person", () => {
    const b = book();
    b.records.push({ id: "R5", kind: "visit", agentId: "A2", customerId: "C3", at: "2024-09-29", text: fifty, durationMinutes: 20, withKeyPerson: false });
    const kinds = maintenanceAudit(b, "2024-09-30").findings.filter((f) => f.recordId === "R5").map((f) => f.kind);
    expect(kinds).toEqual(["visit-too-short", "visit-without-key-person"]);
  });
  it("SCO-8: an agent with no small event this month", () => {
    const r = maintenanceAudit(book(), "2024-09-30");
    expect(r.findings.filter((f) => f.kind === "no-event-this-month").map((f) => f.agentId)).toEqual(["A2"]);
    expect(maintenanceAudit(book(), "2024-10-02").findings.filter((f) => f.kind === "no-event-this-month").map((f) => f.agentId)).toEqual(["A1", "A2"]);
  });
  it("SCO-8: A-grade birthday invitations 2–3 weeks ahead: due, missed, off-window, done", () => {
    const kind = (b: MaintenanceBookInput, asOf: string) => maintenanceAudit(b, asOf).findings.filter((f) => f.kind.startsWith("birthday")).map((f) => [f.kind, f.customerId]);
    expect(kind(book(), "2024-09-25")).toEqual([]); // 25 days ahead: not yet
    expect(kind(book(), "2024-09-30")).toEqual([["birthday-invitation-due", "C1"]]); // 20 days ahead
    expect(kind(book(), "2024-10-10")).toEqual([["birthday-invitation-missed", "C1"]]); // C2 is grade b: not checked
    const b = book();
    b.records.push({ id: "R6", kind: "birthday-invitation", agentId: "A1", customerId: "C1", at: "2024-10-02" });
    expect(kind(b, "2024-10-10")).toEqual([]);
    b.records[4] = { ...b.records[4]!, at: "2024-10-09" };
    expect(kind(b, "2024-10-10")).toEqual([["birthday-invitation-off-window", "C1"]]);
  });
  it("SCO-8: a birthday of 30 February is refused with its path; 29 February is a birthday", () => {
    const b = book();
    b.customers[0] = { ...b.customers[0]!, birthday: "02-30" };
    const r = attempt(() => maintenanceAudit(b, "2024-09-30"));
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(["INVALID_INPUT", ["customers", 0, "birthday"]]);
    b.customers[0] = { ...b.customers[0]!, birthday: "02-29" };
    expect(maintenanceAudit(b, "2025-02-10").findings.find((f) => f.customerId === "C1" && f.kind.startsWith("birthday"))?.data).toMatchObject({ birthday: "2025-02-28" });
  });
  it("SCO-8: the preset from 《房地产客户跟踪及维护技巧》 is the default, and unknown customers are refused", () => {
    expect(maintenanceAudit(book(), "2024-09-30", scoringPresets.maintenanceSeed002)).toEqual(maintenanceAudit(book(), "2024-09-30"));
    const b = book();
    b.records.push({ id: "R9", kind: "sms", agentId: "A1", customerId: "C9", at: "2024-09-01", text: "x" });
    const r = attempt(() => maintenanceAudit(b, "2024-09-30"));
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(["UNKNOWN_REFERENCE", ["records", 4, "customerId"]]);
  });
  it("SCO-8: an instant is read in the project zone (23:30 UTC is the next day in Shanghai)", () => {
    const b = book();
    b.records.push({ id: "R7", kind: "event", agentId: "A2", at: "2024-09-30T16:30:00Z", text: thirty });
    expect(maintenanceAudit(b, "2024-10-01").findings.filter((f) => f.kind === "no-event-this-month").map((f) => f.agentId)).toEqual(["A1"]);
  });
});

describe("countReaderCharacters", () => {
  it("SCO-CHAR-1: graphemes, not UTF-16 units; whitespace never; punctuation by policy", () => {
    expect("𠮷".length).toBe(2);
    expect(countReaderCharacters("𠮷野家")).toBe(3);
    expect(countReaderCharacters("👨‍👩‍👧 好")).toBe(2);
    expect(countReaderCharacters("好\u3000 \n好")).toBe(2);
    expect(countReaderCharacters("好，好。", { countPunctuation: false })).toBe(2);
    expect(countReaderCharacters("A户型 VIP卡", { latinRuns: "word" })).toBe(5);
    expect(countReaderCharacters("A户型 VIP卡")).toBe(7);
    const r = attempt(() => countReaderCharacters(42 as never));
    expect(r.ok ? null : r.error.code).toBe("INVALID_INPUT");
  });
});
