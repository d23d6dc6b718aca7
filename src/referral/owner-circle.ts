import * as z from "zod";
import { guarded } from "../core/errors";
import { idSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { parentMap } from "./chain";
import { refuseOversized } from "./bulk-input";
import { referralGraphSchema, referralLimits, type ReferralGraphData } from "./schema";

const ownersSchema = z.array(idSchema).max(referralLimits.owners);

/** What {@link ownerCircle} returns. @category Referral */
export interface OwnerCircle {
  /** Everyone a phase reserved for owners and their friends is open to, sorted by id. */
  readonly eligible: readonly { readonly customer: string; readonly because: "owner" | "referred-by-owner"; readonly owner: string }[];
  readonly trace: readonly TraceStep[];
}

/**
 * Who may buy in a phase offered only to existing owners and the friends they refer: the
 * owners themselves and every customer an owner referred directly (《客户链的建立及销售渠道的探索》's fourth phase
 * "只针对我们的老业主或者是老业主的朋友" sold out with no advertising).
 *
 * @remarks REF-6 (《客户链的建立及销售渠道的探索》 客户开发 链式效应案例: 苏州某楼盘第4期).
 * @param graph - a graph from {@link referralGraph} (only `referrals` is read)
 * @param owners - ids of the owners of the earlier phases
 * @returns the eligible customers with the reason, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`; `DUPLICATE` in a hand-made graph
 * @example
 * ```ts
 * const g = { referrals: [{ id: "r1", referrer: "L", referred: "M", at: "2024-03-01T10:00:00+08:00" }, { id: "r2", referrer: "M", referred: "N", at: "2024-03-02T10:00:00+08:00" }] };
 * ownerCircle(g, ["L"]).eligible.map((e) => e.customer); //=> ["L", "M"]
 * ```
 * @category Referral
 */
export function ownerCircle(graph: ReferralGraphData, owners: readonly string[]): OwnerCircle {
  return guarded(() => {
    refuseOversized(referralGraphSchema, graph, ["graph"]);
    refuseOversized(ownersSchema, owners, ["owners"]);
    const g = parseWith(referralGraphSchema, graph, "INVALID_INPUT", ["graph"]);
    const os = new Set(parseWith(ownersSchema, owners, "INVALID_INPUT", ["owners"]));
    const up = parentMap(g.referrals);
    const eligible = new Map<string, OwnerCircle["eligible"][number]>();
    for (const o of os) eligible.set(o, { customer: o, because: "owner", owner: o });
    for (const [referred, edge] of up) {
      if (!eligible.has(referred) && os.has(edge.referrer)) eligible.set(referred, { customer: referred, because: "referred-by-owner", owner: edge.referrer });
    }
    const list = [...eligible.values()].sort((a, b) => (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
    const friends = list.filter((e) => e.because === "referred-by-owner").length;
    return { eligible: list, trace: [step("REF-6", "open-to", { owners: os.size, friends })] };
  });
}
