import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as shoulou from "../../src/index";
import { arbitraries, laws, LawError } from "../../src/testing/index";

// The QA kit's own contract: every generated input is valid (the function returns, never throws),
// every public domain function has a generator, and a law that fails says which and why.
const presets = { fees: shoulou.feeSchedules.changzhouOlympicGarden };
const run = 40;

type Arb = fc.Arbitrary<unknown>;
const calls: Record<string, [Arb, (v: never) => unknown]> = {
  purchaseFees: [arbitraries.purchaseFeesInput({ schedule: presets.fees }), (v) => shoulou.purchaseFees(v, presets.fees)],
  compileFeeSchedule: [arbitraries.feeSchedule(), (v) => shoulou.compileFeeSchedule(v)],
  mortgageSchedule: [arbitraries.mortgageInput(), (v) => shoulou.mortgageSchedule(v)],
  purchasePlan: [arbitraries.purchasePlanInput(), (v) => shoulou.purchasePlan(v)],
  planSelectionEvent: [arbitraries.selectionEventInput(), (v) => shoulou.planSelectionEvent(v, shoulou.subscriptionPresets.changzhouOlympicGarden)],
  resolveUnitPicks: [arbitraries.unitPicksInput(), (v) => shoulou.resolveUnitPicks(v, { dailyCap: 1000 })],
  replaySubscription: [arbitraries.subscriptionEvents(), (v) => shoulou.replaySubscription(v, shoulou.subscriptionPresets.changzhouOlympicGarden)],
  applySubscriptionEvent: [arbitraries.subscriptionEvents().filter((e) => e.length > 0), (v: shoulou.SubscriptionEventInput[]) => shoulou.applySubscriptionEvent({}, v[0]!, shoulou.subscriptionPresets.changzhouOlympicGarden)],
  depositOnCancellation: [arbitraries.depositCancellationInput(), (v) => shoulou.depositOnCancellation(v)],
  requiredDocuments: [arbitraries.documentsInput(), (v) => shoulou.requiredDocuments(v)],
  attributeCustomer: [arbitraries.attributeCustomerInput(), (v) => shoulou.attributeCustomer(v, shoulou.attributionPresets.versionB)],
  attributeAll: [fc.tuple(arbitraries.attributeAllInput(), arbitraries.attributionPolicy()), ([o, p]: [never, never]) => shoulou.attributeAll(o, p)],
  nextInRotation: [arbitraries.rotationInput(), ([s, v]: [never, never]) => shoulou.nextInRotation(s, v)],
  maskRegistrationPhone: [arbitraries.registrationPhone(), (v) => shoulou.maskRegistrationPhone(v)],
  scoreCustomer: [fc.tuple(arbitraries.scoringProfile(), arbitraries.scorecard()), ([p, c]: [never, never]) => shoulou.scoreCustomer(p, c)],
  scoreCustomers: [fc.array(arbitraries.scoringProfile(), { maxLength: 5 }).map((ps) => ps.map((p, i) => ({ ...p, id: `C${i}` }))), (v) => shoulou.scoreCustomers(v, shoulou.scoringPresets.defaultScorecard)],
  gradeIntent: [arbitraries.intentProfile(), (v) => shoulou.gradeIntent(v)],
  gradeIntents: [fc.array(arbitraries.intentProfile(), { maxLength: 5 }).map((ps) => ps.map((p, i) => ({ ...p, id: `C${i}` }))), (v) => shoulou.gradeIntents(v)],
  valueLoyaltyMatrix: [arbitraries.valueLoyaltyInput(), (v) => shoulou.valueLoyaltyMatrix(v, { highVolumeFrom: 100, highLoyaltyFrom: 50 })],
  creditAbilityMatrix: [arbitraries.creditAbilityInput(), (v) => shoulou.creditAbilityMatrix(v, { goodCreditFrom: 60, strongAbilityFrom: 60 })],
  screeningGrade: [arbitraries.screeningInput(), (v) => shoulou.screeningGrade(v, shoulou.scoringPresets.screeningSeed004)],
  volumeTierAndMotive: [arbitraries.volumeMotiveInput(), (v) => shoulou.volumeTierAndMotive(v, { tiers: [{ tier: "diamond", from: "10000000" }, { tier: "gold", from: "1000000" }, { tier: "general", from: "0" }] })],
  paretoSegments: [arbitraries.paretoInput(), (v) => shoulou.paretoSegments(v)],
  portfolioMix: [arbitraries.portfolioInput(), (v) => shoulou.portfolioMix(v, "2024-10-31")],
  lifetimeValue: [arbitraries.lifetimeValueInput(), (v) => shoulou.lifetimeValue(v)],
  lifecycleStage: [arbitraries.lifecycleHistory(), (v) => shoulou.lifecycleStage(v)],
  maintenanceAudit: [arbitraries.maintenanceBook(), (v) => shoulou.maintenanceAudit(v, "2024-10-31")],
  countReaderCharacters: [arbitraries.recordText(), (v) => shoulou.countReaderCharacters(v)],
  funnelMetrics: [arbitraries.funnelInput(), (v) => shoulou.funnelMetrics(v)],
  referralGraph: [arbitraries.referralOffice(), (v: shoulou.ReferralRewardsInput) => shoulou.referralGraph({ customers: v.customers, referrals: v.referrals })],
  referralRewards: [fc.tuple(arbitraries.referralOffice(), arbitraries.referralPolicy()), ([o, p]: [never, never]) => shoulou.referralRewards(o, p)],
  referralAgentCredit: [arbitraries.referralCreditInput(), (v) => shoulou.referralAgentCredit(v)],
  projectReferralGrowth: [arbitraries.referralGrowthInput(), (v) => shoulou.projectReferralGrowth(v)],
  splitPool: [arbitraries.referralPool(), (v) => shoulou.splitPool(v)],
};

