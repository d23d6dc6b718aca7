import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import * as shoulou from "../../src/index";
import * as testing from "../../src/testing/index";
import { compileExample, exportedDocs, sourceFiles } from "../../scripts/tsdoc";

// Every @example in src runs here with the whole public API in scope (and the QA kit of
// shoulou/testing with fast-check as `fc`), so docs cannot rot.
const scope = { ...shoulou, ...testing, fc } as unknown as Record<string, unknown>;
const names = Object.keys(scope);
const docs = sourceFiles().flatMap(exportedDocs);

describe("TSDoc examples run and their //=> results hold", () => {
  for (const d of docs) {
    d.examples.forEach((code, i) => {
      it(`${d.file} ${d.name} example ${i + 1}`, () => {
        let checks = 0;
        const check = (actual: () => unknown, expected: () => unknown, line: string) => {
          checks++;
          expect(actual(), line).toEqual(expected());
        };
        const run = new Function(...names, "__check", compileExample(code)) as (...args: unknown[]) => void;
        run(...names.map((n) => scope[n]), check);
        expect(checks, "an example shows at least one //=> result").toBeGreaterThan(0);
      });
    });
  }
});

describe("every export is documented", () => {
  const publicNames = new Set(names);
  for (const d of docs) {
    it(`${d.file} ${d.name} has TSDoc${d.kind === "function" ? " with an @example" : ""}`, () => {
      expect(d.doc, `${d.name} needs a /** … */ comment`).toBeTruthy();
      if (d.kind === "function" && publicNames.has(d.name)) expect(d.examples.length, `${d.name} needs an @example`).toBeGreaterThan(0);
    });
  }
});
