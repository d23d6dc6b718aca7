import type * as z from "zod";
import { ShoulouError, type ShoulouErrorCode } from "../core/errors";
import { parseWith, tryParse } from "../core/schema";
import { compileCheck, defaultsOf, type Check } from "../core/schema-check";
import { referralCustomerSchema, referralPayoutSchema, referralSchema } from "./schema";

/**
 * Validation of the large arrays (customers, referrals, deals, payouts) by their zod schemas
 * without zod copying a million objects. Each item is checked by a check compiled from its
 * zod schema ({@link compileCheck}): an item it passes is one zod accepts unchanged, and is kept
 * as given (defaulted fields may be absent: read them with the schema's defaults,
 * {@link customerDefaults}, {@link referralDefaults}); any other item goes through zod itself.
 * If anything fails, the whole input goes through the full schema, so the error (code, path,
 * issues) is zod's. The zod schemas stay the only description of each shape.
 */

/** The keys of an object schema whose fields have a `.default()`. */
type DefaultedKeys<S extends z.ZodObject> = { [K in keyof S["shape"]]: S["shape"][K] extends z.ZodDefault ? K : never }[keyof S["shape"]] & keyof z.output<S>;
/** An item of object schema `S` as kept: as zod outputs it, but its defaulted fields may be absent. */
export type Kept<S extends z.ZodObject> = Omit<z.output<S>, DefaultedKeys<S>> & Partial<Pick<z.output<S>, DefaultedKeys<S>>>;
/** A list field as {@link parseBulk} returns it: items of object schemas as {@link Kept}. */
type KeptField<F> = F extends z.ZodDefault<infer A> ? KeptField<A> : F extends z.ZodArray<infer E> ? (E extends z.ZodObject ? Kept<E>[] : z.output<F>) : F extends z.ZodType ? z.output<F> : never;
/** What {@link parseBulk} returns for object schema `S`. */
export type BulkOutput<S extends z.ZodObject> = { [K in keyof z.output<S>]: K extends keyof S["shape"] ? KeptField<S["shape"][K]> : z.output<S>[K] };

/** A customer as kept: `staff`/`owner` may be absent (see {@link customerDefaults}). */
export type CustomerRow = Kept<typeof referralCustomerSchema>;
/** A referral as kept: `relation`/`via` may be absent (see {@link referralDefaults}). */
export type ReferralRow = Kept<typeof referralSchema>;
/** A payout as kept: `level` may be absent (see {@link payoutDefaults}). */
export type PayoutRow = Kept<typeof referralPayoutSchema>;

/** The defaults of a customer's fields, from {@link referralCustomerSchema}. */
export const customerDefaults = defaultsOf(referralCustomerSchema) as Required<ReturnType<typeof defaultsOf<typeof referralCustomerSchema>>>;
/** The defaults of a referral's fields, from {@link referralSchema}. */
export const referralDefaults = defaultsOf(referralSchema) as Required<ReturnType<typeof defaultsOf<typeof referralSchema>>>;
/** The defaults of a payout's fields, from {@link referralPayoutSchema}. */
export const payoutDefaults = defaultsOf(referralPayoutSchema) as Required<ReturnType<typeof defaultsOf<typeof referralPayoutSchema>>>;

interface DefLike {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check?: string; readonly maximum?: number } } }[];
}
const defOf = (s: z.ZodType): DefLike => (s as unknown as { _zod: { def: DefLike } })._zod.def;

/** The array schema inside `.default()` / `.optional()` wrappers, or undefined. */
function arrayOf(schema: z.ZodType): DefLike | undefined {
  let def = defOf(schema);
  while ((def.type === "default" || def.type === "optional") && def.innerType) def = defOf(def.innerType);
  return def.type === "array" ? def : undefined;
}

/** The `.max(n)` an array schema sets, if any. */
function maxItems(def: DefLike): number | undefined {
  for (const c of def.checks ?? []) if (c._zod.def.check === "max_length") return c._zod.def.maximum;
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Refuses, before any work proportional to its size, a list longer than its schema's
 * `.max(n)`: OUT_OF_RANGE at the list's path. `schema` is an array schema or an object schema
 * whose fields may be arrays; the limits are the schema's, so they are documented where the
 * shape is (and in its JSON Schema as `maxItems`).
 */
export function refuseOversized(schema: z.ZodType, input: unknown, root: readonly (string | number)[] = []): void {
  const own = arrayOf(schema);
  if (own) {
    const max = maxItems(own);
    if (max !== undefined && Array.isArray(input) && input.length > max) throw new ShoulouError("OUT_OF_RANGE", [...root], `at most ${max} items (got ${input.length})`);
    return;
  }
  const def = defOf(schema);
  if (def.type !== "object" || !def.shape || !isPlainObject(input)) return;
  for (const [key, field] of Object.entries(def.shape)) {
    const list = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
    if (!Array.isArray(list)) continue;
    const arr = arrayOf(field);
    const max = arr && maxItems(arr);
    if (max !== undefined && list.length > max) throw new ShoulouError("OUT_OF_RANGE", [...root, key], `at most ${max} items (got ${list.length})`);
  }
}

/** The compiled item checks of an object schema's array fields, by field. */
export function itemChecks(full: z.ZodObject): Readonly<Record<string, { readonly check: Check; readonly schema: z.ZodType }>> {
  const out: Record<string, { check: Check; schema: z.ZodType }> = {};
  for (const [key, field] of Object.entries(full.shape as Record<string, z.ZodType>)) {
    const arr = arrayOf(field);
    if (arr?.element) out[key] = { check: compileCheck(arr.element), schema: arr.element };
  }
  return out;
}

/** The items of `list`, each kept when `check` passes it, else as `schema` parses it; null when one fails. Never mutates `list`. */
function items(list: readonly unknown[], check: Check, schema: z.ZodType): unknown[] | null {
  let out = list as unknown[];
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (check(v)) continue;
    const r = tryParse(schema, v);
    if (!r.success) return null;
    if (out === list) out = list.slice();
    out[i] = r.data;
  }
  return out;
}

/**
 * Parses `input` with the object schema `full`: its array fields item by item through
 * `checks` (see the file comment), the rest by zod with those arrays empty. Lists past their
 * schema's limit are OUT_OF_RANGE first; any invalid item makes the whole input go through
 * `full`, whose error is thrown with `code`.
 */
export function parseBulk<S extends z.ZodObject>(full: S, checks: ReturnType<typeof itemChecks>, input: unknown, code: ShoulouErrorCode = "INVALID_INPUT"): BulkOutput<S> {
  refuseOversized(full, input);
  if (isPlainObject(input)) {
    const head: Record<string, unknown> = { ...input };
    const parsed: Record<string, unknown[]> = {};
    let ok = true;
    for (const key of Object.keys(checks)) {
      const list = head[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) { ok = false; break; }
      const got = items(list, checks[key]!.check, checks[key]!.schema);
      if (!got) { ok = false; break; }
      parsed[key] = got;
      head[key] = [];
    }
    if (ok) {
      const r = tryParse(full, head);
      if (r.success) return { ...(r.data as object), ...parsed } as BulkOutput<S>;
    }
  }
  return parseWith(full, input, code) as BulkOutput<S>;
}
