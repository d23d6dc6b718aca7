/**
 * Internal: the lifecycle's inputs as callers write them, named and documented field by field.
 * Their one description is the zod schemas in lifecycle-schema.ts, which prove at compile time
 * that each interface here is the same type as its schema's input.
 */

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
