import { addDays, daysBetween, isIsoDate } from "../core/time";
import { step, type TraceData } from "../core/trace";
import type { MaintenanceFinding } from "./maintenance-schema";

/** The next birthday on or after `asOf` (29 February falls on 28 February in a common year). */
export function nextBirthday(birthday: string, asOf: string): string {
  const md = birthday.length === 5 ? birthday : birthday.slice(5);
  const on = (year: number) => {
    const d = `${String(year).padStart(4, "0")}-${md}`;
    return isIsoDate(d) ? d : `${String(year).padStart(4, "0")}-02-28`;
  };
  const year = Number(asOf.slice(0, 4));
  const thisYear = on(year);
  return thisYear >= asOf ? thisYear : on(year + 1);
}

/**
 * SCO-8: an A-grade customer's birthday invitation must go out 2–3 weeks ahead. Looks at the
 * next birthday only; invitations sent in the 60 days before it count for it.
 */
export function birthdayFinding(
  customer: { readonly id: string; readonly agentId: string; readonly birthday: string },
  invitationDates: readonly string[],
  asOf: string,
  window: { readonly earliestDaysBefore: number; readonly latestDaysBefore: number },
): MaintenanceFinding | null {
  const day = nextBirthday(customer.birthday, asOf);
  const until = daysBetween(asOf, day);
  if (until > window.earliestDaysBefore) return null;
  const from = addDays(day, -window.earliestDaysBefore);
  const to = addDays(day, -window.latestDaysBefore);
  const sent = invitationDates.filter((d) => d >= addDays(day, -60) && d <= asOf);
  if (sent.some((d) => d >= from && d <= to)) return null;
  const base = { rule: "SCO-8" as const, customerId: customer.id, agentId: customer.agentId, recordId: null };
  const figures = { customer: customer.id, birthday: day, from, to };
  const finding = (kind: "birthday-invitation-off-window" | "birthday-invitation-due" | "birthday-invitation-missed", data: TraceData): MaintenanceFinding => {
    const s = step("SCO-8", kind, data);
    return { ...base, kind, fact: s.fact, data: s.data };
  };
  if (sent.length > 0) return finding("birthday-invitation-off-window", { ...figures, sent: [...sent].sort() });
  if (until >= window.latestDaysBefore) return finding("birthday-invitation-due", figures);
  return finding("birthday-invitation-missed", figures);
}
