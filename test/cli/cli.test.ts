import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { refuse, step } from "../../src/core/index";
import { explainResult } from "../../src/cli/explain";

// One process per case: the CLI reads argv and stdin, writes stdout/stderr and sets the exit code.
// It is bundled once into one file under node_modules/.cache (inside the package, so it finds
// package.json), because starting tsx per case takes seconds on a busy machine.
const BUNDLE = "node_modules/.cache/shoulou-cli-test/index.mjs";
const CLI = [BUNDLE];
beforeAll(() => {
  buildSync({
    entryPoints: ["src/cli/index.ts"], bundle: true, platform: "node", format: "esm", outfile: BUNDLE, logLevel: "error",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
});
function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", input: input ?? "", timeout: 50_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FEES = ['{"price":1000000,"area":100}', "preset:feeSchedules.changzhouOlympicGarden"];
const VISIT = JSON.stringify({ customer: "C1", asOf: "2024-10-01T12:00:00+08:00", events: [{ id: "e1", kind: "visit", at: "2024-10-01T10:00:00+08:00", customer: "C1", agent: "A7" }] });

describe("shoulou call", { timeout: 60_000 }, () => {
  it("calls a function with JSON and a preset, and prints the JSON answer", () => {
    const r = run(["call", "purchaseFees", ...FEES]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { total: string }).total).toBe("29458.00");
  });
  it("prints a ShoulouError as JSON on stderr with exit code 2", () => {
    const r = run(["call", "purchaseFees", '{"price":-1,"area":100}', "preset:feeSchedules.changzhouOlympicGarden"]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ name: "ShoulouError", code: "INVALID_INPUT", path: ["price"] });
  });
  it("stdout is always JSON: a function answering undefined prints null", () => {
    const r = run(["call", "describeRule", '"NOPE"']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toBeNull();
  });
  it("--explain zh|en prints the result and the words of every trace, keyed by JSON Pointer", () => {
    const zh = run(["call", "attributeCustomer", VISIT, "preset:attributionPresets.versionB", "--explain", "zh"]);
    expect(zh.status).toBe(0);
    const out = JSON.parse(zh.stdout) as { result: { owner: string; trace: unknown[] }; explanation: Record<string, string[]> };
    expect(out.result.owner).toBe("A7");
    expect(out.explanation["/trace"]).toHaveLength(out.result.trace.length);
    expect(out.explanation["/trace"]?.join("\n")).toMatch(/\p{Script=Han}/u);
    const en = JSON.parse(run(["call", "attributeCustomer", "--explain", "en", VISIT, "preset:attributionPresets.versionB"]).stdout) as typeof out;
    expect(en.explanation["/trace"]?.some((l) => l.includes("protected for 15 days"))).toBe(true);
    expect(run(["call", "attributeCustomer", VISIT, "--explain", "fr"]).status).toBe(64);
  });
  it("--explain explains every trace at any depth, and a refusal", () => {
    const refused = refuse("SUB-SIGN-3", "locked", { change: "unit-change" }, [step("CORE-ROUND", "total", { lines: 1, total: "1.00" })]);
    const words = explainResult({ decisions: [{ trace: refused.trace }, refused] }, "en");
    expect(Object.keys(words)).toEqual(["/decisions/0/trace", "/decisions/1/refusal", "/decisions/1/trace"]);
    expect(words["/decisions/1/refusal"]).toHaveLength(1);
    expect(words["/decisions/1/refusal"]?.[0]).toMatch(/^SUB-SIGN-3 /);
    expect(words["/decisions/0/trace"]).toHaveLength(2);
  });
});

describe("shoulou: usage problems exit 64 with a message, never INTERNAL", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "shoulou-cli-"));
  it("a missing file, a directory and two - arguments", () => {
    for (const args of [["call", "purchaseFees", "@missing.json"], ["call", "purchaseFees", `@${dir}`], ["call", "purchaseFees", "-", "-"]]) {
      const r = run(args, '{"price":1,"area":1}');
      expect(r.status, args.join(" ")).toBe(64);
      expect(r.stderr).toMatch(/^shoulou: (cannot read|standard input can be read once)/);
      expect(r.stderr).not.toContain("INTERNAL");
    }
  });
  it("reading a file never echoes its contents", () => {
    const secret = join(dir, "secret.txt");
    writeFileSync(secret, "root:x:0:0:TOPSECRET\n");
    const r = run(["call", "purchaseFees", `@${secret}`]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("is not JSON");
    expect(r.stderr).not.toContain("root");
    expect(r.stderr).not.toContain("TOPSECRET");
  });
  it("reading is bounded: @/dev/zero stops at 16 MB", () => {
    const r = run(["call", "purchaseFees", "@/dev/zero"]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("larger than 16 MB");
  });
  it("presets are looked up by own properties only: preset:__proto__ is no preset", () => {
    for (const p of ["preset:__proto__", "preset:feeSchedules.__proto__", "preset:feeSchedules.constructor", "preset:purchaseFees"]) {
      const r = run(["call", "purchaseFees", '{"price":1,"area":1}', p]);
      expect(r.status, p).toBe(64);
      expect(r.stderr).toContain("no preset at");
    }
  });
  it("an unknown command or function, and a bad JSON argument", () => {
    expect(run(["frobnicate"]).status).toBe(64);
    expect(run(["call", "addDays", '"2024-01-01"', "1"]).status).toBe(64); // a core helper is not a command
    const bad = run(["call", "purchaseFees", "{nope"]);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain("is not JSON");
  });
});

