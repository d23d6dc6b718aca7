import * as shoulou from "../../src/index";
import { recordExampleCalls } from "../../scripts/site/examples";
import { extraExamples } from "../../scripts/site/extra-examples";

/**
 * What the fuzz suite and the hostile-value test share: every public function (enumerated from
 * the root exports, so a new export is covered without editing a list), sample arguments for
 * each (recorded from the doc examples), and the contract every call must keep.
 */

const api = shoulou as unknown as Record<string, unknown>;

export type PublicFunction = (...args: unknown[]) => unknown;

/**
 * Exports that take no caller data: rule authors build trace data with them inside shoulou's
 * own functions, without checks, for speed (a hot loop makes millions of steps), and the test
 * setup checks every step they build against the catalogue. They should leave the public API.
 */
export const AUTHOR_TOOLS: ReadonlySet<string> = new Set(["step", "accept", "refuse", "factProblems"]);

/** Every function a caller may call: the root's exports that are functions and not classes (lower-case, like the CLI's list), author tools aside. */
export function publicFunctions(): [string, PublicFunction][] {
  return Object.entries(api)
    .filter(([name, v]) => typeof v === "function" && /^[a-z]/.test(name) && !AUTHOR_TOOLS.has(name))
    .map(([name, v]) => [name, v as PublicFunction]);
}

/** An exported preset by its dotted name, through own properties only. */
function presetByName(name: string): unknown {
  let v: unknown = api;
  for (const k of name.split(".")) {
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** JSON copy: a preset passed by name becomes a plain copy, so a fuzz mutation never touches the exported object. */
function plainCopy(v: unknown): unknown {
  return v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);
}

let recorded: Map<string, unknown[][]> | undefined;

/** For each public function, the argument lists its doc examples call it with (JSON copies). */
export function sampleArgs(): Map<string, unknown[][]> {
  if (recorded) return recorded;
  const out = new Map<string, unknown[][]>();
  for (const c of recordExampleCalls(".", extraExamples)) {
    const args = c.args.map((a, i) => {
      const preset = c.presetArgs[i];
      return preset === undefined ? a : plainCopy(presetByName(preset));
    });
    // trailing undefined arguments were not given
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    const list = out.get(c.fn) ?? [];
    if (list.length < 12) list.push(args);
    out.set(c.fn, list);
  }
  recorded = out;
  return out;
}

/** The outcome of one call. */
export type Outcome =
  | { readonly kind: "result"; readonly value: unknown }
  | { readonly kind: "error"; readonly code: string; readonly path: readonly (string | number)[]; readonly message: string; readonly error: unknown };

export function call(fn: PublicFunction, args: readonly unknown[]): Outcome {
  try {
    return { kind: "result", value: fn(...args) };
  } catch (e) {
    const err = e as { code?: unknown; path?: unknown; message?: unknown };
    return shoulou.isShoulouError(e)
      ? { kind: "error", code: String(err.code), path: err.path as (string | number)[], message: String(err.message), error: e }
      : { kind: "error", code: "NOT-A-SHOULOU-ERROR", path: [], message: safeText(e), error: e };
  }
}

function safeText(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
  } catch {
    return "unprintable";
  }
}

/** What is wrong with an outcome, or undefined: a result, or a non-INTERNAL ShoulouError with a path. */
export function contractProblem(o: Outcome): string | undefined {
  if (o.kind === "result") return undefined;
  if (o.code === "NOT-A-SHOULOU-ERROR") return `threw something else: ${o.message.slice(0, 500)}`;
  if (o.code === "INTERNAL") {
    const cause = (o.error as { cause?: unknown }).cause;
    return `INTERNAL: ${o.message.slice(0, 300)}\ncause: ${safeText(cause).slice(0, 800)}`;
  }
  if (!Array.isArray(o.path) || !o.path.every((p) => typeof p === "string" || typeof p === "number")) return `no path: ${o.message}`;
  if (o.message.length > 2000) return `message of ${o.message.length} characters`;
  return undefined;
}

