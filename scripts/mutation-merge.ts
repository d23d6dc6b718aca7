// Merges one mutation run's reports into the committed ones (docs/quality.md, "Mutation testing").
// Runs are made a module at a time, in a clean checkout. A run's reports also carry every result
// it reused from the incremental file it started with, which may be older than the committed
// ones, so only the files under the given prefixes (the run's --mutate) are taken from it.
//   tsx scripts/mutation-merge.ts <run checkout> <source prefix>...   e.g. src/subscription/
// Test ids are numbers local to one run ("0", "1" …), so both sides are renamed to
// "<test file>#<test name>" before they are combined, and the mutants' killedBy/coveredBy with them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface Test { id: string; name: string }
interface Mutant { killedBy?: string[] | undefined; coveredBy?: string[] | undefined }
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
  testFiles?: Record<string, { tests: Test[] }>;
  [key: string]: unknown;
}

/** The report with every test id made "<file>#<name>", so ids from different runs cannot clash. */
function withStableIds(report: Report): Report {
  const rename = new Map<string, string>();
  const testFiles: NonNullable<Report["testFiles"]> = {};
  for (const [file, { tests, ...rest }] of Object.entries(report.testFiles ?? {})) {
    testFiles[file] = {
      ...rest,
      tests: tests.map((t) => {
        const id = `${file}#${t.name}`;
        rename.set(t.id, id);
        return { ...t, id };
      }),
    };
  }
  const ids = (list: string[] | undefined) => list?.map((id) => rename.get(id) ?? id);
  const files: Report["files"] = {};
  for (const [file, entry] of Object.entries(report.files)) {
    files[file] = { ...entry, mutants: entry.mutants.map((m) => ({ ...m, killedBy: ids(m.killedBy), coveredBy: ids(m.coveredBy) })) };
  }
  return { ...report, files, testFiles };
}

function merge(into: Report, run: Report, prefixes: readonly string[]): Report {
  const a = withStableIds(into);
  const b = withStableIds(run);
  const taken = Object.fromEntries(Object.entries(b.files).filter(([file]) => prefixes.some((p) => file.startsWith(p))));
  // The test files that the taken mutants name come from the run; every other one stays.
  const named = new Set(Object.values(taken).flatMap((f) => f.mutants.flatMap((m) => [...(m.killedBy ?? []), ...(m.coveredBy ?? [])])).map((id) => id.split("#")[0]));
  const tests = Object.fromEntries(Object.entries(b.testFiles ?? {}).filter(([file]) => named.has(file)));
  return { ...a, files: { ...a.files, ...taken }, testFiles: { ...a.testFiles, ...tests } };
}

const [runDir, ...prefixes] = process.argv.slice(2);
if (runDir === undefined || prefixes.length === 0) {
  process.stderr.write("usage: tsx scripts/mutation-merge.ts <run checkout> <source prefix>...\n");
  process.exit(64);
}
for (const file of ["reports/mutation/mutation.json", "reports/stryker-incremental.json"]) {
  const read = (dir: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Report;
  const merged = merge(read("."), read(runDir), prefixes);
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  process.stdout.write(`${file}: ${Object.keys(merged.files).length} files\n`);
}
