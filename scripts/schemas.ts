/**
 * JSON Schemas (draft 2020-12) of every public function — the functions `shoulou list` shows —
 * written to dist/schemas/<function>.json as `{ "input": …, "output": … }`, for callers in
 * Java, Go or Python (and for `shoulou schema <fn>`).
 *
 * - **input** describes the argument list, as the batch CLI and other languages send it: an
 *   array whose `prefixItems` are the arguments in order, each titled with its parameter name
 *   (`minItems` counts the required ones). Each argument's schema comes from its zod schema
 *   with `z.toJSONSchema(schema, { io: "input" })` — the one description of that shape. An
 *   argument without a zod schema (a plain string, a trace step) is derived from its
 *   TypeScript type, as outputs are.
 * - **output** is derived from the function's declared TypeScript return type with the
 *   compiler API: interfaces become `$defs` with their TSDoc as `description`.
 *
 * Run after `npm run build` (tsx scripts/schemas.ts [outDir]).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import * as z from "zod";
import { $ZodType } from "zod/v4/core";
import * as attribution from "../src/attribution/index";
import { callable } from "../src/cli/functions";
import * as core from "../src/core/index";
import * as fees from "../src/fees/index";
import * as referral from "../src/referral/index";
import * as scoring from "../src/scoring/index";
import * as subscription from "../src/subscription/index";

type Json = { [key: string]: unknown };
const DRAFT = "https://json-schema.org/draft/2020-12/schema";

/** Every exported zod schema, by export name. */
// $ZodType, not classic z.ZodType: core and fees build their schemas with zod/mini.
const zodSchemas = new Map<string, $ZodType>(
  [core, fees, subscription, attribution, scoring, referral].flatMap((m) =>
    Object.entries(m).filter((e): e is [string, $ZodType] => e[1] instanceof $ZodType),
  ),
);

const program = ts.createProgram(["src/index.ts"], {
  strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, exactOptionalPropertyTypes: true,
});
const checker = program.getTypeChecker();
const rootFile = program.getSourceFile("src/index.ts");
if (!rootFile) throw new Error("src/index.ts not found");
const rootExports = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(rootFile) as ts.Symbol).map((s) => [s.name, s]));

function docOf(symbol: ts.Symbol | undefined): string | undefined {
  if (!symbol) return undefined;
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return text === "" ? undefined : text.replace(/\{@link ([^}]+)\}/g, "$1");
}

/** Converts TypeScript types to JSON Schema; named object types go to `defs`. */
class TypeSchemas {
  readonly defs: Record<string, Json> = {};
  private readonly naming = new Map<ts.Type, string>();

  private readonly inline = new Map<ts.Type, Json>();
  private readonly active = new Set<ts.Type>();