/** A comparable fingerprint of an outcome (results as JSON, errors as code and path). */
export function fingerprint(o: Outcome): string {
  if (o.kind === "error") return `error ${o.code} ${JSON.stringify(o.path)}`;
  try {
    return `result ${JSON.stringify(o.value) ?? "undefined"}`;
  } catch {
    return "result (not JSON)";
  }
}

/** A deep copy (own enumerable keys, `__proto__` kept as an own key), deeply frozen. */
export function deepFrozenCopy<T>(value: T, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== "object") return value;
  const known = seen.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(deepFrozenCopy(v, seen));
    return Object.freeze(out) as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const k of Object.keys(value)) Object.defineProperty(out, k, { value: deepFrozenCopy((value as Record<string, unknown>)[k], seen), enumerable: true });
  return Object.freeze(out) as T;
}

/** A snapshot of an input that changes if anything in it is changed (own keys, `__proto__` too). */
export function snapshot(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `#${String(v)}` : typeof v === "bigint" ? `#${String(v)}n` : v)) ?? "undefined";
  } catch {
    return "unserialisable";
  }
}

const PROTOS: readonly object[] = [Object.prototype, Array.prototype, String.prototype, Number.prototype, Function.prototype];

/** The own property names of the built-in prototypes: a polluted prototype changes it. */
export function prototypeState(): string {
  return PROTOS.map((p) => Object.getOwnPropertyNames(p).sort().join(",")).join("|");
}

const MONEY_KEY = /amount|total|price|fee|deposit|payment|principal|interest|balance|reward|payout|commission|tax|yuan|pool|refund|cost|fund|loan|due|paid|credit/i;
const MONEY = /^-?\d+\.\d{2}$/;

/** Keys that hold money in the sample results: a money-like name, and every sample value yuan with 2 decimals. */
export function moneyKeys(results: readonly unknown[]): Set<string> {
  const seen = new Map<string, boolean>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === "string" && MONEY_KEY.test(k)) seen.set(k, (seen.get(k) ?? true) && MONEY.test(x));
        walk(x);
      }
    }
  };
  for (const r of results) walk(r);
  return new Set([...seen].filter(([, ok]) => ok).map(([k]) => k));
}

/** Money values in a result that are not `-?digits.dd`. */
export function badMoney(result: unknown, keys: ReadonlySet<string>): string[] {
  const bad: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 40 || bad.length > 3) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (keys.has(k) && typeof x === "string" && !MONEY.test(x)) bad.push(`${k}: ${x.slice(0, 40)}`);
        walk(x, depth + 1);
      }
    }
  };
  walk(result, 0);
  return bad;
}

/** Every path to a value inside `args` (at most `max`), the argument index first. */
export function pathsIn(args: readonly unknown[], max = 400): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (out.length >= max) return;
    out.push(path);
    if (Array.isArray(v)) v.slice(0, 20).forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  args.forEach((a, i) => walk(a, [i]));
  return out;
}

/** A copy of `args` with the value at `path` replaced (or removed when `value` is `REMOVE`). */
export const REMOVE = Symbol("remove");
export function withValueAt(args: readonly unknown[], path: readonly (string | number)[], value: unknown): unknown[] {
  const copy = structuredClone(args) as unknown[];
  if (path.length === 1) {
    copy[path[0] as number] = value === REMOVE ? undefined : value;
    return copy;
  }
  let at: unknown = copy;
  for (const k of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[k];
  const last = path[path.length - 1] as string | number;
  if (value === REMOVE) {
    if (Array.isArray(at)) at.splice(last as number, 1);
    else delete (at as Record<string, unknown>)[last];
  } else {
    Object.defineProperty(at, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** How many inputs per function: `FUZZ_RUNS` (the fuzz scripts set it), else a short count for `npm test`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 20);
