import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// One process per case: the CLI reads argv, writes stdout/stderr and sets the exit code.
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the shoulou command", { timeout: 60_000 }, () => {
  it("calls a function with JSON and a preset, and prints the JSON answer", () => {
    const r = run("call", "purchaseFees", '{"price":1000000,"area":100}', "preset:feeSchedules.changzhouOlympicGarden");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { total: string }).total).toBe("29458.00");
  });
  it("prints a ShoulouError as JSON on stderr with exit code 2", () => {
    const r = run("call", "purchaseFees", '{"price":-1,"area":100}', "preset:feeSchedules.changzhouOlympicGarden");
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ name: "ShoulouError", code: "INVALID_INPUT", path: ["price"] });
  });
  it("refuses an unknown command with usage and exit code 64", () => {
    const r = run("frobnicate");
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("usage: shoulou call");
  });
});
