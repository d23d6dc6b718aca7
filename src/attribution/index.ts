/**
 * shoulou/attribution — see docs/attribution.md.
 *
 * @packageDocumentation
 */
export {};
