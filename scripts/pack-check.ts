/**
 * What ships: lists the files `npm pack` would put in the tarball and fails on a mistake a
 * consumer would pay for — an empty chunk, a declaration file for the CLI (a command, not an
 * import), a missing LICENSE/CHANGELOG/README, an entry of package.json "exports" that is not
 * packed, or a missing JSON Schema. Run after `npm run build`.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

interface PackFile {
  readonly path: string;
  readonly size: number;
}

const [report] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" })) as [
  { files: PackFile[]; size: number; unpackedSize: number; filename: string },
];
const files = report.files.map((f) => f.path).sort();
const problems: string[] = [];

for (const f of report.files) {
  if (!/\.(c?js)$/.test(f.path)) continue;
  // A chunk with nothing but comments, imports and re-exports of nothing is an empty chunk.
  const code = readFileSync(f.path, "utf8")
    .replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "")
    .replace(/^#!.*$/m, "")
    .replace(/"use strict";?/g, "")
    .trim();
  if (code === "") problems.push(`empty chunk: ${f.path}`);
}
for (const f of files) if (/^dist\/cli\/.*\.d\.c?ts$/.test(f)) problems.push(`CLI-only declaration file: ${f}`);
for (const required of ["LICENSE", "CHANGELOG.md", "README.md", "package.json"]) {
  if (!files.includes(required)) problems.push(`not packed: ${required}`);
}
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { exports: Record<string, unknown>; bin: Record<string, string> };
const targets = JSON.stringify(pkg.exports).match(/"\.\/dist\/[^"]+"/g) ?? [];
for (const t of [...targets.map((x) => x.slice(3, -1)), ...Object.values(pkg.bin).map((b) => b.replace(/^\.\//, ""))]) {
  if (!files.includes(t)) problems.push(`package.json points at a file that is not packed: ${t}`);
}
if (!files.some((f) => f.startsWith("dist/schemas/") && f.endsWith(".json"))) problems.push("no JSON Schema packed in dist/schemas/");

const byDir = new Map<string, number>();
for (const f of files) {
  const dir = f.includes("/") ? f.slice(0, f.lastIndexOf("/")) : ".";
  byDir.set(dir, (byDir.get(dir) ?? 0) + 1);
}
console.log(`${report.filename}: ${files.length} files, ${(report.size / 1024).toFixed(1)} kB packed, ${(report.unpackedSize / 1024).toFixed(1)} kB unpacked`);
for (const [dir, n] of [...byDir].sort()) console.log(`  ${dir}/  ${n} files`);
if (problems.length > 0) {
  for (const p of problems) console.error(`pack: ${p}`);
  process.exit(1);
}
console.log("pack: what ships is complete, no empty chunk, no CLI-only .d.ts");