  of(type: ts.Type, depth = 0): Json {
    if (depth > 12 || this.active.has(type)) return {}; // a cycle through anonymous types: any JSON
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (f & ts.TypeFlags.StringLiteral) return { const: (type as ts.StringLiteralType).value };
    if (f & ts.TypeFlags.NumberLiteral) return { const: (type as ts.NumberLiteralType).value };
    if (f & ts.TypeFlags.BooleanLiteral) return { const: checker.typeToString(type) === "true" };
    if (f & ts.TypeFlags.String || f & ts.TypeFlags.TemplateLiteral) return { type: "string" };
    if (f & ts.TypeFlags.Number) return { type: "number" };
    if (f & ts.TypeFlags.Boolean) return { type: "boolean" };
    if (f & ts.TypeFlags.Null) return { type: "null" };
    if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return { not: {} };
    if (type.isUnion() && type.aliasSymbol && !(f & ts.TypeFlags.Boolean)) return this.named(type, depth); // RuleId, JsonValue: once, by name
    if (type.isUnion()) return this.union(type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)), depth);
    if (checker.isTupleType(type)) {
      const items = checker.getTypeArguments(type as ts.TypeReference).map((t) => this.of(t, depth + 1));
      return { type: "array", prefixItems: items, minItems: items.length, maxItems: items.length };
    }
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: "array", items: item ? this.of(item, depth + 1) : {} };
    }
    if (f & ts.TypeFlags.Object || type.isIntersection()) return this.named(type, depth);
    return {};
  }

  private union(types: ts.Type[], depth: number): Json {
    const literals = types.filter((t) => t.flags & ts.TypeFlags.StringLiteral).map((t) => (t as ts.StringLiteralType).value);
    const booleans = types.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    const others = types.filter((t) => !(t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.BooleanLiteral)));
    const parts: Json[] = [];
    if (literals.length > 0) parts.push(literals.length === 1 ? { const: literals[0] } : { enum: literals });
    if (booleans.length === 2) parts.push({ type: "boolean" });
    else for (const b of booleans) parts.push(this.of(b, depth + 1));
    for (const t of others) parts.push(this.of(t, depth + 1));
    return parts.length === 1 ? (parts[0] as Json) : { anyOf: parts };
  }

  /** A named interface or alias becomes a `$defs` entry (recursion-safe); anonymous ones inline. */
  private named(type: ts.Type, depth: number): Json {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const raw = symbol && !symbol.name.startsWith("__") ? checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation) : undefined;
    const name = raw && /^[A-Za-z_][\w<>, ]*$/.test(raw) ? raw.replace(/[<>, ]+/g, "_").replace(/_$/, "") : undefined;
    if (!name && type.isUnion()) return this.union(type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)), depth);
    if (!name) {
      const seen = this.inline.get(type);
      if (seen) return seen;
      this.active.add(type);
      const made = this.object(type, depth);
      this.active.delete(type);
      this.inline.set(type, made);
      return made;
    }
    if (!this.naming.has(type)) {
      this.naming.set(type, name);
      this.defs[name] = {}; // placeholder: a recursive reference finds the name
      const described = docOf(type.aliasSymbol ?? type.getSymbol());
      const body = type.isUnion() ? this.union(type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)), depth) : this.object(type, depth);
      this.defs[name] = { ...(described ? { description: described } : {}), ...body };
    }
    return { $ref: `#/$defs/${this.naming.get(type)}` };
  }

  private object(type: ts.Type, depth: number): Json {
    const properties: Record<string, Json> = {};
    const required: string[] = [];
    for (const p of checker.getPropertiesOfType(type)) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      const pt = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p);
      if (pt.getCallSignatures().length > 0 || p.name.startsWith("__@")) continue; // methods and symbol keys are not JSON data
      const described = docOf(p);
      properties[p.name] = { ...(described ? { description: described } : {}), ...this.of(pt, depth + 1) };
      if (!(p.flags & ts.SymbolFlags.Optional)) required.push(p.name);
    }
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    const out: Json = { type: "object", properties };
    if (required.length > 0) out.required = required;
    if (index) out.additionalProperties = this.of(index.type, depth + 1);
    return out;
  }
}

/** A zod schema's JSON Schema, its `$defs` renamed under `prefix` so several can share one document. */
function fromZod(schema: $ZodType, prefix: string, defs: Record<string, Json>): Json {
  const whole = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Json;
  const { $defs, ...body } = whole;
  delete body.$schema; // one $schema, at the top of the document
  const rename = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(rename)
      : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "$ref" && typeof x === "string" ? x.replace("#/$defs/", `#/$defs/${prefix}.`) : rename(x)]))
        : v;
  for (const [k, v] of Object.entries(($defs ?? {}) as Record<string, Json>)) defs[`${prefix}.${k}`] = rename(v) as Json;
  return rename(body) as Json;
}

