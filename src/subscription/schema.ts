import * as z from "zod";
import type { RuleId } from "../core/rules";
import { idSchema, intSchema, isoDateSchema, moneySchema } from "../core/schema";

/**
 * A VIP card (贵宾卡) as the office issued it, and what happens to it on the selection day:
 * whether the holder came, the units wanted in order, and the holder's choice in case the card
 * is not reached. {@link planSelectionEvent} reads only the card; {@link resolveUnitPicks} all.
 *
 * @remarks SUB-EV-1 (card-number order), SUB-EV-2/3/7 (picks), SUB-EV-4 (villa intent),
 * SUB-EV-5 (carried from an earlier event, not reached); seed 001 篇1 §一–三.
 * @category Subscription
 */
export const subscriptionCardSchema = z
  .strictObject({
    /** The card number: the priority, lower first. */
    number: intSchema(1, 1_000_000_000),
    /** `gold` (金卡) or `vip` (贵宾卡). */
    kind: z.enum(["gold", "vip"]).default("vip"),
    holder: z.string().min(1).max(200).optional(),
    /** The holder wants a villa (SUB-EV-4). */
    villaIntent: z.boolean().default(false),
    /** A villa holder's decided route: reserve a villa for its launch, or give up and return the card. */
    villaRoute: z.enum(["reserve", "give-up"]).optional(),
    /** The card carries priority from an earlier event (SUB-EV-5). */
    carried: z.boolean().default(false),
    /** Intention money paid for the card, yuan. */
    intentionMoney: moneySchema("nonnegative").optional(),
    /** The holder was at the sales office when the group was called. */
    present: z.boolean().default(true),
    /** Unit ids, most wanted first. */
    preferences: z.array(idSchema).max(1000).default([]),
    /** Choice if the event ends before the card is called (SUB-EV-5). */
    ifNotReached: z.enum(["carry", "give-up", "undecided"]).default("undecided"),
  })
  .refine((c) => c.villaRoute === undefined || c.villaIntent, {
    message: "a villa route needs villaIntent",
    path: ["villaRoute"],
  });

const eventDatesShape = {
  /** The event's days; when absent, the policy's eventFrom–eventTo in `year`. */
  dates: z.array(isoDateSchema).min(1).max(3660).optional(),
  /** The year of the policy's month-day event dates. */
  year: intSchema(1, 9999).optional(),
};

/**
 * Input of {@link planSelectionEvent}: the cards and the event's days.
 *
 * @remarks SUB-EV-1, SUB-EV-6, SUB-EV-8 (seed 001 篇1).
 * @category Subscription
 */
export const selectionEventInputSchema = z.strictObject({
  cards: z.array(subscriptionCardSchema).max(10_000_000),
  ...eventDatesShape,
});

/** Input of {@link planSelectionEvent} as callers write it. @category Subscription */
export type SelectionEventInput = z.input<typeof selectionEventInputSchema>;

/**
 * Input of {@link resolveUnitPicks}: units on sale, the cards with their preferences, the event's days.
 *
 * @remarks SUB-EV-1…7 (seed 001 篇1).
 * @category Subscription
 */
export const unitPicksInputSchema = z.strictObject({
  /** Ids of the units on sale. */
  units: z.array(idSchema).max(10_000_000),
  cards: z.array(subscriptionCardSchema).max(10_000_000),
  ...eventDatesShape,
  /** Date the office notifies void cards; default: the card's own day (the last day for cards not reached). */
  noticeDate: isoDateSchema.optional(),
});

/** Input of {@link resolveUnitPicks} as callers write it. @category Subscription */
export type UnitPicksInput = z.input<typeof unitPicksInputSchema>;

/** One group of the selection day, with its local times as ISO instants. @category Subscription */
export interface SelectionGroup {
  readonly group: number;
  readonly start: string;
  readonly end: string;
  readonly cards: readonly number[];
}

/** One day of the selection event. @category Subscription */
export interface SelectionDay {
  readonly date: string;
  readonly viewing: { readonly from: string; readonly to: string } | null;
  readonly briefing: string | null;
  readonly breaks: readonly { readonly from: string; readonly to: string; readonly label: string | null }[];
  readonly groups: readonly SelectionGroup[];
  readonly cards: number;
  /** Why the day stopped: every card served, the daily cap, or the clock. */
  readonly closedBy: "all-served" | "daily-cap" | "latest-end";
}

/** A card the event does not reach, with the holder's options (SUB-EV-5). @category Subscription */
export interface UnreachedCard {
  readonly card: number;
  readonly options: readonly ("carry-to-next-event" | "give-up")[];
  /** A card already carried from an earlier event that is not reached again is forfeited. */
  readonly automaticForfeit: boolean;
}

/** A villa card and the routes open to it (SUB-EV-4). @category Subscription */
export interface VillaCardOptions {
  readonly card: number;
  readonly route: "reserve" | "give-up" | null;
  readonly options: readonly ("pick-today" | "villa-reservation" | "give-up")[];
}

const ownersSchema = z.array(z.string().min(1).max(200)).min(1).max(20);

/**
 * Where one subscription stands: the state {@link applySubscriptionEvent} reads and returns.
 * `{}` is a card holder before subscribing.
 *
 * @remarks SUB-DEP-1/2, SUB-CHG-1/2, SUB-SIGN-1/3/4, SUB-LAW-1 (seed 001 篇2; Civil Code art. 586).
 * @category Subscription
 */
