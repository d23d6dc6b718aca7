import * as z from "zod/mini";
import type { $RefinementCtx } from "zod/v4/core";
import { canonicalDecimal } from "../core/money";
import { decimalSchema, idSchema, isoDateSchema, labelSchema, moneySchema, rateSchema, intSchema } from "../core/schema";
import type { RuleId } from "../core/rules";
import type { SameInput } from "../core/same-input";
import type { FactOf } from "../core/trace";
import { findFeeCity, OTHER_CITY } from "./cities";
import type {
  FeeLineInput,
  FeeParameterInput,
  FeeScheduleInput,
  FeeScheduleVersionInput,
  FeeTierInput,
  FeeVatExcludedInput,
  LprRateInput,
  MortgageInput,
  PlanFeesInput,
  PlanLoanInput,
  PrepaymentInput,
  PurchaseFeesInput,
  PurchasePlanInput,
  RateChangeInput,
} from "./input-types";

/**
 * Size limits of a fee schedule, refused up front with `OUT_OF_RANGE` at the list's path
 * before any other work (see {@link compileFeeSchedule}). @category Fees
 */
export const feeScheduleLimits = {
  /** Versions of one schedule. */
  versions: 100,
  /** Lines of one version. */
  lines: 200,
  /** Parameters of one version. */
  parameters: 100,
  /** Tiers of one tiered line. */
  tiers: 100,
  /** Any other list in a schedule (cities, home ordinals, rates by date, options). */
  items: 100,
} as const;

/** The kinds of schedule line; each speaks by its kind (the line facts of the catalogue). @category Fees */
export type FeeLineKind = "percent-of-price" | "per-area" | "per-unit" | "per-household" | "tiered" | "exempt";

/** A rule that can stand on a schedule line: a fees rule whose facts include every line kind. @category Fees */
export type FeeLineRuleId = { [K in RuleId]: FeeLineKind extends FactOf<K> ? K : never }[RuleId];

/**
 * The rules a schedule line can name, as a list: the catalogue's text stays out of a fees bundle
 * (20 kB minified). The compiler holds it to {@link FeeLineRuleId} both ways; test/fees/schema
 * holds it to the catalogue's facts.
 */
const feeLineRuleIds = [
  "FEE-1", "FEE-2", "FEE-3", "FEE-4", "FEE-5", "FEE-6", "FEE-7", "FEE-8", "FEE-9",
  "FEE-NAT-DEED", "FEE-NAT-DEED-2016", "FEE-NAT-STAMP", "FEE-NAT-REG", "FEE-NAT-FUND",
] as const satisfies readonly FeeLineRuleId[];

/** Compiles only when every line rule of the catalogue is in {@link feeLineRuleIds}. */
const everyLineRuleListed: Exclude<FeeLineRuleId, (typeof feeLineRuleIds)[number]> extends never ? true : never = true;
void everyLineRuleListed;

const feeLineRuleSet: ReadonlySet<string> = new Set(feeLineRuleIds);

function isFeeLineRule(id: string): boolean {
  return feeLineRuleSet.has(id);
}

/** A fees rule ID of the catalogue that a line can name (FEE-1 … FEE-9, FEE-NAT-…). */
const ruleIdSchema = z.pipe(
  z.string().check(z.refine(isFeeLineRule, "must be a fee rule ID of the catalogue that a schedule line can name (FEE-1 … FEE-9, FEE-NAT-…)")),
  z.transform((id: string) => id as FeeLineRuleId),
);

/** A list of at most `max` items (a documented schedule limit). */
const list = <T extends z.ZodMiniType>(item: T, max: number = feeScheduleLimits.items, min?: number) =>
  z.array(item).check(...(min === undefined ? [] : [z.minLength(min)]), z.maxLength(max, `at most ${max} items`));

/** A positive area in m², up to 2 decimals (a surveyed area). */
const areaSchema = decimalSchema({ sign: "positive", maxDecimals: 2, maxIntegerDigits: 7 });

