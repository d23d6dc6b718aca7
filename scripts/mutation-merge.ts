// Merges one mutation run's reports into the committed ones (docs/quality.md, "Mutation testing").
// Runs are made a module at a time, in a clean checkout, so each produces reports that hold only
// the files it mutated; this keeps every other file's results and replaces the run's files.
//   tsx scripts/mutation-merge.ts <run checkout>
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

function merge(into: Report, run: Report): Report {
  const a = withStableIds(into);
  const b = withStableIds(run);
  return { ...a, files: { ...a.files, ...b.files }, testFiles: { ...a.testFiles, ...b.testFiles } };
}

const runDir = process.argv[2];
if (runDir === undefined) {
  process.stderr.write("usage: tsx scripts/mutation-merge.ts <run checkout>\n");
  process.exit(64);
}
for (const file of ["reports/mutation/mutation.json", "reports/stryker-incremental.json"]) {
  const read = (dir: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Report;
  const merged = merge(read("."), read(runDir));
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  process.stdout.write(`${file}: ${Object.keys(merged.files).length} files\n`);
}
