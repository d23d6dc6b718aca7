import type * as z from "zod";

/**
 * Checks and parses compiled from a zod schema, so that a million items can be validated
 * without zod copying each of them, while the zod schema stays the only description of the shape.
 *
 * Both are built from the schema's own definition: types and keys from `_zod.def`, and every
 * check (lengths, `.int()`, bounds, `.refine`), transform and default is zod's own function or
 * value, run on the item — nothing is re-implemented, so the two cannot drift. Node kinds the
 * compiler does not know compile to "ask zod". A compiled parse answers zod's output or
 * {@link NOT_SURE} ("ask zod": zod may accept or reject); its output is a new object only where
 * zod's differs from the input (a transform changed a value, a default filled a field): an item
 * zod gives back unchanged is returned itself. A compiled check is the question "does zod accept
 * this value and give it back unchanged, absent defaulted fields aside?": `true` is a promise,
 * `false` only means "ask zod".
 *
 * @internal
 */
export type Check = (value: unknown) => boolean;

/** What a compiled parse answers when only zod can tell (it may accept or reject). @internal */
export const NOT_SURE: unique symbol = Symbol("ask zod");

/** A parse compiled from a zod schema: zod's output, or {@link NOT_SURE}. @internal */
export type CompiledParse<T> = (value: unknown) => T | typeof NOT_SURE;

type Parse = (value: unknown) => unknown;

interface Compiled {
  readonly parse: Parse;
  /** True when `parse` answering NOT_SURE means zod rejects the value (needed inside unions). */
  readonly exact: boolean;
}

/** Whether absent defaulted fields are filled (a parse) or left absent (a check: readers default them, {@link defaultsOf}). */
interface Mode {
  readonly fill: boolean;
}

/** The parts of zod's internals read here (zod v4 `_zod`). */
interface ZodCheckInternals {
  readonly check: (payload: Payload) => void;
  readonly when?: (payload: Payload) => boolean;
}
interface Payload {
  value: unknown;
  issues: unknown[];
  addIssue?: (issue: unknown) => void;
}
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: ZodCheckInternals }[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly transform?: (value: unknown, ctx: Payload) => unknown;
  readonly defaultValue?: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const NO = NOT_SURE;
const NEVER: Compiled = { parse: () => NO, exact: false };
const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * One of zod's checks as a predicate: length bounds and `.refine` straight from their
 * definitions (the bound, the refine's own function), anything else through zod's own code.
 */
function direct(c: { readonly _zod: ZodCheckInternals & { readonly def?: { readonly check?: string; readonly minimum?: number; readonly maximum?: number; readonly fn?: (v: unknown) => unknown; readonly when?: unknown; readonly abort?: boolean } } }): Check | undefined {
  const d = c._zod.def;
  if (!d || d.when !== undefined) return undefined;
  if (d.check === "min_length" && typeof d.minimum === "number") {
    const min = d.minimum;
    return (v) => (v as string).length >= min;
  }
  if (d.check === "max_length" && typeof d.maximum === "number") {
    const max = d.maximum;
    return (v) => (v as string).length <= max;
  }
  if (d.check === "custom" && typeof d.fn === "function") {
    const fn = d.fn;
    // zod passes a truthy result; a promise (an async refine) is zod's to handle.
    return (v) => {
      const r = fn(v);
      return typeof r === "boolean" ? r : !(r instanceof Promise) && Boolean(r);
    };
  }
  return undefined;
}

/** `base` and then every check of the node, run as zod runs them (one payload reused: checks are synchronous). */
function withChecks(base: Check, def: Def): Compiled {
  const all = def.checks ?? [];
  const fast = all.map((c) => direct(c as Parameters<typeof direct>[0]));
  if (fast.every((f) => f !== undefined)) {
    const [a, b, c] = fast as Check[];
    if (all.length === 0) return { parse: (v) => (base(v) ? v : NO), exact: true };
    if (all.length === 1) return { parse: (v) => (base(v) && a!(v) ? v : NO), exact: true };
    if (all.length === 2) return { parse: (v) => (base(v) && a!(v) && b!(v) ? v : NO), exact: true };
    if (all.length === 3) return { parse: (v) => (base(v) && a!(v) && b!(v) && c!(v) ? v : NO), exact: true };
  }
  const checks = all.map((c) => c._zod);
  const payload: Payload = { value: undefined, issues: [] };
  return {
    parse: (v) => {
      if (!base(v)) return NO;
      payload.value = v;
      payload.issues.length = 0;
      for (const c of checks) {
        if (c.when && !c.when(payload)) continue;
        // an async check (a promise) is zod's to handle: it throws on it in a synchronous parse
        const r: unknown = c.check(payload);
        if (r instanceof Promise || payload.issues.length > 0) return NO;
      }
      // a check that rewrites the value (`.trim()`, `.overwrite()`) is zod's to apply
      return payload.value === v ? v : NO;
    },
    exact: true,
  };
}

function compileObject(def: Def, mode: Mode): Compiled {
  const shape = def.shape ?? {};
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
  // Only strict (unknown keys refused) and loose (kept) objects are compiled;
  // a key named like an Object.prototype member would be read through the prototype by zod.
  if ((catchall !== "never" && catchall !== "unknown") || Object.keys(shape).some((k) => k in Object.prototype)) return NEVER;
  const keys = Object.keys(shape);
  const parses = keys.map((k) => compile(shape[k]!, mode).parse);
  const strict = catchall === "never";
  return {
    parse: (v) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return NO;
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return NO;
      const rec = v as Record<string, unknown>;
      if (strict) for (const k in rec) if (!hasOwn(rec, k) || !hasOwn(shape, k)) return NO;
      // zod's output is a plain object: a parse copies one without a prototype
      let out: Record<string, unknown> | undefined = mode.fill && proto === null ? { ...rec } : undefined;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const given = hasOwn(rec, k);
        const value = given ? rec[k] : undefined;
        const r = parses[i]!(value);
        if (r === NO) return NO;
        // copy on the first field whose output differs from the input (zod's output is a new object)
        if (r !== value || (!given && r !== undefined)) (out ??= { ...rec })[k] = r;
      }
      return out ?? v;
    },
    exact: false,
  };
}

