import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { characterCountPolicySchema, countReaderCharacters, scoringLimits } from "../../src/scoring/index";

const count = (t: string, policy: Parameters<typeof countReaderCharacters>[1] = {}) => countReaderCharacters(t, policy);

describe("SCO-CHAR-1 clusters next to ASCII, CJK and full-width characters", () => {
  it("SCO-CHAR-1: a letter with a combining accent is one character, alone or after other letters", () => {
    expect(count("e\u0301")).toBe(1);
    expect(count("ab\u0301")).toBe(2);
    expect(count("客e\u0301户")).toBe(3);
  });
  it("SCO-CHAR-1: a half-width katakana with its voiced mark (U+FF76 U+FF9E) is one character", () => {
    expect(count("ｶﾞ")).toBe(1);
    expect(count("ｶﾞｷﾞ")).toBe(2);
  });
  it("SCO-CHAR-1: a prepended mark with a space is one counted character, not whitespace", () => {
    expect(count("\u0600 ")).toBe(1);
    expect(count("客\u0600 户")).toBe(3);
  });
  it("SCO-CHAR-1: a space carrying a combining mark counts once", () => {
    expect(count(" \u0301")).toBe(1);
  });
  it("SCO-CHAR-1: CR LF is one whitespace cluster and never counts", () => {
    expect(count("a\r\nb")).toBe(2);
    expect(count("\r\n\r\n")).toBe(0);
  });
  it("SCO-CHAR-1: a cluster holding punctuation after a prepended mark is not punctuation", () => {
    expect(count("\u0600,", { countPunctuation: false })).toBe(1);
    expect(count("，。", { countPunctuation: false })).toBe(0);
    expect(count("，。")).toBe(2);
  });
  it("SCO-CHAR-1: a cluster that starts with a prepended mark is not Latin, so the next letters start a new word", () => {
    expect(count("\u0600ab", { latinRuns: "word" })).toBe(2);
    expect(count("\u0600ab")).toBe(2);
  });
});

describe("SCO-CHAR-1 Latin runs counted as words", () => {
  it("SCO-CHAR-1: a Latin run is one word; a space, a comma or a Chinese character ends it", () => {
    expect(count("VIP card", { latinRuns: "word" })).toBe(2);
    expect(count("A,B", { latinRuns: "word" })).toBe(3);
    expect(count("A,B", { latinRuns: "word", countPunctuation: false })).toBe(2);
    expect(count("A客B", { latinRuns: "word" })).toBe(3);
    expect(count("A客B")).toBe(3);
    expect(count("VIP card")).toBe(7);
  });
  it("SCO-CHAR-1: the policy's defaults are punctuation counted and one per Latin character", () => {
    expect(characterCountPolicySchema.parse({})).toEqual({ countPunctuation: true, latinRuns: "character" });
  });
});

describe("SCO-CHAR-1 texts longer than the segmenter's window", () => {
  it("SCO-CHAR-1: a long text that starts with a combining mark counts every character once", () => {
    expect(count("\u0301" + "x".repeat(300))).toBe(301);
    expect(count("\u0301" + "x".repeat(600) + "e\u0301")).toBe(602);
  });
  it("SCO-CHAR-1: a letter after a run of plain letters keeps its accent, past the first window", () => {
    expect(count("\u0301" + "x".repeat(300) + "a\u0301")).toBe(302);
  });
  it("SCO-CHAR-1: a family emoji longer than the window, cut inside a surrogate pair, counts once", () => {
    expect(count("👨" + "\u200d👩".repeat(600))).toBe(1);
    expect(count("👨" + "\u200d👩".repeat(600) + "客")).toBe(2);
  });
  it("SCO-CHAR-1: a letter with 2,000 accents counts once, alone or followed by text", () => {
    expect(count("e" + "\u0301".repeat(2000))).toBe(1);
    expect(count("e" + "\u0301".repeat(300) + "x".repeat(1000))).toBe(1001);
    expect(count("x" + "e" + "\u0301".repeat(700) + "客户")).toBe(4);
  });
  it("SCO-CHAR-1: a long text of astral characters counts one per character", () => {
    expect(count("\u0301" + "𠮷".repeat(200))).toBe(201);
  });
});

describe("SCO-CHAR-1 without Intl.Segmenter", () => {
  it("SCO-CHAR-1: counts code points when Intl.Segmenter is missing", () => {
    const intl = Intl as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    intl.Segmenter = undefined;
    try {
      expect(count("e\u0301客")).toBe(3);
      expect(count("𠮷 A")).toBe(2);
    } finally {
      intl.Segmenter = saved;
    }
    expect(count("e\u0301客")).toBe(2);
  });
  it("SCO-CHAR-1: counts code points when Intl itself is missing", () => {
    const g = globalThis as { Intl?: unknown };
    const saved = g.Intl;
    g.Intl = undefined;
    try {
      expect(count("e\u0301客")).toBe(3);
    } finally {
      g.Intl = saved;
    }
  });
});

describe("SCO-CHAR-1 refusals", () => {
  it("SCO-CHAR-1: a text past the limit is refused at text", () => {
    const e = expectShoulou(() => count("字".repeat(scoringLimits.textLength + 1)), "OUT_OF_RANGE", ["text"]);
    expect(e.message).toBe(`OUT_OF_RANGE at text: at most ${scoringLimits.textLength} characters (got ${scoringLimits.textLength + 1})`);
    expect(count("字".repeat(scoringLimits.textLength))).toBe(scoringLimits.textLength);
  });
  it("SCO-CHAR-1: a text that is not a string is INVALID_INPUT at text", () => {
    expectShoulou(() => countReaderCharacters(42 as unknown as string), "INVALID_INPUT", ["text"]);
  });
  it("SCO-CHAR-1: a bad policy is INVALID_POLICY at the option's own path", () => {
    expectShoulou(() => countReaderCharacters("客户", { countPunctuation: "yes" as unknown as boolean }), "INVALID_POLICY", ["countPunctuation"]);
    expectShoulou(() => countReaderCharacters("客户", { latinRuns: "" as "word" }), "INVALID_POLICY", ["latinRuns"]);
  });
});
