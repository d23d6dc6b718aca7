/**
 * shoulou/subscription — see docs/subscription.md.
 *
 * @packageDocumentation
 */
export {};
