import * as z from "zod";
import { isShoulouError, ShoulouError, type ErrorPath } from "../core/errors";
import { parseWith } from "../core/schema";
import { attributionLimits } from "./limits";
import { compileCheck } from "../core/schema-check";
import { attributeAllInputSchema, attributeCustomerInputSchema, attributionCustomerSchema, attributionEventSchema, type AttributionEvent } from "./schema";

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Refuses a list longer than `limit` with `OUT_OF_RANGE` at `path`, before anything reads its items.
 * @remarks Size limits: {@link attributionLimits}.
 * @param value - the caller's value (anything: only a real array is measured).
 * @param limit - the most items allowed.
 * @param path - where the list is.
 * @throws ShoulouError `OUT_OF_RANGE`.
 * @category Attribution
 */
export function refuseOversize(value: unknown, limit: number, path: ErrorPath): void {
  if (Array.isArray(value) && value.length > limit) {
    throw new ShoulouError("OUT_OF_RANGE", path, `at most ${limit.toLocaleString("en")} items, got ${value.length.toLocaleString("en")}`);
  }
}

/** An own data property of a plain object, or undefined (never a getter, never the prototype's). */
function ownValue(o: unknown, key: string): unknown {
  if (typeof o !== "object" || o === null || Array.isArray(o) || !hasOwn(o, key)) return undefined;
  return Object.getOwnPropertyDescriptor(o, key)?.value;
}

// Checks compiled from the zod schemas (the only description of each shape): true means zod
// accepts the value unchanged, but for absent defaulted fields, which readers default as the
// schema does; false sends the whole input through zod, whose verdict and path are final.
const eventOk = compileCheck(attributionEventSchema);
const customerOk = compileCheck(attributionCustomerSchema);
const heads = {
  one: attributeCustomerInputSchema.extend({ events: z.array(z.never()).max(0), customers: z.array(z.never()).max(0) }),
  all: attributeAllInputSchema.extend({ events: z.array(z.never()).max(0), customers: z.array(z.never()).max(0) }),
};
const fulls = { one: attributeCustomerInputSchema, all: attributeAllInputSchema };

/** A parsed input. Events and customers may be the caller's own objects, with defaulted fields absent. @category Attribution */
export type Parsed<F extends "one" | "all"> = z.output<(typeof fulls)[F]>;

function allOk(list: unknown, ok: (v: unknown) => boolean): list is readonly unknown[] {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!ok(list[i])) return false;
  return true;
}

function parse<F extends keyof typeof fulls>(form: F, input: unknown): Parsed<F> {
  const events = ownValue(input, "events");
  const customers = ownValue(input, "customers");
  refuseOversize(events, attributionLimits.events, ["events"]);
  refuseOversize(customers, attributionLimits.customers, ["customers"]);
  if (Array.isArray(customers)) customers.forEach((c, i) => refuseOversize(ownValue(c, "family"), attributionLimits.family, ["customers", i, "family"]));
  if (allOk(events, eventOk) && (customers === undefined || allOk(customers, customerOk))) {
    const head = heads[form].safeParse({ ...(input as Record<string, unknown>), events: [], customers: [] });
    if (head.success) return { ...head.data, events: events as AttributionEvent[], customers: (customers ?? []) as never } as Parsed<F>;
  }
  return parseWith(fulls[form], input, "INVALID_INPUT") as Parsed<F>;
}

/**
 * Validates the input of {@link attributeCustomer} (`"one"`) or {@link attributeAll} (`"all"`).
 * Lists past {@link attributionLimits} are refused first. The common case — every event and
 * customer a plain object the schema accepts as it is — is checked with checks compiled from the
 * zod schemas, without copying a million objects; anything else goes through the zod schema,
 * whose verdict (and error path) is final. Absent optional fields are defaulted where they are
 * read (`registeredBeforeVisit` false, `askedForOnDuty` true, `family` empty). Input that cannot
 * even be read as data (a getter that throws, a revoked proxy) is `INVALID_INPUT`, never `INTERNAL`.
 * @remarks Performance only: accepts exactly what the input schemas accept.
 * @param form - which input.
 * @param input - the caller's input.
 * @returns the parsed input.
 * @throws ShoulouError `INVALID_INPUT` with the path, `OUT_OF_RANGE` for a list past its limit.
 * @category Attribution
 */
export function parseOfficeInput<F extends keyof typeof fulls>(form: F, input: unknown): Parsed<F> {
  return readingData(() => parse(form, input), [], input);
}

/**
 * Runs `read` (which reads the caller's data); anything but a ShoulouError it throws — only
 * possible for values that are not plain data — becomes `INVALID_INPUT` at `path`.
 * @remarks Issue: no input may cause INTERNAL.
 * @param read - the reading.
 * @param path - where the data is.
 * @param input - the data itself, searched for the value that broke the reading.
 * @param code - the code to refuse with.
 * @returns what `read` returns.
 * @throws ShoulouError `INVALID_INPUT` (or `INVALID_POLICY`).
 * @category Attribution
 */
export function readingData<T>(read: () => T, path: ErrorPath, input?: unknown, code: "INVALID_INPUT" | "INVALID_POLICY" = "INVALID_INPUT"): T {
  try {
    return read();
  } catch (e) {
    if (isShoulouError(e)) throw e;
    const trap = input === undefined ? null : lengthTrap(input);
    if (trap !== null) throw new ShoulouError(code, [...path, ...trap], "expected a text or a list, got an object with a length");
    throw new ShoulouError(code, path, "the input could not be read as plain data");
  }
}

/**
 * The path of the first object (not a list) with its own `length` key — what makes a length
 * check throw when a text or a list is expected (`{ length: { toString: 1, valueOf: 1 } }`). No
 * object of these inputs has a `length` field, so such a value is wrong wherever it is. Walked
 * with an explicit stack (deep nesting cannot overflow) and read through own data properties only.
 */
function lengthTrap(input: unknown): (string | number)[] | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: input, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    if (!Array.isArray(v) && hasOwn(v, "length")) return path;
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string;
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d !== undefined && "value" in d) stack.push({ v: d.value, path: [...path, Array.isArray(v) ? Number(k) : k] });
    }
  }
  return null;
}
