// The named inputs of shoulou/fees: each interface names and documents, field by field, what its
// zod schema in ./schema accepts. The schemas stay the one description: schema.ts checks at compile
// time that each interface and its schema accept the same values, so they cannot drift apart.
// This file imports only core's types, so the checks in schema.ts make no import cycle.
import type { LabelInput } from "../core/schema";

/** A bilingual text: the Chinese the office shows, and the English beside it (core's {@link LabelInput}). @category Fees */
export type FeeLabelInput = LabelInput;

/**
 * A value a schedule needs from the caller, declared by the schedule (a local rate, the city, the
 * invoice's VAT); the caller gives it in `parameters` of {@link PurchaseFeesInput}.
 *
 * @category Fees
 */
export interface FeeParameterInput {
  /** The name the caller uses in `parameters`: camelCase, at most 100 characters, once per version. */
  readonly name: string;
  /**
   * `money` (yuan, up to 2 decimals, ≥ 0); `rate` (a fraction, 0.03 = 3%, at most 1); `text`
   * (free text, or one of `options`); `city` (a name of the known city list, kept as its code: FEE-CITY).
   */
  readonly kind: "money" | "rate" | "text" | "city";
  /** What the office shows the clerk when asking for it. */
  readonly label: FeeLabelInput;
  /**
   * Used when the caller gives nothing (the trace says so). Of the parameter's kind: money or a rate
   * as a decimal string or number, a text among `options`, a known city (or `""` or `"other"`).
   * Without a default the parameter is required, unless `optional`.
   */
  readonly default?: string | number | undefined;
  /** The caller may leave it out and the line does without it (e.g. the invoice's VAT, estimated when absent); default false. */
  readonly optional?: boolean | undefined;
  /** For a `text` parameter only: the values it takes (1–100 of them, each 1–100 characters). */
  readonly options?: readonly string[] | undefined;
  /** Where the value comes from (a notice, a local rule), at most 2,000 characters. */
  readonly source?: string | undefined;
}

/**
 * One band of a tiered line (a deed tax by home and area): the first band that covers the
 * purchase applies; a purchase no band covers is refused with `INVALID_SCHEDULE`.
 *
 * @category Fees
 */
export interface FeeTierInput {
  /** Home ordinals it covers: 1, 2, or 3 (= third and later). At least one. */
  readonly homeOrdinals: readonly (1 | 2 | 3)[];
  /** Applies only when the area is above this, in m² (decimal string or number, up to 2 decimals). */
  readonly areaOver?: string | number | undefined;
  /** Applies only when the area is at most this, in m² (above 0, up to 2 decimals). */
  readonly areaUpTo?: string | number | undefined;
  /**
   * Not for these cities: names of the known city list (see {@link feeCities}; kept as codes),
   * matched against the `city` parameter, e.g. the first-tier cities excluded from the 2016
   * second-home relief (FEE-NAT-DEED-2016, FEE-CITY).
   */
  readonly exceptCities?: readonly string[] | undefined;
  /** The rate as a fraction (0.01 = 1%), up to 12 decimals, at most 1. Exactly one of `rate` and `rateParameter`. */
  readonly rate?: string | number | undefined;
  /** Take the rate from the caller's `rate` parameter of this name instead (e.g. the local statutory deed-tax rate). */
  readonly rateParameter?: string | undefined;
  /** What the band is, shown in the trace ("首套，140平方米及以下"). */
  readonly note: FeeLabelInput;
}

/**
 * A percentage line whose base is the price without VAT (FEE-NAT-VAT-BASE): the invoice's VAT
 * when the caller gives it, else an estimate at the VAT rate in force on the date; before the
 * first rate's date (before VAT replaced business tax) the full price.
 *
 * @category Fees
 */
