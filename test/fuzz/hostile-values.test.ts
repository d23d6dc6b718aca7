import { describe, expect, it } from "vitest";
import { call, contractProblem, pathsIn, publicFunctions, sampleArgs, withValueAt } from "./harness";

// Issue 10 item 1: where a string or a list is expected, a value whose `length` (or the value
// itself) cannot be converted must give a typed refusal with a path, never INTERNAL. Every
// public function, every place in the doc examples' arguments that holds a string or a list.
const TRAPS: readonly [string, () => unknown][] = [
  ["{ length: { toString: 1, valueOf: 1 } }", () => ({ length: { toString: 1, valueOf: 1 } })],
  ["{ toString: 1, valueOf: 1 }", () => ({ toString: 1, valueOf: 1 })],
  ["{ length: 1e9 }", () => ({ length: 1e9 })],
];

describe("values that cannot be converted, where a string or a list is expected", () => {
  const samples = sampleArgs();
  for (const [name, fn] of publicFunctions()) {
    it(`${name}: a result or a ShoulouError with a path, never INTERNAL`, () => {
      const problems: string[] = [];
      const argLists = samples.get(name) ?? [[]];
      expect(samples.has(name), `${name} has no doc example to take arguments from`).toBe(true);
      for (const args of argLists.slice(0, 3)) {
        // the whole argument, and every string or list inside it
        const paths = pathsIn(args, 150).filter((p) => {
          let v: unknown = args;
          for (const k of p) v = (v as Record<string | number, unknown>)[k];
          return p.length === 1 || typeof v === "string" || Array.isArray(v);
        });
        for (let i = 0; i < Math.max(args.length, 1); i++) if (!paths.some((p) => p.length === 1 && p[0] === i)) paths.push([i]);
        for (const path of paths) {
          for (const [label, trap] of TRAPS) {
            const problem = contractProblem(call(fn, withValueAt(args, path, trap())));
            if (problem) problems.push(`${JSON.stringify(path)} = ${label}: ${problem.split("\n")[0]}`);
          }
        }
      }
      expect(problems.slice(0, 10), problems.slice(0, 3).join("\n")).toEqual([]);
    }, 120_000);
  }
});
