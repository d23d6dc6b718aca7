import * as z from "zod";
import { guarded } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import { idSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { parentMap } from "./chain";
import { refuseOversized } from "./bulk-input";
import { referralLimits, referralNetworkDealSchema, referralGraphSchema, type ReferralGraphData } from "./schema";

const networkDealsSchema = z.array(referralNetworkDealSchema).max(referralLimits.deals);

/** One customer of a network in {@link networkValue}. @category Referral */
export interface NetworkMember {
  readonly customer: string;
  /** Referrals between the root and this customer (0 for the root). */
  readonly depth: number;
  /** Who referred this customer (absent for the root). */
  readonly referredBy?: string;
  /** The relation on the relationship map (REF-5), absent for the root. */
  readonly relation?: string;
  readonly deals: number;
  /** Sum of this customer's deals (cancelled ones left out), yuan. */
  readonly value: string;
}

/** What {@link networkValue} returns. @category Referral */
export interface NetworkValue {
  readonly root: string;
  /** Sum of every deal in the network, yuan. */
  readonly total: string;
  readonly customers: number;
  readonly deals: number;
  /** Members by depth, then id. */
  readonly members: readonly NetworkMember[];
  readonly trace: readonly TraceStep[];
}

/** How many members hang on each kind of line of the relationship map (REF-5). */
function relationCounts(members: readonly NetworkMember[]): { family: number; friend: number; colleague: number; other: number } {
  const counts = { family: 0, friend: 0, colleague: 0, other: 0 };
  for (const m of members) if (m.relation !== undefined && Object.prototype.hasOwnProperty.call(counts, m.relation)) counts[m.relation as keyof typeof counts]++;
  return counts;
}

/**
 * The value one customer's referral network bought: the root and everyone the referrals reach
 * from it, at any depth, with the sum of their deals. 《房地产客户跟踪及维护技巧》's owner L and his family and
 * friends bought 2,607万.
 *
 * @remarks REF-7 (《房地产客户跟踪及维护技巧》 老客户维护定义【案例】: L先生 600万 … 合计 2,607万); REF-5 (relations).
 * @param graph - a graph from {@link referralGraph} (only `referrals` is read)
 * @param deals - `[{ id, buyer, price, cancelledAt? }]`; cancelled deals are left out
 * @param root - the customer whose network is valued
 * @returns the total, counts and members, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`; `DUPLICATE` / `CYCLE` in a hand-made graph
 * @example
 * ```ts
 * const g = { referrals: [{ id: "r1", referrer: "L", referred: "F", at: "2013-05-01T10:00:00+08:00" }] };
 * networkValue(g, [{ id: "d1", buyer: "L", price: "6000000" }, { id: "d2", buyer: "F", price: "10000000" }], "L").total; //=> "16000000.00"
 * ```
 * @category Referral
 */
export function networkValue(graph: ReferralGraphData, deals: readonly z.input<typeof referralNetworkDealSchema>[], root: string): NetworkValue {
  return guarded(() => {
    refuseOversized(referralGraphSchema, graph, ["graph"]);
    refuseOversized(networkDealsSchema, deals, ["deals"]);
    const g = parseWith(referralGraphSchema, graph, "INVALID_INPUT", ["graph"]);
    const ds = parseWith(networkDealsSchema, deals, "INVALID_INPUT", ["deals"]);
    const r = parseWith(idSchema, root, "INVALID_INPUT", ["root"]);
    parentMap(g.referrals);
    const children = new Map<string, { id: string; relation: string }[]>();
    for (const e of g.referrals) {
      const list = children.get(e.referrer);
      if (list) list.push({ id: e.referred, relation: e.relation });
      else children.set(e.referrer, [{ id: e.referred, relation: e.relation }]);
    }
    const byBuyer = new Map<string, { n: number; fen: number }>();
    for (const d of ds) {
      if (d.cancelledAt !== undefined) continue;
      const s = byBuyer.get(d.buyer) ?? { n: 0, fen: 0 };
      byBuyer.set(d.buyer, { n: s.n + 1, fen: s.fen + toFen(d.price) });
    }
    const members: NetworkMember[] = [];
    const seen = new Set([r]);
    let level: { customer: string; referredBy?: string; relation?: string }[] = [{ customer: r }];
    for (let depth = 0; level.length > 0; depth++) {
      const next: typeof level = [];
      for (const m of [...level].sort((a, b) => (a.customer < b.customer ? -1 : 1))) {
        const own = byBuyer.get(m.customer) ?? { n: 0, fen: 0 };
        members.push({ ...m, depth, deals: own.n, value: fenToYuan(own.fen) });
        for (const c of children.get(m.customer) ?? []) {
          if (seen.has(c.id)) continue;
          seen.add(c.id);
          next.push({ customer: c.id, referredBy: m.customer, relation: c.relation });
        }
      }
      level = next;
    }
    const totalFen = members.reduce((s, m) => s + toFen(m.value), 0);
    const dealCount = members.reduce((s, m) => s + m.deals, 0);
    const total = fenToYuan(totalFen);
    return {
      root: r,
      total,
      customers: members.length,
      deals: dealCount,
      members,
      trace: [
        step("REF-7", "network", { root: r, customers: members.length, deals: dealCount, total }),
        step("REF-5", "relations", relationCounts(members)),
      ],
    };
  });
}
