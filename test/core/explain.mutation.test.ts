import { describe, expect, it, vi } from "vitest";
import { isShoulouError, type ShoulouError } from "../../src/core/errors";
import { explainStep, explainTrace, factProblems, placeholderKinds } from "../../src/core/explain";
import type { TraceStep } from "../../src/core/trace";
import { caught } from "../helpers";

// Written against the survivors of `npm run test:mutation` on src/core/explain.ts: how each
// placeholder kind formats each type of value in zh and en, the fallbacks, and the checks of
// explainStep, explainTrace and factProblems. The rule catalogue gets one extra rule, TEST-KINDS,
// with a fact per kind (`{v:<kind>}`), so every kind is reached whatever the real templates use.

vi.mock("../../src/core/rules", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/core/rules")>();
  const kinds = ["money", "percent", "date", "instant", "days", "months", "minutes", "hours", "years", "area", "count", "enum", "enums", "list", "yesno", "label", "nokind"];
  const facts: Record<string, { zh: string; en: string }> = {};
  for (const k of kinds) facts[k] = { zh: `值：{v:${k}}`, en: `value: {v:${k}}` };
  facts.plain = { zh: "值：{v}", en: "value: {v}" };
  facts.nested = { zh: "值：{a.b.c}", en: "value: {a.b.c}" };
  facts.index = { zh: "值：{a.0}", en: "value: {a.0}" };
  facts.len = { zh: "值：{length}", en: "value: {length}" };
  facts.two = { zh: "{x_1}与{y:money}", en: "{x_1} and {y:money}" };
  facts["han-only"] = { zh: "甲{v}", en: "A {v}" };
  facts["no-han"] = { zh: "abc {v}", en: "abc {v}" };
  return {
    ...original,
    ruleCatalogue: {
      ...original.ruleCatalogue,
      "TEST-KINDS": { module: "core", zh: "测试", en: "test", source: "test", facts },
      "TEST-NO-FACTS": { module: "core", zh: "测试", en: "test", source: "test" },
    },
  };
});

const step = (fact: string, data: unknown): TraceStep => ({ rule: "TEST-KINDS", fact, data }) as unknown as TraceStep;
/** The value part of `{v:<kind>}` in zh and en. */
function both(kind: string, v: unknown): [string, string] {
  const s = step(kind, { v });
  const zh = explainStep(s, { locale: "zh" });
  const en = explainStep(s, { locale: "en" });
  expect(zh.startsWith("值：")).toBe(true);
  expect(en.startsWith("value: ")).toBe(true);
  return [zh.slice("值：".length), en.slice("value: ".length)];
}