describe("shoulou/testing arbitraries", { timeout: 30_000 }, () => {
  for (const [fn, [arb, call]] of Object.entries(calls)) {
    it(`${fn}: every generated input is accepted`, () => {
      fc.assert(fc.property(arb, (v) => {
        call(v as never);
      }), { numRuns: run, seed: 42 });
    });
  }
});

describe("shoulou/testing laws", { timeout: 120_000 }, () => {
  it("hold for shoulou's own presets", () => {
    laws.feeSchedule(shoulou.feeSchedules.changzhouOlympicGarden, { numRuns: run });
    // As docs/qa.md shows: the national schedule with its cities and the statutory 3–5% local rate.
    laws.feeSchedule(shoulou.feeSchedules.chinaNational, {
      numRuns: run,
      textValues: { city: shoulou.feeCities.map((c) => c.zh) },
      parameterValues: { localDeedTaxRate: fc.integer({ min: 300, max: 500 }).map((n) => (n / 10_000).toFixed(4)) },
    });
    laws.attributionPolicy(shoulou.attributionPresets.versionB, { numRuns: run });
    laws.attributionPolicy(shoulou.attributionPresets.kangchengBaihewan, { numRuns: run });
    laws.referralPolicy(shoulou.referralPresets.laodaixin, { numRuns: run });
    laws.scorecard(shoulou.scoringPresets.defaultScorecard, { numRuns: run });
    laws.subscriptionPolicy(shoulou.subscriptionPresets.changzhouOlympicGarden, { numRuns: run });
  });
  it("hold for generated schedules and policies", () => {
    for (const s of fc.sample(arbitraries.feeSchedule(), { numRuns: 5, seed: 1 })) laws.feeSchedule(s, { numRuns: 10 });
    for (const p of fc.sample(arbitraries.attributionPolicy(), { numRuns: 5, seed: 2 })) laws.attributionPolicy(p, { numRuns: 10 });
    for (const p of fc.sample(arbitraries.referralPolicy(), { numRuns: 5, seed: 3 })) laws.referralPolicy(p, { numRuns: 10 });
    for (const c of fc.sample(arbitraries.scorecard(), { numRuns: 5, seed: 4 })) laws.scorecard(c, { numRuns: 10 });
    for (const p of fc.sample(arbitraries.subscriptionPolicy(), { numRuns: 5, seed: 5 })) laws.subscriptionPolicy(p, { numRuns: 10 });
  });
  it("a broken schedule fails a law with its name and fast-check's counterexample", () => {
    // A deed tax that falls for the third home: the monotone law must catch it.
    const broken = structuredClone(shoulou.feeSchedules.chinaNational) as shoulou.FeeScheduleInput;
    const v = broken.versions.at(-1)!;
    const deed = v.lines.find((l) => l.code === "deed-tax") as unknown as { tiers: { homeOrdinals: number[]; rate?: string; rateParameter?: string }[] };
    deed.tiers = deed.tiers.map((t) => (t.homeOrdinals.includes(3) ? { ...t, rate: "0.001", rateParameter: undefined } : t)).map((t) => Object.fromEntries(Object.entries(t).filter(([, x]) => x !== undefined)) as never);
    let error: unknown;
    try {
      laws.feeSchedule(broken, { numRuns: 200, textValues: { city: ["changzhou"] } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LawError);
    expect(String((error as Error).message)).toMatch(/never falls as the home ordinal grows[\s\S]*Counterexample/);
  });
});

describe("coverage", () => {
  it("every public domain function has a generator in this table", () => {
    const helpers = new Set(["accept", "step", "refuse", "guarded", "attempt", "underPath", "parseWith", "isShoulouError", "describeRule", "explainStep", "explainTrace", "factProblems", "isCompiledFeeSchedule", "referralChain", "networkValue", "ownerCircle", "referralAskingSteps", "referralCloseRates", "lprPlusBasisPoints", "findFeeCity"]);
    const domain = ["fees", "subscription", "attribution", "scoring", "referral"];
    void domain;
    const missing = Object.keys(shoulou).filter((k) => typeof (shoulou as Record<string, unknown>)[k] === "function" && /^[a-z]/.test(k) && !helpers.has(k) && !(k in calls));
    expect(missing.filter((k) => !/Schema$|^(addDays|addMonths|allocate|allocateUnits|canonicalDecimal|daysBetween|dec|decimalSchema|fenToYuan|formatFen|formatMinutes|formatPath|formatPercent|formatYuan|fromUnits|instantMs|intSchema|isIsoDate|isoWeekday|isTimeZone|minutesOfDay|moneySchema|mulDivHalfUp|parseDecimal|rateSchema|roundFen|safeFen|sumYuan|toFen|toRatio|toUnits|zoneClock)$/.test(k))).toEqual([]);
  });
});
