/**
 * Internal: a subscription policy as callers write it, named and documented field by field. Its
 * one description is subscriptionPolicySchema (policy.ts), which proves at compile time that these
 * interfaces are the same types as its input.
 */

/**
 * A pause in the selection day as callers write it: see {@link subscriptionBreakSchema}.
 *
 * @category Subscription
 */
export interface SubscriptionBreakInput {
  /** Local time `HH:mm` the break starts. */
  readonly from: string;
  /** Local time `HH:mm` it ends, after `from`. */
  readonly to: string;
  /** What it is ("lunch"), 1–200 characters. */
  readonly label?: string | undefined;
}

/**
 * A subscription policy as callers write it: every field optional, defaults from
 * 《房地产销售现场管理关系客户购买须知》. See {@link subscriptionPolicySchema}, its one description;
 * money is yuan as a string or number, times are local `HH:mm` in `timeZone`.
 *
 * @category Subscription
 */
export interface SubscriptionPolicyInput {
  /** The project's IANA time zone; default `Asia/Shanghai`. Every time of day below is local to it. */
  readonly timeZone?: string | undefined;
  /** What is released at the event (a phase, a cluster), 1–200 characters. */
  readonly release?: string | undefined;
  /** First day of the event, `MM-DD` (the year is the caller's). Goes with `eventTo`. */
  readonly eventFrom?: string | undefined;
  /** Last day of the event, `MM-DD`, inclusive, not before `eventFrom`. */
  readonly eventTo?: string | undefined;
  /** SUB-EV-1: most cards served in one day (1 – 1,000,000). Default 100. */
  readonly dailyCap?: number | undefined;
  /** SUB-EV-6: cards per group (1 – 100,000). Default 10. */
  readonly groupSize?: number | undefined;
  /** SUB-EV-6: minutes a group has to choose (1–1440). Default 15. */
  readonly slotMinutes?: number | undefined;
  /** SUB-EV-8: the show flats open at … */
  readonly viewingFrom?: string | undefined;
  /** SUB-EV-8: … and close at. */
  readonly viewingTo?: string | undefined;
  /** SUB-EV-8: the briefing on the procedure. */
  readonly briefingAt?: string | undefined;
  /** SUB-EV-8: group 1 is called at this time. Default `"10:15"`. */
  readonly startTime?: string | undefined;
  /** SUB-EV-8: no group may end after this ("basically ends"), after `startTime`; absent = midnight. */
  readonly latestEnd?: string | undefined;
  /** SUB-EV-8: pauses in the day, in order, not overlapping, at most 48. */
  readonly breaks?: readonly SubscriptionBreakInput[] | undefined;
  /** SUB-EV-1/6: serve all cards by number (default), or gold cards first (a practice option). */
  readonly cardOrder?: "card-number" | "gold-first" | undefined;
  /** SUB-EV-5: cards carried from an earlier event are served `"first"` (default) or `"by-number"`. */
  readonly carriedCards?: "first" | "by-number" | undefined;
  /** SUB-EV-2: units one card may subscribe (1–100). Default 1. */
  readonly unitsPerCard?: number | undefined;
  /** SUB-EV-3: calendar days after the notice to return the card for the intention money (0–366). Default 3. */
  readonly refundWindowDays?: number | undefined;
  /** Intention money of a card that does not state its own, yuan (not in the notice). */
  readonly intentionMoney?: string | number | undefined;
  /** SUB-DEP-1: deposit per unit, yuan, positive. Default 20,000. */
  readonly deposit?: string | number | undefined;
  /** SUB-DEP-1: the deposit is paid in `"cash"` (default) or `"any"` way. */
  readonly depositPaidIn?: "cash" | "any" | undefined;
  /** SUB-LAW-1: the share of the price above which a deposit has no deposit effect (0–1). Default 0.2; the cap is rounded down to the fen. */
  readonly depositCapRate?: string | number | undefined;
  /** SUB-DEP-2: days from the agreement to the deadline when a subscribe event gives none (0–3660). */
  readonly signingDeadlineDays?: number | undefined;
  /** SUB-CHG-1: fee per unit change, yuan. Default 500. */
  readonly unitChangeFee?: string | number | undefined;
  /** SUB-CHG-2: fee per owner change, yuan. Default 1,000. */
  readonly ownerChangeFee?: string | number | undefined;
  /** SUB-SIGN-2: copies of the ID card at signing (0–99). Default 4. */
  readonly idCopies?: number | undefined;
  /** SUB-SIGN-2: copies of each spouse's ID card for a mortgage. Default 2. */
  readonly mortgageIdCopies?: number | undefined;
  /** SUB-SIGN-2: copies of the household register for a mortgage. Default 2. */
  readonly householdRegisterCopies?: number | undefined;
  /** SUB-SIGN-2: single-status certificates instead of the register. Default 2. */
  readonly singleStatusCertificates?: number | undefined;
  /** SUB-SIGN-2: copies of the deposit receipt for a mortgage. Default 1. */
  readonly depositReceiptCopies?: number | undefined;
  /** SUB-SIGN-2: copies of the bank card for a mortgage. Default 1. */
  readonly bankCardCopies?: number | undefined;
  /** SUB-SIGN-2: originals of the income certificate for a mortgage. Default 1. */
  readonly incomeCertificates?: number | undefined;
  /** SUB-SIGN-2: the bank card the lender asks for, 1–200 characters. */
  readonly mortgageBankCard?: string | undefined;
}
