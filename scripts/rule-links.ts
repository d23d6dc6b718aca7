import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ruleCatalogue, type RuleId } from "../src/core/rules";

function walk(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const full = join(dir, e);
    if (statSync(full).isDirectory()) out.push(...walk(full, ext));
    else if (full.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

/** For every rule ID: the src files that apply it and the tests whose names start with it. */
export interface RuleLinks {
  readonly id: RuleId;
  readonly functions: readonly string[];
  readonly tests: readonly { readonly file: string; readonly name: string; readonly line: number }[];
}

const TEST_NAME = /\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*(["'`])((?:(?!\1).)*)\1/g;

export function ruleLinks(root = "."): RuleLinks[] {
  const srcFiles = walk(join(root, "src"), ".ts").filter((f) => !f.includes(`${join("core", "rules")}`));
  const testFiles = walk(join(root, "test"), ".test.ts");
  const srcText = srcFiles.map((f) => ({ f, text: readFileSync(f, "utf8") }));
  const testNames = testFiles.flatMap((f) => {
    const text = readFileSync(f, "utf8");
    return [...text.matchAll(TEST_NAME)].map((m) => ({ file: f.replace(/^\.\//, ""), name: m[2] ?? "", line: text.slice(0, m.index).split("\n").length }));
  });
  return (Object.keys(ruleCatalogue) as RuleId[]).map((id) => ({
    id,
    functions: srcText.filter(({ text }) => text.includes(`"${id}"`)).map(({ f }) => f.replace(/^\.\//, "")),
    tests: testNames.filter((t) => t.name.startsWith(`${id}:`) || t.name.startsWith(`${id} `)),
  }));
}
