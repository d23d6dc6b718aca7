import { guarded, ShoulouError } from "../core/errors";
import { idSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { refuseOversized } from "./bulk-input";
import { referralGraphSchema, type ReferralGraphData } from "./schema";

/** What {@link referralChain} returns. @category Referral */
export interface ReferralChain {
  readonly customer: string;
  /** From the customer up to the root: `[customer, referrer, referrer's referrer, …, root]`. */
  readonly chain: readonly string[];
  /** The referral ids along the chain, in the same direction. */
  readonly referrals: readonly string[];
  readonly root: string;
  /** Number of referrals between the customer and the root (0 for a root). */
  readonly depth: number;
  readonly trace: readonly TraceStep[];
}

/** Parent map of a graph's referrals; a customer referred twice is a DUPLICATE. */
export function parentMap(referrals: readonly { id: string; referrer: string; referred: string }[]): Map<string, { id: string; referrer: string }> {
  const up = new Map<string, { id: string; referrer: string }>();
  referrals.forEach((r, i) => {
    if (up.has(r.referred)) throw new ShoulouError("DUPLICATE", ["graph", "referrals", i, "referred"], `"${r.referred}" has two referrers`);
    up.set(r.referred, { id: r.id, referrer: r.referrer });
  });
  return up;
}

/** Walks up from `customer` without recursion; a loop is a CYCLE error. */
export function walkUp(up: ReadonlyMap<string, { id: string; referrer: string }>, customer: string): { chain: string[]; referrals: string[] } {
  const chain = [customer];
  const referrals: string[] = [];
  const seen = new Set(chain);
  for (let edge = up.get(customer); edge !== undefined; edge = up.get(edge.referrer)) {
    if (seen.has(edge.referrer)) throw new ShoulouError("CYCLE", ["graph", "referrals"], `the referrals loop through "${edge.referrer}"`);
    seen.add(edge.referrer);
    chain.push(edge.referrer);
    referrals.push(edge.id);
  }
  return { chain, referrals };
}

/**
 * Walks the referral chain from a customer up to its root (the customer nobody referred).
 * Iterative: a 100,000-long chain does not touch the call stack.
 *
 * @remarks REF-8 / ATT-2 群带性原则 (《销售现场客户接触点标准化体系》): credit follows this chain to its root.
 * @param graph - a graph from {@link referralGraph} (only `referrals` is read)
 * @param customer - the customer id to start from
 * @returns the chain from the customer to the root, the referral ids on it, the root and the depth
 * @throws {@link core!ShoulouError} `INVALID_INPUT`; `DUPLICATE` (a customer with two referrers) or `CYCLE` in a hand-made graph
 * @example
 * ```ts
 * const g = { referrals: [{ id: "r1", referrer: "L", referred: "M", at: "2024-03-01T10:00:00+08:00" }, { id: "r2", referrer: "M", referred: "N", at: "2024-03-02T10:00:00+08:00" }] };
 * referralChain(g, "N").chain; //=> ["N", "M", "L"]
 * referralChain(g, "N").root; //=> "L"
 * ```
 * @category Referral
 */
export function referralChain(graph: ReferralGraphData, customer: string): ReferralChain {
  return guarded(() => {
    refuseOversized(referralGraphSchema, graph, ["graph"]);
    const g = parseWith(referralGraphSchema, graph, "INVALID_INPUT", ["graph"]);
    const id = parseWith(idSchema, customer, "INVALID_INPUT", ["customer"]);
    const { chain, referrals } = walkUp(parentMap(g.referrals), id);
    const root = chain[chain.length - 1]!;
    const trace = [chain.length === 1 ? step("REF-8", "root", { customer: id }) : step("REF-8", "chain", { customer: id, depth: referrals.length, root })];
    return { customer: id, chain, referrals, root, depth: referrals.length, trace };
  });
}
