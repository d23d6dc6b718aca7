import * as z from "zod";
import { idSchema, instantSchema, intSchema, isoDateSchema, timeZoneSchema } from "../core/schema";
import { isIsoDate } from "../core/time";
import type { TraceData } from "../core/trace";
import { characterCountPolicySchema } from "./reader-characters";
import { scoringLimits } from "./limits";
import type { SameInput } from "../core/same-input";
import type { MaintenanceBookInput, MaintenancePolicyInput } from "./input-types";
// re-exported where they used to be defined, for code that imports them from here
export type { MaintenanceBookInput, MaintenancePolicyInput } from "./input-types";

/**
 * The maintenance standards an audit checks. Defaults are the standards of 《房地产客户跟踪及维护技巧》
 * (`scoringPresets.maintenanceSeed002`).
 *
 * @remarks SCO-7, SCO-8 (《房地产客户跟踪及维护技巧》); character counting SCO-CHAR-1.
 * @category Scoring
 */
export const maintenancePolicySchema = z.strictObject({
  timeZone: timeZoneSchema,
  dormantAfterDays: z._default(intSchema(0, 3650), 30),
  minCharacters: z
    .strictObject({ sms: z._default(intSchema(0, 10_000), 1), call: z._default(intSchema(0, 10_000), 30), visit: z._default(intSchema(0, 10_000), 50), event: z._default(intSchema(0, 10_000), 30) })
    .default({ sms: 1, call: 30, visit: 50, event: 30 }),
  minVisitMinutes: z._default(intSchema(0, 1440), 30),
  requireKeyPerson: z.boolean().default(true),
  eventsPerMonth: z._default(intSchema(0, 100), 1),
  birthdayInvitation: z
    .strictObject({
      grades: z.array(z.string().min(1)).default(["a"]),
      earliestDaysBefore: z._default(intSchema(0, 365), 21),
      latestDaysBefore: z._default(intSchema(0, 365), 14),
    })
    .refine((b) => b.latestDaysBefore <= b.earliestDaysBefore, { path: ["latestDaysBefore"], message: "must not exceed earliestDaysBefore" })
    .default({ grades: ["a"], earliestDaysBefore: 21, latestDaysBefore: 14 }),
  characters: characterCountPolicySchema.default({ countPunctuation: true, latinRuns: "character" }),
});

// The named input types (input-types.ts) stay exactly these schemas' inputs.
true satisfies SameInput<MaintenancePolicyInput, typeof maintenancePolicySchema>;

/** A birthday: `MM-DD` or `YYYY-MM-DD`, a day that exists (29 February allowed, 30 February not). */
const birthdaySchema = z.string().refine((b) => (/^\d{2}-\d{2}$/.test(b) ? isIsoDate(`2000-${b}`) : isIsoDate(b)), "must be a real birthday MM-DD or YYYY-MM-DD");

/** When a record was made: an ISO date or an instant with an offset. */
const whenSchema = z.union([isoDateSchema, instantSchema]);

/**
 * The book an audit reads: customers (owner agent, grade, birthday), the agents expected to run
 * events, and the maintenance records (SMS, call, visit, event, birthday invitation).
 *
 * @remarks SCO-7, SCO-8 (《房地产客户跟踪及维护技巧》).
 * @category Scoring
 */
export const maintenanceBookSchema = z
  .strictObject({
    customers: z
      .array(z.strictObject({ id: idSchema, agentId: idSchema, grade: z.string().min(1).optional(), birthday: birthdaySchema.optional(), registeredOn: z.optional(isoDateSchema) }))
      .max(scoringLimits.bookCustomers),
    /** Agents whose monthly event is checked; default: every agent who owns a customer. */
    agents: z.array(idSchema).max(scoringLimits.agents).optional(),
    records: z.array(
      z.strictObject({
        id: idSchema,
        kind: z.enum(["sms", "call", "visit", "event", "birthday-invitation"]),
        agentId: idSchema,
        customerId: z.optional(idSchema),
        at: whenSchema,
        text: z.string().max(scoringLimits.recordTextLength).default(""),
        durationMinutes: z.optional(intSchema(0, 1440)),
        withKeyPerson: z.boolean().optional(),
      }),
    ).max(scoringLimits.records),
  })
  .superRefine((b, ctx) => {
    b.records.forEach((r, i) => {
      if (r.kind !== "event" && r.customerId === undefined) ctx.addIssue({ code: "custom", path: ["records", i, "customerId"], message: `a ${r.kind} record needs the customer` });
    });
  });

true satisfies SameInput<MaintenanceBookInput, typeof maintenanceBookSchema>;

/** The kinds of audit findings. @category Scoring */
export type MaintenanceFindingKind =
  | "dormant"
  | "record-too-short"
  | "visit-too-short"
  | "visit-without-key-person"
  | "no-event-this-month"
  | "birthday-invitation-due"
  | "birthday-invitation-missed"
  | "birthday-invitation-off-window";

/**
 * One finding of the audit: the rule, its kind, who and which record, and — as in a trace step —
 * the `fact` and the figures (`data`), so `explainStep(finding, { locale })` says what is wrong
 * and what to do, in Chinese or English.
 *
 * @category Scoring
 */
export interface MaintenanceFinding {
  readonly rule: "SCO-7" | "SCO-8";
  readonly kind: MaintenanceFindingKind;
  /** Which statement of the rule applies (e.g. `dormant` or `never-maintained` for kind `dormant`). */
  readonly fact: string;
  /** The figures, keyed as the fact's templates name them. */
  readonly data: TraceData;
  readonly customerId: string | null;
  readonly agentId: string;
  readonly recordId: string | null;
}
