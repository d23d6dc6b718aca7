/** How the command speaks: JSON on stdout, a message on stderr, sysexits-style exit codes. */

/** Exit codes: 0 an answer (a domain refusal is an answer too), 2 a ShoulouError, 64 a usage problem. */
export const EXIT = { ok: 0, error: 2, usage: 64 } as const;

/** A usage problem: a message for a person, never the contents of what was read. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** JSON text of any value: `undefined` (and a function) become `null`, so stdout is always JSON. */
export function json(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent) ?? "null";
}

/** At most `max` characters of `text` for a message, so a huge argument is not echoed back. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
