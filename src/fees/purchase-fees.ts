import { guarded } from "../core/errors";
import { fenToYuan, safeFen, toFen } from "../core/money";
import type { RuleId } from "../core/rules";
import { parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { OTHER_CITY } from "./cities";
import { computeFeeLine, type FeeBasis } from "./fee-line";
import { resolveParameters, unusedParameters, versionInForce } from "./schedule-version";
import { compileFeeSchedule, type CompiledFeeSchedule } from "./compile-schedule";
import type { FeeScheduleInput, PurchaseFeesInput } from "./input-types";
import { purchaseFeesInputSchema, type FeeScheduleVersion } from "./schema";

/** FEE-SCHEDULE: which version applies, and why. */
function versionStep(schedule: string, v: FeeScheduleVersion, date: string | undefined): TraceStep {
  if (date === undefined) return step("FEE-SCHEDULE", "only-version", { schedule, version: v.id });
  if (v.effectiveFrom === undefined && v.effectiveTo === undefined) return step("FEE-SCHEDULE", "undated", { schedule, version: v.id });
  if (v.effectiveTo === undefined) return step("FEE-SCHEDULE", "in-force-from", { schedule, version: v.id, date, from: v.effectiveFrom ?? null });
  return step("FEE-SCHEDULE", "in-force", { schedule, version: v.id, date, from: v.effectiveFrom ?? null, to: v.effectiveTo });
}

/** One line of a purchase's fees. @category Fees */
export interface PurchaseFeeLine {
  readonly code: string;
  readonly rule: RuleId;
  readonly label: { readonly zh: string; readonly en: string };
  /** How it was computed, e.g. "1,000,000.00 × 2%". */
  readonly basis: string;
  /** Yuan, 2 decimals. */
  readonly amount: string;
  readonly source: string;
}

/** The fees of a purchase: lines, total and how they were found. @category Fees */
export interface PurchaseFees {
  readonly currency: "CNY";
  readonly schedule: {
    readonly id: string;
    readonly label: { readonly zh: string; readonly en: string };
    readonly jurisdiction: string;
    readonly version: string;
    readonly effectiveFrom?: string;
    readonly effectiveTo?: string;
  };
  readonly lines: readonly PurchaseFeeLine[];
  /** Sum of the lines' amounts, yuan with 2 decimals. */
  readonly total: string;
  readonly trace: readonly TraceStep[];
}

/**
 * The taxes and fees of a purchase under a schedule, line by line, exact to the fen.
 *
 * @remarks
 * Picks the schedule version in force on `input.date`, the day the deed tax is declared
 * (FEE-SCHEDULE), computes each line in integer fen and rounds it half-up once (CORE-ROUND);
 * the total is the sum of the rounded lines. The area is the surveyed area (FEE-AREA).
 * Percentage lines use the total price (FEE-1, FEE-4, FEE-5), or the price without VAT where
 * the line says so (FEE-NAT-VAT-BASE: the invoice's VAT as `parameters.vatAmount`, else an
 * estimate at the VAT rate in force on the date, said so in the trace); tiered deed tax uses
 * the home ordinal, the area and the city (FEE-NAT-DEED, FEE-CITY). Sources:
 * 《房地产销售现场管理关系客户购买须知》篇2 认购须知 §四 and the notices on each line of {@link feeSchedules}.
 *
 * @param input - `{ price, area, date?, homeOrdinal?, households?, units?, parameters? }`
 * @param schedule - a fee schedule, e.g. `feeSchedules.chinaNational`
 * @returns the lines (code, rule, label, basis, amount, source), the total and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` (bad input, an unknown city, an invoice VAT not
 * below the price), `INVALID_SCHEDULE`, `MISSING_PARAMETER` (a local rate the schedule needs),
 * `NO_SCHEDULE_IN_FORCE`, `OUT_OF_RANGE` (amounts past exact fen, a schedule past its limits)
 * @example
 * ```ts
 * const fees = purchaseFees({ price: 1000000, area: 100 }, feeSchedules.changzhouOlympicGarden);
 * fees.total; //=> "29458.00"
 * fees.lines[0].basis; //=> "1,000,000.00 × 2%"
 * // The national schedule: deed tax 1.5% (1st home > 140 m²) on the price without the invoice's VAT.
 * const home = { price: "3000000", area: "150", date: "2025-01-10", parameters: { maintenanceFundPerM2: "120", vatAmount: "247706.42" } };
 * purchaseFees(home, feeSchedules.chinaNational).lines[0].basis; //=> "2,752,293.58 without VAT × 1.5% (1st home, > 140 m²)"
 * purchaseFees(home, feeSchedules.chinaNational).lines[0].amount; //=> "41284.40"
 * ```
 * @category Fees
 */
export function purchaseFees(input: PurchaseFeesInput, schedule: FeeScheduleInput | CompiledFeeSchedule): PurchaseFees {
  return guarded(() => {
    const data = parseWith(purchaseFeesInputSchema, input, "INVALID_INPUT");
    const sched = compileFeeSchedule(schedule);
    const version = versionInForce(sched, data.date);
    const versionIndex = sched.versions.indexOf(version);
    const parameters = resolveParameters(version, data.parameters);
    const basis: FeeBasis = {
      priceFen: toFen(data.price),
      areaCenti: toFen(data.area),
      homeOrdinal: data.homeOrdinal,
      households: data.households,
      units: data.units,
      date: data.date,
      parameters,
    };
    const trace: TraceStep[] = [versionStep(sched.id, version, data.date), step("FEE-AREA", "surveyed", { area: fenToYuan(basis.areaCenti) })];
    const unused = unusedParameters(version, data.parameters);
    if (unused.length) trace.push(step("FEE-SCHEDULE", "unused-parameters", { version: version.id, unused, known: version.parameters.map((p) => p.name) }));
    for (const [name, p] of parameters) {
      if (p.defaulted && p.value !== "") trace.push(step("FEE-SCHEDULE", "default-parameter", { name, value: p.value }));
      if (p.city) trace.push(step("FEE-CITY", "recognised", { given: p.city.given, city: { zh: p.city.city.zh, en: p.city.city.en } }));
      else if (p.kind === "city" && p.value === OTHER_CITY) trace.push(step("FEE-CITY", "other", { given: OTHER_CITY }));
    }
    let totalFen = 0;
    const lines: PurchaseFeeLine[] = version.lines.map((line, i) => {
      const c = computeFeeLine(line, basis, ["schedule", "versions", versionIndex, "lines", i]);
      totalFen += c.fen;
      for (const s of c.steps) trace.push(s);
      return { code: line.code, rule: c.rule, label: { zh: line.label.zh, en: line.label.en }, basis: c.basis, amount: fenToYuan(c.fen), source: line.source };
    });
    const total = fenToYuan(safeFen(totalFen, ["total"]));
    trace.push(step("CORE-ROUND", "total", { lines: lines.length, total }));
    return {
      currency: "CNY",
      schedule: {
        id: sched.id,
        label: { zh: sched.label.zh, en: sched.label.en },
        jurisdiction: sched.jurisdiction,
        version: version.id,
        ...(version.effectiveFrom === undefined ? {} : { effectiveFrom: version.effectiveFrom }),
        ...(version.effectiveTo === undefined ? {} : { effectiveTo: version.effectiveTo }),
      },
      lines,
      total,
      trace,
    };
  });
}
