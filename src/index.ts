/**
 * shoulou (售楼): the rules of a Chinese new-home sales office as pure functions — exact to
 * the fen, explained rule by rule. Each module is also its own subpath (`shoulou/fees`, …).
 *
 * @packageDocumentation
 */
export * from "./core/index";
export * from "./fees/index";
export * from "./subscription/index";
export * from "./attribution/index";
export * from "./scoring/index";
export * from "./referral/index";
