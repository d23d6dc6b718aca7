import type { TraceStep } from "../core/trace";
import type { RuleId } from "../core/rules";
import type { Referral, ReferralCustomer } from "./schema";

/** An accepted referral with its instant in ms and whether it came before the first visit. */
export interface Edge {
  readonly referral: Referral;
  readonly ms: number;
  readonly registered: boolean;
}

/** A referral refused or flagged, and the rule that says so. */
export interface Verdict {
  readonly referral: string;
  readonly rule: RuleId;
  readonly says: string;
}

/** Customers by id, backed by one id → slot map. */
export interface CustomerLookup {
  get(id: string): ReferralCustomer | undefined;
  has(id: string): boolean;
  slot(id: string): number | undefined;
}

/** The validated, indexed referral forest every public function works on. */
export interface ReferralIndex {
  readonly customers: CustomerLookup;
  readonly accepted: readonly Edge[];
  /** referred → the edge from its (first valid) referrer. */
  readonly parentOf: { get(id: string): Edge | undefined };
  readonly rejected: readonly Verdict[];
  readonly flags: ReadonlyMap<string, readonly Verdict[]>;
  readonly trace: readonly TraceStep[];
}
