import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { toFen } from "../core/money";
import { idSchema, moneySchema, parseWith, rateSchema } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { bigUnitsToString, ratioString } from "./decimal";
import { refuseLongList, scoringLimits } from "./limits";

/** Customers with the revenue each brought. @category Scoring */
export const paretoInputSchema = z.array(z.strictObject({ id: idSchema, revenue: moneySchema("nonnegative") })).max(scoringLimits.customers);

/** The share of revenue the top set must reach (default 0.8, the 80 of 80/20). @category Scoring */
export const paretoPolicySchema = z.strictObject({ revenueShare: z._default(rateSchema(1), "0.8"), shareDecimals: z.number().int().min(0).max(8).default(4) });

/** The Pareto split of a customer list. @category Scoring */
export interface ParetoSegments {
  /** The smallest set of customers whose revenue reaches the share, biggest first (ties by id). */
  readonly top: readonly string[];
  readonly rest: readonly string[];
  readonly totalRevenue: string;
  readonly topRevenue: string;
  /** The top set's share of customers and of revenue, decimals. */
  readonly topCustomerShare: string;
  readonly topRevenueShare: string;
  readonly trace: readonly TraceStep[];
}

/**
 * Finds the customers who make the first 80% (or the policy's share) of revenue: the smallest
 * set reaching the share. Sorting biggest first makes it also the set of that size with the
 * most revenue. The source's 80/20 is the picture to compare with, not an assumption.
 *
 * @remarks SCO-6 (《房地产客户跟踪及维护技巧》: 80%的业绩出自20%的客户).
 * @param customers - `[{ id, revenue }]`, ids unique ({@link paretoInputSchema})
 * @param policy - `{ revenueShare }` ({@link paretoPolicySchema})
 * @returns the top set, the rest, totals and shares, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `DUPLICATE`, `INVALID_POLICY`, `OUT_OF_RANGE` (more than {@link scoringLimits}`.customers`)
 * @example
 * ```ts
 * const r = paretoSegments([{ id: "a", revenue: 800 }, { id: "b", revenue: 100 }, { id: "c", revenue: 60 }, { id: "d", revenue: 40 }, { id: "e", revenue: 0 }]);
 * r.top; //=> ["a"]
 * [r.topCustomerShare, r.topRevenueShare]; //=> ["0.2000", "0.8000"]
 * ```
 * @category Scoring
 */
export function paretoSegments(customers: z.input<typeof paretoInputSchema>, policy: z.input<typeof paretoPolicySchema> = {}): ParetoSegments {
  return guarded(() => {
    refuseLongList(customers, scoringLimits.customers, []);
    const list = parseWith(paretoInputSchema, customers, "INVALID_INPUT", []);
    const p = parseWith(paretoPolicySchema, policy, "INVALID_POLICY", []);
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id)) throw new ShoulouError("DUPLICATE", [i, "id"], `customer ${c.id} appears twice`);
      seen.add(c.id);
    });
    const rows = list.map((c) => ({ id: c.id, fen: BigInt(toFen(c.revenue)) }));
    rows.sort((a, b) => (a.fen === b.fen ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.fen > b.fen ? -1 : 1));
    const total = rows.reduce((s, r) => s + r.fen, 0n);
    // target: cumulative × 10^12 ≥ total × share × 10^12, exact in BigInt
    const [si = "0", sf = ""] = p.revenueShare.split(".");
    const shareUnits = BigInt(si + sf.padEnd(12, "0"));
    const need = total * shareUnits;
    let cum = 0n;
    let k = 0;
    while (k < rows.length && cum * 10n ** 12n < need) cum += rows[k++]?.fen ?? 0n;
    const top = rows.slice(0, k).map((r) => r.id);
    const rest = rows.slice(k).map((r) => r.id);
    const topCustomerShare = ratioString(k, rows.length, p.shareDecimals);
    const topRevenueShare = ratioString(cum, total, p.shareDecimals);
    const totalRevenue = bigUnitsToString(total, 2);
    const topRevenue = bigUnitsToString(cum, 2);
    const trace = [
      step("SCO-6", "top-set", { top: k, customers: rows.length, customerShare: topCustomerShare, topRevenue, totalRevenue, revenueShare: topRevenueShare, target: p.revenueShare }),
    ];
    return { top, rest, totalRevenue, topRevenue, topCustomerShare, topRevenueShare, trace };
  });
}
