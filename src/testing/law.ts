import * as fc from "fast-check";
import type { LawOptions } from "./options";

/** Yuan text ("-12.30") → exact fen as a BigInt, for sums of any size. */
export function fenOf(yuan: string): bigint {
  const negative = yuan.startsWith("-");
  const [int = "0", frac = ""] = (negative ? yuan.slice(1) : yuan).split(".");
  const fen = BigInt(int) * 100n + BigInt((frac + "00").slice(0, 2));
  return negative ? -fen : fen;
}

/** Every yuan amount a result shows has exactly two decimals. */
export const MONEY = /^-?\d+\.\d{2}$/;

/** A law failed: its name, and fast-check's counterexample report as the message and cause. */
export class LawError extends Error {
  constructor(law: string, cause: unknown) {
    super(`law "${law}" does not hold: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "LawError";
  }
}

/** Checks one property with fast-check; a failure throws a `LawError` naming the law. */
export function holds<T>(law: string, arb: fc.Arbitrary<T>, predicate: (value: T) => void, options: LawOptions): void {
  try {
    fc.assert(
      fc.property(arb, (v) => {
        predicate(v);
      }),
      { numRuns: options.numRuns ?? 100, ...(options.seed === undefined ? {} : { seed: options.seed }) },
    );
  } catch (e) {
    throw new LawError(law, e);
  }
}

/** Throws with `message` unless `ok`: the predicate form laws use (no test framework needed). */
export function ensure(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** Deterministic JSON of a value, for "the same input gives the same output" laws. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
