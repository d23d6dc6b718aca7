import { readdirSync, readFileSync } from "node:fs";
import * as shoulou from "../../src/index";
import { compileExample, exportedDocs, sourceFiles } from "../tsdoc";
import type { TraceStep } from "../../src/core/trace";

/** One call of a public function made by a doc example, with what it returned. */
export interface RecordedCall {
  readonly fn: string;
  /** Where the example is: a source file's TSDoc or a guide. */
  readonly from: string;
  readonly args: readonly unknown[];
  /** For each argument that is an exported preset: its name (e.g. "feeSchedules.changzhouOlympicGarden"). */
  readonly presetArgs: readonly (string | undefined)[];
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly path: readonly (string | number)[]; readonly message: string };
}

const api = shoulou as unknown as Record<string, unknown>;

/** A JSON copy of a value; functions and other non-JSON values become null. */
function plain(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Every exported preset object by its dotted name, e.g. "attributionPresets.versionB". */
export function presetNames(): Map<unknown, string> {
  const names = new Map<unknown, string>();
  for (const [k, v] of Object.entries(api)) {
    if (!/Presets$|^feeSchedules$/.test(k) || v === null || typeof v !== "object") continue;
    for (const [p, preset] of Object.entries(v)) names.set(preset, `${k}.${p}`);
  }
  return names;
}

/** The ```ts blocks of the README and the guides, and every TSDoc @example of src. */
function exampleSources(root: string): { from: string; code: string }[] {
  const out: { from: string; code: string }[] = [];
  // The QA kit's examples run fast-check laws: not worked examples of a rule.
  for (const d of sourceFiles(`${root}/src`).filter((f) => !f.includes("/testing/")).flatMap(exportedDocs)) for (const code of d.examples) out.push({ from: `${d.file.replace(`${root}/`, "")} ${d.name}`, code });
  const guides = ["README.md", ...readdirSync(`${root}/docs`).filter((f) => f.endsWith(".md") && f !== "qa.md").map((f) => `docs/${f}`)];
  for (const g of guides) for (const m of readFileSync(`${root}/${g}`, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ from: g, code: (m[1] ?? "").replace(/^import .*$/gm, "") });
  return out;
}

/**
 * Runs every doc example with the public functions wrapped, recording each outermost call:
 * its arguments, which of them are presets, and its result or error. A failing example is
 * skipped (the doc tests report those).
 */
export function recordExampleCalls(root = ".", extra: readonly { from: string; code: string }[] = []): RecordedCall[] {
  const presets = presetNames();
  const calls: RecordedCall[] = [];
  let depth = 0;
  const scope: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== "function" || !/^[a-z]/.test(name)) {
      scope[name] = value;
      continue;
    }
    const fn = value as (...a: unknown[]) => unknown;
    scope[name] = (...args: unknown[]) => {
      if (depth > 0) return fn(...args);
      depth++;
      const snapshot = args.map((a) => (presets.has(a) ? undefined : plain(a)));
      const presetArgs = args.map((a) => presets.get(a));
      try {
        const result = fn(...args);
        calls.push({ fn: name, from: current, args: snapshot, presetArgs, result: plain(result) });
        return result;
      } catch (e) {
        const err = e as { code?: string; path?: (string | number)[]; message?: string };
        if (shoulou.isShoulouError(e)) calls.push({ fn: name, from: current, args: snapshot, presetArgs, error: { code: err.code ?? "", path: err.path ?? [], message: err.message ?? "" } });
        throw e;
      } finally {
        depth--;
      }
    };
  }
  let current = "";
  const names = Object.keys(scope);
  const log = console.log;
  console.log = () => undefined; // examples that print (the guides' tables) stay quiet here
  for (const ex of [...exampleSources(root), ...extra]) {
    current = ex.from;
    try {
      const run = new Function(...names, "__check", compileExample(ex.code)) as (...a: unknown[]) => void;
      run(...names.map((n) => scope[n]), (actual: () => unknown) => actual());
    } catch (e) {
      // the doc tests report broken examples; here they only give fewer calls
      if (process.env.SHOULOU_DEBUG_EXAMPLES) console.error(ex.from, String(e).slice(0, 200));
    }
  }
  console.log = log;
  return calls;
}

/** Every trace (a list of steps) inside a value, depth first, with the refusal if any. */
export function tracesIn(value: unknown, out: TraceStep[][] = []): TraceStep[][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((s) => s !== null && typeof s === "object" && typeof (s as TraceStep).rule === "string" && typeof (s as TraceStep).fact === "string")) out.push(value as TraceStep[]);
    else for (const v of value) tracesIn(v, out);
  } else if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) tracesIn(v, out);
  }
  return out;
}