/** A parameter a schedule needs from the caller (a local rate, the city). @category Fees */
export const feeParameterSchema = z
  .strictObject({
    name: z.string().check(z.maxLength(100), z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "must be a camelCase name")),
    /** `city`: a name of the known city list (see {@link feeCities}), kept as its code. */
    kind: z.enum(["money", "rate", "text", "city"]),
    label: labelSchema,
    /** Used when the caller gives nothing; without one the parameter is required (unless optional). */
    default: z.optional(z.union([z.string(), z.number()])),
    /** The caller may leave it out and the line does without it (e.g. the invoice's VAT, estimated when absent). */
    optional: z.optional(z.boolean()),
    /** For a text parameter: the only values it takes. */
    options: z.optional(list(z.string().check(z.minLength(1), z.maxLength(100)), feeScheduleLimits.items, 1)),
    source: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(z.superRefine((p, ctx) => {
    if (p.options && p.kind !== "text") ctx.addIssue({ code: "custom", path: ["options"], message: "only a text parameter takes options" });
    if (p.default === undefined) return;
    if (p.kind === "city") {
      const d = String(p.default);
      if (d !== "" && d !== OTHER_CITY && !findFeeCity(d)) ctx.addIssue({ code: "custom", path: ["default"], message: `the default ${d} is not a known city` });
      return;
    }
    if (p.kind === "text") {
      if (p.options && !p.options.includes(String(p.default))) ctx.addIssue({ code: "custom", path: ["default"], message: "the default must be one of the options" });
      return;
    }
    const rules = p.kind === "money" ? { sign: "nonnegative", maxDecimals: 2 } as const : { sign: "nonnegative", maxDecimals: 12, maxIntegerDigits: 1 } as const;
    const r = canonicalDecimal(p.default, rules);
    if (typeof r !== "string") ctx.addIssue({ code: "custom", path: ["default"], message: `the default ${r.error}` });
    else if (p.kind === "rate" && Number(r) > 1) ctx.addIssue({ code: "custom", path: ["default"], message: "a rate default is a fraction: at most 1" });
  }));

const lineBase = {
  code: z.string().check(z.maxLength(100), z.regex(/^[a-z][a-z0-9-]*$/, "must be a kebab-case code")),
  rule: ruleIdSchema,
  label: labelSchema,
  source: z.string().check(z.minLength(1), z.maxLength(2000)),
};

/** One band of a tiered line; the first band that matches applies. @category Fees */
export const feeTierSchema = z
  .strictObject({
    /** Home ordinals it covers: 1, 2, or 3 (= third and later). */
    homeOrdinals: list(z.union([z.literal(1), z.literal(2), z.literal(3)]), feeScheduleLimits.items, 1),
    /** Applies only when the area is above this (m²). */
    areaOver: z.optional(moneySchema("nonnegative")),
    /** Applies only when the area is at most this (m²). */
    areaUpTo: z.optional(moneySchema("positive")),
    /** Not for these cities (codes of the known list, matched against the `city` parameter), e.g. the first-tier cities excluded from a relief. */
    exceptCities: z.optional(
      list(
        z.pipe(
          z.string().check(z.refine((c: string) => findFeeCity(c) !== undefined, "must name a known city (see feeCities)")),
          z.transform((c: string) => findFeeCity(c)?.code ?? c),
        ),
      ),
    ),
    rate: z.optional(rateSchema()),
    /** Take the rate from a caller's parameter instead (e.g. the local statutory deed-tax rate). */
    rateParameter: z.optional(z.string()),
    note: labelSchema,
  })
  .check(z.refine((t) => (t.rate === undefined) !== (t.rateParameter === undefined), {
    message: "a tier needs exactly one of rate or rateParameter",
  }));

/**
 * A percentage line whose base is the price without VAT (FEE-NAT-VAT-BASE): the invoice's VAT
 * when the caller gives it, else an estimate at the VAT rate in force on the date; before the
 * first rate's date (before VAT replaced business tax) the full price. @category Fees
 */
export const vatExcludedSchema = z
  .strictObject({
    /** The caller's money parameter holding the invoice's VAT (declare it optional). */
    vatParameter: z.string(),
    /** The caller's text parameter choosing the method: `general` or `simplified`. */
    methodParameter: z.string(),
    /** The general VAT rate by date, each from its first day, in date order. */
    generalRates: list(z.strictObject({ from: isoDateSchema, rate: rateSchema() }), feeScheduleLimits.items, 1),
    /** The simplified method's rate (简易计税 征收率). */
    simplifiedRate: rateSchema(),
  })
  .check(z.refine((v) => v.generalRates.every((r, i) => i === 0 || v.generalRates[i - 1]!.from < r.from), {
    message: "generalRates must be in date order, one rate a date",
    path: ["generalRates"],
  }));

/** A fee line of a schedule, by kind. @category Fees */
export const feeLineSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...lineBase, kind: z.literal("percent-of-price"), rate: rateSchema(), vatExcluded: z.optional(vatExcludedSchema) }),
  z
    .strictObject({
      ...lineBase,
      kind: z.literal("per-area"),
      perM2: z.optional(moneySchema("nonnegative")),
      perM2Parameter: z.optional(z.string()),
    })
    .check(z.refine((l) => (l.perM2 === undefined) !== (l.perM2Parameter === undefined), {
      message: "a per-area line needs exactly one of perM2 or perM2Parameter",
    })),
  z.strictObject({ ...lineBase, kind: z.literal("per-unit"), amount: moneySchema("nonnegative") }),
  z.strictObject({ ...lineBase, kind: z.literal("per-household"), amount: moneySchema("nonnegative") }),
  z.strictObject({ ...lineBase, kind: z.literal("tiered"), tiers: list(feeTierSchema, feeScheduleLimits.tiers, 1), vatExcluded: z.optional(vatExcludedSchema) }),
  z.strictObject({ ...lineBase, kind: z.literal("exempt"), reason: labelSchema }),
]);

