import type * as z from "zod";

/**
 * Internal: compile-time proof that a named input interface and its zod schema accept the same
 * values, so the schema stays the one description and the interface only names and documents it.
 * Use as `true satisfies SameInput<MyInput, typeof mySchema>;` — it stops compiling when they drift.
 */

/** `T` without `readonly`, deeply: our interfaces take readonly lists, zod's input types are mutable. */
export type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/**
 * `true` when `I` and the input of `S` are the same type (readonly aside): same keys, same
 * optionality, same value types, at every depth. Mutual assignability alone would miss a renamed
 * optional field.
 */
export type SameInput<I, S extends z.ZodType> =
  (<T>() => T extends Mutable<I> ? 1 : 2) extends <T>() => T extends z.input<S> ? 1 : 2 ? true : false;
