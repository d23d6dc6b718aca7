/**
 * shoulou/referral — see docs/referral.md.
 *
 * @packageDocumentation
 */
export {};
