import * as z from "zod";
import { guarded } from "../core/errors";
import { decimalSchema, idSchema, parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { compareDecimal } from "./decimal";

const rating = decimalSchema({ sign: "nonnegative", maxDecimals: 4 });

/**
 * Where "good" starts for credit and for selling ability. The source gives no numbers: each
 * office sets its own rating scale.
 *
 * @remarks SCO-2 (the Q&A thread on keeping customers, reply 2).
 * @category Scoring
 */
export const creditAbilityPolicySchema = z.strictObject({ goodCreditFrom: rating, strongAbilityFrom: rating });

/** A partner (a tenant, a broker, a channel) rated on credit and selling ability. @category Scoring */
export const creditAbilityInputSchema = z.strictObject({ id: idSchema, credit: rating, sellingAbility: rating });

/** The cells of SCO-2. @category Scoring */
export type CreditAbilityCell = "most-wanted" | "steady" | "fast-but-risky" | "weak";

const meaning: Record<CreditAbilityCell, string> = {
  "most-wanted": "good credit and strong selling ability: the most wanted — win more of these (最受欢迎)",
  steady: "good credit, weak selling ability: stable but will not grow the business (坐商)",
  "fast-but-risky": "strong selling ability, poor credit: fast growth — leave time to collect payment (信用条件差)",
  weak: "poor credit and weak selling ability: the source does not name it — neither asset",
};

/**
 * Places a partner on the credit × selling-ability matrix.
 *
 * @remarks SCO-2 (the Q&A thread on keeping customers, reply 2): good credit / weak ability — stable; strong ability / poor
 * credit — grows fast but collect with care; both good — the most wanted. The fourth cell
 * (both poor) is not in the source and is reported as `weak`.
 * @param partner - `{ id, credit, sellingAbility }` ({@link creditAbilityInputSchema})
 * @param policy - where good starts on each axis ({@link creditAbilityPolicySchema})
 * @returns the cell, what it means and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`
 * @example
 * ```ts
 * const policy = { goodCreditFrom: 3, strongAbilityFrom: 3 };
 * creditAbilityMatrix({ id: "B1", credit: 5, sellingAbility: 4 }, policy).cell; //=> "most-wanted"
 * creditAbilityMatrix({ id: "B2", credit: 1, sellingAbility: 5 }, policy).cell; //=> "fast-but-risky"
 * ```
 * @category Scoring
 */
export function creditAbilityMatrix(
  partner: z.input<typeof creditAbilityInputSchema>,
  policy: z.input<typeof creditAbilityPolicySchema>,
): { readonly id: string; readonly cell: CreditAbilityCell; readonly meaning: string; readonly trace: readonly TraceStep[] } {
  return guarded(() => {
    const c = parseWith(creditAbilityInputSchema, partner, "INVALID_INPUT", []);
    const p = parseWith(creditAbilityPolicySchema, policy, "INVALID_POLICY", []);
    const good = compareDecimal(c.credit, p.goodCreditFrom) >= 0;
    const strong = compareDecimal(c.sellingAbility, p.strongAbilityFrom) >= 0;
    const cell: CreditAbilityCell = good ? (strong ? "most-wanted" : "steady") : strong ? "fast-but-risky" : "weak";
    const data = { cell, credit: c.credit, goodCreditFrom: p.goodCreditFrom, sellingAbility: c.sellingAbility, strongAbilityFrom: p.strongAbilityFrom };
    return { id: c.id, cell, meaning: meaning[cell], trace: [step("SCO-2", cell, data)] };
  });
}
