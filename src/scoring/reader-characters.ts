import * as z from "zod";
import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { refuseLongText, scoringLimits } from "./limits";
import type { SameInput } from "../core/same-input";
import type { CharacterCountPolicyInput } from "./input-types";
// re-exported where it used to be defined, for code that imports it from here
export type { CharacterCountPolicyInput } from "./input-types";

/**
 * How characters are counted. Whitespace (spaces, tabs, new lines, the full-width space U+3000)
 * never counts. Punctuation (Unicode category P: ，。！？、“” and ASCII .,!?) counts by default,
 * as a Chinese reader counts 字数 on a form. A run of Latin letters and digits counts one per
 * character by default, or one per run with `latinRuns: "word"` (the Word/WPS 字数 convention).
 *
 * @remarks SCO-CHAR-1 (practice).
 * @category Scoring
 */
export const characterCountPolicySchema = z.strictObject({
  countPunctuation: z.boolean().default(true),
  latinRuns: z.enum(["character", "word"]).default("character"),
});

// The named input type (input-types.ts) stays exactly this schema's input.
true satisfies SameInput<CharacterCountPolicyInput, typeof characterCountPolicySchema>;

const WHITESPACE = /^\s+$/u;
const PUNCTUATION = /^\p{P}/u;
const LATIN = /^[\p{Script=Latin}\p{Nd}]/u;

/** Code units the segmenter sees at a time: its cost per step grows with the text it is given, so it is only ever given a window. */
const WINDOW = 256;

type Segmenter = { segment(text: string): Iterable<{ readonly segment: string; readonly index: number }> };

/**
 * Characters between which UAX #29 always breaks: tab, line feed, printable ASCII, CJK
 * ideographs, CJK punctuation (not the combining tone marks U+302A–U+302F) and full-width
 * forms. None is Extend, ZWJ, SpacingMark, Prepend, a regional indicator, Hangul or an Indic
 * consonant, so two of them side by side are always two clusters: most Chinese records never
 * reach the segmenter.
 */
function simple(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || c === 0x0a || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x3029) || (c >= 0xff01 && c <= 0xff5e);
}

/**
 * The grapheme clusters of `text`, in linear time. Intl.Segmenter's cost per step grows with
 * the length of the text it holds (60,000 characters took seconds), so it is given windows of
 * {@link WINDOW} code units starting at a known cluster boundary and never ending inside a
 * surrogate pair. All clusters of a window but
 * the last are certain (UAX #29 decides a break from what precedes it and the next character
 * only, and no rule looks back past a boundary); the last may be cut by the window's end and is
 * read again at the start of the next window. A cluster longer than a window (a run of
 * combining marks) is found by doubling the window, reading only its first cluster.
 */
function windowedClusters(seg: Segmenter): (text: string) => Iterable<string> {
  return function* (text) {
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      // a simple character followed by a simple one (or by the end) is a cluster by itself
      while (pos < n && simple(text.charCodeAt(pos)) && (pos + 1 === n || simple(text.charCodeAt(pos + 1)))) yield text[pos++] as string;
      if (pos === n) break;
      let width = WINDOW;
      for (;;) {
        let end = Math.min(n, pos + width);
        // never cut a surrogate pair: a lone half would read as a break that is not there
        if (end < n && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
        const window = text.slice(pos, end);
        if (width === WINDOW) {
          let previous: string | undefined;
          let lastIndex = 0;
          for (const s of seg.segment(window)) {
            if (previous !== undefined) yield previous;
            previous = s.segment;
            lastIndex = s.index;
          }
          if (end === n) {
            if (previous !== undefined) yield previous;
            pos = n;
            break;
          }
          if (lastIndex > 0) {
            pos += lastIndex;
            break;
          }
        } else {
          const it = seg.segment(window)[Symbol.iterator]();
          const first = it.next();
          const firstText = first.done ? window : first.value.segment;
          if (end === n || firstText.length < window.length) {
            yield firstText;
            pos += firstText.length;
            break;
          }
        }
        width *= 2; // one cluster fills the window: a longer cluster
      }
    }
  };
}

/** Splits text into user-perceived characters (grapheme clusters), or code points where Intl.Segmenter is missing. */
function graphemeSplitter(): (text: string) => Iterable<string> {
  const Seg = (globalThis as { Intl?: { Segmenter?: typeof Intl.Segmenter } }).Intl?.Segmenter;
  if (typeof Seg !== "function") return (text) => Array.from(text);
  return windowedClusters(new Seg("zh", { granularity: "grapheme" }));
}

/** A counter with fixed options (one Intl.Segmenter for a whole audit). */
export function characterCounter(policy: z.output<typeof characterCountPolicySchema>): (text: string) => number {
  const split = graphemeSplitter();
  return (text) => {
    let n = 0;
    let inLatin = false;
    for (const g of split(text)) {
      if (WHITESPACE.test(g)) {
        inLatin = false;
        continue;
      }
      if (PUNCTUATION.test(g)) {
        inLatin = false;
        if (policy.countPunctuation) n++;
        continue;
      }
      const latin = LATIN.test(g);
      if (latin && policy.latinRuns === "word") {
        if (!inLatin) n++;
        inLatin = true;
        continue;
      }
      inLatin = false;
      n++;
    }
    return n;
  };
}

/**
 * Counts characters the way a Chinese reader does: one per grapheme (a Chinese character,
 * a letter, an emoji with its modifiers — never UTF-16 units), whitespace never, punctuation
 * by default.
 *
 * @remarks SCO-CHAR-1 (practice); used by SCO-8's record lengths (《房地产客户跟踪及维护技巧》: 不少于30字).
 * @param text - the text
 * @param policy - ({@link characterCountPolicySchema})
 * @returns the count
 * @throws {@link core!ShoulouError} `INVALID_INPUT` when `text` is not a string, `INVALID_POLICY`,
 * `OUT_OF_RANGE` for a text longer than {@link scoringLimits}`.textLength` UTF-16 code units
 * @example
 * ```ts
 * countReaderCharacters("客户说：6月再来。"); //=> 9
 * countReaderCharacters("客户说：6月再来。", { countPunctuation: false }); //=> 7
 * countReaderCharacters("𠮷 A户型 👍🏽"); //=> 5
 * countReaderCharacters("VIP card", { latinRuns: "word" }); //=> 2
 * ```
 * @category Scoring
 */
export function countReaderCharacters(text: string, policy: CharacterCountPolicyInput = {}): number {
  return guarded(() => {
    refuseLongText(text, scoringLimits.textLength, ["text"]);
    const t = parseWith(z.string(), text, "INVALID_INPUT", ["text"]);
    return characterCounter(parseWith(characterCountPolicySchema, policy, "INVALID_POLICY", []))(t);
  });
}
