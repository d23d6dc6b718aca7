import type { ZoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import type { ReferralRow } from "./bulk-input";

const DAY_MS = 86_400_000;

/**
 * Flags every accepted referral that is the `count`-th (or later) of its referrer within
 * `days` calendar days in the project zone (REF-FLG-2). `accepted` is in time order.
 */
export function flagBursts(referrals: readonly ReferralRow[], accepted: Int32Array, ms: Float64Array, burst: { count: number; days: number }, clock: ZoneClock, flag: (id: string, s: TraceStep) => void): void {
  const byReferrer = new Map<string, number[]>();
  for (const i of accepted) {
    const who = referrals[i]!.referrer;
    const list = byReferrer.get(who);
    if (list) list.push(i);
    else byReferrer.set(who, [i]);
  }
  for (const [referrer, edges] of byReferrer) {
    if (edges.length < burst.count) continue;
    const day = edges.map((i) => Math.floor((ms[i]! + clock.offsetMinutes(ms[i]!) * 60_000) / DAY_MS));
    let start = 0;
    for (let k = 0; k < edges.length; k++) {
      while (day[k]! - day[start]! >= burst.days) start++;
      if (k - start + 1 >= burst.count) {
        const id = referrals[edges[k]!]!.id;
        flag(id, step("REF-FLG-2", "burst", { referral: id, referrer, count: k - start + 1, days: burst.days }));
      }
    }
  }
}
