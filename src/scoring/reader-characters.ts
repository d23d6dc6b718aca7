import * as z from "zod";
import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";

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

/** The counting options as callers write them. @category Scoring */
export type CharacterCountPolicyInput = z.input<typeof characterCountPolicySchema>;

const WHITESPACE = /^\s+$/u;
const PUNCTUATION = /^\p{P}/u;
const LATIN = /^[\p{Script=Latin}\p{Nd}]/u;

/** Splits text into user-perceived characters (grapheme clusters), or code points where Intl.Segmenter is missing. */
function graphemeSplitter(): (text: string) => Iterable<string> {
  const Seg = (globalThis as { Intl?: { Segmenter?: typeof Intl.Segmenter } }).Intl?.Segmenter;
  if (typeof Seg !== "function") return (text) => Array.from(text);
  const seg = new Seg("zh", { granularity: "grapheme" });
  return function* (text) {
    for (const s of seg.segment(text)) yield s.segment;
  };
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
 * @throws {@link ShoulouError} `INVALID_INPUT` when `text` is not a string, `INVALID_POLICY`
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
    const t = parseWith(z.string(), text, "INVALID_INPUT", ["text"]);
    return characterCounter(parseWith(characterCountPolicySchema, policy, "INVALID_POLICY", []))(t);
  });
}
