/**
 * shoulou/scoring — see docs/scoring.md.
 *
 * @packageDocumentation
 */
export {};
