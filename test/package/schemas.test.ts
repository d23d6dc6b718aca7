import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020";
import { feeSchedules } from "../../src/fees/index";
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { allFunctionSchemas } from "../../scripts/schemas";
import { compileExample, exportedDocs, sourceFiles } from "../../scripts/tsdoc";
import { callable } from "../../src/cli/functions";
import * as shoulou from "../../src/index";

// Every call the docs make (TSDoc @examples and the README's tour) is recorded; each one's
// arguments must pass the function's input JSON Schema, and each answer its output schema,
// checked by a real validator (ajv, draft 2020-12).
interface Call {
  readonly args: unknown[];
  readonly result: unknown;
  readonly where: string;
}
const calls = new Map<string, Call[]>();
const original = shoulou as unknown as Record<string, unknown>;
let where = "";
const scope: Record<string, unknown> = { ...original, fc };
for (const [name, fn] of callable) {
  scope[name] = (...args: unknown[]) => {
    const copy = structuredClone(args);
    const result = (fn as (...a: unknown[]) => unknown)(...args); // a throw is not recorded: bad input on purpose
    calls.set(name, [...(calls.get(name) ?? []), { args: copy, result, where }]);
    return result;
  };
}
const names = Object.keys(scope);
function runQuietly(code: string): void {
  try {
    (new Function(...names, "__check", compileExample(code)) as (...a: unknown[]) => void)(...names.map((n) => scope[n]), (actual: () => unknown) => {
      try {
        actual(); // the //=> line's call: its answer is recorded, its figure is checked elsewhere
      } catch {
        // a line that shows an error on purpose
      }
    });
  } catch {
    // The examples' own tests report their failures; here only the recorded calls matter.
  }
}
for (const d of sourceFiles().flatMap(exportedDocs)) {
  d.examples.forEach((code, i) => {
    where = `${d.file} ${d.name} example ${i + 1}`;
    runQuietly(code);
  });
}
[...readFileSync("README.md", "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].forEach((m, i) => {
  where = `README block ${i + 1}`;
  runQuietly((m[1] ?? "").replace(/^import .*$/gm, ""));
});

describe("JSON Schemas of every public function", { timeout: 300_000 }, () => {
  const schemas = allFunctionSchemas();
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });

  it("every public function has { input, output } schemas, and they compile", () => {
    expect([...schemas.keys()]).toEqual([...callable.keys()]);
    for (const [name, s] of schemas) {
      expect(() => ajv.compile(s.input), `${name} input`).not.toThrow();
      expect(() => ajv.compile(s.output), `${name} output`).not.toThrow();
      expect(s.input.type, name).toBe("array");
    }
  });

  it("every doc example's arguments pass the input schema, and its result the output schema", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [name, s] of schemas) {
      const input = ajv.compile(s.input);
      const output = ajv.compile(s.output);
      for (const c of calls.get(name) ?? []) {
        checked++;
        if (!input(c.args)) problems.push(`${name} input (${c.where}): ${ajv.errorsText(input.errors)}`);
        if (!output(JSON.parse(JSON.stringify(c.result ?? null)))) problems.push(`${name} output (${c.where}): ${ajv.errorsText(output.errors)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(schemas.size);
  });

  it("the docs call most public functions (the schemas are checked on real answers)", () => {
    const uncalled = [...callable.keys()].filter((n) => !calls.has(n));
    expect(uncalled.length, `not called by any doc example: ${uncalled.join(", ")}`).toBeLessThanOrEqual(Math.floor(callable.size / 4));
  });

  it("a bad input fails the input schema (the schemas are not vacuous)", () => {
    const fees = schemas.get("purchaseFees");
    if (!fees) throw new Error("no purchaseFees schema");
    const input = ajv.compile(fees.input);
    expect(input([{ price: 1000000, area: 100 }, { id: "x" }])).toBe(false);
    expect(input([{ area: 100 }, {}])).toBe(false);
    expect(input([])).toBe(false);
  });

  it("decimals, dates and instants keep their patterns, formats and descriptions (other languages validate with them)", () => {
    const fees = schemas.get("purchaseFees") as { input: { prefixItems: { properties: Record<string, { pattern?: string; format?: string; description?: string }> }[] } } | undefined;
    const props = fees?.input.prefixItems[0]?.properties ?? {};
    expect(props.price?.pattern).toBe("^-?[0-9]+(\\.[0-9]+)?$");
    expect(props.price?.description).toMatch(/greater than 0, at most 2 decimals/);
    expect(props.date).toMatchObject({ format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" });
    const strict = new Ajv2020({ strict: false, validateFormats: false }).compile(fees?.input ?? {});
    const schedule = JSON.parse(JSON.stringify(feeSchedules.changzhouOlympicGarden)) as unknown;
    expect(strict([{ price: "1000000.00", area: "100", date: "2024-09-26" }, schedule])).toBe(true);
    expect(strict([{ price: "1 000", area: 100 }, schedule])).toBe(false);
    expect(strict([{ price: "1000000.00", area: "100", date: "2024-13" }, schedule])).toBe(false);
    const who = schemas.get("attributeCustomer") as { input: { prefixItems: { properties: Record<string, { format?: string }> }[] } } | undefined;
    expect(who?.input.prefixItems[0]?.properties.asOf?.format).toBe("date-time");
  });
});
