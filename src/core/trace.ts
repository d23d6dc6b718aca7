import type { RuleId, ruleCatalogue } from "./rules";

/** Any JSON value: what trace data and every output are made of. @category Trace */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The figures a trace step looked at: plain JSON, keyed by the names its templates use. @category Trace */
export type TraceData = { readonly [key: string]: JsonValue };

/** The facts the catalogue lists for rule `R`. @category Trace */
export type FactOf<R extends RuleId> = keyof (typeof ruleCatalogue)[R]["facts"] & string;

/**
 * One step of a decision, as data: the rule applied, which of its statements holds here
 * (`fact`), and the figures it looked at. No prose: {@link explainStep} makes the words.
 *
 * @category Trace
 */
export interface TraceStep {
  readonly rule: RuleId;
  readonly fact: string;
  readonly data: TraceData;
}

/** A rule the domain foresees saying no: the same shape as a trace step. @category Trace */
export type Refusal = TraceStep;

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

const NO_DATA: TraceData = Object.freeze({});

/**
 * A trace step. The fact must be one the catalogue lists for the rule (checked at compile time).
 *
 * @example
 * ```ts
 * step("CORE-ALLOC", "split", { total: "100.00", parts: 3 }).fact; //=> "split"
 * step("CORE-ROUND", "total", { lines: 9, total: "29458.00" }).data.total; //=> "29458.00"
 * ```
 * @category Trace
 */
export function step<R extends RuleId>(rule: R, fact: FactOf<R>, data?: TraceData): TraceStep {
  return { rule, fact, data: data ?? NO_DATA };
}

/**
 * An accepted decision.
 *
 * @example
 * ```ts
 * accept({ unit: "1-101" }, []).ok; //=> true
 * ```
 * @category Trace
 */
export function accept<T extends object>(value: T, trace: readonly TraceStep[]): Accepted<T> {
  return { ...value, ok: true, trace };
}

/**
 * A refused decision: the refusing step becomes the last step of the trace.
 *
 * @example
 * ```ts
 * refuse("SUB-SIGN-3", "locked", { change: "unit-change" }, []).refusal.rule; //=> "SUB-SIGN-3"
 * ```
 * @category Trace
 */
export function refuse<R extends RuleId>(rule: R, fact: FactOf<R>, data: TraceData | undefined, trace: readonly TraceStep[]): Refused {
  const refusal = step(rule, fact, data);
  return { ok: false, refusal, trace: [...trace, refusal] };
}
