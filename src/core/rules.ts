import { attributionRules } from "./rules/attribution";
import { coreRules } from "./rules/core";
import { feeRules } from "./rules/fees";
import { referralRules } from "./rules/referral";
import { scoringRules } from "./rules/scoring";
import { subscriptionRules } from "./rules/subscription";
import type { RuleEntry } from "./rules/types";

export type { RuleEntry, RuleModule } from "./rules/types";

/**
 * The rule catalogue: every rule ID shoulou applies, with its Chinese and English title,
 * its module and its source. Trace steps and refusals name these IDs; the docs' rule page
 * is generated from this object.
 *
 * @example
 * ```ts
 * ruleCatalogue["FEE-1"].module; //=> "fees"
 * ruleCatalogue["SUB-EV-7"].source.includes("《房地产销售现场管理关系客户购买须知》"); //=> true
 * ```
 * @category Rules
 */
export const ruleCatalogue = {
  ...coreRules,
  ...feeRules,
  ...subscriptionRules,
  ...attributionRules,
  ...scoringRules,
  ...referralRules,
} as const satisfies Record<string, RuleEntry>;

/** Every rule ID in the catalogue. @category Rules */
export type RuleId = keyof typeof ruleCatalogue;

/**
 * The catalogue entry of a rule ID, or `undefined` for an unknown ID.
 *
 * @example
 * ```ts
 * describeRule("SUB-EV-7")?.en; //=> "When several pick the same unit, the lowest card number wins"
 * ```
 * @category Rules
 */
export function describeRule(id: string): (RuleEntry & { readonly id: RuleId }) | undefined {
  if (typeof id !== "string" || !Object.prototype.hasOwnProperty.call(ruleCatalogue, id)) return undefined;
  return { id: id as RuleId, ...ruleCatalogue[id as RuleId] };
}
