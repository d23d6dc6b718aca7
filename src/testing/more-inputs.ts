import * as fc from "fast-check";
import type { RotationStateInput, RotationVisitorInput } from "../attribution/rotation-schema";
import type { ReferralGrowthInput } from "../referral/growth";
import type { ReferralPoolInput } from "../referral/pool";
import type { DepositCancellationInput } from "../subscription/deposit-law";
import type { DocumentsInput } from "../subscription/documents";
import type { SelectionEventInput } from "../subscription/schema";
import { biased, yuan } from "./money-arbitraries";
import type { ArbitraryOptions } from "./options";

/**
 * Inputs of `planSelectionEvent`: unique card numbers, some with a villa intent, over one to
 * five event days; with boundaries, exactly 100 and 101 cards (a day's cap in the seed).
 *
 * @example
 * ```ts
 * const [input] = fc.sample(arbitraries.selectionEventInput(), { numRuns: 1, seed: 24 });
 * planSelectionEvent(input, subscriptionPresets.changzhouOlympicGarden).days.length >= 0; //=> true
 * ```
 * @category Testing
 */
export function selectionEventInput(options: ArbitraryOptions = {}): fc.Arbitrary<SelectionEventInput> {
  const b = options.boundaries ?? true;
  return fc.record({ count: biased(b, [0, 1, 10, 100, 101, 500], fc.integer({ min: 0, max: 300 })), days: fc.integer({ min: 1, max: 5 }), villaEvery: fc.integer({ min: 0, max: 20 }) }).map(({ count, days, villaEvery }) => ({
    cards: Array.from({ length: count }, (_, i) => ({ number: i + 1, villaIntent: villaEvery > 0 && (i + 1) % villaEvery === 0 })),
    dates: ["2024-09-26", "2024-09-27", "2024-09-28", "2024-09-29", "2024-09-30"].slice(0, days),
  }));
}

/**
 * Inputs of `depositOnCancellation`: a deposit, a price, the reason and any first installment;
 * with boundaries, deposits around 20% of the price (the Civil Code art. 586 cap).
 *
 * @example
 * ```ts
 * const [input] = fc.sample(arbitraries.depositCancellationInput(), { numRuns: 1, seed: 25 });
 * typeof depositOnCancellation(input).buyerReceives; //=> "string"
 * ```
 * @category Testing
 */
export function depositCancellationInput(options: ArbitraryOptions = {}): fc.Arbitrary<DepositCancellationInput> {
  const b = options.boundaries ?? true;
  return fc.record({
    price: biased(b, ["99999.99", "100000.00", "100000.05"], yuan(100, 10_000_000_000)),
    deposit: biased(b, ["20000.00", "19999.99", "0.00"], yuan(0, 100_000_000)),
    reason: fc.constantFrom("buyer-default" as const, "seller-default" as const, "no-fault" as const),
    firstInstallment: yuan(0, 100_000_000),
  });
}

/**
 * Inputs of `requiredDocuments`: every kind of buyer, stage, payment, marital status and proxy.
 *
 * @example
 * ```ts
 * const [input] = fc.sample(arbitraries.documentsInput(), { numRuns: 1, seed: 26 });
 * requiredDocuments(input).items.length > 0; //=> true
 * ```
 * @category Testing
 */
export function documentsInput(_options: ArbitraryOptions = {}): fc.Arbitrary<DocumentsInput> {
  return fc.record({
    buyer: fc.constantFrom("individual" as const, "minor" as const, "company" as const, "foreigner" as const),
    stage: fc.constantFrom("subscribe" as const, "sign" as const),
    payment: fc.constantFrom("full" as const, "mortgage" as const),
    maritalStatus: fc.constantFrom("married" as const, "single" as const),
    proxy: fc.boolean(),
  });
}

/**
 * Inputs of `nextInRotation`: a queue of agents with some on leave or busy (never all), and a
 * visitor of every kind.
 *
 * @example
 * ```ts
 * const [[state, visitor]] = fc.sample(arbitraries.rotationInput(), { numRuns: 1, seed: 27 });
 * nextInRotation(state, visitor).ok; //=> true
 * ```
 * @category Testing
 */
export function rotationInput(_options: ArbitraryOptions = {}): fc.Arbitrary<[RotationStateInput, RotationVisitorInput]> {
  const agents = ["A1", "A2", "A3", "A4", "A5"];
  return fc.tuple(
    fc.shuffledSubarray(agents, { minLength: 1 }).chain((queue) =>
      fc.record({ queue: fc.constant(queue), onLeave: fc.subarray(queue.slice(1)), busy: fc.subarray(queue.slice(1)) }).map((s) => ({ ...s, busy: s.busy.filter((a) => !s.onLeave.includes(a)) })),
    ),
    fc.record({ kind: fc.constantFrom("customer" as const, "peer" as const, "developer-staff" as const, "designer" as const, "builder" as const, "ad-agency" as const, "event-company" as const, "model-company" as const) }),
  );
}

