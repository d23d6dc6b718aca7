/**
 * shoulou/fees — what a purchase costs: fees and taxes under the schedule in force, and
 * mortgage plans. See docs/fees.md.
 *
 * @packageDocumentation
 */
export * from "./schema";
export * from "./input-types";
export * from "./cities";
export * from "./compile-schedule";
export * from "./schedules";
export * from "./purchase-fees";
export * from "./mortgage";
export * from "./lpr";
export * from "./purchase-plan";
