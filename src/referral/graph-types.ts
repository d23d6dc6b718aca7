import type { TraceStep } from "../core/trace";
import type { CustomerRow, ReferralRow } from "./bulk-input";

/** An accepted referral with its instant in ms and whether it came before the first visit. */
export interface Edge {
  readonly referral: ReferralRow;
  readonly ms: number;
  readonly registered: boolean;
}

/**
 * A referral refused or flagged: the referral's id and the trace step of the rule that refused
 * or flagged it (`{ rule, fact, data }`; `explainStep` gives its words).
 *
 * @category Referral
 */
export interface ReferralVerdict extends TraceStep {
  readonly referral: string;
}

/** Internal name of {@link ReferralVerdict}. */
export type Verdict = ReferralVerdict;

/** Customers by id, backed by one id → slot map. */
export interface CustomerLookup {
  get(id: string): CustomerRow | undefined;
  has(id: string): boolean;
  slot(id: string): number | undefined;
}

/**
 * The validated, indexed referral forest every public function works on. Accepted referrals
 * are kept as indices into `referrals` in typed arrays (no object per referral, nothing for the
 * garbage collector to trace); {@link ReferralIndex.edge} makes the object when one is read.
 */
export interface ReferralIndex {
  readonly customers: CustomerLookup;
  /** The referrals as given. */
  readonly referrals: readonly ReferralRow[];
  /** Each referral's instant in ms (by referral index). */
  readonly ms: Float64Array;
  /** Indices of the accepted referrals, in time order then id. */
  readonly accepted: Int32Array;
  /** 1 when the referral (by index) was recorded before the referred customer was known. */
  readonly registered: Uint8Array;
  /** The referrer's customer slot of each referral (by referral index). */
  readonly from: Int32Array;
  /** The index of the accepted referral that referred the customer in `slot`, or −1. */
  parentAt(slot: number): number;
  /** The accepted referral with index `i` as an {@link Edge}. */
  edge(i: number): Edge;
  readonly rejected: readonly Verdict[];
  readonly flags: ReadonlyMap<string, readonly Verdict[]>;
  readonly trace: readonly TraceStep[];
}
