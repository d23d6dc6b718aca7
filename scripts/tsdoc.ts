import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** An exported declaration of src and its TSDoc. */
export interface ExportedDoc {
  readonly file: string;
  readonly name: string;
  readonly kind: "function" | "const" | "class" | "type" | "interface" | "enum";
  readonly doc: string | undefined;
  readonly examples: readonly string[];
}

export function sourceFiles(dir = "src"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (full.endsWith(".ts") && !full.startsWith(join("src", "cli"))) out.push(full);
  }
  return out.sort();
}

function jsDocText(node: ts.Node, sf: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const docs = ranges.map((r) => sf.text.slice(r.pos, r.end)).filter((t) => t.startsWith("/**"));
  return docs.at(-1);
}

/** The code of every ```ts block after an @example tag. */
export function examplesOf(doc: string | undefined): string[] {
  if (!doc) return [];
  const body = doc
    .split("\n")
    .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ""))
    .join("\n");
  const out: string[] = [];
  for (const part of body.split("@example").slice(1)) {
    const m = /```(?:ts|typescript)\n([\s\S]*?)```/.exec(part);
    if (m?.[1]) out.push(m[1]);
  }
  return out;
}

function isExported(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

export function exportedDocs(file: string): ExportedDoc[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const out: ExportedDoc[] = [];
  for (const st of sf.statements) {
    if (!isExported(st)) continue;
    const doc = jsDocText(st, sf);
    const add = (name: string, kind: ExportedDoc["kind"]) => out.push({ file, name, kind, doc, examples: examplesOf(doc) });
    if (ts.isFunctionDeclaration(st) && st.name) add(st.name.text, "function");
    else if (ts.isClassDeclaration(st) && st.name) add(st.name.text, "class");
    else if (ts.isInterfaceDeclaration(st)) add(st.name.text, "interface");
    else if (ts.isTypeAliasDeclaration(st)) add(st.name.text, "type");
    else if (ts.isEnumDeclaration(st)) add(st.name.text, "enum");
    else if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) add(d.name.text, "const");
  }
  return out;
}

/**
 * Turns an example into runnable JS: every `expr; //=> expected` line becomes a check that
 * `expr` deep-equals `expected`.
 */
export function compileExample(code: string): string {
  const lines = code.split("\n").map((line) => {
    const m = /^(\s*)(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (!m || !m[2]) return line;
    return `${m[1]}__check(() => (${m[2]}), () => (${m[3]}), ${JSON.stringify(line.trim())});`;
  });
  return ts.transpileModule(lines.join("\n"), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
}
