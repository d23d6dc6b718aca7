import type * as z from "zod";

/**
 * A fast check compiled from a zod schema, so that a million items can be validated without
 * zod copying each of them, while the zod schema stays the only description of the shape.
 *
 * The compiled check answers one question: "does zod accept this value and give it back
 * unchanged (absent defaulted fields aside)?" `true` is a promise; `false` only means "ask
 * zod". It is built from the schema's own definition: types and keys from `_zod.def`, and every
 * check (lengths, `.int()`, bounds, `.refine`) and transform is zod's own function, run on the
 * value — nothing is re-implemented, so the two cannot drift. Node kinds it does not know
 * compile to "ask zod".
 */
export type Check = (value: unknown) => boolean;

interface Compiled {
  readonly check: Check;
  /** True when `check` returning false means zod rejects the value (needed inside unions). */
  readonly exact: boolean;
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
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly transform?: (value: unknown, ctx: Payload) => unknown;
  readonly defaultValue?: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const NEVER: Compiled = { check: () => false, exact: false };
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
    if (all.length === 0) return { check: base, exact: true };
    if (all.length === 1) return { check: (v) => base(v) && a!(v), exact: true };
    if (all.length === 2) return { check: (v) => base(v) && a!(v) && b!(v), exact: true };
    if (all.length === 3) return { check: (v) => base(v) && a!(v) && b!(v) && c!(v), exact: true };
  }
  const checks = all.map((c) => c._zod);
  const payload: Payload = { value: undefined, issues: [] };
  return {
    check: (v) => {
      if (!base(v)) return false;
      payload.value = v;
      payload.issues.length = 0;
      for (const c of checks) {
        if (c.when && !c.when(payload)) continue;
        c.check(payload);
        if (payload.issues.length > 0) return false;
      }
      return payload.value === v;
    },
    exact: true,
  };
}

function compileObject(def: Def): Compiled {
  const shape = def.shape ?? {};
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
  // Only strict (unknown keys refused) and loose (kept) objects return their input unchanged;
  // a key named like an Object.prototype member would be read through the prototype by zod.
  if ((catchall !== "never" && catchall !== "unknown") || Object.keys(shape).some((k) => k in Object.prototype)) return NEVER;
  const keys = Object.keys(shape);
  const checks = keys.map((k) => compile(shape[k]!).check);
  const strict = catchall === "never";
  return {
    check: (v) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      const rec = v as Record<string, unknown>;
      if (strict) for (const k in rec) if (!hasOwn(rec, k) || !hasOwn(shape, k)) return false;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (!checks[i]!(hasOwn(rec, k) ? rec[k] : undefined)) return false;
      }
      return true;
    },
    exact: false,
  };
}

function compileTransform(def: Def): Compiled {
  const transform = def.transform;
  if (typeof transform !== "function") return NEVER;
  return {
    check: (v) => {
      const ctx: Payload = { value: v, issues: [] };
      ctx.addIssue = (issue) => ctx.issues.push(issue);
      const out = transform(v, ctx);
      return ctx.issues.length === 0 && Object.is(out, v);
    },
    exact: false,
  };
}

function compileUnion(def: Def): Compiled {
  const options = (def.options ?? []).map(compile);
  return {
    check: (v) => {
      // zod takes the first option that accepts: an earlier option may be skipped only when it surely rejects.
      for (const o of options) {
        if (o.check(v)) return true;
        if (!o.exact) return false;
      }
      return false;
    },
    exact: false,
  };
}

/** The compiled check of `schema` (see the file comment). */
function compile(schema: z.ZodType): Compiled {
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
    case "optional":
    case "default": {
      // A defaulted field left absent stays absent: readers take the default from the schema ({@link defaultsOf}).
      const inner = compile(def.innerType!);
      return { check: (v) => v === undefined || inner.check(v), exact: inner.exact };
    }
    case "object":
      return compileObject(def);
    case "union":
      return compileUnion(def);
    case "transform":
      return compileTransform(def);
    case "pipe": {
      const a = compile(def.in!).check;
      const b = compile(def.out!).check;
      return { check: (v) => a(v) && b(v), exact: false };
    }
    case "array": {
      const item = compile(def.element!).check;
      return withChecks((v) => Array.isArray(v) && v.every((x) => item(x)), def);
    }
    default:
      return NEVER;
  }
}

/**
 * A check compiled from `schema`: true only when zod accepts the value and returns it unchanged,
 * but for absent fields that have a default. For `z.strictObject({ id: z.string().min(1), n:
 * z.number().int().default(1) })` it is true for `{ id: "a" }` and false for `{ id: "" }` or
 * `{ id: "a", n: 1.5 }`; test/referral/schema-check.property.test.ts holds it to zod.
 */
export function compileCheck(schema: z.ZodType): Check {
  return compile(schema).check;
}

/**
 * The default of every defaulted field of an object schema, read from the schema, so that code
 * reading an item kept as given (its defaulted fields possibly absent) uses the schema's value.
 */
export function defaultsOf<S extends z.ZodObject>(schema: S): { readonly [K in keyof z.output<S>]?: z.output<S>[K] } {
  const out: Record<string, unknown> = {};
  for (const [k, field] of Object.entries(defOf(schema).shape ?? {})) {
    const def = defOf(field);
    if (def.type === "default") out[k] = def.defaultValue;
  }
  return Object.freeze(out) as never;
}
