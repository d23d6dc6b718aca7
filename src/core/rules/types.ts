/** The modules a rule can belong to. @category Rules */
export type RuleModule = "core" | "fees" | "subscription" | "attribution" | "scoring" | "referral";

/**
 * A rule as the catalogue records it: bilingual title, where it comes from, and the module
 * that applies it.
 *
 * @category Rules
 */
export interface RuleEntry {
  readonly module: RuleModule;
  readonly zh: string;
  readonly en: string;
  /** The source: a seed clause (`seed 001 篇2 §二.2`), a law or notice, or "practice". */
  readonly source: string;
}
