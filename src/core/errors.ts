import { preview, clip, renderMessage, type MessageData, type MessageKey, type MessageLocale, type MessageRef } from "./messages";

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
  /** In English; {@link ShoulouError.localizedMessage} gives the Chinese. */
  readonly message: string;
  /** The validator's own code (zod's issue code), when there is one. */
  readonly code?: string;
  /** The key of the message in {@link messageCatalogue}, when shoulou wrote it from there. */
  readonly key?: MessageKey;
  /** The figures the message names. */
  readonly data?: MessageData;
}

/** Options of the {@link ShoulouError} constructor. @category Errors */
export interface ShoulouErrorOptions {
  /** Every problem found; default one issue at the error's path with its message. */
  readonly issues?: readonly ShoulouIssue[];
  /** Extra plain data for the caller. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The original error (kept by `INTERNAL`). */
  readonly cause?: unknown;
}

/**
 * The only error shoulou throws: a stable `code`, the `path` of the offending field, a
 * message that names it, and every issue found. `message` is English whatever the app's zod
 * locale; {@link ShoulouError.localizedMessage} gives it in Chinese (`"zh"`) or English. A
 * message echoes at most 80 characters of any value or key of the caller's.
 *
 * @example
 * ```ts
 * const err = new ShoulouError("INVALID_INPUT", ["price"], "price must be positive");
 * err.message; //=> "INVALID_INPUT at price: price must be positive"
 * new ShoulouError("INVALID_INPUT", ["price"], { key: "decimal-positive" }).localizedMessage("zh"); //=> "INVALID_INPUT（price）：必须大于0"
 * ```
 * @category Errors
 */
export class ShoulouError extends Error {
  override readonly name = "ShoulouError";
  readonly code: ShoulouErrorCode;
  readonly path: ErrorPath;
  readonly issues: readonly ShoulouIssue[];
  readonly details: Readonly<Record<string, unknown>>;
  /** The message's key and figures, when it comes from {@link messageCatalogue}. */
  readonly messageRef: MessageRef | undefined;

