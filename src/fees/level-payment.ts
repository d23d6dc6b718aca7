import { dec, roundFen, type Dec } from "../core/decimal";
import { mulDivHalfUp, toRatio } from "../core/money";

/** A monthly rate kept two ways: an exact integer fraction for each month's interest, a Decimal for powers. */
export interface MonthlyRate {
  /** The annual rate in percent, as given. */
  readonly annualRatePercent: string;
  /** monthly rate = num / den exactly (annual percent ÷ 1200). */
  readonly num: number;
  readonly den: number;
  readonly decimal: Dec;
}

/** The monthly rate of an annual rate in percent: annual ÷ 12 ÷ 100. */
export function monthlyRate(annualRatePercent: string): MonthlyRate {
  const r = toRatio(annualRatePercent);
  return { annualRatePercent, num: r.num, den: r.den * 1200, decimal: dec(annualRatePercent).div(1200) };
}

/** A month's interest on `balanceFen`, rounded half-up to the fen (MORT-INTEREST). */
export function interestFen(balanceFen: number, rate: MonthlyRate): number {
  return mulDivHalfUp(balanceFen, rate.num, rate.den);
}

/** The exact annuity B·r·(1+r)^m ÷ ((1+r)^m − 1) in fen, at 40 digits (B ÷ m at rate 0). */
export function exactLevelFen(balanceFen: number, rate: MonthlyRate, months: number): Dec {
  const r = rate.decimal;
  if (r.isZero()) return dec(balanceFen).div(months);
  const grown = r.plus(1).pow(months);
  return dec(balanceFen).times(r).times(grown).div(grown.minus(1));
}

/** The level payment (MORT-1) in fen: the annuity rounded half-up once. */
export function levelFen(balanceFen: number, rate: MonthlyRate, months: number): number {
  return roundFen(exactLevelFen(balanceFen, rate, months).div(100)).times(100).toNumber();
}

/**
 * The fewest months in which a payment of `paymentFen` repays `balanceFen` (the exact annuity over
 * that many months is at most the payment), never more than `atMost`. Used when a prepayment keeps
 * the payment and shortens the term.
 */
export function monthsToRepay(balanceFen: number, rate: MonthlyRate, paymentFen: number, atMost: number): number {
  if (balanceFen <= 0) return 0;
  if (paymentFen <= 0) return atMost;
  const r = rate.decimal;
  if (r.isZero()) return Math.min(atMost, Math.ceil(balanceFen / paymentFen));
  // annuity(B, r, m) ≤ A  ⇔  (1+r)^m · (A − B·r) ≥ A, possible only while A > B·r.
  const spare = dec(paymentFen).minus(dec(balanceFen).times(r));
  if (spare.lte(0)) return atMost;
  const estimate = dec(paymentFen).div(spare).ln().div(r.plus(1).ln()).ceil().toNumber();
  // Exactly, in integers: (1 + num/den)^m · (A − B·num/den) ≥ A  ⇔  (den + num)^m · (A·den − B·num) ≥ A · den^(m+1).
  const num = BigInt(rate.num), den = BigInt(rate.den), a = BigInt(paymentFen), b = BigInt(balanceFen);
  const fits = (m: number) => (den + num) ** BigInt(m) * (a * den - b * num) >= a * den ** BigInt(m + 1);
  let m = Math.max(1, Math.min(atMost, estimate));
  // ln at 40 digits is within one month of the truth; settle the boundary exactly with powers.
  while (m > 1 && fits(m - 1)) m--;
  while (m < atMost && !fits(m)) m++;
  return m;
}
