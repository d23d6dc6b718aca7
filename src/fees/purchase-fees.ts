import { guarded } from "../core/errors";
import { fenToYuan, formatFen, safeFen, toFen } from "../core/money";
import type { RuleId } from "../core/rules";
import { parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { computeFeeLine } from "./fee-line";
import { resolveParameters, unusedParameters, versionInForce } from "./schedule-version";
import { compileFeeSchedule, type CompiledFeeSchedule } from "./compile-schedule";
import { purchaseFeesInputSchema, type FeeScheduleInput, type PurchaseFeesInput } from "./schema";

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
 * Picks the schedule version in force on `input.date` (FEE-SCHEDULE), computes each line in
 * integer fen and rounds it half-up once (CORE-ROUND); the total is the sum of the rounded
 * lines. The area is the surveyed area (FEE-AREA). Percentage lines use the total price
 * (FEE-1, FEE-4, FEE-5); tiered deed tax uses the home ordinal and area (FEE-NAT-DEED). Sources:
 * seed 001 篇2 §四 and the notices on each line of {@link feeSchedules}.
 *
 * @param input - `{ price, area, date?, homeOrdinal?, households?, units?, parameters? }`
 * @param schedule - a fee schedule, e.g. `feeSchedules.chinaNational`
 * @returns the lines (code, rule, label, basis, amount, source), the total and the trace
 * @throws {@link ShoulouError} `INVALID_INPUT` (bad input), `INVALID_SCHEDULE`,
 * `MISSING_PARAMETER` (a local rate the schedule needs), `NO_SCHEDULE_IN_FORCE`
 * @example
 * ```ts
 * const fees = purchaseFees({ price: 1000000, area: 100 }, feeSchedules.changzhouOlympicGarden);
 * fees.total; //=> "29458.00"
 * fees.lines[0].basis; //=> "1,000,000.00 × 2%"
 * purchaseFees({ price: "3000000", area: "150", date: "2025-01-10", parameters: { maintenanceFundPerM2: "120" } }, feeSchedules.chinaNational).lines[0].amount; //=> "45000.00"
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
    const basis = {
      priceFen: toFen(data.price),
      areaCenti: toFen(data.area),
      homeOrdinal: data.homeOrdinal,
      households: data.households,
      units: data.units,
      parameters,
    };
    const trace: TraceStep[] = [
      step("FEE-SCHEDULE", `${sched.id} version ${version.id} (${version.effectiveFrom ?? "undated"} to ${version.effectiveTo ?? "now"})${data.date ? ` is in force on ${data.date}` : ""}`, {
        schedule: sched.id,
        version: version.id,
      }),
      step("FEE-AREA", `building area ${formatFen(basis.areaCenti)} m² is the surveyed area`, { area: data.area }),
    ];
    const unused = unusedParameters(version, data.parameters);
    if (unused.length) {
      const known = version.parameters.map((p) => p.name).join(", ") || "none";
      trace.push(step("FEE-SCHEDULE", `parameters not used by version ${version.id} (check the spelling): ${unused.join(", ")}; its parameters: ${known}`, { unused }));
    }
    for (const [name, p] of parameters) {
      if (p.defaulted && p.value !== "") trace.push(step("FEE-SCHEDULE", `parameter ${name} not given: the schedule's default ${p.value} applies`, { [name]: p.value }));
    }
    let totalFen = 0;
    const lines: PurchaseFeeLine[] = version.lines.map((line, i) => {
      const c = computeFeeLine(line, basis, ["schedule", "versions", versionIndex, "lines", i]);
      totalFen += c.fen;
      const amount = fenToYuan(c.fen);
      trace.push(step(c.rule, `${line.label.en} (${line.label.zh}): ${c.basis} = ${amount}`, { code: line.code, amount, ...c.data }));
      return { code: line.code, rule: c.rule, label: { zh: line.label.zh, en: line.label.en }, basis: c.basis, amount, source: line.source };
    });
    const total = fenToYuan(safeFen(totalFen, ["total"]));
    trace.push(step("CORE-ROUND", `each line rounded half-up to the fen; total of ${lines.length} lines = ${formatFen(totalFen)}`, { total }));
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
