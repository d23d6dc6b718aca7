import type * as z from "zod";

// The same compiler as src/referral/schema-check.ts, plus discriminated unions (attribution's
// events are one): modules may not import each other, and core is not ours to change in this
// pass — it belongs in core, once, and should move there.

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
  readonly discriminator?: string;
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

/** `base` and then every check of the node, run as zod runs them (one payload reused: checks are synchronous). */
function withChecks(base: Check, def: Def): Compiled {
  const checks = (def.checks ?? []).map((c) => c._zod);
  if (checks.length === 0) return { check: base, exact: true };
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

/** Each option's literal value of the discriminator key, when the option is a plain object with one. */
function discriminated(def: Def): Map<unknown, Compiled> | null {
  const key = def.discriminator;
  if (key === undefined) return null;
  const byValue = new Map<unknown, Compiled>();
  for (const option of def.options ?? []) {
    const field = defOf(option).shape?.[key];
    const values = field === undefined ? undefined : defOf(field).values;
    if (defOf(option).type !== "object" || defOf(field as z.ZodType).type !== "literal" || values === undefined) return null;
    for (const v of values) if (!byValue.has(v)) byValue.set(v, compile(option));
  }
  return byValue;
}

function compileUnion(def: Def): Compiled {
  const byValue = discriminated(def);
  const key = def.discriminator;
  if (byValue !== null && key !== undefined) {
    // zod picks the option by the discriminator's value: so does the check (one option, not all).
    return {
      check: (v) => {
        if (typeof v !== "object" || v === null || !hasOwn(v, key)) return false;
        const option = byValue.get((v as Record<string, unknown>)[key]);
        return option !== undefined && option.check(v);
      },
      exact: false,
    };
  }
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
 * `{ id: "a", n: 1.5 }`; test/attribution/attribution.property.test.ts holds it to zod for events.
 */
export function compileCheck(schema: z.ZodType): Check {
  return compile(schema).check;
}
