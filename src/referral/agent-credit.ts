import * as z from "zod";
import { attributeAll, type AttributionPolicyInput, type AttributeAllInput, type CreditShare } from "../attribution/index";
import { guarded } from "../core/errors";
import { idSchema, instantSchema, parseWith } from "../core/schema";
import { instantMs, zoneClock } from "../core/time";
import { step, type TraceStep } from "../core/trace";
import { buildReferralIndex } from "./build-graph";
import { itemChecks, parseBulk, referralDefaults } from "./bulk-input";
import { indexDeals } from "./reward-candidates";
import { referralPolicySchema, type ReferralPolicyInput } from "./policy";
import type { Holds, Same } from "./inputs";
import { referralCustomerSchema, referralDealSchema, referralLimits, referralSchema, type ReferralDealInput, type ReferralGraphInput } from "./schema";

/**
 * Input of {@link referralAgentCredit}: the referral data, the deals (with the closing agent),
 * and the office's contact events in attribution's form (visits, calls, registrations …).
 *
 * @remarks REF-8 (《销售现场客户接触点标准化体系》 群带性原则, ATT-2).
 * @category Referral
 */
export const referralCreditInputSchema = z.strictObject({
  customers: z.array(referralCustomerSchema).max(referralLimits.customers),
  referrals: z.array(referralSchema).max(referralLimits.referrals),
  deals: z.array(referralDealSchema.extend({ agent: z.optional(idSchema) })).max(referralLimits.deals),
  /** Contact events as {@link attributeAll} reads them; validated there, under `events`. */
  events: z.array(z.unknown()).max(referralLimits.events).default([]),
  /** The attribution register (phones, ID numbers, family), passed through to {@link attributeAll}. */
  register: z.array(z.unknown()).max(referralLimits.events).default([]),
  asOf: instantSchema,
});

/** Input of {@link referralAgentCredit}. @category Referral */
export interface ReferralCreditInput extends ReferralGraphInput {
  /** The deals, each with the agent who closed it, if known (at most `referralLimits.deals`). */
  deals: (ReferralDealInput & { /** The closing agent's id. */ agent?: string | undefined })[];
  /** Contact events as `attributeAll` reads them; validated there, under `events`. Default none. */
  events?: unknown[] | undefined;
  /** The attribution register (phones, ID numbers, family), passed through to `attributeAll`. Default none. */
  register?: unknown[] | undefined;
  /** The moment of the decision, ISO instant with offset: later deals and cancellations do not count. */
  asOf: string;
}

/** Compile-time check: {@link ReferralCreditInput} is exactly the schema's input type. */
export type CreditInputMatchesSchema = Holds<Same<ReferralCreditInput, z.input<typeof referralCreditInputSchema>>>;

const checks = itemChecks(referralCreditInputSchema);

/** The agent credited with one deal. @category Referral */
export interface ReferralDealCredit {
  readonly deal: string;
  readonly buyer: string;
  /** The buyer's referral chain, from the buyer up to its root customer. */
  readonly chain: readonly string[];
  readonly root: string;
  /** The owning agent as attribution decides it, or null. */
  readonly agent: string | null;
  readonly basis: string | null;
  readonly credit: readonly CreditShare[];
  /** Attribution's explanation for the buyer, after the REF-8 step. */
  readonly trace: readonly TraceStep[];
}

/** What {@link referralAgentCredit} returns. @category Referral */
export interface ReferralAgentCredit {
  /** One entry per signed, uncancelled deal, by deal id. */
  readonly deals: readonly ReferralDealCredit[];
  readonly trace: readonly TraceStep[];
}

/**
 * For each deal, the agent credited under the chain rule: a customer introduced by agent A's
 * customer belongs to A, and so on down the chain. The referrals are validated first (loops,
 * second referrers, … refused as in {@link referralGraph}); the accepted ones become
 * introduction events and each deal a deal event, and attribution's own {@link attributeAll}
 * decides — the rule is not copied here.
 *
 * @remarks REF-8 (《销售现场客户接触点标准化体系》 群带性原则; 《康城百合湾项目案场管理制度》第一章 一(二)1 and the second house rules §2(1): 甲带来的客户资源乙应归属销售人员A，以后依此类推), via ATT-2.
 * @param input - `{ customers, referrals, deals, events?, register?, asOf }`
 * @param policy - the referral policy (for validating the referrals)
 * @param attributionPolicy - the attribution policy, e.g. `attributionPresets.versionB`
 * @returns the credited agent per deal with the chain and attribution's trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (also for a bad event, at `events[i]`), `INVALID_POLICY`, `UNKNOWN_REFERENCE`, `DUPLICATE`, `OUT_OF_RANGE` (more than {@link referralLimits} allow)
 * @example
 * ```ts
 * const input = { customers: [{ id: "L" }, { id: "M" }], referrals: [{ id: "r1", referrer: "L", referred: "M", at: "2024-03-05T10:00:00+08:00" }], deals: [{ id: "d1", buyer: "M", price: "1730000", agent: "A3", contractSignedAt: "2024-03-09T10:00:00+08:00" }], events: [{ id: "v1", kind: "visit", at: "2024-03-01T10:00:00+08:00", customer: "L", agent: "A7" }], asOf: "2024-04-01T00:00:00+08:00" };
 * referralAgentCredit(input, {}, attributionPresets.versionB).deals[0].agent; //=> "A7"
 * ```
 * @category Referral
 */
