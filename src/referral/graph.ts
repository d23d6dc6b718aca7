import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { itemChecks, parseBulk, referralDefaults } from "./bulk-input";
import { zoneClock } from "../core/time";
import type { TraceStep } from "../core/trace";
import { buildReferralIndex } from "./build-graph";
import { zoneFormatter } from "./instant-text";
import { referralPolicySchema, type ReferralPolicyInput } from "./policy";
import { referralGraphInputSchema, type ReferralGraphInput } from "./schema";

/** An accepted referral in a {@link ReferralGraph}. @category Referral */
export interface ReferralEdge {
  readonly id: string;
  readonly referrer: string;
  readonly referred: string;
  /** When the referral was recorded, in the project zone. */
  readonly at: string;
  readonly relation: "family" | "friend" | "colleague" | "other";
  readonly via: "in-person" | "phone";
  /** The agent the referred customer asked for by name, if any. */
  readonly askedFor?: string;
  /** Recorded before the referred customer's first visit (介绍在先). */
  readonly registered: boolean;
}

export type { ReferralVerdict } from "./graph-types";
import type { ReferralVerdict } from "./graph-types";

const checks = itemChecks(referralGraphInputSchema);

/** The validated referral forest: what {@link referralGraph} returns. @category Referral */
export interface ReferralGraph {
  /** Accepted referrals, in time order then id; each customer has at most one referrer. */
  readonly referrals: readonly ReferralEdge[];
  /** Refused referrals, each with its rule. */
  readonly rejected: readonly ReferralVerdict[];
  /** Accepted referrals flagged for review. */
  readonly flagged: readonly ReferralVerdict[];
  readonly trace: readonly TraceStep[];
}

/**
 * Validates and indexes who referred whom. Refuses, with the rule and a reason, never
 * silently: self-referral (same person, or same phone or ID number when the policy says so),
 * a loop, a second referrer for someone already referred (the first valid one keeps them —
 * 介绍在先), a referred customer already known (visited or registered before), a staff
 * referrer when the policy excludes staff.
 *
 * @remarks REF-G-1 … REF-G-5, REF-FLG-1 … REF-FLG-3 (practice); REF-5 (《房地产客户跟踪及维护技巧》: relations on the map).
 * @param input - `{ customers, referrals }`
 * @param policy - a referral policy (defaults apply); see {@link referralPresets}
 * @returns the accepted referrals, the refused and the flagged ones (each with its rule's trace step), and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`, `UNKNOWN_REFERENCE` (a referral to an unlisted customer), `DUPLICATE`, `OUT_OF_RANGE` (more than {@link referralLimits} allow)
 * @example
 * ```ts
 * const g = referralGraph({ customers: [{ id: "L" }, { id: "M" }], referrals: [{ id: "r1", referrer: "L", referred: "M", at: "2024-03-01T10:00:00+08:00" }, { id: "r2", referrer: "M", referred: "L", at: "2024-03-02T10:00:00+08:00" }] });
 * g.referrals.map((r) => r.id); //=> ["r1"]
 * g.rejected[0].rule; //=> "REF-G-2"
 * explainStep(g.rejected[0]); //=> "r2：M 本由 L 一脉推荐而来，此推荐会成环"
 * ```
 * @category Referral
 */
export function referralGraph(input: ReferralGraphInput, policy: ReferralPolicyInput = {}): ReferralGraph {
  return guarded(() => {
    const data = parseBulk(referralGraphInputSchema, checks, input);
    const p = parseWith(referralPolicySchema, policy, "INVALID_POLICY", ["policy"]);
    const clock = zoneClock(p.timeZone);
    const index = buildReferralIndex(data.customers, data.referrals, p, clock);
    const formatAt = zoneFormatter(clock);
    const referrals: ReferralEdge[] = new Array<ReferralEdge>(index.accepted.length);
    for (let i = 0; i < referrals.length; i++) {
      const k = index.accepted[i]!;
      const r = index.referrals[k]!;
      const at = index.ms[k]!;
      const registered = index.registered[k] === 1;
      const relation = r.relation ?? referralDefaults.relation;
      const via = r.via ?? referralDefaults.via;
      const when = formatAt(r.at, at);
      referrals[i] = r.askedFor === undefined
        ? { id: r.id, referrer: r.referrer, referred: r.referred, at: when, relation, via, registered }
        : { id: r.id, referrer: r.referrer, referred: r.referred, at: when, relation, via, askedFor: r.askedFor, registered };
    }
    const flagged: ReferralVerdict[] = [];
    if (index.flags.size > 0) for (const k of index.accepted) for (const v of index.flags.get(index.referrals[k]!.id) ?? []) flagged.push(v);
    return { referrals, rejected: index.rejected, flagged, trace: index.trace };
  });
}
