import * as z from "zod";
import { intSchema, isoDateSchema, moneySchema, boundedList, boundedText } from "../core/schema";
import { subscriptionLimits as limits, unitIdSchema } from "./input-bounds";
import type { SameInput } from "../core/same-input";

/**
 * A VIP card (贵宾卡) as the office issued it, and what happens to it on the selection day:
 * whether the holder came, the units wanted in order, and the holder's choice in case the card
 * is not reached. {@link planSelectionEvent} reads only the card; {@link resolveUnitPicks} all.
 *
 * @remarks SUB-EV-1 (card-number order), SUB-EV-2/3/7 (picks), SUB-EV-4 (villa intent),
 * SUB-EV-5 (carried from an earlier event, not reached); 《房地产销售现场管理关系客户购买须知》篇1 一–三.
 * @category Subscription
 */
export const subscriptionCardSchema = z
  .strictObject({
    /** The card number: the priority, lower first. */
    number: intSchema(1, 1_000_000_000),
    /** `gold` (金卡) or `vip` (贵宾卡). */
    kind: z.enum(["gold", "vip"]).default("vip"),
    /** The holder's name, as printed on the card. */
    holder: z.optional(boundedText(1, limits.text)),
    /** The holder wants a villa (SUB-EV-4). */
    villaIntent: z.boolean().default(false),
    /** A villa holder's decided route: reserve a villa for its launch, or give up and return the card. */
    villaRoute: z.enum(["reserve", "give-up"]).optional(),
    /** The card carries priority from an earlier event (SUB-EV-5). */
    carried: z.boolean().default(false),
    /** Intention money paid for the card, yuan. */
    intentionMoney: z.optional(moneySchema("nonnegative")),
    /** The holder was at the sales office when the group was called. */
    present: z.boolean().default(true),
    /** Unit ids, most wanted first. */
    preferences: z._default(boundedList(unitIdSchema, limits.preferences), []),
    /** Choice if the event ends before the card is called (SUB-EV-5). */
    ifNotReached: z.enum(["carry", "give-up", "undecided"]).default("undecided"),
  })
  .refine((c) => c.villaRoute === undefined || c.villaIntent, {
    message: "a villa route needs villaIntent",
    path: ["villaRoute"],
  });

const eventDatesShape = {
  /** The event's days; when absent, the policy's eventFrom–eventTo in `year`. */
  dates: z.optional(boundedList(isoDateSchema, limits.dates, 1)),
  /** The year of the policy's month-day event dates. */
  year: z.optional(intSchema(1, 9999)),
};

/**
 * Input of {@link planSelectionEvent}: the cards and the event's days.
 *
 * @remarks SUB-EV-1, SUB-EV-6, SUB-EV-8 (《房地产销售现场管理关系客户购买须知》篇1). At most 100,000 cards.
 * @category Subscription
 */
export const selectionEventInputSchema = z.strictObject({
  cards: boundedList(subscriptionCardSchema, limits.cards),
  ...eventDatesShape,
});

/**
 * A VIP card as callers write it: see {@link subscriptionCardSchema}, its one description.
 *
 * @category Subscription
 */
export interface SubscriptionCardInput {
  /** The card number (1 – 1,000,000,000): the priority, lower first (SUB-EV-1). */
  readonly number: number;
  /** `"gold"` (金卡) or `"vip"` (贵宾卡, the default). */
  readonly kind?: "gold" | "vip" | undefined;
  /** The holder's name as printed on the card, 1–200 characters. */
  readonly holder?: string | undefined;
  /** The holder wants a villa (SUB-EV-4). Default false. */
  readonly villaIntent?: boolean | undefined;
  /** A villa holder's decided route: `"reserve"` a villa for its launch, or `"give-up"` and return the card. Needs `villaIntent`. */
  readonly villaRoute?: "reserve" | "give-up" | undefined;
  /** The card carries priority from an earlier event (SUB-EV-5). Default false. */
  readonly carried?: boolean | undefined;
  /** Intention money paid for the card, yuan (string or number, at most 2 decimals, ≥ 0). */
  readonly intentionMoney?: string | number | undefined;
  /** The holder was at the sales office when the group was called. Default true. */
  readonly present?: boolean | undefined;
  /** Unit ids, most wanted first: at most 1,000, each a unit on sale, none twice. */
  readonly preferences?: readonly string[] | undefined;
  /** Choice if the event ends before the card is called (SUB-EV-5). Default `"undecided"`. */
  readonly ifNotReached?: "carry" | "give-up" | "undecided" | undefined;
}

/**
 * Input of {@link planSelectionEvent} as callers write it: see {@link selectionEventInputSchema}.
 *
 * @category Subscription
 */
export interface SelectionEventInput {
  /** The cards, at most 100,000, each number once. */
  readonly cards: readonly SubscriptionCardInput[];
  /** The event's days (ISO dates, at most 366, none twice); when absent, the policy's eventFrom–eventTo in `year`. */
  readonly dates?: readonly string[] | undefined;
  /** The year (1–9999) of the policy's month-day event dates. */
  readonly year?: number | undefined;
}

true satisfies SameInput<SubscriptionCardInput, typeof subscriptionCardSchema>;
true satisfies SameInput<SelectionEventInput, typeof selectionEventInputSchema>;

/**
 * Input of {@link resolveUnitPicks}: units on sale, the cards with their preferences, the event's days.
 *
 * @remarks SUB-EV-1…7 (《房地产销售现场管理关系客户购买须知》篇1). At most 100,000 cards and 100,000 units.
 * @category Subscription
 */
export const unitPicksInputSchema = z.strictObject({
  /** Ids of the units on sale. */
  units: boundedList(unitIdSchema, limits.units),
  /** The cards, each with its presence, preferences and choice if not reached. */
  cards: boundedList(subscriptionCardSchema, limits.cards),
  ...eventDatesShape,
  /** Date the office notifies void cards; default: the card's own day (the last day for cards not reached). */
  noticeDate: z.optional(isoDateSchema),
});

/**
 * Input of {@link resolveUnitPicks} as callers write it: see {@link unitPicksInputSchema}.
 *
 * @category Subscription
 */
export interface UnitPicksInput {
  /** Ids of the units on sale, at most 100,000, none twice. */
  readonly units: readonly string[];
  /** The cards, at most 100,000, each with its presence, preferences and choice if not reached. */
  readonly cards: readonly SubscriptionCardInput[];
  /** The event's days (ISO dates, at most 366); when absent, the policy's eventFrom–eventTo in `year`. */
  readonly dates?: readonly string[] | undefined;
  /** The year (1–9999) of the policy's month-day event dates. */
  readonly year?: number | undefined;
  /** The day the office notifies void cards (ISO date); default the card's own day (the last day for cards not reached). */
  readonly noticeDate?: string | undefined;
}

true satisfies SameInput<UnitPicksInput, typeof unitPicksInputSchema>;
