import * as fc from "fast-check";
import { fromUnits } from "../core/money";
import { addDays, daysBetween } from "../core/time";

/** Yuan with 2 decimals, from integer fen in [min, max] (exact: no float arithmetic). */
export function yuan(minFen: number, maxFen: number): fc.Arbitrary<string> {
  return fc.integer({ min: minFen, max: maxFen }).map((f) => fromUnits(f, 2));
}

/** A boundary-biased pick: the edges given, or anything from `rest`. */
export function biased<T>(boundaries: boolean, edges: readonly T[], rest: fc.Arbitrary<T>): fc.Arbitrary<T> {
  if (!boundaries || edges.length === 0) return rest;
  return fc.oneof({ arbitrary: fc.constantFrom(...edges), weight: 1 }, { arbitrary: rest, weight: 1 });
}

/** A calendar date between two years, as ISO text, from a day count (no Date, no time zone). */
export function isoDate(fromYear: number, toYear: number): fc.Arbitrary<string> {
  const first = `${String(fromYear).padStart(4, "0")}-01-01`;
  return dateBetween(first, `${String(toYear).padStart(4, "0")}-12-31`);
}

/** A calendar date from `first` to `last` inclusive (ISO dates). */
export function dateBetween(first: string, last: string): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: Math.max(0, daysBetween(first, last)) }).map((d) => addDays(first, d));
}
