import type { RuleId } from "./rules";

/** Any JSON value: what trace data and every output are made of. @category Trace */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One step of a decision: the rule applied, what it says about this case, and the figures
 * it looked at.
 *
 * @category Trace
 */
export interface TraceStep {
  readonly rule: RuleId;
  readonly says: string;
  readonly data?: { readonly [key: string]: JsonValue };
}

/** A rule the domain foresees saying no. @category Trace */
export interface Refusal {
  readonly rule: RuleId;
  readonly says: string;
}

/** An answer a rule refused, with the trace up to the refusal. @category Trace */
export interface Refused {
  readonly ok: false;
  readonly refusal: Refusal;
  readonly trace: readonly TraceStep[];
}

/** An accepted answer: the value's fields, `ok: true` and the trace. @category Trace */
export type Accepted<T extends object> = T & { readonly ok: true; readonly trace: readonly TraceStep[] };

/** What every deciding function returns. @category Trace */
export type Decision<T extends object> = Accepted<T> | Refused;

/**
 * A trace step.
 *
 * @example
 * ```ts
 * step("FEE-1", "deed tax 2% of the price", { rate: "0.02" }); //=> { rule: "FEE-1", says: "deed tax 2% of the price", data: { rate: "0.02" } }
 * ```
 * @category Trace
 */
export function step(rule: RuleId, says: string, data?: { readonly [key: string]: JsonValue }): TraceStep {
  return data === undefined ? { rule, says } : { rule, says, data };
}

/**
 * An accepted decision.
 *
 * @example
 * ```ts
 * accept({ unit: "1-101" }, [step("SUB-EV-2", "one card, one unit")]).ok; //=> true
 * ```
 * @category Trace
 */
export function accept<T extends object>(value: T, trace: readonly TraceStep[]): Accepted<T> {
  return { ...value, ok: true, trace };
}

/**
 * A refused decision: the rule that says no becomes the last step of the trace.
 *
 * @example
 * ```ts
 * refuse("SUB-SIGN-3", "the first installment is paid: no unit change", []).refusal.rule; //=> "SUB-SIGN-3"
 * ```
 * @category Trace
 */
export function refuse(rule: RuleId, says: string, trace: readonly TraceStep[]): Refused {
  return { ok: false, refusal: { rule, says }, trace: [...trace, { rule, says }] };
}