describe("shoulou --help, --version, list", { timeout: 60_000 }, () => {
  it("--help exits 0 with the usage; --version prints the package version", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("shoulou batch <function>");
    const v = run(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe((JSON.parse(spawnSync("cat", ["package.json"], { encoding: "utf8" }).stdout) as { version: string }).version);
  });
  it("list shows the domain functions and the explainers, not the core's helpers", () => {
    const names = JSON.parse(run(["list"]).stdout) as string[];
    expect(names).toEqual(expect.arrayContaining(["purchaseFees", "attributeAll", "scoreCustomers", "referralRewards", "resolveUnitPicks", "explainTrace", "explainStep"]));
    for (const helper of ["addDays", "fenToYuan", "toFen", "sumYuan", "mulDivHalfUp", "guarded", "attempt", "step", "refuse", "parseWith", "isCompiledFeeSchedule"]) expect(names).not.toContain(helper);
    expect([...names].sort()).toEqual(names);
  });
});

describe("shoulou batch", { timeout: 60_000 }, () => {
  it("one JSON line out per line in, in order; a bad line never stops it", () => {
    const lines = ['{"price":1000000,"area":100}', "not json", '{"price":-1,"area":100}', '{"price":"2000000","area":"120"}'];
    const r = run(["batch", "purchaseFees", "preset:feeSchedules.changzhouOlympicGarden"], `${lines.join("\n")}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { ok: boolean; result?: { total: string }; error?: { code: string; path: unknown[]; message: string } });
    expect(out.map((o) => o.ok)).toEqual([true, false, false, true]);
    expect(out[0]?.result?.total).toBe("29458.00");
    expect(out[1]?.error).toMatchObject({ code: "INVALID_INPUT", path: [] });
    expect(out[1]?.error?.message).not.toContain("not json");
    expect(out[2]?.error).toMatchObject({ code: "INVALID_INPUT", path: ["price"] });
  });
  it("streams: the answer to a line comes before standard input ends", async () => {
    const child = spawn(process.execPath, [...CLI, "batch", "describeRule"], { stdio: ["pipe", "pipe", "pipe"] });
    child.stdin.write('"FEE-1"\n');
    const first = await new Promise<string>((resolve) => {
      let buf = "";
      child.stdout.on("data", (d: Buffer) => {
        buf += d.toString("utf8");
        if (buf.includes("\n")) resolve(buf.slice(0, buf.indexOf("\n")));
      });
    });
    expect(JSON.parse(first)).toMatchObject({ ok: true, result: { id: "FEE-1" } });
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
  });
  it("standard input holds the lines: - as another argument is a usage problem", () => {
    expect(run(["batch", "purchaseFees", "-"], "{}\n").status).toBe(64);
  });
});

describe("shoulou schema", { timeout: 300_000 }, () => {
  it("prints the function's { input, output } JSON Schemas (dist/schemas/<fn>.json)", async () => {
    const file = "dist/schemas/purchaseFees.json";
    if (!existsSync(file)) {
      // Before `npm run build` (as in CI, where tests come first), make the one file this test reads.
      const { functionSchemas } = await import("../../scripts/schemas");
      mkdirSync("dist/schemas", { recursive: true });
      writeFileSync(file, JSON.stringify(functionSchemas("purchaseFees")));
    }
    const r = run(["schema", "purchaseFees"]);
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as { input: { prefixItems: { title: string }[] }; output: { $schema: string } };
    expect(printed).toEqual(JSON.parse(readFileSync(file, "utf8")));
    expect(printed.input.prefixItems.map((p) => p.title)).toEqual(["input", "schedule"]);
    expect(printed.output.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(run(["schema", "addDays"]).status).toBe(64);
  });
});
