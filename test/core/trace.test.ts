import { describe, expect, it } from "vitest";
import { explainStep, explainTrace, factProblems, placeholderKinds } from "../../src/core/explain";
import { ruleCatalogue } from "../../src/core/rules";
import { termCatalogue } from "../../src/core/rules/terms";
import { attributionTerms } from "../../src/core/rules/attribution";
import { coreTerms } from "../../src/core/rules/core";
import { feeTerms } from "../../src/core/rules/fees";
import { referralTerms } from "../../src/core/rules/referral";
import { scoringTerms } from "../../src/core/rules/scoring";
import { subscriptionTerms } from "../../src/core/rules/subscription";
import { accept, refuse, step, type TraceStep } from "../../src/core/trace";
import { thrown } from "../helpers";

describe("trace steps are data", () => {
  it("a step is { rule, fact, data } with an empty object when there is no data", () => {
    expect(step("CORE-ROUND", "total", { lines: 9, total: "29458.00" })).toEqual({ rule: "CORE-ROUND", fact: "total", data: { lines: 9, total: "29458.00" } });
    const bare = step("CORE-ROUND", "per-line");
    expect(Object.keys(bare)).toEqual(["rule", "fact", "data"]);
    expect(bare.data).toEqual({});
  });
  it("accept adds ok and the trace to the value", () => {
    const trace = [step("CORE-ROUND", "total", { lines: 1, total: "1.00" })];
    expect(accept({ unit: "1-101" }, trace)).toEqual({ unit: "1-101", ok: true, trace });
  });
  it("refuse makes the refusing step the last step, the refusal has the step's shape, the given trace is untouched", () => {
    const trace: TraceStep[] = [step("CORE-ROUND", "total", { lines: 1, total: "1.00" })];
    const r = refuse("CORE-ALLOC", "split", { total: "1.00", parts: 3 }, trace);
    expect(r.refusal).toEqual({ rule: "CORE-ALLOC", fact: "split", data: { total: "1.00", parts: 3 } });
    expect(r.trace).toEqual([trace[0], r.refusal]);
    expect(trace).toHaveLength(1);
  });
});

describe("explainStep and explainTrace", () => {
  const protectedUntil = { rule: "ATT-5", fact: "protected-until", data: { agent: "A7", until: "2024-10-16T00:00:00+08:00", days: 15 } } as const;
  it("formats by kind in zh and en", () => {
    expect(explainStep(protectedUntil, { locale: "zh" })).toBe("A7 的保护期为15天，至2024年10月16日 00:00");
    expect(explainStep(protectedUntil, { locale: "en" })).toBe("A7 is protected for 15 days, until 2024-10-16 00:00");
    expect(explainStep(protectedUntil)).toBe(explainStep(protectedUntil, { locale: "zh" }));
  });
  it("an instant in another offset says so; a singular duration reads singular in English", () => {
    const s = { ...protectedUntil, data: { agent: "A7", until: "2024-10-16T00:00:00Z", days: 1 } };
    expect(explainStep(s, { locale: "en" })).toBe("A7 is protected for 1 day, until 2024-10-16 00:00 UTC");
  });
  it("money is ¥ with thousands separators", () => {
    expect(explainTrace([step("CORE-ROUND", "total", { lines: 9, total: "1234567.5" })], { locale: "en" })).toEqual(["CORE-ROUND each line rounded half-up to the fen; 9 lines total ¥1,234,567.50"]);
  });
  it("a figure that cannot be formatted by its kind prints as it is, never thrown", () => {
    const s = { rule: "FEE-1", fact: "percent-of-price", data: { label: { zh: "契税", en: "Deed tax" }, base: "x", rate: "2 %", amount: "20000.00" } } as const;
    expect(explainStep(s, { locale: "en" })).toBe("Deed tax: x × 2 % = ¥20,000.00");
  });
  it("a step this version does not know is shown as its fact and data, not thrown", () => {
    expect(explainStep({ rule: "NOPE" as never, fact: "x", data: { a: 1 } })).toBe('x {"a":1}');
    expect(explainStep({ rule: "CORE-ROUND", fact: "nope", data: {} }, { locale: "en" })).toBe("nope {}");
  });
  it("anything that is not a trace is refused with INVALID_INPUT and its path", () => {
    expect(thrown(() => explainTrace({} as never)).code).toBe("INVALID_INPUT");
    expect(thrown(() => explainTrace([null] as never)).path).toEqual([0]);
  });
  it("factProblems names a missing template, an unfilled placeholder and a zh line without Chinese", () => {
    expect(factProblems({ rule: "CORE-ROUND", fact: "nope", data: {} })).toEqual(["CORE-ROUND/nope: no template in the catalogue"]);
    expect(factProblems({ rule: "CORE-ROUND", fact: "total", data: { lines: 1 } })).toEqual(["CORE-ROUND/total: zh leaves {total} unfilled", "CORE-ROUND/total: en leaves {total} unfilled"]);
  });
});

describe("the catalogue's templates", () => {
  const entries = Object.entries(ruleCatalogue) as [string, { facts: Record<string, { zh: string; en: string }> }][];
  it("every placeholder names a known kind, and every zh template has Chinese in it", () => {
    const bad: string[] = [];
    for (const [id, r] of entries) {
      for (const [fact, t] of Object.entries(r.facts ?? {})) {
        for (const text of [t.zh, t.en]) {
          for (const m of text.matchAll(/\{([A-Za-z_][\w.]*)(?::([a-z]+))?\}/g)) if (m[2] && !(placeholderKinds as readonly string[]).includes(m[2])) bad.push(`${id}/${fact}: kind ${m[2]}`);
          if (/\{[^}]*$|^[^{]*\}/.test(text)) bad.push(`${id}/${fact}: unbalanced braces`);
        }
        // Chinese in the template itself, or from a {zh, en} label it prints (checked rendered, on every step tests make).
        if (!/\p{Script=Han}/u.test(t.zh) && !/:(label|enum|enums)\}/.test(t.zh)) bad.push(`${id}/${fact}: zh has no Chinese`);
        const names = (s: string) => [...new Set([...s.matchAll(/\{([A-Za-z_][\w.]*)/g)].map((m) => m[1]))].sort();
        if (names(t.zh).join() !== names(t.en).join()) bad.push(`${id}/${fact}: zh and en name different fields`);
      }
    }
    expect(bad).toEqual([]);
  });
  it("a term two modules share means the same in both: the merged table never silently overrides one", () => {
    const tables: Record<string, Record<string, { zh: string; en: string }>> = { coreTerms, feeTerms, subscriptionTerms, attributionTerms, scoringTerms, referralTerms };
    const seen = new Map<string, { zh: string; en: string; from: string }>();
    const clashes: string[] = [];
    for (const [from, table] of Object.entries(tables)) {
      for (const [key, words] of Object.entries(table)) {
        const before = seen.get(key);
        if (before && (before.zh !== words.zh || before.en !== words.en)) clashes.push(`${key}: ${before.from} says ${before.zh}/${before.en}, ${from} says ${words.zh}/${words.en}`);
        seen.set(key, { ...words, from });
      }
    }
    expect(clashes).toEqual([]);
  });
  it("every term has Chinese words", () => {
    expect(Object.entries(termCatalogue).filter(([, t]) => !/\p{Script=Han}/u.test(t.zh)).map(([k]) => k)).toEqual([]);
  });
});
