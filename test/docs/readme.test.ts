import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as shoulou from "../../src/index";
import { compileExample } from "../../scripts/tsdoc";

// The README's tour runs here, so its figures cannot drift from the library.
const scope = shoulou as unknown as Record<string, unknown>;
const names = Object.keys(scope);
const blocks = [...readFileSync("README.md", "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("README examples", () => {
  blocks.forEach((block, i) => {
    it(`block ${i + 1} runs and its //=> results hold`, () => {
      let checks = 0;
      const check = (actual: () => unknown, expected: () => unknown, line: string) => {
        checks++;
        expect(actual(), line).toEqual(expected());
      };
      const code = compileExample(block.replace(/^import .*$/gm, ""));
      (new Function(...names, "__check", code) as (...a: unknown[]) => void)(...names.map((n) => scope[n]), check);
      expect(checks).toBeGreaterThan(0);
    });
  });
});