describe("placeholder kinds", () => {
  it("the list of kinds", () => {
    expect([...placeholderKinds]).toEqual(["money", "percent", "date", "instant", "days", "months", "minutes", "hours", "years", "area", "count", "enum", "enums", "list", "yesno", "label"]);
  });

  it("money: yuan with the sign and thousands, from text or number; unreadable text as it is", () => {
    expect(both("money", "1234.5")).toEqual(["¥1,234.50", "¥1,234.50"]);
    expect(both("money", 29458)).toEqual(["¥29,458.00", "¥29,458.00"]);
    expect(both("money", "abc")).toEqual(["abc", "abc"]);
    expect(both("money", "1e5")).toEqual(["1e5", "1e5"]);
  });

  it("money: other types are printed plainly", () => {
    expect(both("money", true)).toEqual(["是", "yes"]);
    expect(both("money", null)).toEqual(["—", "—"]);
    expect(both("money", ["1", "2"])).toEqual(["1、2", "1, 2"]);
    expect(both("money", { a: 1 })).toEqual(['{"a":1}', '{"a":1}']);
  });

  it("percent: a rate as a percentage, from text or number; otherwise as it is or plainly", () => {
    expect(both("percent", "0.015")).toEqual(["1.5%", "1.5%"]);
    expect(both("percent", 0.5)).toEqual(["50%", "50%"]);
    expect(both("percent", "abc")).toEqual(["abc", "abc"]);
    expect(both("percent", "2024-10-06")).toEqual(["2024-10-06", "2024-10-06"]);
    expect(both("percent", false)).toEqual(["否", "no"]);
    expect(both("percent", null)).toEqual(["—", "—"]);
    expect(both("percent", ["0.1"])).toEqual(["0.1", "0.1"]);
  });

  it("date: 2024年10月6日 in zh, 2024-10-06 in en; the date part of a longer text; anything else as it is", () => {
    expect(both("date", "2024-10-06")).toEqual(["2024年10月6日", "2024-10-06"]);
    expect(both("date", "2024-01-31")).toEqual(["2024年1月31日", "2024-01-31"]);
    expect(both("date", "2024-10-06T08:00:00Z")).toEqual(["2024年10月6日", "2024-10-06"]);
    expect(both("date", "x2024-10-06")).toEqual(["x2024-10-06", "x2024-10-06"]);
    expect(both("date", "24-10-06")).toEqual(["24-10-06", "24-10-06"]);
    expect(both("date", "2024-1-06")).toEqual(["2024-1-06", "2024-1-06"]);
    expect(both("date", "2024-10-6")).toEqual(["2024-10-6", "2024-10-6"]);
    expect(both("date", "abcd-ef-gh")).toEqual(["abcd-ef-gh", "abcd-ef-gh"]);
    expect(both("date", 20241006)).toEqual(["20241006", "20241006"]);
    expect(both("date", true)).toEqual(["是", "yes"]);
  });

  it("instant: the date, hh:mm, and the offset unless it is +08:00", () => {
    expect(both("instant", "2024-10-16T00:00:00+08:00")).toEqual(["2024年10月16日 00:00", "2024-10-16 00:00"]);
    expect(both("instant", "2024-10-16T09:05:07.123Z")).toEqual(["2024年10月16日 09:05 UTC", "2024-10-16 09:05 UTC"]);
    expect(both("instant", "2024-10-16T09:05-05:00")).toEqual(["2024年10月16日 09:05 UTC-05:00", "2024-10-16 09:05 UTC-05:00"]);
    expect(both("instant", "2024-10-16T23:59:59+09:30")).toEqual(["2024年10月16日 23:59 UTC+09:30", "2024-10-16 23:59 UTC+09:30"]);
  });

  it("instant: a text that is not a whole instant is printed as it is", () => {
    for (const v of ["2024-10-16", "x2024-10-16T00:00Z", "2024-10-16T00:00Zx", "2024-10-16T00:00", "2024-10-16T0:00Z", "2024-10-16 00:00Z", "2024-10-16T00:00:00+0800", "24-10-16T00:00Z", "2024-10-16T00:00:0Z", "2024-10-16T00:00:00.Z"]) {
      expect(both("instant", v)).toEqual([v, v]);
    }
    expect(both("instant", 5)).toEqual(["5", "5"]);
    expect(both("instant", null)).toEqual(["—", "—"]);
  });

  it("area: square metres from text or number", () => {
    expect(both("area", "89.5")).toEqual(["89.5平方米", "89.5 m²"]);
    expect(both("area", 90)).toEqual(["90平方米", "90 m²"]);
    expect(both("area", true)).toEqual(["是", "yes"]);
    expect(both("area", null)).toEqual(["—", "—"]);
  });

  it("count: whole numbers grouped by thousands", () => {
    expect(both("count", 1234567)).toEqual(["1,234,567", "1,234,567"]);
    expect(both("count", 1000)).toEqual(["1,000", "1,000"]);
    expect(both("count", 999)).toEqual(["999", "999"]);
    expect(both("count", 0)).toEqual(["0", "0"]);
    expect(both("count", -1234)).toEqual(["-1,234", "-1,234"]);
    expect(both("count", 12345)).toEqual(["12,345", "12,345"]);
  });

  it("count: a fraction or an exponent is printed as it is; text plainly", () => {
    expect(both("count", 0.1234)).toEqual(["0.1234", "0.1234"]);
    expect(both("count", 1234.5678)).toEqual(["1234.5678", "1234.5678"]);
    expect(both("count", 1234.5)).toEqual(["1234.5", "1234.5"]);
    expect(both("count", -0.5)).toEqual(["-0.5", "-0.5"]);
    expect(both("count", 1e21)).toEqual(["1e+21", "1e+21"]);
    expect(both("count", "1234")).toEqual(["1234", "1234"]);
    expect(both("count", true)).toEqual(["是", "yes"]);
  });

  it("enum: the term's words; an unknown value (or an inherited name) as it is", () => {
    expect(both("enum", "first-contact")).toEqual(["首次接待", "first contact"]);
    expect(both("enum", "no-such-term")).toEqual(["no-such-term", "no-such-term"]);
    expect(both("enum", "toString")).toEqual(["toString", "toString"]);
    expect(both("enum", 3)).toEqual(["3", "3"]);
    expect(both("enum", false)).toEqual(["否", "no"]);
  });

  it("enums: each term's words, joined by 、 or a comma; a single value as enum", () => {
    expect(both("enums", ["first-contact", "no-such-term"])).toEqual(["首次接待、no-such-term", "first contact, no-such-term"]);
    expect(both("enums", [1, null, true])).toEqual(["1、—、是", "1, —, yes"]);
    expect(both("enums", [])).toEqual(["", ""]);
    expect(both("enums", "first-contact")).toEqual(["首次接待", "first contact"]);
    expect(both("enums", 7)).toEqual(["7", "7"]);
  });

  it("list: items joined, nested lists flattened, each printed plainly", () => {
    expect(both("list", ["a", "b"])).toEqual(["a、b", "a, b"]);
    expect(both("list", [["a", "b"], "c", 1, false])).toEqual(["a、b、c、1、否", "a, b, c, 1, no"]);
    expect(both("list", "first-contact")).toEqual(["first-contact", "first-contact"]);
  });

  it("yesno: 是/否, yes/no; anything else plainly", () => {
    expect(both("yesno", true)).toEqual(["是", "yes"]);
    expect(both("yesno", false)).toEqual(["否", "no"]);
    expect(both("yesno", "true")).toEqual(["true", "true"]);
    expect(both("yesno", 1)).toEqual(["1", "1"]);
    expect(both("yesno", 0)).toEqual(["0", "0"]);
    expect(both("yesno", null)).toEqual(["—", "—"]);
  });

  it("label: the words of the locale; a label without them, or not a label, plainly", () => {
    expect(both("label", { zh: "契税", en: "deed tax" })).toEqual(["契税", "deed tax"]);
    expect(both("label", { zh: "契税" })).toEqual(["契税", '{"zh":"契税"}']);
    expect(both("label", { zh: 1, en: 2 })).toEqual(['{"zh":1,"en":2}', '{"zh":1,"en":2}']);
    expect(both("label", ["zh", "en"])).toEqual(["zh、en", "zh, en"]);
    expect(both("label", null)).toEqual(["—", "—"]);
    expect(both("label", "text")).toEqual(["text", "text"]);
    expect(both("label", true)).toEqual(["是", "yes"]);
  });

  it.each([
    ["days", "天", "day", "days"],
    ["months", "个月", "month", "months"],
    ["minutes", "分钟", "minute", "minutes"],
    ["hours", "小时", "hour", "hours"],
    ["years", "年", "year", "years"],
  ])("%s: the unit after the number; singular only for exactly 1", (kind, zh, one, many) => {
    expect(both(kind, 15)).toEqual([`15${zh}`, `15 ${many}`]);
    expect(both(kind, 1)).toEqual([`1${zh}`, `1 ${one}`]);
    expect(both(kind, "1")).toEqual([`1${zh}`, `1 ${one}`]);
    expect(both(kind, "1.0")).toEqual([`1.0${zh}`, `1.0 ${one}`]);
    expect(both(kind, 0)).toEqual([`0${zh}`, `0 ${many}`]);
    expect(both(kind, "2")).toEqual([`2${zh}`, `2 ${many}`]);
    expect(both(kind, true)).toEqual(["是", "yes"]);
    expect(both(kind, null)).toEqual(["—", "—"]);
    expect(both(kind, [1, 2])).toEqual(["1、2", "1, 2"]);
  });

  it("a kind shoulou does not know prints the value plainly", () => {
    expect(both("nokind", 15)).toEqual(["15", "15"]);
    expect(both("nokind", "x")).toEqual(["x", "x"]);
    expect(both("nokind", false)).toEqual(["否", "no"]);
  });

  it("no kind: text and numbers as they are, null as —, booleans as yes/no, lists joined, objects as JSON", () => {
    expect(both("plain", "first-contact")).toEqual(["first-contact", "first-contact"]);
    expect(both("plain", 1234567)).toEqual(["1234567", "1234567"]);
    expect(both("plain", "1234.5")).toEqual(["1234.5", "1234.5"]);
    expect(both("plain", null)).toEqual(["—", "—"]);
    expect(both("plain", true)).toEqual(["是", "yes"]);
    expect(both("plain", false)).toEqual(["否", "no"]);
    expect(both("plain", ["a", ["b", null]])).toEqual(["a、b、—", "a, b, —"]);
    expect(both("plain", { k: [1] })).toEqual(['{"k":[1]}', '{"k":[1]}']);
    expect(both("plain", Number.POSITIVE_INFINITY)).toEqual(["Infinity", "Infinity"]);
  });
});

