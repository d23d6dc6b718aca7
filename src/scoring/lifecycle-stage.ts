import * as z from "zod";
import { guarded } from "../core/errors";
import { daysBetween } from "../core/time";
import { intSchema, isoDateSchema, parseWith } from "../core/schema";
import { step, type TraceData, type TraceStep } from "../core/trace";
import { field, refuseLongList, scoringLimits } from "./limits";

/** The lifecycle stages of SCO-10, in the source's order. @category Scoring */
export const lifecycleStages = ["suspect", "prospect", "disqualified", "first-time-buyer", "repeat-buyer", "client", "member", "advocate", "partner", "lapsed"] as const;

/** One lifecycle stage. @category Scoring */
export type LifecycleStage = (typeof lifecycleStages)[number];

/** A customer's history: dated events up to `asOf`. @category Scoring */
export const lifecycleHistorySchema = z.strictObject({
  asOf: isoDateSchema,
  events: z.array(
    z.strictObject({
      on: isoDateSchema,
      kind: z.enum(["contact", "qualified", "disqualified", "purchase", "joined-membership", "referral", "partnership"]),
    }),
  ).max(scoringLimits.events),
});

/**
 * Counts that move a customer up the ladder, and when a buyer counts as lapsed. The source names
 * the stages only; these defaults are common practice (Griffin's loyalty ladder).
 *
 * @remarks SCO-10 (《客户链的建立及销售渠道的探索》).
 * @category Scoring
 */
export const lifecyclePolicySchema = z.strictObject({
  repeatPurchases: z._default(intSchema(2, 1000), 2),
  clientPurchases: z._default(intSchema(2, 1000), 3),
  advocateReferrals: z._default(intSchema(1, 1000), 1),
  lapseAfterDays: z._default(intSchema(1, 36_500), 730),
});

const kindOrder = ["contact", "qualified", "disqualified", "purchase", "joined-membership", "referral", "partnership"];

/**
 * A customer's lifecycle stage from their history: suspect → prospect → (disqualified) →
 * first-time buyer → repeat buyer → client → member → advocate → partner, or lapsed when a
 * buyer has had no event for longer than the policy allows.
 *
 * @remarks SCO-10 (《客户链的建立及销售渠道的探索》: 猜想客户→预期客户→不合格者→首次购买→重复购买→客户→成员→拥护者→合伙人；停止购买或过去的客户).
 * Events after `asOf` are ignored; the later of qualified/disqualified wins.
 * @param history - ({@link lifecycleHistorySchema})
 * @param policy - ({@link lifecyclePolicySchema})
 * @returns the stage, the figures it was read from and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`, `OUT_OF_RANGE` (more than {@link scoringLimits}`.events` events)
 * @example
 * ```ts
 * lifecycleStage({ asOf: "2024-09-30", events: [{ on: "2023-05-01", kind: "purchase" }, { on: "2024-06-01", kind: "referral" }] }).stage; //=> "advocate"
 * lifecycleStage({ asOf: "2024-09-30", events: [{ on: "2024-09-01", kind: "contact" }] }).stage; //=> "suspect"
 * ```
 * @category Scoring
 */
export function lifecycleStage(
  history: z.input<typeof lifecycleHistorySchema>,
  policy: z.input<typeof lifecyclePolicySchema> = {},
): { readonly stage: LifecycleStage; readonly purchases: number; readonly referrals: number; readonly lastEventOn: string | null; readonly trace: readonly TraceStep[] } {
  return guarded(() => {
    refuseLongList(field(history, "events"), scoringLimits.events, ["events"]);
    const h = parseWith(lifecycleHistorySchema, history, "INVALID_INPUT", []);
    const p = parseWith(lifecyclePolicySchema, policy, "INVALID_POLICY", []);
    const events = h.events
      .filter((e) => e.on <= h.asOf)
      .sort((a, b) => (a.on === b.on ? kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) : a.on < b.on ? -1 : 1));
    const count = (k: string) => events.filter((e) => e.kind === k).length;
    const purchases = count("purchase");
    const referrals = count("referral");
    const last = events[events.length - 1]?.on ?? null;
    const verdict = events.filter((e) => e.kind === "qualified" || e.kind === "disqualified").pop()?.kind;
    const base = { purchases, referrals };
    let stage: LifecycleStage;
    let data: TraceData = base;
    if (purchases === 0) {
      stage = verdict === "disqualified" ? "disqualified" : verdict === "qualified" ? "prospect" : "suspect";
    } else if (last !== null && daysBetween(last, h.asOf) > p.lapseAfterDays) {
      stage = "lapsed";
      data = { ...base, last, days: daysBetween(last, h.asOf), limit: p.lapseAfterDays };
    } else if (count("partnership") > 0) {
      stage = "partner";
    } else if (referrals >= p.advocateReferrals) {
      stage = "advocate";
      data = { ...base, min: p.advocateReferrals };
    } else if (count("joined-membership") > 0) {
      stage = "member";
    } else {
      stage = purchases >= p.clientPurchases ? "client" : purchases >= p.repeatPurchases ? "repeat-buyer" : "first-time-buyer";
      if (stage !== "first-time-buyer") data = { ...base, min: stage === "client" ? p.clientPurchases : p.repeatPurchases };
    }
    return { stage, purchases, referrals, lastEventOn: last, trace: [step("SCO-10", stage, { stage, ...data })] };
  });
}