export function referralAgentCredit(input: ReferralCreditInput, policy: ReferralPolicyInput = {}, attributionPolicy: AttributionPolicyInput = {}): ReferralAgentCredit {
  return guarded(() => {
    const data = parseBulk(referralCreditInputSchema, checks, input);
    const p = parseWith(referralPolicySchema, policy, "INVALID_POLICY", ["policy"]);
    const clock = zoneClock(p.timeZone);
    const asOfMs = instantMs(data.asOf)!;
    const index = buildReferralIndex(data.customers, data.referrals, p, clock);
    // Deals are refused as referralRewards refuses them: an id twice (DUPLICATE), a buyer not listed (UNKNOWN_REFERENCE).
    indexDeals(data.deals, index);
    const trace: TraceStep[] = [...index.trace];
    let asOfText: string | undefined;
    const signed = [...data.deals]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .filter((d) => {
        const ms = instantMs(d.contractSignedAt);
        const cancelled = instantMs(d.cancelledAt);
        const ok = ms !== undefined && ms <= asOfMs && (cancelled === undefined || cancelled > asOfMs);
        if (!ok) trace.push(step("REF-8", "not-standing", { deal: d.id, asOf: (asOfText ??= clock.format(asOfMs)) }));
        return ok;
      });
    // Attribution decides a buyer from the buyer's own events and its introducers' chain, so only
    // the referrals on the signed buyers' chains become introductions (all of them when a
    // register may tie other customers to a buyer): the call grows with the chains, not the office.
    const onChain = data.register.length > 0 ? undefined : new Uint8Array(data.customers.length);
    if (onChain) {
      for (const d of signed) {
        for (let slot = index.customers.slot(d.buyer); slot !== undefined && onChain[slot] === 0; ) {
          onChain[slot] = 1;
          const k = index.parentAt(slot);
          slot = k < 0 ? undefined : index.from[k];
        }
      }
    }
    const introductions = [];
    for (const k of index.accepted) {
      const e = index.edge(k);
      if (onChain && onChain[index.customers.slot(e.referral.referred)!] === 0) continue;
      introductions.push({
        id: `referral:${e.referral.id}`,
        kind: "introduction" as const,
        at: e.referral.at,
        customer: e.referral.referred,
        introducer: e.referral.referrer,
        via: e.referral.via ?? referralDefaults.via,
        registeredBeforeVisit: e.registered,
        ...(e.referral.askedFor === undefined ? {} : { askedFor: e.referral.askedFor }),
      });
    }
    const dealEvents = signed.flatMap((d) => (d.agent === undefined ? [] : [{ id: `deal:${d.id}`, kind: "deal" as const, at: d.contractSignedAt!, customer: d.buyer, agent: d.agent }]));
    const office = attributeAll({ asOf: data.asOf, events: [...data.events, ...introductions, ...dealEvents], customers: data.register } as AttributeAllInput, attributionPolicy);
    const byCustomer = new Map(office.attributions.map((a) => [a.customer, a]));
    /** The buyer's chain up to its root, by customer slots (the forest has no loops). */
    const chainOf = (buyer: string): string[] => {
      const chain = [buyer];
      for (let k = index.parentAt(index.customers.slot(buyer)!); k >= 0; k = index.parentAt(index.from[k]!)) chain.push(index.referrals[k]!.referrer);
      return chain;
    };
    const deals = signed.map((d): ReferralDealCredit => {
      const chain = chainOf(d.buyer);
      const root = chain[chain.length - 1]!;
      const a = byCustomer.get(d.buyer);
      const head = a?.owner
        ? step("REF-8", "credited", { deal: d.id, buyer: d.buyer, root, depth: chain.length - 1, agent: a.owner, basis: a.basis ?? null })
        : step("REF-8", "no-agent", { deal: d.id, buyer: d.buyer, root, depth: chain.length - 1 });
      return { deal: d.id, buyer: d.buyer, chain, root, agent: a?.owner ?? null, basis: a?.basis ?? null, credit: a?.credit ?? [], trace: [head, ...(a?.trace ?? [])] };
    });
    trace.push(step("REF-8", "credits", { deals: deals.length }));
    return { deals, trace };
  });
}
