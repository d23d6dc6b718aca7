/**
 * The size limits shoulou's core enforces, and shared defaults a module may import for its own:
 * every input past a limit is refused up front with `OUT_OF_RANGE` (or `INVALID_INPUT` for a
 * field's own format) and its path, before any work proportional to its size. docs/errors.md
 * lists every limit of every module.
 *
 * @example
 * ```ts
 * limits.decimalCharacters; //=> 100
 * ```
 * @category Errors
 */
export const limits = Object.freeze({
  /** Characters in one decimal (money, rate, area) given as text. */
  decimalCharacters: 100,
  /** Characters in one id (customer, agent, unit, event …). */
  idCharacters: 200,
  /** Items in one list of a call (weights, lines …) unless a module sets a tighter limit. */
  listItems: 1_000_000,
  /** Characters in one free text (a note, a record's text) unless a module sets its own. */
  textCharacters: 100_000,
  /** The last calendar date shoulou reads or writes (4-digit years only). */
  lastDate: "9999-12-31",
  /** The first calendar date shoulou reads or writes. */
  firstDate: "0001-01-01",
} as const);
