import * as z from "zod";
import { intSchema, moneySchema, rateSchema, timeOfDaySchema, timeZoneSchema, boundedList, boundedText } from "../core/schema";
import { isIsoDate, minutesOfDay } from "../core/time";
import { subscriptionLimits as limits } from "./input-bounds";
import type { SameInput } from "../core/same-input";
import type { SubscriptionBreakInput, SubscriptionPolicyInput } from "./policy-input";

export type { SubscriptionBreakInput, SubscriptionPolicyInput } from "./policy-input";

const monthDaySchema = z
  .string()
  .refine((v) => /^\d{2}-\d{2}$/.test(v) && isIsoDate(`2000-${v}`), "must be a month and day MM-DD");

/**
 * A pause in the selection day (lunch, a reset of the sales table): no group is called inside it.
 *
 * @remarks SUB-EV-8 (《房地产销售现场管理关系客户购买须知》篇1 四): the notice's day "basically ends 14:00", which 10 groups of
 * 15 minutes from 10:15 only reach with breaks.
 * @category Subscription
 */
export const subscriptionBreakSchema = z
  .strictObject({ from: timeOfDaySchema, to: timeOfDaySchema, label: z.optional(boundedText(1, limits.text)) })
  .refine((b) => (minutesOfDay(b.from) ?? 0) < (minutesOfDay(b.to) ?? 0), { message: "a break must end after it starts", path: ["to"] });

/**
 * The rules of one office's selection day and subscription notice, as data. Defaults follow
 * 《房地产销售现场管理关系客户购买须知》篇1–2 for the counts and amounts; times, dates and breaks are only in the presets.
 *
 * @remarks SUB-EV-1…8, SUB-DOC-*, SUB-DEP-*, SUB-CHG-*, SUB-SIGN-*, SUB-LAW-1 (篇1–2; 《中华人民共和国民法典》第586条).
 * @throws {@link core!ShoulouError} `INVALID_POLICY` when a function is given a policy that does not fit.
 * @category Subscription
 */