export const subscriptionStateSchema = z
  .strictObject({
    status: z.enum(["card-holder", "subscribed", "first-installment-paid", "contracted", "forfeited", "cancelled", "void"]).default("card-holder"),
    card: intSchema(1, 1_000_000_000).optional(),
    /** Intention money paid for the VIP card, refunded when the card is returned. */
    intentionMoney: moneySchema("nonnegative").optional(),
    unit: idSchema.nullable().default(null),
    /** Contract price of the unit, yuan. */
    price: moneySchema("positive").nullable().default(null),
    /** Deposit paid (定金), yuan. */
    deposit: moneySchema("nonnegative").default("0"),
    /** The part of the deposit that acts as a deposit: at most the cap share of the price (SUB-LAW-1). */
    depositEffect: moneySchema("nonnegative").default("0"),
    paymentMethod: z.enum(["full", "mortgage"]).nullable().default(null),
    owners: z.array(z.string().min(1).max(200)).max(20).default([]),
    subscribedOn: isoDateSchema.nullable().default(null),
    /** Deadline for the first installment and the sales contract (SUB-DEP-2). */
    deadline: isoDateSchema.nullable().default(null),
    firstInstallment: moneySchema("nonnegative").default("0"),
    contractedOn: isoDateSchema.nullable().default(null),
    /** The contract's installments, due on their dates with no further notice (SUB-SIGN-4). */
    installments: z.array(z.strictObject({ due: isoDateSchema, amount: moneySchema("positive") })).max(600).default([]),
    unitChanges: intSchema(0, 1_000_000).default(0),
    ownerChanges: intSchema(0, 1_000_000).default(0),
    /** The unit given back for resale when the subscription ended. */
    releasedUnit: idSchema.nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (["subscribed", "first-installment-paid", "contracted"].includes(s.status))
      for (const key of ["unit", "price", "paymentMethod", "subscribedOn", "deadline"] as const)
        if (s[key] === null) ctx.addIssue({ code: "custom", path: [key], message: `a ${s.status} subscription needs ${key}` });
  });

/** A subscription state as callers write it. @category Subscription */
export type SubscriptionStateInput = z.input<typeof subscriptionStateSchema>;

/** A subscription state as shoulou returns it (money as yuan with 2 decimals). @category Subscription */
export type SubscriptionState = z.output<typeof subscriptionStateSchema>;

/** How one named owner signs the sales contract (SUB-SIGN-1). @category Subscription */
export const contractSignerSchema = z.strictObject({
  owner: z.string().min(1).max(200),
  by: z.enum(["in-person", "proxy"]),
  /** The owner signed a notarised power of attorney. */
  notarised: z.boolean().default(false),
  /** The owner is a foreign national. */
  foreign: z.boolean().default(false),
  /** Notarised at a consulate (foreigners). */
  consular: z.boolean().default(false),
  /** The foreign original and a Chinese translation are both given (foreigners). */
  translated: z.boolean().default(false),
});

const on = { on: isoDateSchema };

/**
 * One event in a subscription's life, by `type`.
 *
 * @remarks SUB-DEP-1 subscribe, SUB-CHG-1 change-unit, SUB-SIGN-3 pay-first-installment and
 * change-payment-method, SUB-SIGN-1 sign-contract, SUB-CHG-2 change-owner, SUB-DEP-2 check-deadline,
 * SUB-LAW-1…3 cancel (seed 001 篇2; Civil Code arts. 586/587; SPC interpretation art. 4).
 * @category Subscription
 */
export const subscriptionEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("subscribe"),
    ...on,
    unit: idSchema,
    price: moneySchema("positive"),
    /** Deposit paid; default the policy's. */
    deposit: moneySchema("positive").optional(),
    paidIn: z.enum(["cash", "transfer", "card"]).default("cash"),
    paymentMethod: z.enum(["full", "mortgage"]),
    owners: ownersSchema,
    /** Deadline for the first installment and contract; default the policy's signingDeadlineDays after `on`. */
    deadline: isoDateSchema.optional(),
    card: intSchema(1, 1_000_000_000).optional(),
  }).refine((e) => e.deadline === undefined || e.deadline >= e.on, { message: "the deadline is before the subscription", path: ["deadline"] }),
  z.strictObject({ type: z.literal("change-unit"), ...on, unit: idSchema, price: moneySchema("positive") }),
  z.strictObject({ type: z.literal("pay-first-installment"), ...on, amount: moneySchema("positive") }),
  z.strictObject({ type: z.literal("change-payment-method"), ...on, method: z.enum(["full", "mortgage"]) }),
  z.strictObject({
    type: z.literal("sign-contract"),
    ...on,
    signers: z.array(contractSignerSchema).min(1).max(20),
    installments: z.array(z.strictObject({ due: isoDateSchema, amount: moneySchema("positive") })).max(600).default([]),
  }),
  z.strictObject({ type: z.literal("change-owner"), ...on, owners: ownersSchema, sellerConsent: z.boolean() }),
  z.strictObject({ type: z.literal("check-deadline"), ...on }),
  z.strictObject({ type: z.literal("cancel"), ...on, reason: z.enum(["buyer-default", "seller-default", "no-fault"]) }),
]);

/** A subscription event as callers write it. @category Subscription */
export type SubscriptionEventInput = z.input<typeof subscriptionEventSchema>;

/** A subscription event after validation. @category Subscription */
export type SubscriptionEvent = z.output<typeof subscriptionEventSchema>;

/**
 * A sum of money an event makes one party pay the other.
 *
 * @remarks SUB-DEP-1 (deposit), SUB-CHG-1/2 (fees), SUB-EV-3 and SUB-LAW-1…3 (refunds).
 * @category Subscription
 */
export interface SubscriptionCharge {
  readonly code: string;
  readonly rule: RuleId;
  /** Yuan with 2 decimals, always positive. */
  readonly amount: string;
  readonly payer: "buyer" | "seller";
}
