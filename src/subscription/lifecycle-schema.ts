import * as z from "zod";
import type { RuleId } from "../core/rules";
import { intSchema, isoDateSchema, moneySchema } from "../core/schema";
import { boundedList, boundedText, subscriptionLimits as limits, unitIdSchema } from "./input-bounds";
import type { SameInput } from "./same-shape";

const ownerName = boundedText(1, limits.text);
const ownersSchema = boundedList(ownerName, limits.owners, 1);
const installmentsSchema = boundedList(z.strictObject({ due: isoDateSchema, amount: moneySchema("positive") }), limits.installments);

/**
 * Where one subscription stands: the state {@link applySubscriptionEvent} reads and returns.
 * `{}` is a card holder before subscribing.
 *
 * @remarks SUB-DEP-1/2, SUB-CHG-1/2, SUB-SIGN-1/3/4, SUB-LAW-1 (《房地产销售现场管理关系客户购买须知》篇2;
 * 《中华人民共和国民法典》第586条).
 * @category Subscription
 */
export const subscriptionStateSchema = z
  .strictObject({
    status: z.enum(["card-holder", "subscribed", "first-installment-paid", "contracted", "forfeited", "cancelled", "void"]).default("card-holder"),
    card: intSchema(1, 1_000_000_000).optional(),
    /** Intention money paid for the VIP card, refunded when the card is returned. */
    intentionMoney: moneySchema("nonnegative").optional(),
    unit: unitIdSchema.nullable().default(null),
    /** Contract price of the unit, yuan. */
    price: moneySchema("positive").nullable().default(null),
    /** Deposit paid (定金), yuan. */
    deposit: moneySchema("nonnegative").default("0"),
    /** The part of the deposit that acts as a deposit: at most the cap share of the price (SUB-LAW-1). */
    depositEffect: moneySchema("nonnegative").default("0"),
    paymentMethod: z.enum(["full", "mortgage"]).nullable().default(null),
    owners: boundedList(ownerName, limits.owners).default([]),
    subscribedOn: isoDateSchema.nullable().default(null),
    /** Deadline for the first installment and the sales contract (SUB-DEP-2). */
    deadline: isoDateSchema.nullable().default(null),
    firstInstallment: moneySchema("nonnegative").default("0"),
    contractedOn: isoDateSchema.nullable().default(null),
    /** The contract's installments, due on their dates with no further notice (SUB-SIGN-4). */
    installments: installmentsSchema.default([]),
    unitChanges: intSchema(0, 1_000_000).default(0),
    ownerChanges: intSchema(0, 1_000_000).default(0),
    /** The unit given back for resale when the subscription ended. */
    releasedUnit: unitIdSchema.nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (["subscribed", "first-installment-paid", "contracted"].includes(s.status))
      for (const key of ["unit", "price", "paymentMethod", "subscribedOn", "deadline"] as const)
        if (s[key] === null) ctx.addIssue({ code: "custom", path: [key], message: `a ${s.status} subscription needs ${key}` });
  });

/** Where a subscription is in its life. @category Subscription */
export type SubscriptionStatus = "card-holder" | "subscribed" | "first-installment-paid" | "contracted" | "forfeited" | "cancelled" | "void";

/** One installment of the sales contract. @category Subscription */
export interface InstallmentInput {
  /** The contract date it is due on (ISO date). */
  readonly due: string;
  /** Yuan, positive, at most 2 decimals (string or number). */
  readonly amount: string | number;
}

/**
 * A subscription state as callers write it (`{}` is a card holder); a state shoulou returned
 * goes straight back in. See {@link subscriptionStateSchema}, its one description.
 *
 * @category Subscription
 */
