import * as fc from "fast-check";
import type { FeeScheduleInput, MortgageInput, PrepaymentInput, PurchaseFeesInput, RateChangeInput } from "../fees/input-types";
import { fenOf } from "./law";
import { biased, dateBetween, yuan } from "./money-arbitraries";
import type { ArbitraryOptions } from "./options";

type Version = FeeScheduleInput["versions"][number];
type Line = Version["lines"][number];
type Param = NonNullable<Version["parameters"]>[number];

/** Options of `purchaseFeesInput`: the schedule the inputs are for. @category Testing */
export interface PurchaseFeesInputOptions extends ArbitraryOptions {
  /** Inputs fit this schedule: a date one of its versions covers, every parameter it asks for. */
  readonly schedule?: FeeScheduleInput;
  /** Values to draw for text parameters, by name (e.g. `{ city: ["北京", "常州"] }`); default: the parameter's default or "". */
  readonly textValues?: { readonly [name: string]: readonly string[] };
  /**
   * Generators for parameters, by name, where the kit's defaults do not fit the schedule: e.g. a
   * local deed-tax rate within the statutory 3%–5% (`fc.constantFrom("0.03", "0.04", "0.05")`).
   * They win over `textValues`. Default: money up to the price (at most ¥10,000), a rate of 0–10%.
   */
  readonly parameterValues?: { readonly [name: string]: fc.Arbitrary<string | number> };
  /** The highest price to draw, in yuan (decimal string or number); default 999,999,999.99. */
  readonly maxPrice?: string | number;
  /** The largest area to draw, in m²; default 999,999.99. */
  readonly maxArea?: string | number;
}

/** Yuan or m² given as a string or number → fen (hundredths), for the bounds options. */
export function hundredths(value: string | number | undefined, fallback: number): number {
  return value === undefined ? fallback : Number(fenOf(typeof value === "number" ? value.toFixed(2) : value));
}

/** Areas where the national deed-tax tiers change (m²). */
const AREA_EDGES = ["90.00", "90.01", "140.00", "140.01", "0.01", "89.99", "139.99"];
/** Prices whose 0.3‰, 1%, 1.5% or 2% lands on half a fen. */
const HALF_FEN_PRICES = ["1.50", "2.50", "166.75", "1000000.50", "333333.50", "0.25", "12345678.50"];

function parameterValue(p: Param, text: readonly string[] | undefined, priceFen: number): fc.Arbitrary<string | number> {
  // Money parameters stay below the price (a VAT amount must; a per-m² fund always does).
  if (p.kind === "money") return yuan(0, Math.max(0, Math.min(1_000_000, priceFen - 1)));
  if (p.kind === "rate") return fc.integer({ min: 0, max: 1000 }).map((n) => (n / 10_000).toFixed(4));
  const choices = text ?? (p.default !== undefined ? [String(p.default)] : [""]);
  return fc.constantFrom(...(choices.length ? choices : [""]));
}

/**
 * Inputs of `purchaseFees`, valid by construction. Given a schedule, every input falls in a
 * version's dates and gives every parameter the version declares.
 *
 * @example
 * ```ts
 * const [input] = fc.sample(arbitraries.purchaseFeesInput({ schedule: feeSchedules.changzhouOlympicGarden }), { numRuns: 1, seed: 1 });
 * typeof purchaseFees(input, feeSchedules.changzhouOlympicGarden).total; //=> "string"
 * ```
 * @category Testing
 */
export function purchaseFeesInput(options: PurchaseFeesInputOptions = {}): fc.Arbitrary<PurchaseFeesInput> {
  const b = options.boundaries ?? true;
  const versions = options.schedule?.versions ?? [{ id: "any", source: "-", parameters: [], lines: [] } as unknown as Version];
  const maxPriceFen = hundredths(options.maxPrice, 99_999_999_999);
  const maxAreaCenti = hundredths(options.maxArea, 99_999_999);
  const price = biased(b, HALF_FEN_PRICES.filter((p) => Number(fenOf(p)) <= maxPriceFen), yuan(1, maxPriceFen));
  return fc.tuple(fc.constantFrom(...versions), price).chain(([v, priceText]) => {
    const priceFen = Number(fenOf(priceText));
    const params = Object.fromEntries(
      (v.parameters ?? []).map((p) => {
        const value = options.parameterValues?.[p.name] ?? parameterValue(p, options.textValues?.[p.name], priceFen);
        // A parameter with a default, or an optional one, may be left out: the default applies, or the line does without it.
        return [p.name, p.default === undefined && p.optional !== true ? value : fc.option(value, { nil: undefined })];
      }),
    );
    const from = v.effectiveFrom ?? "2016-01-01";
    const to = v.effectiveTo ?? "2040-12-31";
    const dated = versions.length > 1 || v.effectiveFrom !== undefined || v.effectiveTo !== undefined;
    const dateEdges = [v.effectiveFrom, v.effectiveTo].filter((d): d is string => d !== undefined);
    return fc.record({
      price: fc.constant(priceText),
      area: biased(b, AREA_EDGES.filter((a) => Number(fenOf(a)) <= maxAreaCenti), yuan(1, maxAreaCenti)),
      ...(dated ? { date: biased(b, dateEdges, dateBetween(from, to)) } : {}),
      homeOrdinal: fc.integer({ min: 1, max: 4 }),
      households: fc.integer({ min: 1, max: 3 }),
      units: fc.integer({ min: 1, max: 3 }),
      parameters: fc.record(params).map((ps) => Object.fromEntries(Object.entries(ps).filter(([, x]) => x !== undefined)) as Record<string, string | number>),
    });
  });
}

