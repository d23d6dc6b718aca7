import * as fc from "fast-check";
import { compileFeeSchedule } from "../fees/compile-schedule";
import { purchaseFees } from "../fees/purchase-fees";
import type { FeeScheduleInput } from "../fees/input-types";
import { hundredths, purchaseFeesInput, type PurchaseFeesInputOptions } from "./fees-arbitraries";
import { fromUnits } from "../core/money";
import { ensure, fenOf, holds, MONEY, same } from "./law";
import { yuan } from "./money-arbitraries";
import type { LawOptions } from "./options";

/** Options of `feeScheduleLaws`. @category Testing */
export interface FeeScheduleLawOptions extends LawOptions, Pick<PurchaseFeesInputOptions, "textValues" | "parameterValues" | "maxPrice" | "maxArea" | "boundaries"> {
  /** Codes of the lines whose rate must never fall as the area or the home ordinal grows. Default: every tiered line. */
  readonly monotoneLines?: readonly string[];
}

/**
 * The laws every fee schedule must keep, checked on a company's own schedule with generated
 * purchases: the total is the sum of the lines; every amount has two decimals and is never
 * negative; the same purchase gives the same fees; a higher price never lowers any line (the
 * percentage lines, tiered ones included, grow with it; the others stay); a tiered (deed-tax)
 * line never falls as the area or the home ordinal grows. Throws a
 * `LawError` with fast-check's counterexample when one fails.
 *
 * @example
 * ```ts
 * laws.feeSchedule(feeSchedules.changzhouOlympicGarden, { numRuns: 20 }); //=> undefined
 * ```
 * @category Testing
 */
export function feeScheduleLaws(schedule: FeeScheduleInput, options: FeeScheduleLawOptions = {}): void {
  const compiled = compileFeeSchedule(schedule);
  const inputs = purchaseFeesInput({ schedule, ...options });
  // Line codes by kind, per version: a code may name another kind of line in another version.
  const codesOf = (pick: (l: FeeScheduleInput["versions"][number]["lines"][number]) => boolean) =>
    new Map(schedule.versions.map((v) => [v.id, new Set(v.lines.filter(pick).map((l) => l.code))]));
  const monotone = codesOf((l) => (options.monotoneLines ? options.monotoneLines.includes(l.code) : l.kind === "tiered"));

  holds("the total is the sum of the lines", inputs, (input) => {
    const f = purchaseFees(input, compiled);
    ensure(fenOf(f.total) === f.lines.reduce((a, l) => a + fenOf(l.amount), 0n), () => `total ${f.total} ≠ the sum of ${f.lines.map((l) => l.amount).join(" + ")}`);
  }, options);

  holds("every amount has two decimals and is never negative", inputs, (input) => {
    const f = purchaseFees(input, compiled);
    for (const a of [...f.lines.map((l) => l.amount), f.total]) ensure(MONEY.test(a) && !a.startsWith("-"), () => `amount ${a}`);
  }, options);

  holds("the same purchase gives the same fees", inputs, (input) => {
    ensure(same(purchaseFees(input, compiled), purchaseFees(input, compiled)), () => "two calls differ");
  }, options);

  const maxPriceFen = hundredths(options.maxPrice, 99_999_999_999);
  const higher = inputs.chain((input) => fc.tuple(fc.constant(input), yuan(0, Math.max(0, maxPriceFen - Number(fenOf(String(input.price)))))));
  holds("a higher price never lowers any line", higher, ([input, extra]) => {
    // The higher price is the input's plus some: parameters valid for one (a VAT below the price) stay valid.
    const lo = String(input.price);
    const hi = fromUnits(Number(fenOf(lo) + fenOf(extra)), 2);
    const a = purchaseFees({ ...input, price: lo }, compiled);
    const b = purchaseFees({ ...input, price: hi }, compiled);
    // The same date picks the same version: the same lines in the same order.
    ensure(same(a.lines.map((l) => l.code), b.lines.map((l) => l.code)), () => `lines differ at ${lo} and ${hi}`);
    a.lines.forEach((l, k) => {
      const m = b.lines[k]!;
      ensure(fenOf(m.amount) >= fenOf(l.amount), () => `${l.code}: ${l.amount} at ${lo} > ${m.amount} at ${hi}`);
    });
  }, options);

  const amountOf = (input: Parameters<typeof purchaseFees>[0], code: string): bigint | undefined => {
    const f = purchaseFees(input, compiled);
    if (!monotone.get(f.schedule.version)?.has(code)) return undefined;
    const line = f.lines.find((l) => l.code === code);
    return line && fenOf(line.amount);
  };
  const allMonotone = [...new Set([...monotone.values()].flatMap((set) => [...set]))];
  holds("a tiered line never falls as the area grows", fc.tuple(inputs, yuan(1, hundredths(options.maxArea, 99_999_999))), ([input, other]) => {
    const [lo, hi] = fenOf(String(input.area)) <= fenOf(other) ? [String(input.area), other] : [other, String(input.area)];
    for (const code of allMonotone) {
      const a = amountOf({ ...input, area: lo }, code);
      const b = amountOf({ ...input, area: hi }, code);
      if (a !== undefined && b !== undefined) ensure(b >= a, () => `${code}: ${String(a)} fen at ${lo} m² > ${String(b)} fen at ${hi} m²`);
    }
  }, options);

  holds("a tiered line never falls as the home ordinal grows", fc.tuple(inputs, fc.integer({ min: 1, max: 4 })), ([input, other]) => {
    const first = input.homeOrdinal ?? 1;
    const [lo, hi] = first <= other ? [first, other] : [other, first];
    for (const code of allMonotone) {
      const a = amountOf({ ...input, homeOrdinal: lo }, code);
      const b = amountOf({ ...input, homeOrdinal: hi }, code);
      if (a !== undefined && b !== undefined) ensure(b >= a, () => `${code}: home ${lo} pays ${String(a)} fen > home ${hi} pays ${String(b)} fen`);
    }
  }, options);
}