export interface SubscriptionStateInput {
  /** Default `"card-holder"`. A subscribed, paid or contracted state needs unit, price, paymentMethod, subscribedOn and deadline. */
  readonly status?: SubscriptionStatus | undefined;
  /** The VIP card number (1 – 1,000,000,000). */
  readonly card?: number | undefined;
  /** Intention money paid for the VIP card, yuan; refunded when the card is returned (SUB-EV-3). */
  readonly intentionMoney?: string | number | undefined;
  /** The subscribed unit's id. */
  readonly unit?: string | null | undefined;
  /** Contract price of the unit, yuan, positive. */
  readonly price?: string | number | null | undefined;
  /** Deposit paid (定金), yuan. Default 0. */
  readonly deposit?: string | number | undefined;
  /** The part of the deposit that acts as a deposit: at most the cap share of the price, rounded down to the fen (SUB-LAW-1). */
  readonly depositEffect?: string | number | undefined;
  /** `"full"` or `"mortgage"`. */
  readonly paymentMethod?: "full" | "mortgage" | null | undefined;
  /** The named owners, at most 20. */
  readonly owners?: readonly string[] | undefined;
  /** The date the subscription agreement was signed. */
  readonly subscribedOn?: string | null | undefined;
  /** Deadline for the first installment and the sales contract (SUB-DEP-2). */
  readonly deadline?: string | null | undefined;
  /** First installment paid, yuan. Default 0. */
  readonly firstInstallment?: string | number | undefined;
  /** The date the sales contract was signed. */
  readonly contractedOn?: string | null | undefined;
  /** The contract's installments (at most 600), due on their dates with no further notice (SUB-SIGN-4). */
  readonly installments?: readonly InstallmentInput[] | undefined;
  /** Unit changes so far (SUB-CHG-1). */
  readonly unitChanges?: number | undefined;
  /** Owner changes so far (SUB-CHG-2). */
  readonly ownerChanges?: number | undefined;
  /** The unit given back for resale when the subscription ended. */
  readonly releasedUnit?: string | null | undefined;
}

true satisfies SameInput<SubscriptionStateInput, typeof subscriptionStateSchema>;

/** A subscription state as shoulou returns it (money as yuan with 2 decimals). @category Subscription */
export type SubscriptionState = z.output<typeof subscriptionStateSchema>;

/** How one named owner signs the sales contract (SUB-SIGN-1). @category Subscription */
export const contractSignerSchema = z.strictObject({
  owner: ownerName,
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

/**
 * How one named owner signs the sales contract, as callers write it: see {@link contractSignerSchema}.
 *
 * @category Subscription
 */
export interface ContractSignerInput {
  /** The owner's name, as in the subscription's `owners`. */
  readonly owner: string;
  /** `"in-person"`, or `"proxy"` by power of attorney. */
  readonly by: "in-person" | "proxy";
  /** The owner signed a notarised power of attorney. Default false. */
  readonly notarised?: boolean | undefined;
  /** The owner is a foreign national. Default false. */
  readonly foreign?: boolean | undefined;
  /** Notarised at a consulate (foreigners). Default false. */
  readonly consular?: boolean | undefined;
  /** The foreign original and a Chinese translation are both given (foreigners). Default false. */
  readonly translated?: boolean | undefined;
}

true satisfies SameInput<ContractSignerInput, typeof contractSignerSchema>;

const on = { on: isoDateSchema };

/**
 * One event in a subscription's life, by `type`.
 *
 * @remarks SUB-DEP-1 subscribe, SUB-CHG-1 change-unit, SUB-SIGN-3 pay-first-installment and
 * change-payment-method, SUB-SIGN-1 sign-contract, SUB-CHG-2 change-owner, SUB-DEP-2 check-deadline,
 * SUB-LAW-1…3 cancel (《房地产销售现场管理关系客户购买须知》篇2; 《中华人民共和国民法典》第586–587条;
 * 最高人民法院商品房买卖合同纠纷司法解释第4条).
 * @category Subscription
 */
export const subscriptionEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("subscribe"),
    ...on,
    unit: unitIdSchema,
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
  z.strictObject({ type: z.literal("change-unit"), ...on, unit: unitIdSchema, price: moneySchema("positive") }),
  z.strictObject({ type: z.literal("pay-first-installment"), ...on, amount: moneySchema("positive") }),
  z.strictObject({ type: z.literal("change-payment-method"), ...on, method: z.enum(["full", "mortgage"]) }),
  z.strictObject({
    type: z.literal("sign-contract"),
    ...on,
    signers: boundedList(contractSignerSchema, limits.owners, 1),
    installments: installmentsSchema.default([]),
  }),
  z.strictObject({ type: z.literal("change-owner"), ...on, owners: ownersSchema, sellerConsent: z.boolean() }),
  z.strictObject({ type: z.literal("check-deadline"), ...on }),
  z.strictObject({ type: z.literal("cancel"), ...on, reason: z.enum(["buyer-default", "seller-default", "no-fault"]) }),
]);

