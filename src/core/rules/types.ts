/** The modules a rule can belong to. @category Rules */
export type RuleModule = "core" | "fees" | "subscription" | "attribution" | "scoring" | "referral";

/**
 * How one of a rule's statements reads in Chinese and English. Placeholders name fields of the
 * step's `data`: `{agent}` prints the value as it is, `{until:instant}` formats it by kind
 * (see {@link PlaceholderKind}).
 *
 * @category Rules
 */
export interface FactTemplate {
  readonly zh: string;
  readonly en: string;
}

/**
 * A rule as the catalogue records it: bilingual statement, where it comes from, the module
 * that applies it, and how each of its facts speaks.
 *
 * @category Rules
 */
export interface RuleEntry {
  readonly module: RuleModule;
  /** The rule's statement in Chinese. */
  readonly zh: string;
  /** The rule's statement in English. */
  readonly en: string;
  /** The source: a document by title and clause, a law or notice by number, or "common practice" and what it rests on. */
  readonly source: string;
  /** The facts a trace step of this rule can state, keyed by the step's `fact`, with their zh/en templates. */
  readonly facts: { readonly [fact: string]: FactTemplate };
}

/**
 * Words for the enum values a trace can carry (`"first-contact"` → 首次接待 / first contact),
 * used by `{field:enum}` and `{field:enums}` placeholders.
 *
 * @category Rules
 */
export type TermTable = { readonly [value: string]: FactTemplate };
