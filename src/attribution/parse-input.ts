import * as z from "zod";
import { parseWith } from "../core/schema";
import { instantMs } from "../core/time";
import { attributeAllInputSchema, attributeCustomerInputSchema, type AttributionEvent } from "./schema";

const isId = (v: unknown): boolean => typeof v === "string" && v.length >= 1 && v.length <= 200;
const isInstant = (v: unknown): boolean => typeof v === "string" && instantMs(v) !== undefined;
const isBool = (v: unknown): boolean => typeof v === "boolean";
const PHONE_RE = /^(\d{11}|\d{3}\*{4}\d{4})$/;
const isPhone = (v: unknown): boolean => typeof v === "string" && PHONE_RE.test(v);
const oneOf = (values: readonly string[]) => (v: unknown): boolean => typeof v === "string" && values.includes(v);

type Check = (v: unknown) => boolean;
const common: Record<string, Check> = { id: isId, at: isInstant, kind: () => true };
/** Required and optional fields of each kind, exactly as `attributionEventSchema` has them. */
const SHAPES: Record<AttributionEvent["kind"], { readonly required: Record<string, Check>; readonly optional: Record<string, Check> }> = {
  visit: { required: { ...common, customer: isId, agent: isId }, optional: { ownerOnDuty: isBool, channel: isId } },
  call: { required: { ...common, customer: isId, agent: isId }, optional: {} },
  introduction: {
    required: { ...common, customer: isId, introducer: isId, via: oneOf(["in-person", "phone"]) },
    optional: { registeredBeforeVisit: isBool, askedFor: isId, askedForOnDuty: isBool },
  },
  "relative-record": { required: { ...common, customer: isId, agent: isId, relation: oneOf(["relative", "friend"]) }, optional: {} },
  "named-agent-arrival": { required: { ...common, customer: isId, agent: isId }, optional: {} },
  "re-registration": { required: { ...common, customer: isId, agent: isId, managerApproved: isBool }, optional: {} },
  "channel-registration": { required: { ...common, channel: isId, phone: isPhone }, optional: {} },
  deal: { required: { ...common, customer: isId, agent: isId }, optional: { ownerOnDuty: isBool } },
};

/** True when `e` is a plain event object that `attributionEventSchema` accepts unchanged (but for defaults). */
function plainValidEvent(e: unknown): boolean {
  if (typeof e !== "object" || e === null || Array.isArray(e)) return false;
  const proto = Object.getPrototypeOf(e) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const rec = e as Record<string, unknown>;
  const kind = rec["kind"];
  if (typeof kind !== "string" || !Object.prototype.hasOwnProperty.call(SHAPES, kind)) return false;
  const shape = SHAPES[kind as AttributionEvent["kind"]];
  let required = 0;
  for (const key of Object.keys(rec)) {
    const value = rec[key];
    const req = Object.prototype.hasOwnProperty.call(shape.required, key) ? shape.required[key] : undefined;
    if (req) {
      if (!req(value)) return false;
      required++;
      continue;
    }
    const opt = Object.prototype.hasOwnProperty.call(shape.optional, key) ? shape.optional[key] : undefined;
    if (!opt || (value !== undefined && !opt(value))) return false;
  }
  return required === Object.keys(shape.required).length;
}

const eventsLater = z.array(z.unknown()).max(0);
const heads = {
  one: attributeCustomerInputSchema.extend({ events: eventsLater }),
  all: attributeAllInputSchema.extend({ events: eventsLater }),
};
const fulls = { one: attributeCustomerInputSchema, all: attributeAllInputSchema };

function allPlainValid(events: readonly unknown[]): boolean {
  for (let i = 0; i < events.length; i++) if (!plainValidEvent(events[i])) return false;
  return true;
}

/**
 * Validates the input of {@link attributeCustomer} (`"one"`) or {@link attributeAll} (`"all"`).
 * The common case — every event a plain object the schema accepts — is checked field by field
 * without copying a million objects; anything else goes through the zod schema, whose verdict
 * (and error path) is final. Defaults of absent optional event fields are applied where they are
 * read (`registeredBeforeVisit` false, `askedForOnDuty` true).
 * @remarks Performance only: accepts exactly what the input schemas accept.
 * @param form - which input.
 * @param input - the caller's input.
 * @returns the parsed input (events as given).
 * @throws ShoulouError `INVALID_INPUT` with the path.
 * @category Attribution
 */
export function parseOfficeInput<F extends keyof typeof fulls>(form: F, input: unknown): z.output<(typeof fulls)[F]> {
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    const events = (input as { events?: unknown }).events;
    if (Array.isArray(events) && allPlainValid(events)) {
      const head = heads[form].safeParse({ ...(input as Record<string, unknown>), events: [] });
      if (head.success) return { ...head.data, events: events as AttributionEvent[] } as z.output<(typeof fulls)[F]>;
    }
  }
  return parseWith(fulls[form], input, "INVALID_INPUT") as z.output<(typeof fulls)[F]>;
}
