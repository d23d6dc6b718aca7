import { guarded, ShoulouError } from "../core/errors";
import { canonicalDecimal, fromUnits, toUnits } from "../core/money";
import { parseWith } from "../core/schema";
import type { LprRateInput } from "./input-types";
import { lprRateInputSchema } from "./schema";

/** Millionths of a percentage point: the finest step an annual rate may take (6 decimals). */
const PLACES = 6;
/** One basis point (0.01 percentage point) in millionths of a percentage point. */
const BP_PLACES = 4;

/**
 * An annual rate as the loan prime rate plus basis points (LPR + 加点), exactly: the form a
 * commercial mortgage's rate takes since the LPR reform, ready for `annualRatePercent` or a
 * `rateChanges` entry.
 *
 * @remarks
 * MORT-LPR. New commercial home loans are priced as the latest 5-year LPR plus a spread fixed for
 * the life of the contract (中国人民银行公告〔2019〕第16号); on each repricing date the rate becomes
 * the LPR then in force plus the same spread. 1 basis point is 0.01 percentage point, so
 * 3.5% − 30 bp is 3.2%. The sum is made in integer millionths of a percentage point: no rounding.
 *
 * @param input - `{ lprPercent, basisPoints }`: the LPR in percent and the spread in basis points (may be negative)
 * @returns the annual rate in percent, as a canonical decimal string
 * @throws {@link core!ShoulouError} `INVALID_INPUT` for a malformed field, or at `basisPoints` when the
 * rate would fall below 0 or rise above 100
 * @example
 * ```ts
 * lprPlusBasisPoints({ lprPercent: "3.5", basisPoints: -30 }); //=> "3.2"
 * lprPlusBasisPoints({ lprPercent: "3.95", basisPoints: "5.5" }); //=> "4.005"
 * ```
 * @category Fees
 */
export function lprPlusBasisPoints(input: LprRateInput): string {
  return guarded(() => {
    const data = parseWith(lprRateInputSchema, input, "INVALID_INPUT");
    const units = toUnits(data.lprPercent, PLACES) + toUnits(data.basisPoints, BP_PLACES);
    if (units < 0 || units > 100 * 10 ** PLACES) {
      throw new ShoulouError("INVALID_INPUT", ["basisPoints"], `LPR ${data.lprPercent}% + ${data.basisPoints} bp is outside 0–100%`);
    }
    const rate = canonicalDecimal(fromUnits(units, PLACES), { maxDecimals: PLACES, maxIntegerDigits: 3 });
    return typeof rate === "string" ? rate : "0";
  });
}
