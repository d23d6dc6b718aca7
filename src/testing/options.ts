/**
 * Options every arbitrary of `shoulou/testing` takes.
 *
 * @category Testing
 */
export interface ArbitraryOptions {
  /**
   * Bias toward the values where rules change their answer: tier edges (90 m², 140 m²), prices
   * whose percentage lands on half a fen, the instant a protection period ends, a deadline's
   * last day. Default `true`: about half the values sit on such a boundary.
   */
  readonly boundaries?: boolean;
}

/** Options of every law: how many generated cases to try, and a seed to replay a failure. @category Testing */
export interface LawOptions {
  /** Cases per law (fast-check's `numRuns`). Default 100. */
  readonly numRuns?: number;
  /** fast-check's seed, to replay the counterexample a failure printed. */
  readonly seed?: number;
}