describe("placeholders and data", () => {
  it("several placeholders, names with digits and underscores, kinds with several letters", () => {
    const s = step("two", { x_1: "A7", y: "5" });
    expect(explainStep(s, { locale: "zh" })).toBe("A7与¥5.00");
    expect(explainStep(s, { locale: "en" })).toBe("A7 and ¥5.00");
  });

  it("a dotted name reads nested data; a flat key with the dotted name wins", () => {
    expect(explainStep(step("nested", { a: { b: { c: "deep" } } }), { locale: "en" })).toBe("value: deep");
    expect(explainStep(step("nested", { "a.b.c": "flat", a: { b: { c: "deep" } } }), { locale: "en" })).toBe("value: flat");
  });

  it("a dotted name through a missing key, null, a list, text or an inherited key is left unfilled", () => {
    for (const data of [{}, { a: null }, { a: { b: null } }, { a: ["x"] }, { a: { b: [{ c: 1 }] } }, { a: "abc" }, { a: { b: "c" } }, { a: { b: {} } }, { a: { b: Object.create({ c: "inherited" }) as object } }]) {
      expect(explainStep(step("nested", data), { locale: "en" })).toBe("value: {a.b.c}");
    }
  });

  it("a dotted name never reads into text: {a.0} of \"xyz\" is left unfilled", () => {
    expect(explainStep(step("index", { a: "xyz" }), { locale: "en" })).toBe("value: {a.0}");
    expect(explainStep(step("index", { a: { 0: "first" } }), { locale: "en" })).toBe("value: first");
  });

  it("data given as text is not read: {length} of \"abc\" is left unfilled", () => {
    expect(explainStep(step("len", "abc"), { locale: "en" })).toBe("value: {length}");
    expect(explainStep(step("len", { length: 3 }), { locale: "en" })).toBe("value: 3");
  });

  it("a key the data only inherits is left unfilled", () => {
    expect(explainStep(step("plain", Object.create({ v: "inherited" }) as object), { locale: "en" })).toBe("value: {v}");
  });

  it("data that is null or not an object counts as empty", () => {
    expect(explainStep(step("plain", null), { locale: "en" })).toBe("value: {v}");
    expect(explainStep(step("plain", "v"), { locale: "zh" })).toBe("值：{v}");
  });

  it("a value of 0, false or an empty text fills its placeholder", () => {
    expect(both("plain", 0)).toEqual(["0", "0"]);
    expect(both("plain", "")).toEqual(["", ""]);
  });
});