export interface FeeVatExcludedInput {
  /** The caller's `money` parameter holding the invoice's VAT (declare it `optional`). */
  readonly vatParameter: string;
  /** The caller's `text` parameter choosing the method: `general` or `simplified`. */
  readonly methodParameter: string;
  /** The general VAT rate by date: each rate (a fraction, 0.09 = 9%) from its first day `from` (`YYYY-MM-DD`), in date order, one a date. */
  readonly generalRates: readonly { readonly from: string; readonly rate: string | number }[];
  /** The simplified method's rate (简易计税 征收率), a fraction: 0.05 for 5%. */
  readonly simplifiedRate: string | number;
}

/** Fields every line of a schedule has. @category Fees */
export interface FeeLineBaseInput {
  /** The line's code: kebab-case, at most 100 characters, once per version (`deed-tax`). */
  readonly code: string;
  /**
   * The catalogue rule the line applies, which its trace step names: a fees rule whose facts
   * speak of every line kind (FEE-1 … FEE-9, FEE-NAT-…). Any other ID is refused.
   */
  readonly rule: string;
  /** The line's name on the fee sheet. */
  readonly label: FeeLabelInput;
  /** The document and clause it comes from, 1–2,000 characters (auditors read it). */
  readonly source: string;
}

/** A share of the price (契税, 印花税): price × `rate`, rounded half-up to the fen. @category Fees */
export interface FeePercentOfPriceLineInput extends FeeLineBaseInput {
  readonly kind: "percent-of-price";
  /** A fraction, 0.0003 = 0.3‰: up to 12 decimals, at most 1. */
  readonly rate: string | number;
  /** Take the percentage of the price without VAT instead of the full price (FEE-NAT-VAT-BASE). */
  readonly vatExcluded?: FeeVatExcludedInput | undefined;
}

/** An amount per m² of the surveyed area (维修基金, FEE-AREA). @category Fees */
export interface FeePerAreaLineInput extends FeeLineBaseInput {
  readonly kind: "per-area";
  /** Yuan per m², up to 2 decimals, ≥ 0. Exactly one of `perM2` and `perM2Parameter`. */
  readonly perM2?: string | number | undefined;
  /** Take the yuan per m² from the caller's `money` parameter of this name (a local rate). */
  readonly perM2Parameter?: string | undefined;
}

/** A fixed amount per unit (件): `amount` × `units` of the purchase. @category Fees */
export interface FeePerUnitLineInput extends FeeLineBaseInput {
  readonly kind: "per-unit";
  /** Yuan per unit, up to 2 decimals, ≥ 0. */
  readonly amount: string | number;
}

/** A fixed amount per household (户): `amount` × `households` of the purchase. @category Fees */
export interface FeePerHouseholdLineInput extends FeeLineBaseInput {
  readonly kind: "per-household";
  /** Yuan per household, up to 2 decimals, ≥ 0. */
  readonly amount: string | number;
}

/** A share of the price at the rate of the first band that covers the purchase (a deed tax). @category Fees */
export interface FeeTieredLineInput extends FeeLineBaseInput {
  readonly kind: "tiered";
  /** The bands, in the order they are tried: 1–100. */
  readonly tiers: readonly FeeTierInput[];
  /** Take the percentage of the price without VAT instead of the full price (FEE-NAT-VAT-BASE). */
  readonly vatExcluded?: FeeVatExcludedInput | undefined;
}

/** A line shown at 0.00 with the reason it is not charged (FEE-NAT-STAMP). @category Fees */
export interface FeeExemptLineInput extends FeeLineBaseInput {
  readonly kind: "exempt";
  /** Why it is not charged, shown in the trace. */
  readonly reason: FeeLabelInput;
}

/** A line of a schedule, by its `kind`. @category Fees */
export type FeeLineInput =
  | FeePercentOfPriceLineInput
  | FeePerAreaLineInput
  | FeePerUnitLineInput
  | FeePerHouseholdLineInput
  | FeeTieredLineInput
  | FeeExemptLineInput;

