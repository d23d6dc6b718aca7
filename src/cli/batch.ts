import { createInterface } from "node:readline";
import { attempt, ShoulouError } from "../core/index";
import { json } from "./output";

/**
 * `shoulou batch <fn> [args after the first]`: each line of standard input is the first
 * argument; each gets one line out, `{"ok":true,"result":…}` or `{"ok":false,"error":…}`, in
 * order. A bad line (not JSON, refused input) is an error line, never the end of the run.
 * Streaming: one line is held at a time, and output waits when the reader is slower.
 */
export async function runBatch(fn: (...args: unknown[]) => unknown, rest: readonly unknown[]): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    const out = answer(fn, line, n, rest);
    if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
}

function answer(fn: (...args: unknown[]) => unknown, line: string, n: number, rest: readonly unknown[]): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    // The line is not echoed back: the caller has it, and it may be large.
    return json({ ok: false, error: new ShoulouError("INVALID_INPUT", [], `line ${n} is not JSON`).toJSON() });
  }
  const r = attempt(() => fn(input, ...rest));
  return r.ok ? json({ ok: true, result: r.value ?? null }) : json({ ok: false, error: r.error.toJSON() });
}
