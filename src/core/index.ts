/**
 * The core every module shares: exact money, dates in a project time zone, decision traces,
 * errors and the rule catalogue.
 *
 * @packageDocumentation
 */
export * from "./errors";
export * from "./money";
export * from "./time";
export * from "./trace";
export * from "./schema";
export * from "./rules";
export * from "./explain";
export { termCatalogue } from "./rules/terms";
export type { FactTemplate, TermTable } from "./rules/types";