describe("steps the catalogue does not know", () => {
  it("an unknown rule, an unknown fact, an inherited name, or a rule without facts: the fact and its data", () => {
    expect(explainStep({ rule: "NO-SUCH", fact: "f", data: { a: 1 } } as unknown as TraceStep)).toBe('f {"a":1}');
    expect(explainStep({ rule: "TEST-KINDS", fact: "no-such-fact", data: { a: 1 } } as unknown as TraceStep, { locale: "en" })).toBe('no-such-fact {"a":1}');
    expect(explainStep({ rule: "TEST-KINDS", fact: "toString", data: {} } as unknown as TraceStep)).toBe("toString {}");
    expect(explainStep({ rule: "toString", fact: "f", data: {} } as unknown as TraceStep)).toBe("f {}");
    expect(explainStep({ rule: "TEST-NO-FACTS", fact: "f", data: {} } as unknown as TraceStep)).toBe("f {}");
    expect(explainStep({ rule: "NO-SUCH", fact: "f", data: null } as unknown as TraceStep)).toBe("f {}");
  });
});

describe("explainStep and explainTrace", () => {
  const s = { rule: "ATT-5", fact: "protected-until", data: { agent: "A7", until: "2024-10-16T00:00:00+08:00", days: 15 } } as const;

  it("zh by default and for any locale but en", () => {
    expect(explainStep(s)).toBe("A7 的保护期为15天，至2024年10月16日 00:00");
    expect(explainStep(s, {})).toBe("A7 的保护期为15天，至2024年10月16日 00:00");
    expect(explainStep(s, { locale: "fr" as "en" })).toBe("A7 的保护期为15天，至2024年10月16日 00:00");
    expect(explainStep(s, null as never)).toBe("A7 的保护期为15天，至2024年10月16日 00:00");
    expect(explainStep(s, { locale: "en" })).toBe("A7 is protected for 15 days, until 2024-10-16 00:00");
  });

  it("a trace: one line per step, each starting with its rule ID, in the locale asked", () => {
    const t = [s, { rule: "CORE-ROUND", fact: "total", data: { lines: 1200, total: "29458" } }] as unknown as TraceStep[];
    expect(explainTrace(t)).toEqual(["ATT-5 A7 的保护期为15天，至2024年10月16日 00:00", "CORE-ROUND 各项四舍五入到分后合计1,200项，共¥29,458.00"]);
    expect(explainTrace(t, { locale: "en" })).toEqual(["ATT-5 A7 is protected for 15 days, until 2024-10-16 00:00", "CORE-ROUND each line rounded half-up to the fen; 1,200 lines total ¥29,458.00"]);
    expect(explainTrace(t, null as never)[0]).toBe("ATT-5 A7 的保护期为15天，至2024年10月16日 00:00");
    expect(explainTrace(t, { locale: "fr" as "en" })[0]).toBe("ATT-5 A7 的保护期为15天，至2024年10月16日 00:00");
    expect(explainTrace([])).toEqual([]);
  });

  it("a trace that is not a list is INVALID_INPUT at the root", () => {
    const e = caught(() => explainTrace("x" as never)) as ShoulouError;
    expect(isShoulouError(e)).toBe(true);
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual([]);
    expect(e.message).toBe("INVALID_INPUT: a trace is a list of steps");
  });

  it("a malformed step is INVALID_INPUT at its index in a trace, at the root alone", () => {
    for (const bad of [null, "x", 5, Object.assign(() => 1, { rule: "ATT-5", fact: "protected-until", data: {} }), { fact: "f", data: {} }, { rule: "R", data: {} }, { rule: 1, fact: "f" }, { rule: "R", fact: 2 }]) {
      const inTrace = caught(() => explainTrace([s, bad] as never)) as ShoulouError;
      expect(isShoulouError(inTrace)).toBe(true);
      expect(inTrace.code).toBe("INVALID_INPUT");
      expect(inTrace.path).toEqual([1]);
      expect(inTrace.message).toBe("INVALID_INPUT at [1]: a trace step is { rule, fact, data }");
      const alone = caught(() => explainStep(bad as never)) as ShoulouError;
      expect(isShoulouError(alone)).toBe(true);
      expect(alone.path).toEqual([]);
      expect(alone.message).toBe("INVALID_INPUT: a trace step is { rule, fact, data }");
      const checked = caught(() => factProblems(bad as never)) as ShoulouError;
      expect(isShoulouError(checked)).toBe(true);
      expect(checked.path).toEqual([]);
    }
  });
});

describe("factProblems", () => {
  it("none for a step whose template is filled and whose zh line has Chinese", () => {
    expect(factProblems(step("plain", { v: "x" }))).toEqual([]);
    expect(factProblems(step("han-only", { v: "乙" }))).toEqual([]);
  });

  it("each unfilled placeholder, per locale", () => {
    expect(factProblems(step("two", {}))).toEqual([
      "TEST-KINDS/two: zh leaves {x_1} unfilled",
      "TEST-KINDS/two: zh leaves {y} unfilled",
      "TEST-KINDS/two: en leaves {x_1} unfilled",
      "TEST-KINDS/two: en leaves {y} unfilled",
    ]);
  });

  it("a zh line with no Chinese in it (an English line never needs any)", () => {
    expect(factProblems(step("no-han", { v: 1 }))).toEqual(["TEST-KINDS/no-han: the zh line has no Chinese: abc 1"]);
  });

  it("a step with no template: one problem, whatever else", () => {
    expect(factProblems({ rule: "NO-SUCH", fact: "f", data: {} } as unknown as TraceStep)).toEqual(["NO-SUCH/f: no template in the catalogue"]);
  });
});