/** One version of a schedule, in force over a date range. @category Fees */
export const feeScheduleVersionSchema = z
  .strictObject({
    id: idSchema,
    /** First day in force; omitted for an undated schedule (a project's own sheet). */
    effectiveFrom: z.optional(isoDateSchema),
    /** Last day in force, inclusive; omitted while still in force. */
    effectiveTo: z.optional(isoDateSchema),
    source: z.string().check(z.minLength(1), z.maxLength(2000)),
    parameters: z._default(list(feeParameterSchema, feeScheduleLimits.parameters), []),
    lines: list(feeLineSchema, feeScheduleLimits.lines, 1),
  })
  .check(z.refine((v) => !v.effectiveFrom || !v.effectiveTo || v.effectiveFrom <= v.effectiveTo, {
    message: "effectiveTo must not be before effectiveFrom",
    path: ["effectiveTo"],
  }))
  .check(z.superRefine((v, ctx) => {
    // One pass with a set: linear in the number of names, whatever they are.
    const unique = (names: readonly string[], field: "parameters" | "lines", key: string) => {
      const seen = new Set<string>();
      names.forEach((n, i) => {
        if (seen.has(n)) ctx.addIssue({ code: "custom", path: [field, i, key], message: `${key} ${n} appears twice in version ${v.id}` });
        seen.add(n);
      });
    };
    unique(v.parameters.map((p) => p.name), "parameters", "name");
    unique(v.lines.map((l) => l.code), "lines", "code");
  }));

/**
 * A fee schedule: the fees and taxes of a purchase as data, with its jurisdiction and
 * versions by date. Versions must not overlap.
 *
 * @category Fees
 */
export const feeScheduleSchema = z
  .strictObject({
    id: idSchema,
    label: labelSchema,
    /** Where it applies: "CN" for national rules, "CN-JS-Changzhou" for one city or project. */
    jurisdiction: z.string().check(z.minLength(1)),
    versions: list(feeScheduleVersionSchema, feeScheduleLimits.versions, 1),
  })
  .check(z.superRefine((s, ctx) => {
    const sorted = s.versions
      .map((v, i) => ({ v, i }))
      .sort((a, b) => (a.v.effectiveFrom ?? "").localeCompare(b.v.effectiveFrom ?? ""));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (!prev.v.effectiveTo || !cur.v.effectiveFrom || prev.v.effectiveTo >= cur.v.effectiveFrom) {
        ctx.addIssue({ code: "custom", path: ["versions", cur.i, "effectiveFrom"], message: `overlaps version ${prev.v.id}` });
      }
    }
  }));

/** A validated fee schedule. @category Fees */
export type FeeSchedule = z.output<typeof feeScheduleSchema>;
/** A validated fee line. @category Fees */
export type FeeLine = z.output<typeof feeLineSchema>;
/** A validated schedule version. @category Fees */
export type FeeScheduleVersion = z.output<typeof feeScheduleVersionSchema>;

