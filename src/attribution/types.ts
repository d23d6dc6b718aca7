import type { TraceStep } from "../core/trace";

/** Why a customer's owner is who it is. @category Attribution */
export type AttributionBasis =
  | "first-contact"
  | "introduction-chain"
  | "relative-record"
  | "named-agent"
  | "re-registration";

/** Why a customer has no owner. @category Attribution */
export type AttributionUnownedReason = "no-contact" | "protection-expired" | "no-events";

/** One agent's share of the credit: a decimal string; the shares sum to exactly 1. @category Attribution */
export interface CreditShare {
  readonly agent: string;
  readonly share: string;
}

/** The channel credited with a customer (ATT-CH-*). @category Attribution */
export interface AttributionChannelClaim {
  readonly channel: string;
  /** The id of the winning registration event. */
  readonly registration: string;
  readonly mode: string;
  /** The instant the channel's protection ends (exclusive); null once the deal is done inside it. */
  readonly protectedUntil: string | null;
}

/**
 * A matter left to a manager: a masked registration that fits several customers (ATT-CH-3), or
 * a registration whose phone fits no customer (ATT-CH-2). The same shape as a trace step, so
 * `explainStep` puts it in words.
 * @category Attribution
 */
export type AttributionReview = TraceStep;

/** The answer of {@link attributeCustomer}. @category Attribution */
export interface Attribution {
  readonly ok: true;
  readonly customer: string;
  /** The owning agent, or null with `unownedReason`. */
  readonly owner: string | null;
  readonly unownedReason: AttributionUnownedReason | null;
  readonly basis: AttributionBasis | null;
  /** Credit among the owner and helpers (ATT-1a); empty when unowned. */
  readonly credit: readonly CreditShare[];
  /** The instant protection ends (exclusive), ISO in the project zone; null after a deal or when unowned. */
  readonly protectedUntil: string | null;
  /** True once a deal has locked the ownership. */
  readonly dealDone: boolean;
  readonly channel: AttributionChannelClaim | null;
  readonly review: readonly AttributionReview[];
  readonly trace: readonly TraceStep[];
}
