import * as z from "zod";
import { guarded, ShoulouError } from "../core/errors";
import { daysBetween } from "../core/time";
import { idSchema, intSchema, isoDateSchema, parseWith, rateSchema } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { allocateUnits, fromUnits } from "../core/money";
import { refuseLongList, scoringLimits } from "./limits";

/** Customers with their last maintenance date and how deep the relationship is. @category Scoring */
export const portfolioInputSchema = z
  .array(z.strictObject({ id: idSchema, lastMaintainedOn: z.nullable(isoDateSchema), relationship: z.enum(["deep", "ordinary"]).default("ordinary") }))
  .max(scoringLimits.customers);

/**
 * The dormancy limit and the "532" mix the source warns about (20% deep, 30% ordinary, 50% dormant).
 *
 * @remarks SCO-6, SCO-7 (《房地产客户跟踪及维护技巧》). Defaults are `scoringPresets.maintenanceSeed002`'s values.
 * @category Scoring
 */
export const portfolioPolicySchema = z.strictObject({
  dormantAfterDays: z._default(intSchema(0, 3650), 30),
  warningMix: z.strictObject({ deep: z._default(rateSchema(1), "0.2"), ordinary: z._default(rateSchema(1), "0.3"), dormant: z._default(rateSchema(1), "0.5") }).default({ deep: "0.2", ordinary: "0.3", dormant: "0.5" }),
  shareDecimals: z.number().int().min(0).max(8).default(4),
});

/** A customer's place in the mix. @category Scoring */
export type PortfolioSegment = "deep" | "ordinary" | "dormant";

/**
 * Splits a book of customers into deeply developed, ordinary and dormant (maintenance not
 * updated for more than 30 days), and compares the shares with the "532" mix the source found
 * in real offices: a book whose dormant customers are at least the warning's share is flagged.
 * The warning compares exact counts (9,999 dormant of 20,000 is 49.995%, not 50%); the shares
 * shown are rounded by largest remainder, so they always add up to exactly 1.
 *
 * @remarks SCO-6 (《房地产客户跟踪及维护技巧》: 客户经营的532), SCO-7 (《房地产客户跟踪及维护技巧》: 客户维护信息更新间隔超过30天).
 * @param customers - `[{ id, lastMaintainedOn, relationship }]` ({@link portfolioInputSchema}); a
 * customer never maintained (`null`) is dormant
 * @param asOf - the day of the review (ISO date)
 * @param policy - ({@link portfolioPolicySchema})
 * @returns each customer's segment (sorted by id), counts, shares and whether the book looks like the warned "532"
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (also a maintenance date after asOf), `DUPLICATE`, `INVALID_POLICY`,
 * `OUT_OF_RANGE` (more than {@link scoringLimits}`.customers`)
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
    refuseLongList(customers, scoringLimits.customers, ["customers"]);
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
    // Shown shares: 10^-d units split by largest remainder, so they add up to exactly 1.
    const [deep = 0, ordinary = 0, dormant = 0] = n === 0 ? [0, 0, 0] : allocateUnits(10 ** p.shareDecimals, [counts.deep, counts.ordinary, counts.dormant]);
    const shares = { deep: fromUnits(deep, p.shareDecimals), ordinary: fromUnits(ordinary, p.shareDecimals), dormant: fromUnits(dormant, p.shareDecimals) };
    // The warning compares exact counts (dormant ÷ n ≥ the warning share), never the rounded share.
    const warned = n > 0 && reachesShare(counts.dormant, n, p.warningMix.dormant);
    const trace = [
      step("SCO-7", "dormant-count", { dormant: counts.dormant, customers: n, limit: p.dormantAfterDays }),
      step("SCO-6", warned ? "warned" : "fine", { ...counts, customers: n, warnAt: p.warningMix.dormant, shares }),
    ];
    return { segments, counts, shares, warned, trace };
  });
}

/** part ÷ whole ≥ share, exactly (share a canonical decimal with up to 12 decimals). */
function reachesShare(part: number, whole: number, share: string): boolean {
  const [int = "0", frac = ""] = share.split(".");
  const units = BigInt(int + frac.padEnd(12, "0"));
  return BigInt(part) * 10n ** 12n >= BigInt(whole) * units;
}
