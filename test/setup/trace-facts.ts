import { afterEach, expect, vi } from "vitest";

// Every trace step any test makes is explained in zh and en on the spot: a step whose template is
// missing, leaves a placeholder unfilled, or whose Chinese line has no Chinese fails the test
// that made it. Checked once per (rule, fact, data keys) per worker.
const problems: string[] = [];
const seen = new Set<string>();

vi.mock("../../src/core/trace", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/core/trace")>();
  const { factProblems } = await import("../../src/core/explain");
  const check = (s: import("../../src/core/trace").TraceStep) => {
    const key = `${s.rule}\u0000${s.fact}\u0000${Object.keys(s.data).sort().join(",")}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(...factProblems(s));
  };
  return {
    ...original,
    step: ((rule, fact, data) => {
      const s = original.step(rule, fact, data);
      check(s);
      return s;
    }) as typeof original.step,
    refuse: ((rule, fact, data, trace) => {
      const r = original.refuse(rule, fact, data, trace);
      check(r.refusal);
      return r;
    }) as typeof original.refuse,
  };
});

afterEach(() => {
  const found = problems.splice(0);
  expect(found, "trace steps that cannot be explained (see src/core/rules/<module>.ts facts)").toEqual([]);
});
