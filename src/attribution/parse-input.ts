import * as z from "zod";
import { parseWith } from "../core/schema";
import { instantMs } from "../core/time";
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

const DIGIT0 = 48;

/** Two or four digits at `i` as a number, or -1. */
function digits(t: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = t.charCodeAt(k) - DIGIT0;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Milliseconds of an ISO instant with an offset, read without allocating: the same answer as
 * core's `instantMs` (undefined for the same texts); unusual forms are handed to `instantMs`.
 * @remarks Performance only (a nightly run reads a million instants).
 * @param t - any value.
 * @returns milliseconds since the epoch, or undefined.
 * @category Attribution
 */
export function readInstant(t: unknown): number | undefined {
  if (typeof t !== "string") return undefined;
  const n = t.length;
  if (n < 17 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58) return instantMs(t);
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return instantMs(t);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] as number))) return undefined;
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (t.charCodeAt(i) === 58) {
    sec = digits(t, i + 1, 2);
    if (sec < 0 || sec > 59) return instantMs(t);
    i += 3;
    if (t.charCodeAt(i) === 46) {
      let k = i + 1;
      let frac = 0;
      let count = 0;
      while (k < n && count < 4) {
        const c = t.charCodeAt(k) - DIGIT0;
        if (c < 0 || c > 9) break;
        frac = frac * 10 + c;
        count++;
        k++;
      }
      if (count < 1 || count > 3) return instantMs(t);
      ms = count === 1 ? frac * 100 : count === 2 ? frac * 10 : frac;
      i = k;
    }
  }
  let off = 0;
  const sign = t.charCodeAt(i);
  if (sign === 90 && i + 1 === n) off = 0;
  else if ((sign === 43 || sign === 45) && i + 6 === n && t.charCodeAt(i + 3) === 58) {
    const oh = digits(t, i + 1, 2);
    const om = digits(t, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return instantMs(t);
    off = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return instantMs(t);
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - off;
}

const REQUIRED_COUNT = Object.fromEntries(Object.entries(SHAPES).map(([k, v]) => [k, Object.keys(v.required).length]));

/**
 * The instant of `e` when it is a plain event object that `attributionEventSchema` accepts
 * unchanged (but for defaults), else NaN.
 */
function plainValidEvent(e: unknown): number {
  const ms = plainValidShape(e) ? readInstant((e as { at: unknown }).at) : undefined;
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
      if (head.success) return { ...head.data, events: events as AttributionEvent[], eventMs } as Parsed<F>;
    }
  }
  return parseWith(fulls[form], input, "INVALID_INPUT") as Parsed<F>;
}
