import { guarded, ShoulouError } from "../core/errors";
import { instantMs, isIsoDate, zoneClock } from "../core/time";
import { isoDateSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { field, refuseLongList, refuseLongText, scoringLimits } from "./limits";
import { birthdayFinding } from "./birthday-invitations";
import { maintenanceBookSchema, maintenancePolicySchema, type MaintenanceFinding, type MaintenanceFindingKind } from "./maintenance-schema";
import type { MaintenanceBookInput, MaintenancePolicyInput } from "./input-types";
import { characterCounter } from "./reader-characters";
import { dormantFindings, findingOrder } from "./dormant-findings";

/**
 * Audits an office's customer maintenance against the standards of 《房地产客户跟踪及维护技巧》: dormant customers
 * (not maintained for more than 30 days), records too short for their kind (call ≥ 30, visit
 * ≥ 50, event ≥ 30 characters, SMS with its text), visits shorter than 30 minutes or without
 * the key person, agents with no event yet this month, and A-grade customers whose birthday
 * invitation is not 2–3 weeks ahead. Records dated after `asOf` are ignored. The result does
 * not depend on the order of customers or records.
 *
 * @remarks SCO-7, SCO-8 (《房地产客户跟踪及维护技巧》); characters counted by SCO-CHAR-1 (graphemes, no
 * whitespace, punctuation counted by default).
 * @param book - customers, agents and records ({@link maintenanceBookSchema})
 * @param asOf - the audit day (ISO date, in the policy's time zone)
 * @param policy - the standards ({@link maintenancePolicySchema}); default the standards of 《房地产客户跟踪及维护技巧》
 * @returns findings sorted by rule, kind, customer, agent and record; the dormant customers; counts by kind; the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (e.g. a birthday of 30 February, with its path), `DUPLICATE`, `UNKNOWN_REFERENCE`, `INVALID_POLICY`,
 * `OUT_OF_RANGE` (more customers, agents or records than {@link scoringLimits} allow, or a record text longer than `recordTextLength`)
 * @example
 * ```ts
 * const book = {
 *   customers: [{ id: "C1", agentId: "A1" }],
 *   records: [{ id: "R1", kind: "call", agentId: "A1", customerId: "C1", at: "2024-09-02", text: "问了价格" }],
 * };
 * maintenanceAudit(book, "2024-09-20").findings.map((f) => f.kind); //=> ["no-event-this-month", "record-too-short"]
 * maintenanceAudit(book, "2024-10-10").dormant; //=> ["C1"]
 * ```
 * @category Scoring
 */
export function maintenanceAudit(
  book: MaintenanceBookInput,
  asOf: string,
  policy: MaintenancePolicyInput = {},
): { readonly asOf: string; readonly findings: readonly MaintenanceFinding[]; readonly dormant: readonly string[]; readonly counts: Readonly<Record<string, number>>; readonly trace: readonly TraceStep[] } {
  return guarded(() => {
    const p = parseWith(maintenancePolicySchema, policy, "INVALID_POLICY", []);
    refuseOversizedBook(book);
    const b = parseWith(maintenanceBookSchema, book, "INVALID_INPUT", []);
    const day = parseWith(isoDateSchema, asOf, "INVALID_INPUT", ["asOf"]);
    const ids = new Set<string>();
    b.customers.forEach((c, i) => {
      if (ids.has(c.id)) throw new ShoulouError("DUPLICATE", ["customers", i, "id"], `customer ${c.id} appears twice`);
      ids.add(c.id);
    });
    b.records.forEach((r, i) => {
      if (r.customerId !== undefined && !ids.has(r.customerId)) throw new ShoulouError("UNKNOWN_REFERENCE", ["records", i, "customerId"], `no customer ${r.customerId}`);
    });
    const clock = zoneClock(p.timeZone);
    const count = characterCounter(p.characters);
    const records = b.records
      .map((r) => ({ ...r, on: isIsoDate(r.at) ? r.at : clock.localDate(instantMs(r.at) ?? 0) }))
      .filter((r) => r.on <= day);
    const findings: MaintenanceFinding[] = [...dormantFindings(b.customers, records, day, p.dormantAfterDays)];
    const found = (kind: MaintenanceFindingKind, s: TraceStep, ref: { customerId: string | null; agentId: string; recordId: string | null }) =>
      findings.push({ rule: "SCO-8", kind, fact: s.fact, data: s.data, ...ref });
    for (const r of records) {
      const ref = { customerId: r.customerId ?? null, agentId: r.agentId, recordId: r.id };
      if (r.kind !== "birthday-invitation") {
        const min = p.minCharacters[r.kind];
        const n = count(r.text);
        if (n < min) found("record-too-short", step("SCO-8", "record-too-short", { record: r.id, recordKind: recordKinds[r.kind], count: n, min }), ref);
      }
      if (r.kind === "visit") {
        if (r.durationMinutes === undefined) found("visit-too-short", step("SCO-8", "visit-length-missing", { record: r.id, min: p.minVisitMinutes }), ref);
        else if (r.durationMinutes < p.minVisitMinutes) found("visit-too-short", step("SCO-8", "visit-too-short", { record: r.id, minutes: r.durationMinutes, min: p.minVisitMinutes }), ref);
        if (p.requireKeyPerson && r.withKeyPerson === false) found("visit-without-key-person", step("SCO-8", "visit-without-key-person", { record: r.id }), ref);
      }
    }
    const month = day.slice(0, 7);
    const agents = [...new Set(b.agents ?? b.customers.map((c) => c.agentId))].sort();
    const eventsBy = new Map<string, number>();
    for (const r of records) if (r.kind === "event" && r.on.slice(0, 7) === month) eventsBy.set(r.agentId, (eventsBy.get(r.agentId) ?? 0) + 1);
    for (const a of agents) {
      const events = eventsBy.get(a) ?? 0;
      if (events < p.eventsPerMonth)
        found("no-event-this-month", step("SCO-8", "no-event-this-month", { agent: a, events, month, min: p.eventsPerMonth }), { customerId: null, agentId: a, recordId: null });
    }
    const invitations = new Map<string, string[]>();
    for (const r of records) {
      if (r.kind !== "birthday-invitation" || r.customerId === undefined) continue;
      const list = invitations.get(r.customerId);
      if (list) list.push(r.on);
      else invitations.set(r.customerId, [r.on]);
    }
    for (const c of b.customers) {
      if (c.birthday === undefined || c.grade === undefined || !p.birthdayInvitation.grades.includes(c.grade)) continue;
      const f = birthdayFinding({ id: c.id, agentId: c.agentId, birthday: c.birthday }, invitations.get(c.id) ?? [], day, p.birthdayInvitation);
      if (f) findings.push(f);
    }
    findings.sort(findingOrder);
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    const dormant = findings.filter((f) => f.kind === "dormant").map((f) => f.customerId ?? "");
    const trace = [
      step("SCO-CHAR-1", "policy", { countPunctuation: p.characters.countPunctuation, latinRuns: latinRunLabels[p.characters.latinRuns] }),
      step("SCO-7", "dormant-count", { dormant: dormant.length, customers: b.customers.length, limit: p.dormantAfterDays }),
      step("SCO-8", "audit", { findings: findings.length - dormant.length, records: records.length, asOf: day, counts }),
    ];
    return { asOf: day, findings, dormant, counts, trace };
  });
}

/** How each record kind is named in an explanation. */
const recordKinds = {
  sms: { zh: "短信", en: "SMS" },
  call: { zh: "电话", en: "call" },
  visit: { zh: "拜访", en: "visit" },
  event: { zh: "活动", en: "event" },
} as const;

/** How each way of counting Latin runs is named in an explanation. */
const latinRunLabels = {
  character: { zh: "逐字计", en: "one per character" },
  word: { zh: "连续字母数字计为一", en: "one per run" },
} as const;

/** Lists and texts past {@link scoringLimits}: OUT_OF_RANGE at their path, before any work on them. */
function refuseOversizedBook(book: unknown): void {
  refuseLongList(field(book, "customers"), scoringLimits.bookCustomers, ["customers"]);
  refuseLongList(field(book, "agents"), scoringLimits.agents, ["agents"]);
  const records = field(book, "records");
  refuseLongList(records, scoringLimits.records, ["records"]);
  if (Array.isArray(records)) for (let i = 0; i < records.length; i++) refuseLongText(field(records[i], "text"), scoringLimits.recordTextLength, ["records", i, "text"]);
}
