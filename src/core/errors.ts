/**
 * Every code a {@link ShoulouError} can carry. The union is closed: a new code is a new
 * release, never an ad-hoc string.
 *
 * - `INVALID_INPUT` — the caller's data does not fit the function's schema.
 * - `INVALID_POLICY` — a policy (or scorecard, or preset override) is malformed.
 * - `INVALID_SCHEDULE` — a fee schedule is malformed.
 * - `NO_SCHEDULE_IN_FORCE` — no version of a schedule covers the given date.
 * - `MISSING_PARAMETER` — a schedule or policy needs a value only the caller can give.
 * - `UNKNOWN_REFERENCE` — an id points at nothing (a unit not on sale, an unknown customer).
 * - `DUPLICATE` — an id that must be unique appears twice.
 * - `CYCLE` — a graph that must be acyclic is not.
 * - `OUT_OF_RANGE` — a value is valid alone but too large or small for the computation.
 * - `INTERNAL` — a defect inside shoulou; please report it. Never expected.
 *
 * @category Errors
 */
export const errorCodes = [
  "INVALID_INPUT",
  "INVALID_POLICY",
  "INVALID_SCHEDULE",
  "NO_SCHEDULE_IN_FORCE",
  "MISSING_PARAMETER",
  "UNKNOWN_REFERENCE",
  "DUPLICATE",
  "CYCLE",
  "OUT_OF_RANGE",
  "INTERNAL",
] as const;

/** @category Errors */
export type ShoulouErrorCode = (typeof errorCodes)[number];

/** A path into the caller's data, e.g. `["lines", 2, "kind"]`. @category Errors */
export type ErrorPath = readonly (string | number)[];

/** One problem found in the input, in the shape zod reports it. @category Errors */
export interface ShoulouIssue {
  readonly path: ErrorPath;
  readonly message: string;
  /** The validator's own code (zod's issue code), when there is one. */
  readonly code?: string;
}

/**
 * The only error shoulou throws: a stable `code`, the `path` of the offending field, a
 * message that names it, and every issue found.
 *
 * @example
 * ```ts
 * const err = new ShoulouError("INVALID_INPUT", ["price"], "price must be positive");
 * err.message; //=> "INVALID_INPUT at price: price must be positive"
 * ```
 * @category Errors
 */
export class ShoulouError extends Error {
  override readonly name = "ShoulouError";
  readonly code: ShoulouErrorCode;
  readonly path: ErrorPath;
  readonly issues: readonly ShoulouIssue[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ShoulouErrorCode,
    path: ErrorPath,
    message: string,
    options: { issues?: readonly ShoulouIssue[]; details?: Readonly<Record<string, unknown>> } = {},
  ) {
    super(`${code}${path.length ? ` at ${formatPath(path)}` : ""}: ${message}`);
    this.code = code;
    this.path = path;
    this.issues = options.issues ?? [{ path, message }];
    this.details = options.details ?? {};
  }

  /** Plain data for logs and APIs. */
  toJSON(): { name: string; code: ShoulouErrorCode; path: ErrorPath; message: string; issues: readonly ShoulouIssue[] } {
    return { name: this.name, code: this.code, path: this.path, message: this.message, issues: this.issues };
  }
}

/**
 * True when `value` is a {@link ShoulouError} (also across bundle copies, by name and code).
 *
 * @example
 * ```ts
 * isShoulouError(new ShoulouError("CYCLE", [], "loop")); //=> true
 * isShoulouError(new Error("x")); //=> false
 * ```
 * @category Errors
 */
export function isShoulouError(value: unknown): value is ShoulouError {
  if (value instanceof ShoulouError) return true;
  if (typeof value !== "object" || value === null) return false;
  const v = value as { name?: unknown; code?: unknown };
  return v.name === "ShoulouError" && typeof v.code === "string" && (errorCodes as readonly string[]).includes(v.code);
}

/**
 * A path as people read it: `lines[2].kind`.
 *
 * @example
 * ```ts
 * formatPath(["lines", 2, "kind"]); //=> "lines[2].kind"
 * ```
 * @category Errors
 */
export function formatPath(path: ErrorPath): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** Result of a non-throwing call. @category Errors */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ShoulouError };

/**
 * Runs `compute` so that nothing but a {@link ShoulouError} can escape: anything else (a
 * defect) is wrapped as `INTERNAL`. Every public function runs its body through this.
 *
 * @example
 * ```ts
 * guarded(() => 1 + 1); //=> 2
 * ```
 * @category Errors
 */
export function guarded<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (isShoulouError(e)) throw e;
    throw new ShoulouError("INTERNAL", [], `unexpected failure: ${describeThrown(e)}`);
  }
}

function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return "a value that cannot be printed";
  }
}

/**
 * The non-throwing twin of any shoulou function: `{ ok: true, value }` or `{ ok: false, error }`.
 *
 * @example
 * ```ts
 * const r = attempt(() => { throw new ShoulouError("INVALID_INPUT", ["area"], "area must be positive"); });
 * r.ok; //=> false
 * ```
 * @category Errors
 */
export function attempt<T>(compute: () => T): Result<T> {
  try {
    return { ok: true, value: guarded(compute) };
  } catch (e) {
    return { ok: false, error: e as ShoulouError };
  }
}

/**
 * Runs `compute`, and re-roots any {@link ShoulouError} it throws under `prefix`, so an error in
 * a nested part of the input (a plan's fees) points at its place in the caller's data.
 *
 * @example
 * ```ts
 * attempt(() => underPath(["fees"], () => { throw new ShoulouError("INVALID_INPUT", ["area"], "must be positive"); })).error.path; //=> ["fees", "area"]
 * ```
 * @category Errors
 */
export function underPath<T>(prefix: ErrorPath, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (!isShoulouError(e)) throw e;
    const issues = e.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
    const message = e.issues[0]?.message ?? e.message;
    throw new ShoulouError(e.code, [...prefix, ...e.path], message, { issues, details: e.details });
  }
}