/**
 * Inputs of `projectReferralGrowth`: the seed customers, referrals per customer per round, the
 * rounds (with boundaries: 12, 13 and 14, the source's figures) and a close rate.
 *
 * @example
 * ```ts
 * const [input] = fc.sample(arbitraries.referralGrowthInput(), { numRuns: 1, seed: 28 });
 * projectReferralGrowth(input).rounds.length === input.rounds; //=> true
 * ```
 * @category Testing
 */
export function referralGrowthInput(options: ArbitraryOptions = {}): fc.Arbitrary<ReferralGrowthInput & { rounds: number }> {
  const b = options.boundaries ?? true;
  return fc.record({
    initial: fc.integer({ min: 1, max: 1000 }),
    perCustomer: fc.integer({ min: 0, max: 5 }),
    rounds: biased(b, [0, 12, 13, 14], fc.integer({ min: 0, max: 20 })),
    closeRate: fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2)),
  });
}

/**
 * Inputs of `splitPool`: an amount and one to twenty weighted recipients (at least one weight
 * above zero); with boundaries, amounts of one fen and splits into three.
 *
 * @example
 * ```ts
 * const [pool] = fc.sample(arbitraries.referralPool(), { numRuns: 1, seed: 29 });
 * splitPool(pool).parts.length === pool.weights.length; //=> true
 * ```
 * @category Testing
 */
export function referralPool(options: ArbitraryOptions = {}): fc.Arbitrary<ReferralPoolInput> {
  const b = options.boundaries ?? true;
  return fc.record({
    amount: biased(b, ["0.01", "0.02", "100.00", "0.00"], yuan(0, 100_000_000)),
    weights: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).map((ws) => (ws.some((w) => w > 0) ? ws : [...ws.slice(1), 1]).map((w, i) => ({ id: `R${i}`, weight: String(w) }))),
  });
}

/**
 * Inputs of `screeningGrade`: which of the SCO-5 criteria a customer meets.
 *
 * @example
 * ```ts
 * const [c] = fc.sample(arbitraries.screeningInput(), { numRuns: 1, seed: 30 });
 * Object.keys(c.met).length; //=> 5
 * ```
 * @category Testing
 */
export function screeningInput(_options: ArbitraryOptions = {}) {
  const criteria = ["purchase-amount", "profitability", "safety", "prospects", "cooperation"] as const;
  return fc.record({ id: fc.constant("C1"), met: fc.record(Object.fromEntries(criteria.map((c) => [c, fc.boolean()])) as Record<(typeof criteria)[number], fc.Arbitrary<boolean>>) });
}

/**
 * Inputs of `volumeTierAndMotive`: a yearly volume, motive scores, payment and stability.
 *
 * @example
 * ```ts
 * const [c] = fc.sample(arbitraries.volumeMotiveInput(), { numRuns: 1, seed: 31 });
 * c.id; //=> "C1"
 * ```
 * @category Testing
 */
export function volumeMotiveInput(_options: ArbitraryOptions = {}) {
  const score = fc.integer({ min: 0, max: 1000 }).map((n) => (n / 100).toFixed(2));
  return fc.record({
    id: fc.constant("C1"),
    annualVolume: yuan(0, 10_000_000_000),
    motiveScores: fc.record({ "price-sensitive": score, "supply-security": score, "brand-service": score, relationship: score }, { requiredKeys: [] }),
    payment: fc.constantFrom("card-personal" as const, "card-company" as const, "cash" as const, "mortgage" as const, "installment" as const),
    stability: fc.constantFrom("stable-local" as const, "floating" as const),
  });
}

/**
 * Texts for `countReaderCharacters`: Chinese, Latin words, digits, punctuation, emoji with
 * modifiers and combining marks, up to 200 characters.
 *
 * @example
 * ```ts
 * const [t] = fc.sample(arbitraries.recordText(), { numRuns: 1, seed: 32 });
 * countReaderCharacters(t) >= 0; //=> true
 * ```
 * @category Testing
 */
export function recordText(_options: ArbitraryOptions = {}): fc.Arbitrary<string> {
  const piece = fc.constantFrom("客户", "意向强", "Mr Wang", "A7", "，", "。", "!", " ", "👍🏽", "👨‍👩‍👧", "é", "e\u0301", "2024", "\n");
  return fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(""));
}

/**
 * Phones for `maskRegistrationPhone`: 11 digits, or already masked (3 + `****` + 4).
 *
 * @example
 * ```ts
 * const [p] = fc.sample(arbitraries.registrationPhone(), { numRuns: 1, seed: 33 });
 * /^\d{3}\*{4}\d{4}$/.test(maskRegistrationPhone(p)); //=> true
 * ```
 * @category Testing
 */
export function registrationPhone(_options: ArbitraryOptions = {}): fc.Arbitrary<string> {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  return fc.oneof(fc.tuple(fc.constantFrom("138", "139", "150", "186"), digits(8)).map(([a, b]) => a + b), fc.tuple(fc.constantFrom("138", "139"), digits(4)).map(([a, b]) => `${a}****${b}`));
}