export const subscriptionPolicySchema = z
  .strictObject({
    /** The project's time zone: every time of day below is local to it. */
    timeZone: timeZoneSchema,
    /** What is released at the event (a phase, a cluster). */
    release: z.optional(boundedText(1, limits.text)),
    /** First day of the event, month and day (the year is the caller's). */
    eventFrom: monthDaySchema.optional(),
    /** Last day of the event, month and day, inclusive. */
    eventTo: monthDaySchema.optional(),
    /** SUB-EV-1: most cards served in one day. */
    dailyCap: z._default(intSchema(1, 1_000_000), 100),
    /** SUB-EV-6: cards per group. */
    groupSize: z._default(intSchema(1, 100_000), 10),
    /** SUB-EV-6: minutes a group has to choose. */
    slotMinutes: z._default(intSchema(1, 1440), 15),
    /** SUB-EV-8: the show flats are open from … */
    viewingFrom: z.optional(timeOfDaySchema),
    /** SUB-EV-8: … to. */
    viewingTo: z.optional(timeOfDaySchema),
    /** SUB-EV-8: the briefing on the procedure. */
    briefingAt: z.optional(timeOfDaySchema),
    /** SUB-EV-8: group 1 is called at this time. */
    startTime: z._default(timeOfDaySchema, "10:15"),
    /** SUB-EV-8: no group may end after this ("basically ends"); absent = midnight. */
    latestEnd: z.optional(timeOfDaySchema),
    /** SUB-EV-8: pauses in the day, in order, not overlapping. */
    breaks: z._default(boundedList(subscriptionBreakSchema, limits.breaks), []),
    /** SUB-EV-1/6: serve all cards by number, or gold cards first (a practice option). */
    cardOrder: z.enum(["card-number", "gold-first"]).default("card-number"),
    /** SUB-EV-5: cards carried from an earlier event are served first (their priority carries) or by number. */
    carriedCards: z.enum(["first", "by-number"]).default("first"),
    /** SUB-EV-2: units one card may subscribe. */
    unitsPerCard: z._default(intSchema(1, 100), 1),
    /** SUB-EV-3: calendar days after the notice to return the card for the intention money. */
    refundWindowDays: z._default(intSchema(0, 366), 3),
    /** Intention money of a card that does not state its own (not in the notice). */
    intentionMoney: z.optional(moneySchema("nonnegative")),
    /** SUB-DEP-1: deposit per unit, yuan. */
    deposit: z._default(moneySchema("positive"), "20000"),
    /** SUB-DEP-1: how the deposit is paid. */
    depositPaidIn: z.enum(["cash", "any"]).default("cash"),
    /** SUB-LAW-1: the share of the contract price above which a deposit has no deposit effect. */
    depositCapRate: z._default(rateSchema(1), "0.2"),
    /** SUB-DEP-2: days from the agreement to the deadline, when an event does not give the date. */
    signingDeadlineDays: z.optional(intSchema(0, 3660)),
    /** SUB-CHG-1: fee per unit change, yuan. */
    unitChangeFee: z._default(moneySchema("nonnegative"), "500"),
    /** SUB-CHG-2: fee per owner change, yuan. */
    ownerChangeFee: z._default(moneySchema("nonnegative"), "1000"),
    /** SUB-SIGN-2: copies of the ID card at signing. */
    idCopies: z._default(intSchema(0, 99), 4),
    /** SUB-SIGN-2: copies of each spouse's ID card for a mortgage. */
    mortgageIdCopies: z._default(intSchema(0, 99), 2),
    /** SUB-SIGN-2: copies of the household register for a mortgage. */
    householdRegisterCopies: z._default(intSchema(0, 99), 2),
    /** SUB-SIGN-2: single-status certificates instead of the register. */
    singleStatusCertificates: z._default(intSchema(0, 99), 2),
    /** SUB-SIGN-2: copies of the deposit receipt for a mortgage. */
    depositReceiptCopies: z._default(intSchema(0, 99), 1),
    /** SUB-SIGN-2: copies of the bank card for a mortgage. */
    bankCardCopies: z._default(intSchema(0, 99), 1),
    /** SUB-SIGN-2: originals of the income certificate for a mortgage. */
    incomeCertificates: z._default(intSchema(0, 99), 1),
    /** SUB-SIGN-2: the bank card the lender asks for. */
    mortgageBankCard: z._default(boundedText(1, limits.text), "bank card of the applicant or spouse"),
  })
  .superRefine((p, ctx) => {
    const start = minutesOfDay(p.startTime) ?? 0;
    if (p.latestEnd !== undefined && (minutesOfDay(p.latestEnd) ?? 0) <= start)
      ctx.addIssue({ code: "custom", path: ["latestEnd"], message: "must be after startTime" });
    if ((p.eventFrom === undefined) !== (p.eventTo === undefined))
      ctx.addIssue({ code: "custom", path: [p.eventFrom === undefined ? "eventFrom" : "eventTo"], message: "eventFrom and eventTo go together" });
    if (p.eventFrom !== undefined && p.eventTo !== undefined && p.eventFrom > p.eventTo)
      ctx.addIssue({ code: "custom", path: ["eventTo"], message: "must not be before eventFrom" });
    let last = -1;
    p.breaks.forEach((b, i) => {
      const from = minutesOfDay(b.from) ?? 0;
      if (from < last) ctx.addIssue({ code: "custom", path: ["breaks", i, "from"], message: "breaks must be in order and not overlap" });
      last = minutesOfDay(b.to) ?? 0;
    });
  });

true satisfies SameInput<SubscriptionBreakInput, typeof subscriptionBreakSchema>;
true satisfies SameInput<SubscriptionPolicyInput, typeof subscriptionPolicySchema>;

/** A subscription policy with its defaults filled in. @category Subscription */
export type SubscriptionPolicy = z.output<typeof subscriptionPolicySchema>;