const RULES = ["FEE-1", "FEE-2", "FEE-3", "FEE-4", "FEE-5", "FEE-6", "FEE-7", "FEE-8", "FEE-9"] as const;
const label = fc.constantFrom({ zh: "费用", en: "Fee" }, { zh: "税", en: "Tax" });
const rate = fc.integer({ min: 0, max: 500 }).map((n) => (n / 10_000).toFixed(4));

function lineArb(code: string): fc.Arbitrary<Line> {
  const base = { code: fc.constant(code), rule: fc.constantFrom(...RULES), label, source: fc.constant("a company's own fee sheet") };
  return fc.oneof(
    fc.record({ ...base, kind: fc.constant("percent-of-price" as const), rate }),
    fc.record({ ...base, kind: fc.constant("per-area" as const), perM2: yuan(0, 10_000) }),
    fc.record({ ...base, kind: fc.constant("per-unit" as const), amount: yuan(0, 100_000) }),
    fc.record({ ...base, kind: fc.constant("per-household" as const), amount: yuan(0, 100_000) }),
    fc.record({
      ...base,
      kind: fc.constant("tiered" as const),
      // Rates that never fall with the area or the home ordinal, as deed-tax tiers do.
      tiers: fc.tuple(rate, rate, rate).map((rs) => {
        const [a, c, e] = [...rs].sort();
        return [
          { homeOrdinals: [1 as const], areaUpTo: "90", rate: a, note: { zh: "首套", en: "1st" } },
          { homeOrdinals: [1 as const, 2 as const], rate: c, note: { zh: "首套/二套", en: "1st/2nd" } },
          { homeOrdinals: [3 as const], rate: e, note: { zh: "三套及以上", en: "3rd+" } },
        ];
      }),
    }),
    fc.record({ ...base, kind: fc.constant("exempt" as const), reason: fc.constant({ zh: "免征", en: "exempt" }) }),
  );
}

/**
 * Fee schedules, valid by construction: one to three versions back to back from 2016, each with
 * one to nine lines of every kind (tiered lines whose rates never fall with area or home ordinal).
 *
 * @example
 * ```ts
 * const [schedule] = fc.sample(arbitraries.feeSchedule(), { numRuns: 1, seed: 2 });
 * compileFeeSchedule(schedule).versions.length > 0; //=> true
 * ```
 * @category Testing
 */
export function feeSchedule(_options: ArbitraryOptions = {}): fc.Arbitrary<FeeScheduleInput> {
  const version = (id: string, from: string | undefined, to: string | undefined) =>
    fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(`line-${i + 1}`))).map((lines): Version => ({
        id,
        ...(from ? { effectiveFrom: from } : {}),
        ...(to ? { effectiveTo: to } : {}),
        source: "a company's own fee sheet",
        parameters: [],
        lines,
      })),
    );
  return fc.integer({ min: 1, max: 3 }).chain((k) => {
    const bounds = [["2016-01-01", k > 1 ? "2019-12-31" : undefined], ["2020-01-01", k > 2 ? "2024-11-30" : undefined], ["2024-12-01", undefined]] as const;
    return fc.tuple(...bounds.slice(0, k).map(([f, t], i) => version(`v${i + 1}`, f, t))).map((versions) => ({
      id: "generated",
      label: { zh: "生成的收费标准", en: "Generated schedule" },
      jurisdiction: "CN",
      versions,
    }));
  });
}

/** Options of `mortgageInput`: bounds, and LPR repricings and prepayments. @category Testing */
export interface MortgageInputOptions extends ArbitraryOptions {
  /**
   * The largest loan to draw, in yuan; default 10,000,000.00. Every payment and total must stay
   * within the money limit (< 10^13 yuan): a trillion at 100% a year over 50 years does not.
   */
  readonly maxPrincipal?: string | number;
  /** The highest annual rate to draw, in percent (whole or to 6 decimals); default 10. */
  readonly maxAnnualRatePercent?: number;
  /** The longest term to draw, in months (at most 600); default 360. */
  readonly maxMonths?: number;
  /**
   * Add up to 4 rate changes (MORT-LPR) and up to 3 prepayments (MORT-PREPAY), in month order
   * within the term. Still valid by construction: the prepayments together stay below the
   * straight-line balance of the last prepayment's month less the most the rounded level payment
   * can repay ahead of it, and only the last may shorten the term. At high rates over long terms
   * that margin leaves no room, and such loans get no prepayments. Default false.
   */
  readonly adjustments?: boolean;
}