/** One version of a schedule, in force over a date range (FEE-SCHEDULE). @category Fees */
export interface FeeScheduleVersionInput {
  /** The version's id (1–200 characters), named in the result and the trace. */
  readonly id: string;
  /** First day in force, `YYYY-MM-DD`; omitted for an undated schedule (a project's own sheet). */
  readonly effectiveFrom?: string | undefined;
  /** Last day in force, inclusive, `YYYY-MM-DD`, not before `effectiveFrom`; omitted while still in force. */
  readonly effectiveTo?: string | undefined;
  /** The document the version follows, 1–2,000 characters. */
  readonly source: string;
  /** Values the lines need from the caller (at most 100, names unique); default none. */
  readonly parameters?: readonly FeeParameterInput[] | undefined;
  /** The lines, in the order the result lists them: 1–200, codes unique. */
  readonly lines: readonly FeeLineInput[];
}

/**
 * A fee schedule as written: the fees and taxes of a purchase as data, with its jurisdiction
 * and versions by date (FEE-SCHEDULE). Validate it once with {@link compileFeeSchedule}.
 *
 * @category Fees
 */
export interface FeeScheduleInput {
  /** The schedule's id (1–200 characters), named in the result. */
  readonly id: string;
  /** Its name. */
  readonly label: FeeLabelInput;
  /** Where it applies: "CN" for national rules, "CN-JS-Changzhou" for one city or project. */
  readonly jurisdiction: string;
  /** 1–100 versions whose date ranges do not overlap; a purchase's `date` picks one. */
  readonly versions: readonly FeeScheduleVersionInput[];
}

/**
 * Input of {@link purchaseFees}, as the caller writes it. Money and areas are decimal strings
 * or numbers; see {@link purchaseFeesInputSchema}, which is the one description of this shape
 * (this interface is checked against it when the library compiles).
 *
 * @category Fees
 */
export interface PurchaseFeesInput {
  /** Total price in yuan, VAT included (the contract price), up to 2 decimals, above 0. */
  readonly price: string | number;
  /** Surveyed building area in m² (FEE-AREA), up to 2 decimals, above 0. */
  readonly area: string | number;
  /**
   * The day the deed tax is declared (申报契税之日), `YYYY-MM-DD`: picks the schedule version in
   * force and, when the deed-tax base is estimated without VAT, the VAT rate. Required by a
   * schedule with several versions.
   */
  readonly date?: string | undefined;
  /** The household's 1st, 2nd or 3rd-and-later home (3 or more all mean "3rd and later"); default 1. */
  readonly homeOrdinal?: number | undefined;
  /** Households, for per-household lines; default 1. */
  readonly households?: number | undefined;
  /** Units (件), for per-unit lines; default 1. */
  readonly units?: number | undefined;
  /**
   * Values the schedule asks the caller for, by name. The national schedule asks for
   * `maintenanceFundPerM2` (required), `localDeedTaxRate`, `city` (a name of {@link feeCities}
   * or `"other"`), `vatAmount` (the invoice's VAT) and `vatMethod` (`general` | `simplified`).
   * A name the schedule does not use is named in the trace.
   */
  readonly parameters?: Readonly<Record<string, string | number>> | undefined;
}

/** Repayment methods: `equal-installment` (等额本息, MORT-1) and `equal-principal` (等额本金, MORT-2). @category Fees */
export type RepaymentMethod = "equal-installment" | "equal-principal";

/**
 * A new annual rate from a month on: an LPR repricing (重定价) or any agreed change. The payment
 * is recomputed on the remaining balance over the remaining months (MORT-LPR).
 *
 * @category Fees
 */
export interface RateChangeInput {
  /** The first instalment charged at the new rate: 2–600 (month 1 uses the loan's rate), within the term. */
  readonly fromMonth: number;
  /** Annual rate in percent from that month (3.2 = 3.2% a year), 0–100, up to 6 decimals; e.g. from {@link lprPlusBasisPoints}. */
  readonly annualRatePercent: string | number;
}