  constructor(code: ShoulouErrorCode, path: ErrorPath, message: string | MessageRef, options: ShoulouErrorOptions = {}) {
    const safePath = cleanPath(path);
    const ref = typeof message === "string" ? undefined : message;
    const text = ref ? renderMessage(ref, "en") : String(message);
    super(`${heading(code, safePath)}${text}`, "cause" in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.path = safePath;
    this.messageRef = ref;
    this.issues = options.issues ?? [{ path: safePath, message: text, ...(ref ? { key: ref.key, ...(ref.data ? { data: ref.data } : {}) } : {}) }];
    this.details = options.details ?? {};
  }

  /**
   * The message in Chinese (`"zh"`) or English (`"en"`). A message a module wrote as plain
   * English text (no catalogue key) stays English in both.
   */
  localizedMessage(locale: MessageLocale): string {
    if (locale !== "zh") return this.message;
    const first = this.messageRef ?? firstRef(this.issues);
    const text = first ? renderMessage(first, "zh") : ownText(this);
    return `${this.code}${this.path.length ? `（${formatPath(this.path)}）` : ""}：${text}`;
  }

  /** The message in Chinese (see {@link ShoulouError.localizedMessage}). */
  get messageZh(): string {
    return this.localizedMessage("zh");
  }

  /** Plain data for logs and APIs. */
  toJSON(): { name: string; code: ShoulouErrorCode; path: ErrorPath; message: string; issues: readonly ShoulouIssue[] } {
    return { name: this.name, code: this.code, path: this.path, message: this.message, issues: this.issues };
  }
}

/** "CODE at a.b: ": what the message says before its own text. */
function heading(code: ShoulouErrorCode, path: ErrorPath): string {
  return `${code}${path.length ? ` at ${formatPath(path)}` : ""}: `;
}

/** The error's own text, without its heading (cut by the heading's length: a path may hold ": "). */
function ownText(e: ShoulouError): string {
  return e.message.slice(heading(e.code, e.path).length);
}

function firstRef(issues: readonly ShoulouIssue[]): MessageRef | undefined {
  const i = issues[0];
  return i?.key ? { key: i.key, ...(i.data ? { data: i.data } : {}) } : undefined;
}

/** A path as given, or as much of it as is plain keys: a path never makes the error itself fail. */
function cleanPath(path: unknown): ErrorPath {
  if (!Array.isArray(path)) return [];
  const out: (string | number)[] = [];
  for (const p of path as unknown[]) out.push(typeof p === "number" || typeof p === "string" ? p : typeof p);
  return out;
}

/**
 * True when `value` is a {@link ShoulouError} (also across bundle copies, by name and code).
 * Never throws, whatever `value` is (a getter that throws is simply not a ShoulouError).
 *
 * @example
 * ```ts
 * isShoulouError(new ShoulouError("CYCLE", [], "loop")); //=> true
 * isShoulouError(new Error("x")); //=> false
 * ```
 * @category Errors
 */
export function isShoulouError(value: unknown): value is ShoulouError {
  try {
    if (value instanceof ShoulouError) return true;
    if (typeof value !== "object" || value === null) return false;
    const v = value as { name?: unknown; code?: unknown };
    return v.name === "ShoulouError" && typeof v.code === "string" && (errorCodes as readonly string[]).includes(v.code);
  } catch {
    return false;
  }
}

/**
 * A path as people read it: `lines[2].kind`. Keys longer than 80 characters are cut short.
 *
 * @example
 * ```ts
 * formatPath(["lines", 2, "kind"]); //=> "lines[2].kind"
 * formatPath("lines"); //=> ""
 * ```
 * @category Errors
 */
export function formatPath(path: ErrorPath): string {
  let out = "";
  for (const p of cleanPath(path)) out += typeof p === "number" ? `[${p}]` : out ? `.${clip(p)}` : clip(p);
  return out;
}

/** Result of a non-throwing call. @category Errors */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ShoulouError };

/**
 * Runs `compute` so that nothing but a {@link ShoulouError} can escape: anything else (a
 * defect) is wrapped as `INTERNAL`, keeping the original as `cause`. Every public function
 * runs its body through this. Internal: callers use {@link attempt}.
 *
 * @internal
 */
export function guarded<T>(compute: () => T): T {
  if (typeof compute !== "function") throw new ShoulouError("INVALID_INPUT", ["compute"], { key: "function" });
  try {
    return compute();
  } catch (e) {
    throw asShoulouError(e);
  }
}

/** `e` itself when it is a ShoulouError, else `e` wrapped as `INTERNAL` with `e` as its cause. */
function asShoulouError(e: unknown): ShoulouError {
  if (isShoulouError(e)) return e;
  return new ShoulouError("INTERNAL", [], { key: "internal", data: { detail: describeThrown(e) } }, { cause: e });
}

/** What was thrown, in at most 80 characters; never throws (a `name` getter may). */
function describeThrown(e: unknown): string {
  try {
    return clip(e instanceof Error ? `${String(e.name)}: ${String(e.message)}` : preview(e));
  } catch {
    return "a value that cannot be printed";
  }
}

/**
 * The non-throwing twin of any shoulou function: `{ ok: true, value }` or `{ ok: false, error }`.
 * Whatever `compute` throws ends up as a ShoulouError in `error` (anything else as `INTERNAL`).
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
 * @internal
 */
export function underPath<T>(prefix: ErrorPath, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (!isShoulouError(e)) throw e;
    const issues = e.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
    const message = e.messageRef ?? ownText(e);
    throw new ShoulouError(e.code, [...prefix, ...e.path], message, { issues, details: e.details, ...(e.cause === undefined ? {} : { cause: e.cause }) });
  }
}