function compileTransform(def: Def): Compiled {
  const transform = def.transform;
  if (typeof transform !== "function") return NEVER;
  return {
    parse: (v) => {
      const ctx: Payload = { value: v, issues: [] };
      ctx.addIssue = (issue) => ctx.issues.push(issue);
      const out = transform(v, ctx);
      return ctx.issues.length === 0 && !(out instanceof Promise) ? out : NO;
    },
    exact: false,
  };
}

/** Each option's literal value of the discriminator key, when the option is a plain object with one. */
function discriminated(def: Def, mode: Mode): Map<unknown, Compiled> | null | "duplicate" {
  const key = def.discriminator;
  if (key === undefined) return null;
  const byValue = new Map<unknown, Compiled>();
  for (const option of def.options ?? []) {
    const field = defOf(option).shape?.[key];
    const values = field === undefined ? undefined : defOf(field).values;
    if (defOf(option).type !== "object" || defOf(field as z.ZodType).type !== "literal" || values === undefined) return null;
    // zod refuses a schema whose options share a discriminator value (it throws on every parse)
    for (const v of values) {
      if (byValue.has(v)) return "duplicate";
      byValue.set(v, compile(option, mode));
    }
  }
  return byValue;
}

function compileUnion(def: Def, mode: Mode): Compiled {
  const byValue = discriminated(def, mode);
  if (byValue === "duplicate") return NEVER;
  const key = def.discriminator;
  if (byValue !== null && key !== undefined) {
    // zod picks the option by the discriminator's value: so does the parse (one option, not all).
    return {
      parse: (v) => {
        if (typeof v !== "object" || v === null || !hasOwn(v, key)) return NO;
        const option = byValue.get((v as Record<string, unknown>)[key]);
        return option === undefined ? NO : option.parse(v);
      },
      exact: false,
    };
  }
  const options = (def.options ?? []).map((o) => compile(o, mode));
  return {
    parse: (v) => {
      // zod takes the first option that accepts: an earlier option may be skipped only when it surely rejects.
      for (const o of options) {
        const r = o.parse(v);
        if (r !== NO) return r;
        if (!o.exact) return NO;
      }
      return NO;
    },
    exact: false,
  };
}