/** Annual rates in percent to 6 decimals, 0 to `max`. */
const ratePercent = (max: number) => fc.integer({ min: 0, max: Math.round(max * 1_000_000) }).map((n) => (n / 1_000_000).toFixed(6));

/**
 * Inputs of `mortgageSchedule`, valid by construction: 1 yuan to 10 million, 0–10% a year,
 * 1–360 months, both methods; with boundaries, the edges (1 month, 0%, 360 months). Options widen
 * the bounds and add repricings and prepayments.
 *
 * @example
 * ```ts
 * const [loan] = fc.sample(arbitraries.mortgageInput(), { numRuns: 1, seed: 3 });
 * mortgageSchedule(loan).payments.length === loan.months; //=> true
 * const [adjusted] = fc.sample(arbitraries.mortgageInput({ adjustments: true }), { numRuns: 1, seed: 3 });
 * mortgageSchedule(adjusted).payments.length <= adjusted.months; //=> true
 * ```
 * @category Testing
 */
export function mortgageInput(options: MortgageInputOptions = {}): fc.Arbitrary<MortgageInput> {
  const b = options.boundaries ?? true;
  const maxFen = hundredths(options.maxPrincipal, 1_000_000_000);
  const maxRate = options.maxAnnualRatePercent ?? 10;
  const maxMonths = Math.min(600, options.maxMonths ?? 360);
  const plain = fc.record({
    principal: biased(b, ["0.01", "1.00", "800000.00"].filter((p) => Number(fenOf(p)) <= maxFen), yuan(Math.min(100, maxFen), maxFen)),
    annualRatePercent: biased(b, ["0", "4.5", "3.1"].filter((r) => Number(r) <= maxRate), ratePercent(maxRate)),
    months: biased(b, [1, 2, 240, 360].filter((m) => m <= maxMonths), fc.integer({ min: 1, max: maxMonths })),
    method: fc.constantFrom("equal-installment" as const, "equal-principal" as const),
  });
  if (options.adjustments !== true) return plain;
  return plain.chain((loan) => {
    const principalFen = Number(fenOf(loan.principal));
    const none = fc.constant([]);
    const changes: fc.Arbitrary<readonly RateChangeInput[]> = loan.months < 2 ? none : fc.uniqueArray(fc.integer({ min: 2, max: loan.months }), { maxLength: 4 }).chain((ms) =>
      fc.tuple(...ms.sort((x, y) => x - y).map((fromMonth) => ratePercent(maxRate).map((annualRatePercent) => ({ fromMonth, annualRatePercent })))),
    );
    // Prepayments in months 1 … n−1 (the balance after the last instalment is 0).
    const prepays: fc.Arbitrary<readonly PrepaymentInput[]> = loan.months < 2 ? none : fc.uniqueArray(fc.integer({ min: 1, max: loan.months - 1 }), { maxLength: 3 }).chain((ms): fc.Arbitrary<readonly PrepaymentInput[]> => {
      const months = ms.sort((x, y) => x - y);
      const last = months.at(-1) ?? 0;
      // Each balance stays above the straight line P·(n−m)/n less the rounding: interest
      // back-loads the principal, and repricings and reduce-payment restart from the balance.
      // The level payment, rounded up by at most half a fen, repays that much more each month and
      // the excess compounds at the monthly rate: at most Σ(1+r)^k fen over the term (a fen a
      // month counted, twice the half fen). Prepayments summing below the line less that margin
      // at the last prepayment's month are always covered.
      const r = maxRate / 1200;
      const margin = (r === 0 ? loan.months : (Math.pow(1 + r, loan.months) - 1) / r) + loan.months;
      const room = Math.floor((principalFen * (loan.months - last)) / loan.months - margin);
      const each = Math.floor(room / (months.length + 1));
      if (each < 1) return none;
      return fc.tuple(
        ...months.map((month, i) =>
          fc.record({
            month: fc.constant(month),
            amount: yuan(1, each),
            // shorten-term ends the loan sooner: only the last prepayment may do it.
            mode: i === months.length - 1 ? fc.constantFrom("reduce-payment" as const, "shorten-term" as const) : fc.constant("reduce-payment" as const),
          }),
        ),
      );
    });
    return fc.record({ rateChanges: changes, prepayments: prepays }).map((adj): MortgageInput => ({ ...loan, ...adj }));
  });
}
