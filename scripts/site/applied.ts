import ts from "typescript";
import { ruleCatalogue, type RuleId } from "../../src/core/rules";
import { moduleList } from "../modules";

/** A public function and the module subpath users import it from. */
export interface PublicFunction {
  readonly name: string;
  /** "fees", "core", … (the subpath after "shoulou/") */
  readonly module: string;
  /** Source file of its declaration, relative to the root. */
  readonly file: string;
  readonly line: number;
}

/** For every public function, the rule IDs its code can emit, found through the call graph. */
export interface AppliedRules {
  readonly functions: readonly (PublicFunction & { readonly rules: readonly RuleId[] })[];
}

const isRule = (s: string): s is RuleId => Object.prototype.hasOwnProperty.call(ruleCatalogue, s);

/**
 * Walks the TypeScript call graph from every function exported by a module subpath and
 * collects the rule IDs written as string literals in the code it reaches (the rule of a
 * `step(…)`, a `refuse(…)` or a rule table). No grep: a rule ID in a comment or a doc example
 * does not count, and a helper's rules count for every public function that calls it.
 */
export function appliedRules(root = "."): AppliedRules {
  const modules = moduleList(root).filter((m) => m.subpath !== ".");
  const program = ts.createProgram(
    modules.map((m) => `${root}/${m.source}`),
    { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const memo = new Map<ts.Node, Set<RuleId>>();

  const declarationOf = (node: ts.Node): ts.Declaration | undefined => {
    let sym = checker.getSymbolAtLocation(node);
    if (!sym) return undefined;
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const d = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!d || d.getSourceFile().isDeclarationFile || !/\/src\//.test(d.getSourceFile().fileName)) return undefined;
    return d;
  };

  const rulesOf = (decl: ts.Node): Set<RuleId> => {
    const known = memo.get(decl);
    if (known) return known;
    const found = new Set<RuleId>();
    memo.set(decl, found); // before the walk: recursion terminates
    const visit = (n: ts.Node): void => {
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && isRule(n.text)) found.add(n.text);
      if (ts.isIdentifier(n)) {
        const d = declarationOf(n);
        if (d && d !== decl && (ts.isFunctionDeclaration(d) || ts.isVariableDeclaration(d) || ts.isMethodDeclaration(d) || ts.isPropertyAssignment(d))) {
          // Skip the catalogue itself and schema-only constants: only code that runs for the decision.
          if (!/\/src\/core\/rules/.test(d.getSourceFile().fileName)) for (const r of rulesOf(d)) found.add(r);
        }
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(decl, visit);
    return found;
  };

  const functions: (PublicFunction & { rules: RuleId[] })[] = [];
  for (const m of modules) {
    const sf = program.getSourceFile(`${root}/${m.source}`);
    if (!sf) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue;
    for (const exp of checker.getExportsOfModule(moduleSymbol)) {
      const sym = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
      const d = sym.valueDeclaration;
      if (!d || !ts.isFunctionDeclaration(d)) continue;
      const file = d.getSourceFile();
      functions.push({
        name: exp.name,
        module: m.subpath.slice(2),
        file: file.fileName.replace(`${root}/`, ""),
        line: file.getLineAndCharacterOfPosition(d.getStart()).line + 1,
        rules: [...rulesOf(d)].sort(),
      });
    }
  }
  return { functions: functions.sort((a, b) => a.module.localeCompare(b.module) || a.name.localeCompare(b.name)) };
}
