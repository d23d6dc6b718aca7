import { instantMs } from "../core/time";
import * as z from "zod";
import { parseWith } from "../core/schema";
import { attributeAllInputSchema, attributeCustomerInputSchema, type AttributionEvent } from "./schema";

const isId = (v: unknown): boolean => typeof v === "string" && v.length >= 1 && v.length <= 200;
const isBool = (v: unknown): boolean => typeof v === "boolean";
const PHONE_RE = /^(\d{11}|\d{3}\*{4}\d{4})$/;
const isPhone = (v: unknown): boolean => typeof v === "string" && PHONE_RE.test(v);
const oneOf = (values: readonly string[]) => (v: unknown): boolean => typeof v === "string" && values.includes(v);

type Check = (v: unknown) => boolean;
const common: Record<string, Check> = { id: isId, at: () => true, kind: () => true };
/** Required and optional fields of each kind, exactly as `attributionEventSchema` has them. */
const SHAPES: Record<AttributionEvent["kind"], { readonly required: Record<string, Check>; readonly optional: Record<string, Check>}> = {
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

const REQUIRED_COUNT = Object.fromEntries(Object.entries(SHAPES).map(([k, v]) => [k, Object.keys(v.required).length]));

/**
 * The instant of `e` when it is a plain event object that `attributionEventSchema` accepts
 * unchanged (but for defaults), else NaN.
 */
function plainValidEvent(e: unknown): number {
  const ms = plainValidShape(e) ? instantMs((e as { at: unknown }).at) : undefined;
  return ms === undefined ? Number.NaN : ms;
}

function plainValidShape(e: unknown): boolean {
  if (typeof e !== "object" || e === null || Array.isArray(e)) return false;
  const proto = Object.getPrototypeOf(e) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const rec = e as Record<string, unknown>;
  const kind = rec["kind"];
  if (typeof kind !== "string" || !Object.prototype.hasOwnProperty.call(SHAPES, kind)) return false;
  const shape = SHAPES[kind as AttributionEvent["kind"]];
  let required = 0;
  for (const key in rec) {
    if (!Object.prototype.hasOwnProperty.call(rec, key)) return false;
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
  return required === (REQUIRED_COUNT[kind as AttributionEvent["kind"]] as number);
}

const eventsLater = z.array(z.unknown()).max(0);
const heads = {
  one: attributeCustomerInputSchema.extend({ events: eventsLater }),
  all: attributeAllInputSchema.extend({ events: eventsLater }),
};
const fulls = { one: attributeCustomerInputSchema, all: attributeAllInputSchema };

/** The instants of all events when every one is plain and valid, else null. */
function allPlainValid(events: readonly unknown[]): Float64Array | null {
  const ms = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const v = plainValidEvent(events[i]);
    if (Number.isNaN(v)) return null;
    ms[i] = v;
  }
  return ms;
}

/** A parsed input, with each event's instant when the fast path read them. @category Attribution */
export type Parsed<F extends "one" | "all"> = z.output<(typeof fulls)[F]> & { readonly eventMs?: Float64Array };

/**
 * Validates the input of {@link attributeCustomer} (`"one"`) or {@link attributeAll} (`"all"`).
 * The common case — every event a plain object the schema accepts — is checked field by field
 * without copying a million objects; anything else goes through the zod schema, whose verdict
 * (and error path) is final. Defaults of absent optional event fields are applied where they are
 * read (`registeredBeforeVisit` false, `askedForOnDuty` true).
 * @remarks Performance only: accepts exactly what the input schemas accept.
 * @param form - which input.
 * @param input - the caller's input.
 * @returns the parsed input (events as given) and, on the fast path, each event's instant in ms.
 * @throws ShoulouError `INVALID_INPUT` with the path.
 * @category Attribution
 */
export function parseOfficeInput<F extends keyof typeof fulls>(form: F, input: unknown): Parsed<F> {
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    const events = (input as { events?: unknown }).events;
    const eventMs = Array.isArray(events) ? allPlainValid(events) : null;
    if (eventMs) {
      const head = heads[form].safeParse({ ...(input as Record<string, unknown>), events: [] });
      if (head.success) return { ...head.data, events: events as AttributionEvent[], eventMs } as unknown as Parsed<F>;
    }
  }
  return parseWith(fulls[form], input, "INVALID_INPUT") as Parsed<F>;
}
