import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { daysBetween } from "../core/time";
import { idSchema, intSchema, isoDateSchema, parseWith, rateSchema } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { compareDecimal, ratioString } from "./decimal";

/** Customers with their last maintenance date and how deep the relationship is. @category Scoring */
export const portfolioInputSchema = z.array(
  z.strictObject({ id: idSchema, lastMaintainedOn: isoDateSchema.nullable(), relationship: z.enum(["deep", "ordinary"]).default("ordinary") }),
);

/**
 * The dormancy limit and the "532" mix the seed warns about (20% deep, 30% ordinary, 50% dormant).
 *
 * @remarks SCO-6, SCO-7 (seed 002). Defaults are `scoringPresets.maintenanceSeed002`'s values.
 * @category Scoring
 */
export const portfolioPolicySchema = z.strictObject({
  dormantAfterDays: intSchema(0, 3650).default(30),
  warningMix: z.strictObject({ deep: rateSchema(1).default("0.2"), ordinary: rateSchema(1).default("0.3"), dormant: rateSchema(1).default("0.5") }).default({ deep: "0.2", ordinary: "0.3", dormant: "0.5" }),
  shareDecimals: z.number().int().min(0).max(8).default(4),
});

/** A customer's place in the mix. @category Scoring */
export type PortfolioSegment = "deep" | "ordinary" | "dormant";

/**
 * Splits a book of customers into deeply developed, ordinary and dormant (maintenance not
 * updated for more than 30 days), and compares the shares with the "532" mix the seed found
 * in real offices: a book with at least the warning's dormant share is flagged.
 *
 * @remarks SCO-6 (seed 002: 客户经营的532), SCO-7 (seed 002: 客户维护信息更新间隔超过30天).
 * @param customers - `[{ id, lastMaintainedOn, relationship }]` ({@link portfolioInputSchema}); a
 * customer never maintained (`null`) is dormant
 * @param asOf - the day of the review (ISO date)
 * @param policy - ({@link portfolioPolicySchema})
 * @returns each customer's segment (sorted by id), counts, shares and whether the book looks like the warned "532"
 * @throws {@link ShoulouError} `INVALID_INPUT` (also a maintenance date after asOf), `DUPLICATE`, `INVALID_POLICY`
 * @example
 * ```ts
 * const book = [
 *   { id: "C1", lastMaintainedOn: "2024-09-20", relationship: "deep" },
 *   { id: "C2", lastMaintainedOn: "2024-09-01" },
 *   { id: "C3", lastMaintainedOn: "2024-08-01" },
 *   { id: "C4", lastMaintainedOn: null },
 * ];
 * portfolioMix(book, "2024-09-30").counts; //=> { deep: 1, ordinary: 1, dormant: 2 }
 * portfolioMix(book, "2024-09-30").warned; //=> true
 * ```
 * @category Scoring
 */
export function portfolioMix(
  customers: z.input<typeof portfolioInputSchema>,
  asOf: string,
  policy: z.input<typeof portfolioPolicySchema> = {},
): {
  readonly segments: readonly { readonly id: string; readonly segment: PortfolioSegment; readonly daysSinceMaintained: number | null }[];
  readonly counts: Readonly<Record<PortfolioSegment, number>>;
  readonly shares: Readonly<Record<PortfolioSegment, string>>;
  readonly warned: boolean;
  readonly trace: readonly TraceStep[];
} {
  return guarded(() => {
    const list = parseWith(portfolioInputSchema, customers, "INVALID_INPUT", ["customers"]);
    const day = parseWith(isoDateSchema, asOf, "INVALID_INPUT", ["asOf"]);
    const p = parseWith(portfolioPolicySchema, policy, "INVALID_POLICY", []);
    const seen = new Set<string>();
    const counts = { deep: 0, ordinary: 0, dormant: 0 };
    const segments = list.map((c, i) => {
      if (seen.has(c.id)) throw new ShoulouError("DUPLICATE", ["customers", i, "id"], `customer ${c.id} appears twice`);
      seen.add(c.id);
      const days = c.lastMaintainedOn === null ? null : daysBetween(c.lastMaintainedOn, day);
      if (days !== null && days < 0) throw new ShoulouError("INVALID_INPUT", ["customers", i, "lastMaintainedOn"], "after asOf");
      const segment: PortfolioSegment = days === null || days > p.dormantAfterDays ? "dormant" : c.relationship;
      counts[segment]++;
      return { id: c.id, segment, daysSinceMaintained: days };
    });
    segments.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const n = list.length;
    const shares = {
      deep: ratioString(counts.deep, n, p.shareDecimals),
      ordinary: ratioString(counts.ordinary, n, p.shareDecimals),
      dormant: ratioString(counts.dormant, n, p.shareDecimals),
    };
    const warned = n > 0 && compareDecimal(shares.dormant, p.warningMix.dormant) >= 0;
    const trace = [
      step("SCO-7", `${counts.dormant} customers not maintained for more than ${p.dormantAfterDays} days (or never) are dormant`, { dormant: counts.dormant }),
      step(
        "SCO-6",
        `mix deep ${shares.deep} / ordinary ${shares.ordinary} / dormant ${shares.dormant} against the warned ${p.warningMix.deep}/${p.warningMix.ordinary}/${p.warningMix.dormant}: ${warned ? "as bad as the 532 — wake the dormant" : "better than the 532"}`,
        { ...shares, warned },
      ),
    ];
    return { segments, counts, shares, warned, trace };
  });
}