/** Input of {@link purchaseFees}. @category Fees */
export const purchaseFeesInputSchema = z.strictObject({
  /** Total price in yuan. */
  price: moneySchema("positive"),
  /** Surveyed building area in m² (FEE-AREA). */
  area: areaSchema,
  /**
   * The day the deed tax is declared (申报契税之日): picks the schedule version in force, and
   * the VAT rate when the deed-tax base is estimated without VAT.
   */
  date: z.optional(isoDateSchema),
  /** The household's 1st, 2nd or 3rd-and-later home (3 or more means "3rd and later"). */
  homeOrdinal: z._default(intSchema(1, 1000), 1),
  /** Households, for per-household lines. */
  households: z._default(intSchema(1, 10_000), 1),
  /** Units (件), for per-unit lines. */
  units: z._default(intSchema(1, 10_000), 1),
  /** Values the schedule asks the caller for (e.g. `maintenanceFundPerM2`, `city`). */
  parameters: z._default(z.record(z.string(), z.union([z.string(), z.number()])), {}),
});

/** Repayment methods: 等额本息 and 等额本金. @category Fees */
export const repaymentMethodSchema = z.enum(["equal-installment", "equal-principal"]);

/** An annual interest rate in percent (4.9 = 4.9% a year), 0–100. */
const annualRatePercentSchema = decimalSchema({ sign: "nonnegative", maxDecimals: 6, maxIntegerDigits: 3 }).check(
  z.refine((r: string) => Number(r) <= 100, "must be at most 100 (percent a year)"),
);

/** An instalment number: 1 is the first month's payment. */
const monthSchema = intSchema(1, 600);

/**
 * A new annual rate from a month on: an LPR repricing (重定价) or any agreed change. The payment
 * is recomputed on the remaining balance over the remaining months (MORT-LPR).
 *
 * @category Fees
 */
export const rateChangeSchema = z.strictObject({
  /** The first instalment charged at the new rate (2 or later: month 1 uses the loan's rate). */
  fromMonth: intSchema(2, 600),
  /** Annual rate in percent from that month, e.g. from {@link lprPlusBasisPoints}. */
  annualRatePercent: annualRatePercentSchema,
});

/**
 * A partial prepayment (提前还款), paid right after that month's instalment (MORT-PREPAY).
 *
 * @category Fees
 */
export const prepaymentSchema = z.strictObject({
  /** The instalment it follows. */
  month: monthSchema,
  /** Yuan, at most the balance left after that instalment (more is refused at this path). */
  amount: moneySchema("positive"),
  /** `reduce-payment` keeps the term and lowers the payment; `shorten-term` keeps the payment and ends sooner. */
  mode: z.enum(["reduce-payment", "shorten-term"]),
});

/** The repricings and prepayments of one loan, checked against its term. */
const adjustments = {
  /** LPR repricings or other rate changes, in month order. */
  rateChanges: z._default(z.array(rateChangeSchema).check(z.maxLength(600)), []),
  /** Partial prepayments, in month order. */
  prepayments: z._default(z.array(prepaymentSchema).check(z.maxLength(600)), []),
};

/** Month order and the term: each change after the last and within `months`. */
function checkAdjustments(
  loan: { readonly months: number; readonly rateChanges: readonly { readonly fromMonth: number }[]; readonly prepayments: readonly { readonly month: number }[] },
  ctx: $RefinementCtx,
): void {
  const inOrder = (months: readonly number[], field: "rateChanges" | "prepayments", key: "fromMonth" | "month") =>
    months.forEach((m, i) => {
      if (m > loan.months) ctx.addIssue({ code: "custom", path: [field, i, key], message: `month ${m} is after the last of the ${loan.months} months` });
      else if (i > 0 && m <= (months[i - 1] ?? 0)) ctx.addIssue({ code: "custom", path: [field, i, key], message: "must come after the one before (one per month, in month order)" });
    });
  inOrder(loan.rateChanges.map((c) => c.fromMonth), "rateChanges", "fromMonth");
  inOrder(loan.prepayments.map((p) => p.month), "prepayments", "month");
}

/** Input of {@link mortgageSchedule}. @category Fees */
export const mortgageInputSchema = z
  .strictObject({
    /** Loan amount in yuan. */
    principal: moneySchema("positive"),
    /** Annual rate in percent, e.g. "3.1" for 3.1%. */
    annualRatePercent: annualRatePercentSchema,
    /** Term in months, 1–600. */
    months: intSchema(1, 600),
    method: repaymentMethodSchema,
    /** Date of the first payment; later payments fall on the same day of later months. */
    firstPaymentDate: z.optional(isoDateSchema),
    ...adjustments,
  })
  .check(z.superRefine(checkAdjustments));

