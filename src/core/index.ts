/**
 * The core every module shares: exact money, dates in a project time zone, decision traces,
 * errors and the rule catalogue. Only what a caller should call is exported here; the helpers
 * modules share (schema builders, `guarded`, integer-unit arithmetic …) stay inside.
 *
 * @packageDocumentation
 */
export { ShoulouError, attempt, errorCodes, formatPath, isShoulouError } from "./errors";
export type { ErrorPath, Result, ShoulouErrorCode, ShoulouErrorOptions, ShoulouIssue } from "./errors";
export { messageCatalogue } from "./messages";
export type { MessageData, MessageKey, MessageLocale, MessageRef } from "./messages";
export { limits } from "./limits";
export { allocate, canonicalDecimal, fenToYuan, formatFen, formatPercent, formatYuan, mulDivHalfUp, parseDecimal, sumYuan, toFen } from "./money";
export type { DecimalInput, DecimalRefusal, DecimalRules } from "./money";
export { DEFAULT_TIME_ZONE, addDays, addMonths, daysBetween, instantMs, isIsoDate, isTimeZone, isoWeekday, minutesOfDay, zoneClock } from "./time";
export type { ZoneClock } from "./time";
export * from "./trace";
export { idSchema, instantSchema, isoDateSchema, labelSchema, timeOfDaySchema, timeZoneSchema } from "./schema";
export type { LabelInput } from "./schema";
export * from "./rules";
export * from "./explain";
export { termCatalogue } from "./rules/terms";
export type { FactTemplate, TermTable } from "./rules/types";