function compileArray(def: Def, mode: Mode): Compiled {
  const item = compile(def.element!, mode).parse;
  const list = withChecks((v) => Array.isArray(v), def).parse;
  return {
    parse: (v) => {
      if (list(v) === NO) return NO;
      const a = v as readonly unknown[];
      let out: unknown[] | undefined;
      for (let i = 0; i < a.length; i++) {
        const r = item(a[i]);
        if (r === NO) return NO;
        if (r !== a[i]) (out ??= a.slice())[i] = r;
      }
      return out ?? v;
    },
    exact: false,
  };
}

/** The compiled parse of `schema` (see the file comment). */
function compile(schema: z.ZodType, mode: Mode): Compiled {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return withChecks((v) => typeof v === "string", def);
    case "number":
      return withChecks((v) => typeof v === "number" && Number.isFinite(v), def);
    case "boolean":
      return withChecks((v) => typeof v === "boolean", def);
    case "enum": {
      const values = new Set(Object.values(def.entries ?? {}));
      return withChecks((v) => values.has(v), def);
    }
    case "literal": {
      const values = new Set(def.values ?? []);
      return withChecks((v) => values.has(v), def);
    }
    case "optional": {
      const inner = compile(def.innerType!, mode);
      return { parse: (v) => (v === undefined ? v : inner.parse(v)), exact: inner.exact };
    }
    case "default": {
      const inner = compile(def.innerType!, mode);
      const fallback = def.defaultValue;
      // zod gives an object default as a fresh copy: an absent one is left to zod
      if (mode.fill && typeof fallback === "object" && fallback !== null) return { parse: (v) => (v === undefined ? NO : inner.parse(v)), exact: false };
      return { parse: (v) => (v === undefined ? (mode.fill ? fallback : v) : inner.parse(v)), exact: inner.exact };
    }
    case "object":
      return compileObject(def, mode);
    case "union":
      return compileUnion(def, mode);
    case "transform":
      return compileTransform(def);
    case "pipe": {
      const a = compile(def.in!, mode).parse;
      const b = compile(def.out!, mode).parse;
      return {
        parse: (v) => {
          const r = a(v);
          return r === NO ? NO : b(r);
        },
        exact: false,
      };
    }
    case "array":
      return compileArray(def, mode);
    default:
      return NEVER;
  }
}

/**
 * A check compiled from `schema`: true only when zod accepts the value and returns it unchanged,
 * but for absent fields that have a default. For `z.strictObject({ id: z.string().min(1), n:
 * z.number().int().default(1) })` it is true for `{ id: "a" }` and false for `{ id: "" }` or
 * `{ id: "a", n: 1.5 }`; test/core/schema-check.property.test.ts holds it to zod.
 *
 * @internal
 */
export function compileCheck(schema: z.ZodType): Check {
  const parse = compile(schema, { fill: false }).parse;
  return (v) => parse(v) === v;
}

/**
 * A parse compiled from `schema`: zod's output for the values it is sure of (the input itself
 * when zod would give it back unchanged; a copy where a transform or a default changes a field),
 * else {@link NOT_SURE}, and then zod decides (and words the error). For `z.strictObject({ n:
 * z.number().default(1) })`, `{}` parses to `{ n: 1 }` and `{ n: "1" }` to NOT_SURE;
 * test/core/schema-check.property.test.ts holds it to zod.
 *
 * @internal
 */
export function compileParse<S extends z.ZodType>(schema: S): CompiledParse<z.output<S>> {
  return compile(schema, { fill: true }).parse as CompiledParse<z.output<S>>;
}

/**
 * The default of every defaulted field of an object schema, read from the schema, so that code
 * reading an item kept as given (its defaulted fields possibly absent) uses the schema's value.
 *
 * @internal
 */
export function defaultsOf<S extends z.ZodObject>(schema: S): { readonly [K in keyof z.output<S>]?: z.output<S>[K] } {
  const out: Record<string, unknown> = {};
  for (const [k, field] of Object.entries(defOf(schema).shape ?? {})) {
    const def = defOf(field);
    if (def.type === "default") out[k] = def.defaultValue;
  }
  return Object.freeze(out) as never;
}