/** Input of {@link lprPlusBasisPoints}. @category Fees */
export const lprRateInputSchema = z.strictObject({
  /** The loan prime rate (贷款市场报价利率) in percent, e.g. "3.5" for the 5-year LPR of 3.5%. */
  lprPercent: annualRatePercentSchema,
  /** 加点: basis points added (negative: subtracted); 1 bp = 0.01 percentage point, up to 4 decimals. */
  basisPoints: decimalSchema({ sign: "any", maxDecimals: 4, maxIntegerDigits: 6 }),
});

/** One loan of a purchase plan: provident fund (公积金) or commercial. @category Fees */
export const planLoanSchema = z
  .strictObject({
    kind: z.enum(["provident-fund", "commercial"]),
    /** Yuan; omit on one loan to give it the rest of the loan total. */
    amount: z.optional(moneySchema("positive")),
    annualRatePercent: annualRatePercentSchema,
    months: intSchema(1, 600),
    method: repaymentMethodSchema,
    ...adjustments,
  })
  .check(z.superRefine(checkAdjustments));

/**
 * The fees part of a plan: only its outline here. `purchaseFees` checks it in full with the
 * plan's price (purchaseFeesInputSchema and the schedule's own), so a bad field is reported once,
 * under `fees`.
 */
const planFeesSchema = z.strictObject({
  schedule: z.unknown(),
  area: z.union([z.string(), z.number()]),
  date: z.optional(z.string()),
  homeOrdinal: z.optional(z.number()),
  households: z.optional(z.number()),
  units: z.optional(z.number()),
  parameters: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

/** Input of {@link purchasePlan}. @category Fees */
export const purchasePlanInputSchema = z.strictObject({
  price: moneySchema("positive"),
  /** Share of the price paid down, e.g. "0.3". 1 means paid in full (then no loans). */
  downPaymentRatio: rateSchema(1),
  /** One loan, or two (a combination loan 组合贷: one provident-fund and one commercial). */
  loans: z._default(z.array(planLoanSchema).check(z.maxLength(2)), []),
  firstPaymentDate: z.optional(isoDateSchema),
  /** Fees to show at the desk: the purchase-fees input less the price, and the schedule. */
  fees: z.optional(planFeesSchema),
});

// --- the named interfaces agree with the schemas ------------------------------------------------
// Compile-time only. The interfaces of ./input-types name and document the input shapes; the
// schemas above describe them. Each line below stops compiling when an interface and its schema
// accept different values: assignable both ways (readonly aside, as zod's input types are mutable),
// and the same keys with the same optionality, so a renamed optional field is caught too.

true satisfies SameInput<FeeParameterInput, typeof feeParameterSchema>;
true satisfies SameInput<FeeTierInput, typeof feeTierSchema>;
true satisfies SameInput<FeeVatExcludedInput, typeof vatExcludedSchema>;
true satisfies SameInput<FeeLineInput, typeof feeLineSchema>;
true satisfies SameInput<FeeScheduleVersionInput, typeof feeScheduleVersionSchema>;
true satisfies SameInput<FeeScheduleInput, typeof feeScheduleSchema>;
true satisfies SameInput<PurchaseFeesInput, typeof purchaseFeesInputSchema>;
true satisfies SameInput<RateChangeInput, typeof rateChangeSchema>;
true satisfies SameInput<PrepaymentInput, typeof prepaymentSchema>;
true satisfies SameInput<MortgageInput, typeof mortgageInputSchema>;
true satisfies SameInput<LprRateInput, typeof lprRateInputSchema>;
true satisfies SameInput<PlanLoanInput, typeof planLoanSchema>;
// The plan's fees: the schema leaves the schedule unknown (purchaseFees checks it); the rest agrees.
true satisfies SameInput<Omit<PlanFeesInput, "schedule"> & { schedule: unknown }, typeof planFeesSchema>;
true satisfies SameInput<Omit<PurchasePlanInput, "fees"> & { fees?: z.input<typeof planFeesSchema> | undefined }, typeof purchasePlanInputSchema>;
