import { daysBetween } from "../core/time";
import { step } from "../core/trace";
import type { MaintenanceFinding } from "./maintenance-schema";

/** SCO-7: customers whose maintenance was last updated more than `limit` days before `asOf`. */
export function dormantFindings(
  customers: readonly { readonly id: string; readonly agentId: string; readonly registeredOn?: string | undefined }[],
  records: readonly { readonly customerId?: string | undefined; readonly on: string }[],
  asOf: string,
  limit: number,
): MaintenanceFinding[] {
  const last = new Map<string, string>();
  for (const r of records) {
    if (r.customerId === undefined) continue;
    const prev = last.get(r.customerId);
    if (prev === undefined || r.on > prev) last.set(r.customerId, r.on);
  }
  const out: MaintenanceFinding[] = [];
  for (const c of customers) {
    const since = last.get(c.id) ?? c.registeredOn;
    const days = since === undefined ? null : daysBetween(since, asOf);
    if (days !== null && days <= limit) continue;
    const finding = since === undefined || days === null ? step("SCO-7", "never-maintained", { customer: c.id }) : step("SCO-7", "dormant", { customer: c.id, since, days, limit });
    out.push({ rule: "SCO-7", kind: "dormant", fact: finding.fact, data: finding.data, customerId: c.id, agentId: c.agentId, recordId: null });
  }
  return out;
}

const cmp = (a: string | null, b: string | null) => ((a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0);

/** Findings in a fixed order: rule, kind, customer, agent, record, then fact and figures (records may share an id). */
export function findingOrder(a: MaintenanceFinding, b: MaintenanceFinding): number {
  return cmp(a.rule, b.rule) || cmp(a.kind, b.kind) || cmp(a.customerId, b.customerId) || cmp(a.agentId, b.agentId) || cmp(a.recordId, b.recordId) || cmp(a.fact, b.fact) || cmp(JSON.stringify(a.data), JSON.stringify(b.data));
}
