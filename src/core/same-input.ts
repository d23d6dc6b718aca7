import type { $ZodType, input } from "zod/v4/core";

/** `T` without `readonly`, deeply: the named interfaces take readonly lists, zod's input types are mutable. */
type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/**
 * Compile-time proof that a named input interface and its zod schema accept the same values, so
 * the schema stays the one description of the shape and the interface only names and documents
 * it. `true` when `I` (readonly aside) and the input type of `S` are the same type: same keys,
 * same optionality, same value types, at every depth — mutual assignability alone would miss a
 * renamed optional field. Every module writes, beside each schema,
 * `true satisfies SameInput<MyInput, typeof mySchema>;`, which stops compiling when they drift.
 *
 * @internal
 */
export type SameInput<I, S extends $ZodType> = (<T>() => T extends Mutable<I> ? 1 : 2) extends <T>() => T extends input<S> ? 1 : 2 ? true : false;