/** A partial prepayment (提前还款), paid right after that month's instalment (MORT-PREPAY). @category Fees */
export interface PrepaymentInput {
  /** The instalment it follows: 1–600, within the term. */
  readonly month: number;
  /** Yuan, up to 2 decimals, above 0 and at most the balance left after that instalment (more is refused at this path). */
  readonly amount: string | number;
  /** `reduce-payment` keeps the term and lowers the payment; `shorten-term` keeps the payment and ends sooner. */
  readonly mode: "reduce-payment" | "shorten-term";
}

/** Fields of one loan: its rate, term, method, repricings and prepayments. @category Fees */
export interface LoanTermsInput {
  /** Annual rate in percent at the start (3.1 = 3.1% a year), 0–100, up to 6 decimals (MORT-INTEREST). */
  readonly annualRatePercent: string | number;
  /** Term in months, 1–600. */
  readonly months: number;
  /** How it is repaid (MORT-1, MORT-2). */
  readonly method: RepaymentMethod;
  /** LPR repricings or other rate changes, one a month, in month order, within the term (at most 600); default none (MORT-LPR). */
  readonly rateChanges?: readonly RateChangeInput[] | undefined;
  /** Partial prepayments, one a month, in month order, within the term (at most 600); default none (MORT-PREPAY). */
  readonly prepayments?: readonly PrepaymentInput[] | undefined;
}

/** Input of {@link mortgageSchedule}, as the caller writes it. @category Fees */
export interface MortgageInput extends LoanTermsInput {
  /** Loan amount in yuan, up to 2 decimals, above 0. */
  readonly principal: string | number;
  /** Date of the first payment, `YYYY-MM-DD`; later payments fall on the same day of later months (the month's last day when shorter). Omitted: rows carry no dates. */
  readonly firstPaymentDate?: string | undefined;
}

/** Input of {@link lprPlusBasisPoints}, as the caller writes it (MORT-LPR). @category Fees */
export interface LprRateInput {
  /** The loan prime rate (贷款市场报价利率) in percent, e.g. "3.5" for a 5-year LPR of 3.5%: 0–100, up to 6 decimals. */
  readonly lprPercent: string | number;
  /** 加点: basis points added (negative: subtracted); 1 bp = 0.01 percentage point, up to 4 decimals. The sum must stay within 0–100%. */
  readonly basisPoints: string | number;
}

/** One loan of a purchase plan: provident fund (公积金) or commercial (MORT-3). @category Fees */
export interface PlanLoanInput extends LoanTermsInput {
  /** `provident-fund` (公积金贷款) or `commercial` (商业贷款). */
  readonly kind: "provident-fund" | "commercial";
  /** Yuan, up to 2 decimals, above 0; omit on one loan to give it the rest of the loan total (MORT-DOWN). */
  readonly amount?: string | number | undefined;
}

/** The fees a purchase plan shows at the desk: the {@link PurchaseFeesInput} less the price, and the schedule. @category Fees */
export interface PlanFeesInput extends Omit<PurchaseFeesInput, "price"> {
  /** The schedule to apply (e.g. `feeSchedules.chinaNational`); checked as {@link purchaseFees} checks it, errors under `fees.schedule`. */
  readonly schedule: FeeScheduleInput;
}

/** Input of {@link purchasePlan}, as the caller writes it. @category Fees */
export interface PurchasePlanInput {
  /** Total price in yuan, up to 2 decimals, above 0. */
  readonly price: string | number;
  /** Share of the price paid down, a fraction 0–1 ("0.3" = 30%), rounded half-up to the fen (MORT-DOWN). 1 means paid in full (then no loans). */
  readonly downPaymentRatio: string | number;
  /**
   * None when the price is paid in full; otherwise one loan, or two (a combination loan 组合贷: one
   * provident-fund and one commercial, MORT-3) whose amounts add up to the loan total. Default none.
   */
  readonly loans?: readonly PlanLoanInput[] | undefined;
  /** Date of every loan's first payment, `YYYY-MM-DD`. */
  readonly firstPaymentDate?: string | undefined;
  /** Fees to show beside the loans; omitted: no fees. */
  readonly fees?: PlanFeesInput | undefined;
}