/** What every event has: its date. @category Subscription */
export interface SubscriptionEventBase {
  /** The day the event happens (ISO date); never before the subscription's agreement or contract date. */
  readonly on: string;
}

/** SUB-DEP-1: the deposit is paid and the subscription agreement signed. @category Subscription */
export interface SubscribeEventInput extends SubscriptionEventBase {
  readonly type: "subscribe";
  /** The unit subscribed. */
  readonly unit: string;
  /** The contract price, yuan, positive. */
  readonly price: string | number;
  /** Deposit paid, yuan; default the policy's (it must equal it). */
  readonly deposit?: string | number | undefined;
  /** How the deposit is paid: `"cash"` (default), `"transfer"` or `"card"`. */
  readonly paidIn?: "cash" | "transfer" | "card" | undefined;
  /** `"full"` or `"mortgage"`. */
  readonly paymentMethod: "full" | "mortgage";
  /** The named owners, 1–20. */
  readonly owners: readonly string[];
  /** Deadline for the first installment and contract (not before `on`); default the policy's signingDeadlineDays after `on`. */
  readonly deadline?: string | undefined;
  /** The VIP card number. */
  readonly card?: number | undefined;
}

/** SUB-CHG-1: another unit, between agreement and contract. @category Subscription */
export interface ChangeUnitEventInput extends SubscriptionEventBase {
  readonly type: "change-unit";
  /** The new unit. */
  readonly unit: string;
  /** The new unit's price, yuan, positive. */
  readonly price: string | number;
}

/** SUB-DEP-2: the first installment, by the deadline. @category Subscription */
export interface PayFirstInstallmentEventInput extends SubscriptionEventBase {
  readonly type: "pay-first-installment";
  /** Yuan, positive. */
  readonly amount: string | number;
}

/** SUB-SIGN-3: another payment method, before the first installment. @category Subscription */
export interface ChangePaymentMethodEventInput extends SubscriptionEventBase {
  readonly type: "change-payment-method";
  readonly method: "full" | "mortgage";
}

/** SUB-SIGN-1/4: the sales contract, signed by every owner, with its installments. @category Subscription */
export interface SignContractEventInput extends SubscriptionEventBase {
  readonly type: "sign-contract";
  /** How each owner signs, 1–20. */
  readonly signers: readonly ContractSignerInput[];
  /** The contract's installments, at most 600. */
  readonly installments?: readonly InstallmentInput[] | undefined;
}

/** SUB-CHG-2: new owners after the contract, with the seller's consent. @category Subscription */
export interface ChangeOwnerEventInput extends SubscriptionEventBase {
  readonly type: "change-owner";
  /** The new owners, 1–20. */
  readonly owners: readonly string[];
  /** The seller agreed. */
  readonly sellerConsent: boolean;
}

/** SUB-DEP-2/SUB-SIGN-4: what the calendar says on `on` (overdue, installments due). @category Subscription */
export interface CheckDeadlineEventInput extends SubscriptionEventBase {
  readonly type: "check-deadline";
}

/** SUB-EV-3, SUB-LAW-1…3: the card is returned or the subscription falls through. @category Subscription */
export interface CancelEventInput extends SubscriptionEventBase {
  readonly type: "cancel";
  /** Whose fault: the buyer's, the seller's, or no one's. */
  readonly reason: "buyer-default" | "seller-default" | "no-fault";
}

/**
 * A subscription event as callers write it, by `type`: see {@link subscriptionEventSchema}.
 *
 * @category Subscription
 */
export type SubscriptionEventInput =
  | SubscribeEventInput
  | ChangeUnitEventInput
  | PayFirstInstallmentEventInput
  | ChangePaymentMethodEventInput
  | SignContractEventInput
  | ChangeOwnerEventInput
  | CheckDeadlineEventInput
  | CancelEventInput;

true satisfies SameInput<SubscriptionEventInput, typeof subscriptionEventSchema>;

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
