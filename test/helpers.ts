import { expect } from "vitest";
import { isShoulouError, type ErrorPath, type ShoulouError, type ShoulouErrorCode } from "../src/core/errors";

/** Helpers every module's tests share. */

/** What `fn` throws, whatever it is (a ShoulouError or not); fails the test if nothing is thrown. */
export function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("nothing was thrown");
}

/** The ShoulouError `fn` throws; fails the test if it returns or throws anything else. */
export function thrown(fn: () => unknown): ShoulouError {
  try {
    fn();
  } catch (e) {
    if (isShoulouError(e)) return e;
    throw e;
  }
  throw new Error("expected a ShoulouError, but nothing was thrown");
}

/** Runs `f` and expects a ShoulouError with `code` at `path` (and no result at all). */
export function expectShoulou(f: () => unknown, code: ShoulouErrorCode, path: ErrorPath): ShoulouError {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    expect(isShoulouError(e), `expected a ShoulouError, got ${String(e)}`).toBe(true);
    const err = e as ShoulouError;
    expect({ code: err.code, path: err.path }, err.message).toEqual({ code, path });
    return err;
  }
  throw new Error(`expected ShoulouError ${code} at ${JSON.stringify(path)}, got a result: ${JSON.stringify(result)?.slice(0, 200)}`);
}

/** A deep copy, deeply frozen. */
export function frozenCopy<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown): void => {
    if (v && typeof v === "object" && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const k of Object.keys(v)) freeze((v as Record<string, unknown>)[k]);
    }
  };
  freeze(copy);
  return copy;
}

/** Yuan string → integer fen as BigInt (exact, any size). */
export function fenOf(yuan: string): bigint {
  const neg = yuan.startsWith("-");
  const [i = "0", f = ""] = yuan.replace(/^-/, "").split(".");
  const v = BigInt(i) * 100n + BigInt((f + "00").slice(0, 2));
  return neg ? -v : v;
}

/** Every field of every preset has a citation of some substance, and nothing else is cited. */
export function expectPresetsCited(presets: Readonly<Record<string, object>>, sources: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  expect(Object.keys(sources).sort()).toEqual(Object.keys(presets).sort());
  for (const [name, preset] of Object.entries(presets)) {
    const cited = sources[name] ?? {};
    expect(Object.keys(cited).sort(), name).toEqual(Object.keys(preset).sort());
    for (const [field, source] of Object.entries(cited)) expect(source.length, `${name}.${field}`).toBeGreaterThan(5);
  }
}
