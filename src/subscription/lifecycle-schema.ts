import * as z from "zod";
import type { RuleId } from "../core/rules";
import { intSchema, isoDateSchema, moneySchema, boundedList, boundedText } from "../core/schema";
import { subscriptionLimits as limits, unitIdSchema } from "./input-bounds";
import type { SameInput } from "../core/same-input";
import type { ContractSignerInput, SubscriptionEventInput, SubscriptionStateInput } from "./lifecycle-inputs";

export type {
  SubscriptionStatus,
  InstallmentInput,
  SubscriptionStateInput,
  ContractSignerInput,
  SubscriptionEventBase,
  SubscribeEventInput,
  ChangeUnitEventInput,
  PayFirstInstallmentEventInput,
  ChangePaymentMethodEventInput,
  SignContractEventInput,
  ChangeOwnerEventInput,
  CheckDeadlineEventInput,
  CancelEventInput,
  SubscriptionEventInput,
} from "./lifecycle-inputs";

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
    card: z.optional(intSchema(1, 1_000_000_000)),
    /** Intention money paid for the VIP card, refunded when the card is returned. */
    intentionMoney: z.optional(moneySchema("nonnegative")),
    unit: z.nullable(unitIdSchema).default(null),
    /** Contract price of the unit, yuan. */
    price: z.nullable(moneySchema("positive")).default(null),
    /** Deposit paid (定金), yuan. */
    deposit: z._default(moneySchema("nonnegative"), "0"),
    /** The part of the deposit that acts as a deposit: at most the cap share of the price (SUB-LAW-1). */
    depositEffect: z._default(moneySchema("nonnegative"), "0"),
    paymentMethod: z.enum(["full", "mortgage"]).nullable().default(null),
    owners: z._default(boundedList(ownerName, limits.owners), []),
    subscribedOn: z.nullable(isoDateSchema).default(null),
    /** Deadline for the first installment and the sales contract (SUB-DEP-2). */
    deadline: z.nullable(isoDateSchema).default(null),
    firstInstallment: z._default(moneySchema("nonnegative"), "0"),
    contractedOn: z.nullable(isoDateSchema).default(null),
    /** The contract's installments, due on their dates with no further notice (SUB-SIGN-4). */
    installments: z._default(installmentsSchema, []),
    unitChanges: z._default(intSchema(0, 1_000_000), 0),
    ownerChanges: z._default(intSchema(0, 1_000_000), 0),
    /** The unit given back for resale when the subscription ended. */
    releasedUnit: z.nullable(unitIdSchema).default(null),
  })
  .superRefine((s, ctx) => {
    if (["subscribed", "first-installment-paid", "contracted"].includes(s.status))
      for (const key of ["unit", "price", "paymentMethod", "subscribedOn", "deadline"] as const)
        if (s[key] === null) ctx.addIssue({ code: "custom", path: [key], message: `a ${s.status} subscription needs ${key}` });
  });

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
    deposit: z.optional(moneySchema("positive")),
    paidIn: z.enum(["cash", "transfer", "card"]).default("cash"),
    paymentMethod: z.enum(["full", "mortgage"]),
    owners: ownersSchema,
    /** Deadline for the first installment and contract; default the policy's signingDeadlineDays after `on`. */
    deadline: z.optional(isoDateSchema),
    card: z.optional(intSchema(1, 1_000_000_000)),
  }).refine((e) => e.deadline === undefined || e.deadline >= e.on, { message: "the deadline is before the subscription", path: ["deadline"] }),
  z.strictObject({ type: z.literal("change-unit"), ...on, unit: unitIdSchema, price: moneySchema("positive") }),
  z.strictObject({ type: z.literal("pay-first-installment"), ...on, amount: moneySchema("positive") }),
  z.strictObject({ type: z.literal("change-payment-method"), ...on, method: z.enum(["full", "mortgage"]) }),
  z.strictObject({
    type: z.literal("sign-contract"),
    ...on,
    signers: boundedList(contractSignerSchema, limits.owners, 1),
    installments: z._default(installmentsSchema, []),
  }),
  z.strictObject({ type: z.literal("change-owner"), ...on, owners: ownersSchema, sellerConsent: z.boolean() }),
  z.strictObject({ type: z.literal("check-deadline"), ...on }),
  z.strictObject({ type: z.literal("cancel"), ...on, reason: z.enum(["buyer-default", "seller-default", "no-fault"]) }),
]);

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
