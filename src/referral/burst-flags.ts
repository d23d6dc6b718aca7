import type { ZoneClock } from "../core/time";
import type { RuleId } from "../core/rules";
import type { Edge } from "./graph-types";

const DAY_MS = 86_400_000;

/**
 * Flags every accepted referral that is the `count`-th (or later) of its referrer within
 * `days` calendar days in the project zone (REF-FLG-2). `accepted` is in time order.
 */
export function flagBursts(accepted: readonly Edge[], burst: { count: number; days: number }, clock: ZoneClock, flag: (id: string, rule: RuleId, says: string) => void): void {
  const byReferrer = new Map<string, Edge[]>();
  for (const e of accepted) {
    const list = byReferrer.get(e.referral.referrer);
    if (list) list.push(e);
    else byReferrer.set(e.referral.referrer, [e]);
  }
  for (const [referrer, edges] of byReferrer) {
    if (edges.length < burst.count) continue;
    const day = edges.map((e) => Math.floor((e.ms + clock.offsetMinutes(e.ms) * 60_000) / DAY_MS));
    let start = 0;
    for (let i = 0; i < edges.length; i++) {
      while (day[i]! - day[start]! >= burst.days) start++;
      if (i - start + 1 >= burst.count) {
        flag(edges[i]!.referral.id, "REF-FLG-2", `${edges[i]!.referral.id}: ${referrer} made ${i - start + 1} referrals within ${burst.days} day(s)`);
      }
    }
  }
}
