import { attributionTerms } from "./attribution";
import { coreTerms } from "./core";
import { feeTerms } from "./fees";
import { referralTerms } from "./referral";
import { scoringTerms } from "./scoring";
import { subscriptionTerms } from "./subscription";
import type { TermTable } from "./types";

/**
 * Words for every enum value a trace can carry, zh and en, merged from each module's table.
 *
 * @example
 * ```ts
 * termCatalogue["first-contact"]?.zh; //=> "首次接待"
 * ```
 * @category Rules
 */
export const termCatalogue: TermTable = { ...coreTerms, ...feeTerms, ...subscriptionTerms, ...attributionTerms, ...scoringTerms, ...referralTerms };
