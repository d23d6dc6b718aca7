import { guarded, ShoulouError } from "../core/errors";
import { instantMs, isIsoDate, zoneClock } from "../core/time";
import { isoDateSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { birthdayFinding } from "./birthday-invitations";
import { maintenanceBookSchema, maintenancePolicySchema, type MaintenanceBookInput, type MaintenanceFinding, type MaintenancePolicyInput } from "./maintenance-schema";
import { characterCounter } from "./reader-characters";
import { dormantFindings, findingOrder } from "./dormant-findings";

/**
 * Audits an office's customer maintenance against the seed's standards: dormant customers
 * (not maintained for more than 30 days), records too short for their kind (call ≥ 30, visit
 * ≥ 50, event ≥ 30 characters, SMS with its text), visits shorter than 30 minutes or without
 * the key person, agents with no event yet this month, and A-grade customers whose birthday
 * invitation is not 2–3 weeks ahead. Records dated after `asOf` are ignored. The result does
 * not depend on the order of customers or records.
 *
 * @remarks SCO-7, SCO-8 (seed 002); characters counted by SCO-CHAR-1 (graphemes, no
 * whitespace, punctuation counted by default).
 * @param book - customers, agents and records ({@link maintenanceBookSchema})
 * @param asOf - the audit day (ISO date, in the policy's time zone)
 * @param policy - the standards ({@link maintenancePolicySchema}); default seed 002
 * @returns findings sorted by rule, kind, customer, agent and record; the dormant customers; counts by kind; the trace
 * @throws {@link ShoulouError} `INVALID_INPUT` (e.g. a birthday of 30 February, with its path), `DUPLICATE`, `UNKNOWN_REFERENCE`, `INVALID_POLICY`
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
    for (const r of records) {
      const ref = { customerId: r.customerId ?? null, agentId: r.agentId, recordId: r.id };
      if (r.kind !== "birthday-invitation") {
        const min = p.minCharacters[r.kind];
        const n = count(r.text);
        if (n < min)
          findings.push({ rule: "SCO-8", kind: "record-too-short", ...ref, says: `${r.kind} record has ${n} characters, fewer than ${min}`, todo: `complete the ${r.kind} record (${min}+ characters)` });
      }
      if (r.kind === "visit") {
        if (r.durationMinutes === undefined || r.durationMinutes < p.minVisitMinutes)
          findings.push({
            rule: "SCO-8",
            kind: "visit-too-short",
            ...ref,
            says: r.durationMinutes === undefined ? "visit length not recorded" : `visit lasted ${r.durationMinutes} minutes, under ${p.minVisitMinutes}`,
            todo: `plan visits of ${p.minVisitMinutes}+ minutes and record their length`,
          });
        if (p.requireKeyPerson && r.withKeyPerson === false)
          findings.push({ rule: "SCO-8", kind: "visit-without-key-person", ...ref, says: "visit did not reach the key person", todo: "meet the decision maker next time" });
      }
    }
    const month = day.slice(0, 7);
    const agents = [...new Set(b.agents ?? b.customers.map((c) => c.agentId))].sort();
    for (const a of agents) {
      const events = records.filter((r) => r.kind === "event" && r.agentId === a && r.on.slice(0, 7) === month).length;
      if (events < p.eventsPerMonth)
        findings.push({ rule: "SCO-8", kind: "no-event-this-month", customerId: null, agentId: a, recordId: null, says: `${events} event(s) in ${month}, fewer than ${p.eventsPerMonth}`, todo: `hold a small customer event before ${month} ends` });
    }
    for (const c of b.customers) {
      if (c.birthday === undefined || c.grade === undefined || !p.birthdayInvitation.grades.includes(c.grade)) continue;
      const sent = records.filter((r) => r.kind === "birthday-invitation" && r.customerId === c.id).map((r) => r.on);
      const f = birthdayFinding({ id: c.id, agentId: c.agentId, birthday: c.birthday }, sent, day, p.birthdayInvitation);
      if (f) findings.push(f);
    }
    findings.sort(findingOrder);
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    const dormant = findings.filter((f) => f.kind === "dormant").map((f) => f.customerId ?? "");
    const trace = [
      step("SCO-CHAR-1", `characters counted per grapheme; whitespace not counted; punctuation ${p.characters.countPunctuation ? "counted" : "not counted"}; Latin runs per ${p.characters.latinRuns}`),
      step("SCO-7", `${dormant.length} of ${b.customers.length} customers not maintained for more than ${p.dormantAfterDays} days`, { dormant: dormant.length }),
      step("SCO-8", `${findings.length - dormant.length} record-standard findings over ${records.length} records as of ${day}`, { ...counts }),
    ];
    return { asOf: day, findings, dormant, counts, trace };
  });
}
