import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { ruleCatalogue, type RuleId } from "../../src/core/rules";

const RULE_ID = /\b[A-Z]{2,5}(?:-[A-Za-z0-9]+)+\b/g;

/**
 * For each module, the rule IDs a policy field serves, read from the TSDoc of the field in the
 * module's zod schemas (`/** ATT-4: minutes the off-duty named agent has … *\/`). The schema is
 * the one description of a policy, so its field docs are where the rule is named.
 */
export function policyFieldRules(root = "."): Map<string, Map<string, RuleId[]>> {
  const out = new Map<string, Map<string, RuleId[]>>();
  for (const module of readdirSync(`${root}/src`)) {
    if (module === "core" || module === "cli" || module.endsWith(".ts")) continue;
    const fields = new Map<string, RuleId[]>();
    for (const file of readdirSync(`${root}/src/${module}`).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(`${root}/src/${module}/${file}`, "utf8");
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const visit = (n: ts.Node): void => {
        if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) {
          const ranges = ts.getLeadingCommentRanges(text, n.getFullStart()) ?? [];
          const doc = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith("/**")).join("\n");
          const ids = [...doc.matchAll(RULE_ID)].map((m) => m[0]).filter((id): id is RuleId => Object.prototype.hasOwnProperty.call(ruleCatalogue, id));
          if (ids.length) fields.set(n.name.text, [...new Set([...(fields.get(n.name.text) ?? []), ...ids])]);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    out.set(module, fields);
  }
  return out;
}