/** The zod schema that describes a parameter's declared type, if there is one. */
function zodSchemaFor(typeNode: ts.TypeNode | undefined): { schema: $ZodType; array: boolean } | undefined {
  if (!typeNode) return undefined;
  let node = typeNode;
  let array = false;
  if (ts.isTypeOperatorNode(node)) node = node.type;
  if (ts.isArrayTypeNode(node)) {
    array = true;
    node = node.elementType;
  }
  if (ts.isUnionTypeNode(node)) node = node.types[0] as ts.TypeNode; // FeeScheduleInput | CompiledFeeSchedule: the JSON form first
  const text = node.getText();
  const direct = /^z\.(?:input|infer)<typeof (\w+)>$/.exec(text)?.[1];
  const candidates: string[] = direct ? [direct] : [];
  if (ts.isTypeReferenceNode(node)) {
    // A named type: the schema it is inferred from (type X = z.input<typeof xSchema>), or by name.
    const sym = checker.getSymbolAtLocation(node.typeName);
    const target = sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    for (const d of target?.declarations ?? []) {
      const m = ts.isTypeAliasDeclaration(d) ? /^z\.(?:input|infer)<typeof (\w+)>$/.exec(d.type.getText()) : null;
      if (m?.[1]) candidates.push(m[1]);
    }
    const name = text.replace(/<.*$/, "");
    const lower = name[0]?.toLowerCase() + name.slice(1);
    candidates.push(`${lower}Schema`, `${lower.replace(/Input$/, "")}Schema`, `${lower.replace(/Data$/, "")}Schema`);
  }
  for (const c of candidates) {
    const schema = zodSchemas.get(c);
    if (schema) return { schema, array };
  }
  return undefined;
}

export interface FunctionSchemas {
  readonly input: Json;
  readonly output: Json;
}

export function functionSchemas(name: string): FunctionSchemas {
  const exported = rootExports.get(name);
  const symbol = exported && exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decl = symbol?.declarations?.find(ts.isFunctionDeclaration);
  const signature = decl && checker.getSignatureFromDeclaration(decl);
  if (!decl || !signature) throw new Error(`${name}: no function declaration`);
  const summary = docOf(symbol)?.split("\n\n")[0];

  const inputDefs: Record<string, Json> = {};
  const inputTypes = new TypeSchemas();
  const prefixItems = decl.parameters.map((p) => {
    const pname = p.name.getText();
    const described = docOf(checker.getSymbolAtLocation(p.name));
    const zod = zodSchemaFor(p.type);
    const body = zod
      ? zod.array ? { type: "array", items: fromZod(zod.schema, pname, inputDefs) } : fromZod(zod.schema, pname, inputDefs)
      : inputTypes.of(checker.getTypeAtLocation(p));
    return { title: pname, ...(described ? { description: described } : {}), ...body };
  });
  Object.assign(inputDefs, inputTypes.defs);
  const required = decl.parameters.filter((p) => !p.questionToken && !p.initializer).length;
  const input: Json = {
    $schema: DRAFT,
    title: `${name}: arguments`,
    description: `The arguments of ${name}, in order, as a JSON array (the batch CLI takes the first from each line).`,
    type: "array", prefixItems, minItems: required, maxItems: prefixItems.length,
    ...(Object.keys(inputDefs).length > 0 ? { $defs: inputDefs } : {}),
  };

  const outputTypes = new TypeSchemas();
  const returned = checker.getReturnTypeOfSignature(signature);
  // `undefined` (describeRule of an unknown ID) reaches JSON as null: the CLI prints null.
  const mayBeUndefined = returned.isUnion() && returned.types.some((t) => t.flags & ts.TypeFlags.Undefined);
  const answer = outputTypes.of(returned);
  const body = mayBeUndefined ? { anyOf: [answer, { type: "null" }] } : answer;
  const output: Json = {
    $schema: DRAFT,
    title: `${name}: result`,
    ...(summary ? { description: summary } : {}),
    ...body,
    ...(Object.keys(outputTypes.defs).length > 0 ? { $defs: outputTypes.defs } : {}),
  };
  return { input, output };
}

export function allFunctionSchemas(): Map<string, FunctionSchemas> {
  return new Map([...callable.keys()].map((name) => {
    if (process.env.SCHEMAS_DEBUG) console.error(name);
    return [name, functionSchemas(name)];
  }));
}

if (process.argv[1] && /schemas\.ts$/.test(process.argv[1])) {
  const outDir = process.argv[2] ?? join("dist", "schemas");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const all = allFunctionSchemas();
  for (const [name, s] of all) writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(s, null, 2)}\n`);
  console.log(`schemas: ${all.size} functions → ${outDir}/<function>.json`);
}
