import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as shoulou from "../../src/index";
import { compileExample } from "../../scripts/tsdoc";

// The guide's blocks with //=> results (its explanation in Chinese among them) run here, so the
// words it shows are the words explainTrace gives.
const scope = shoulou as unknown as Record<string, unknown>;
const names = Object.keys(scope);
const blocks = [...readFileSync("docs/subscription.md", "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "").filter((b) => b.includes("//=>"));

describe("docs/subscription.md", () => {
  it("SUB-LAW-1: the guide's explained decision runs and its zh/en lines hold", () => {
    expect(blocks.length).toBeGreaterThan(0);
    let checks = 0;
    for (const block of blocks) {
      const check = (actual: () => unknown, expected: () => unknown, line: string) => {
        checks++;
        expect(actual(), line).toEqual(expected());
      };
      const code = compileExample(block.replace(/^import .*$/gm, ""));
      (new Function(...names, "__check", code) as (...a: unknown[]) => void)(...names.map((n) => scope[n]), check);
    }
    expect(checks).toBeGreaterThanOrEqual(3);
    expect(blocks.join("\n")).toMatch(/explainTrace\(/);
  });
});
