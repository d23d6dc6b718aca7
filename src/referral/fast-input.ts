import * as z from "zod";
import { canonicalDecimal } from "../core/money";
import { parseWith } from "../core/schema";
import { instantMs } from "../core/time";
import { referralCustomerSchema, referralDealSchema, referralSchema, type Referral, type ReferralCustomer, type ReferralDeal } from "./schema";

/**
 * Validation of the large arrays (customers, referrals, deals) without copying a million
 * objects. An item that is a plain object the zod schema would accept unchanged (but for the
 * defaults of absent fields) is kept as given; any other item goes through its zod schema; and
 * if anything fails, the whole input goes through the full schema, whose error (path and
 * issues) is the one thrown. So this accepts exactly what the schemas accept and fails with
 * exactly their error; the property test in test/referral/fast-input.property.test.ts checks it.
 */

/** A customer as the fast path keeps it: `staff`/`owner` may be absent (read as false). */
export type CustomerRow = Omit<ReferralCustomer, "staff" | "owner"> & { readonly staff?: boolean; readonly owner?: boolean };
/** A referral as the fast path keeps it: `relation`/`via` may be absent ("other", "in-person"). */
export type ReferralRow = Omit<Referral, "relation" | "via"> & { readonly relation?: Referral["relation"]; readonly via?: Referral["via"] };
/** A deal as the fast path keeps it (price already canonical), with the closing agent if any. */
export type DealRow = ReferralDeal & { readonly agent?: string };

type Check = (v: unknown) => boolean;
const isId: Check = (v) => typeof v === "string" && v.length >= 1 && v.length <= 200;
const isContact: Check = (v) => typeof v === "string" && v.length >= 1 && v.length <= 40;
const isName: Check = (v) => typeof v === "string" && v.length <= 200;
const isBool: Check = (v) => typeof v === "boolean";
const isInstant: Check = (v) => instantMs(v) !== undefined;
const isPrice: Check = (v) => typeof v === "string" && canonicalDecimal(v, { sign: "positive", maxDecimals: 2 }) === v;
const oneOf = (values: readonly string[]): Check => (v) => typeof v === "string" && values.includes(v);

/** Required and optional fields of an item, each with its check, exactly as the zod schema has them. */
export interface Shape {
  readonly required: Readonly<Record<string, Check>>;
  readonly optional: Readonly<Record<string, Check>>;
  /** A required instant field read by the caller too: its ms are returned, read once. */
  readonly instant?: string;
  /** How many required fields. */
  readonly needed: number;
}

function shapeOf(required: Record<string, Check>, optional: Record<string, Check>, instant?: string): Shape {
  return instant === undefined ? { required, optional, needed: Object.keys(required).length } : { required, optional, instant, needed: Object.keys(required).length };
}

const stages = { contractSignedAt: isInstant, downPaymentAt: isInstant, loanDisbursedAt: isInstant, paidInFullAt: isInstant, cancelledAt: isInstant };
/** The fields of each bulk item, exactly as `referralCustomerSchema`, `referralSchema`, `referralDealSchema` (and the credit input's deal, with `agent`) have them. */
export const SHAPES = {
  customer: shapeOf(
    { id: isId },
    { name: isName, phone: isContact, idNumber: isContact, household: isId, staff: isBool, owner: isBool, firstVisitAt: isInstant, registeredAt: isInstant },
  ),
  referral: shapeOf(
    { id: isId, referrer: isId, referred: isId, at: isInstant },
    { relation: oneOf(["family", "friend", "colleague", "other"]), via: oneOf(["in-person", "phone"]), askedFor: isId },
    "at",
  ),
  deal: shapeOf({ id: isId, buyer: isId, price: isPrice }, stages),
  agentDeal: shapeOf({ id: isId, buyer: isId, price: isPrice }, { ...stages, agent: isId }),
} as const;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The instant in ms of the shape's `instant` field (0 when it has none) when `v` is a plain
 * object with exactly the shape's required keys and valid values, else NaN.
 */
export function plainValid(v: unknown, shape: Shape): number {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return Number.NaN;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return Number.NaN;
  const rec = v as Record<string, unknown>;
  let required = 0;
  let ms = 0;
  for (const key in rec) {
    if (!hasOwn(rec, key)) return Number.NaN;
    const value = rec[key];
    if (key === shape.instant) {
      const read = instantMs(value);
      if (read === undefined) return Number.NaN;
      ms = read;
      required++;
    } else if (hasOwn(shape.required, key)) {
      if (!shape.required[key]!(value)) return Number.NaN;
      required++;
    } else if (hasOwn(shape.optional, key)) {
      if (value !== undefined && !shape.optional[key]!(value)) return Number.NaN;
    } else return Number.NaN;
  }
  return required === shape.needed ? ms : Number.NaN;
}

/**
 * The items of `list`, each kept as given when {@link plainValid}, else as `schema` parses it,
 * and the ms of their `instant` field; null when an item fails `schema`. Never mutates `list`
 * (a copy is made at the first replaced item).
 */
function items(list: readonly unknown[], shape: Shape, schema: z.ZodType): { list: unknown[]; ms: Float64Array } | null {
  let out = list as unknown[];
  const ms = new Float64Array(shape.instant === undefined ? 0 : list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    let t = plainValid(v, shape);
    if (Number.isNaN(t)) {
      const r = schema.safeParse(v);
      if (!r.success) return null;
      if (out === list) out = list.slice();
      out[i] = r.data;
      t = shape.instant === undefined ? 0 : (instantMs((r.data as Record<string, unknown>)[shape.instant]) ?? 0);
    }
    if (shape.instant !== undefined) ms[i] = t;
  }
  return { list: out, ms };
}

/** Which array keys of an input hold which items. */
export type ArrayShapes = Readonly<Record<string, { readonly shape: Shape; readonly schema: z.ZodType }>>;

/**
 * Parses `input` with `full`, validating the arrays named in `arrays` item by item (see the
 * file comment) and the rest with `full` restricted to empty arrays there. `ms` holds, per
 * array whose shape names an `instant` field, each item's instant in ms.
 */
export function parseBulk<S extends z.ZodObject>(full: S, arrays: ArrayShapes, input: unknown): { data: z.output<S>; ms: Record<string, Float64Array> } {
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    const proto = Object.getPrototypeOf(input) as unknown;
    const rec = input as Record<string, unknown>;
    if (proto === Object.prototype || proto === null) {
      const head: Record<string, unknown> = { ...rec };
      const parsed: Record<string, unknown[]> = {};
      const ms: Record<string, Float64Array> = {};
      let ok = true;
      for (const key of Object.keys(arrays)) {
        const list = rec[key];
        if (!Array.isArray(list)) { ok = false; break; }
        const got = items(list, arrays[key]!.shape, arrays[key]!.schema);
        if (!got) { ok = false; break; }
        parsed[key] = got.list;
        ms[key] = got.ms;
        head[key] = [];
      }
      if (ok) {
        const r = full.safeParse(head);
        if (r.success) return { data: { ...(r.data as object), ...parsed } as z.output<S>, ms };
      }
    }
  }
  return { data: parseWith(full, input, "INVALID_INPUT"), ms: {} };
}

/** The array specs of the customers, referrals and deals every bulk input shares. */
export const bulkArrays = {
  customers: { shape: SHAPES.customer, schema: referralCustomerSchema },
  referrals: { shape: SHAPES.referral, schema: referralSchema },
  deals: { shape: SHAPES.deal, schema: referralDealSchema },
} as const;
