import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attempt } from "../../src/core/errors";
import { countReaderCharacters, scoringLimits } from "../../src/scoring/index";

/** The old way, kept as the reference: Intl.Segmenter over the whole text (quadratic on long texts). */
function reference(text: string, countPunctuation = true, words = false): number {
  const seg = new Intl.Segmenter("zh", { granularity: "grapheme" });
  let n = 0;
  let inLatin = false;
  for (const { segment: g } of seg.segment(text)) {
    if (/^\s+$/u.test(g)) {
      inLatin = false;
      continue;
    }
    if (/^\p{P}/u.test(g)) {
      inLatin = false;
      if (countPunctuation) n++;
      continue;
    }
    const latin = /^[\p{Script=Latin}\p{Nd}]/u.test(g);
    if (latin && words) {
      if (!inLatin) n++;
      inLatin = true;
      continue;
    }
    inLatin = false;
    n++;
  }
  return n;
}

// Pieces that stress cluster rules: combining marks, ZWJ emoji, skin tones, flags (regional
// indicators), Hangul jamo, CR LF, Indic conjuncts, CJK and ASCII, whitespace and punctuation.
const piece = fc.constantFrom(
  "客", "户", "a", "B", "7", " ", "\u3000", "\n", "\r", "\r\n", "，", "。", "!", "e\u0301", "\u0301", "\u200d", "👍", "🏽", "👨‍👩‍👧",
  "🇨🇳", "🇨", "🇳", "\u1100", "\u1161", "\u11a8", "가", "क", "\u094d", "ष", "\ufe0f", "1\ufe0f\u20e3", "\u0600", "𠮷", "\ud800", "\udc00",
);
const text = (maxLength: number) => fc.array(piece, { maxLength }).map((p) => p.join(""));

describe("SCO-CHAR-1 counting laws", () => {
  it("SCO-CHAR-1: counts the same characters as one Intl.Segmenter pass, on short and window-crossing texts", () => {
    fc.assert(
      fc.property(fc.oneof(text(20), text(400), fc.string({ unit: "grapheme", maxLength: 40 })), fc.boolean(), fc.boolean(), (t, punct, words) => {
        expect(countReaderCharacters(t, { countPunctuation: punct, latinRuns: words ? "word" : "character" })).toBe(reference(t, punct, words));
      }),
      { numRuns: 400 },
    );
  });
  it("SCO-CHAR-1: a cluster longer than the segmenter's window counts once", () => {
    for (const t of ["e" + "\u0301".repeat(2000), "👨" + "\u200d👩".repeat(600), "\u1100".repeat(3000) + "\u1161", "x" + "\ufe0f".repeat(1000) + "客"]) expect(countReaderCharacters(t)).toBe(reference(t));
  });
  it("SCO-CHAR-1: a text past the limit is refused up front with OUT_OF_RANGE", () => {
    const r = attempt(() => countReaderCharacters("字".repeat(scoringLimits.textLength + 1)));
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(["OUT_OF_RANGE", ["text"]]);
  });
});
