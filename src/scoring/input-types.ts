
/**
 * The named input types of the scoring module, with a word on every field. Each shape's one
 * description is its zod schema: beside each schema a `true satisfies SameInput<…>` line stops
 * compiling when the interface and the schema drift apart. Decimals are strings or numbers ("1800000", 1800000),
 * dates ISO strings ("2024-09-30").
 */
import type { LabelInput } from "../core/schema";

/** A decimal as callers may give it: a string ("1800000.50") or a number. @category Scoring */
export type DecimalInput = string | number;

/**
 * A customer's profile as a scorecard reads it (`scoringProfileSchema`). Every field but
 * `id` is optional: a factor whose value is missing gets its `missingPoints`.
 *
 * @category Scoring
 */
export interface ScoringProfileInput {
  /** The customer's id (1–200 characters), unique within a batch. */
  readonly id: string;
  /** The day the score is for, `YYYY-MM-DD`; needed by the `days-since-contact` measure. */
  readonly asOf?: string | undefined;
  /** Visits to the sales office so far (whole number, 0–1,000,000). */
  readonly visits?: number | undefined;
  /** The day of the last contact, `YYYY-MM-DD`, not after `asOf`. */
  readonly lastContactOn?: string | undefined;
  /** The customer's budget in yuan (≥ 0, at most 2 decimals). */
  readonly budget?: DecimalInput | undefined;
  /** The price of the unit the customer is looking at, in yuan (> 0); `budget-fit` is budget ÷ this, or ÷ the scorecard's `budgetReference`. */
  readonly targetPrice?: DecimalInput | undefined;
  /** Which of unit type, building and floor the customer has settled on (`intent-clarity` counts them: 0–3). */
  readonly intent?: { readonly unitType?: boolean | undefined; readonly building?: boolean | undefined; readonly floor?: boolean | undefined } | undefined;
  /** Deposit paid, mortgage pre-approved, paying in full (`payment-readiness`: deposit + financing ready, 0–2). */
  readonly payment?: { readonly depositPaid?: boolean | undefined; readonly mortgagePreApproved?: boolean | undefined; readonly fullPayment?: boolean | undefined } | undefined;
  /** What the purchase is for: first home, upgrade, investment, or other. */
  readonly household?: "first-home" | "upgrade" | "investment" | "other" | undefined;
  /** Referrals the customer has made (whole number, 0–1,000,000). */
  readonly referralsMade?: number | undefined;
  /** The office's own data by key (letters, digits, `_`, `-`): text (a category), yes/no, or a number with at most 4 decimals and 9 digits before the point; read by `extra.<key>` measures. */
  readonly extra?: { readonly [key: string]: string | number | boolean } | undefined;
}

/** What the office knows about a customer's intent to buy (`intentProfileSchema`). @category Scoring */
export interface IntentProfileInput {
  /** The customer's id (1–200 characters). */
  readonly id: string;
  /** Signed a subscription agreement (认购); default no. */
  readonly subscribed?: boolean | undefined;
  /** Deposit paid so far (定金), yuan; default 0. */
  readonly depositPaid?: DecimalInput | undefined;
  /** Queued or holding a VIP card (排卡 / 贵宾卡); default no. */
  readonly cardHolder?: boolean | undefined;
  /** The agent's estimate that the customer buys, 0–1 (e.g. "0.7"). */
  readonly purchaseProbability?: DecimalInput | undefined;
  /** Has visited the sales office; default no. */
  readonly visited?: boolean | undefined;
  /** Said what they want (a unit type, a budget, a time); default no. */
  readonly statedIntent?: boolean | undefined;
  /** When the customer expects to buy, in days from now (0–36,500). */
  readonly expectedPurchaseInDays?: number | undefined;
  /** A peer from another project doing market research (同行踩盘); default no. */
  readonly peer?: boolean | undefined;
  /** Left a phone number or other contact; default yes. */
  readonly leftContact?: boolean | undefined;
}

/** Thresholds of the intent grades (`intentPolicySchema`); every field defaults to common practice. @category Scoring */
export interface IntentPolicyInput {
  /** A deposit of at least this makes an A (大定), yuan; default 20,000. */
  readonly largeDeposit?: DecimalInput | undefined;
  /** B+ from this probability up; default "0.7". */
  readonly bPlusProbability?: DecimalInput | undefined;
  /** B from this probability up, below it B-; default "0.4"; not above `bPlusProbability`. */
  readonly bProbability?: DecimalInput | undefined;
  /** C+ when the customer expects to buy within this many days; default 30. */
  readonly cPlusWithinDays?: number | undefined;
  /** C within this many days, later C-; default 90; not below `cPlusWithinDays`. */
  readonly cWithinDays?: number | undefined;
}

/** How characters are counted (`characterCountPolicySchema`). @category Scoring */
export interface CharacterCountPolicyInput {
  /** Count punctuation (，。！？ and ASCII .,!?); default yes. */
  readonly countPunctuation?: boolean | undefined;
  /** A run of Latin letters and digits counts one per character (default) or one per run (`"word"`, the Word/WPS convention). */
  readonly latinRuns?: "character" | "word" | undefined;
}

/** One maintenance record: an SMS, call, visit, event or birthday invitation. @category Scoring */
export interface MaintenanceRecordInput {
  /** The record's id (1–200 characters). */
  readonly id: string;
  readonly kind: "sms" | "call" | "visit" | "event" | "birthday-invitation";
  /** The agent who made the record. */
  readonly agentId: string;
  /** The customer it concerns; required for every kind but `event`, and must be in the book. */
  readonly customerId?: string | undefined;
  /** When: an ISO date or an instant with an offset (read in the policy's time zone). */
  readonly at: string;
  /** What was said or done (at most 20,000 UTF-16 code units); default empty. */
  readonly text?: string | undefined;
  /** A visit's length in minutes (0–1440). */
  readonly durationMinutes?: number | undefined;
  /** Whether a visit reached the key person (the decision maker). */
  readonly withKeyPerson?: boolean | undefined;
}

/** The book an audit reads (`maintenanceBookSchema`). @category Scoring */
export interface MaintenanceBookInput {
  /** Customers (ids unique, at most 200,000): the owning agent, a grade, a birthday (`MM-DD` or `YYYY-MM-DD`), the day registered. */
  readonly customers: readonly {
    readonly id: string;
    readonly agentId: string;
    readonly grade?: string | undefined;
    readonly birthday?: string | undefined;
    readonly registeredOn?: string | undefined;
  }[];
  /** Agents whose monthly event is checked (at most 100,000); default every agent who owns a customer. */
  readonly agents?: readonly string[] | undefined;
  /** The maintenance records (at most 1,000,000). */
  readonly records: readonly MaintenanceRecordInput[];
}

/** The standards an audit checks (`maintenancePolicySchema`); defaults are those of 《房地产客户跟踪及维护技巧》. @category Scoring */
export interface MaintenancePolicyInput {
  /** The project's IANA time zone; default Asia/Shanghai. */
  readonly timeZone?: string | undefined;
  /** Dormant after this many days without maintenance; default 30. */
  readonly dormantAfterDays?: number | undefined;
  /** The fewest characters a record of each kind must have; default SMS 1, call 30, visit 50, event 30. */
  readonly minCharacters?: { readonly sms?: number | undefined; readonly call?: number | undefined; readonly visit?: number | undefined; readonly event?: number | undefined } | undefined;
  /** The shortest visit in minutes; default 30. */
  readonly minVisitMinutes?: number | undefined;
  /** A visit must reach the key person; default yes. */
  readonly requireKeyPerson?: boolean | undefined;
  /** Small events each agent must hold a month; default 1. */
  readonly eventsPerMonth?: number | undefined;
  /** Which grades get a birthday invitation, and its window in days before the birthday; default grade a, 21 to 14 days. */
  readonly birthdayInvitation?: { readonly grades?: readonly string[] | undefined; readonly earliestDaysBefore?: number | undefined; readonly latestDaysBefore?: number | undefined } | undefined;
  /** How characters are counted. */
  readonly characters?: CharacterCountPolicyInput | undefined;
}

/**
 * One band of a `bands` scale (`scoringBandSchema`): values from `from` (inclusive) up to `to`
 * (exclusive) give `points`. Bounds are decimals of any sign with at most 4 decimals and 9 digits
 * before the point.
 *
 * @category Scoring
 */
export interface ScoringBandInput {
  /** Where the band starts (inclusive); only the first band may leave it out (no lower end), and every other band starts where the previous one ends. */
  readonly from?: DecimalInput | undefined;
  /** Where the band ends (exclusive), above `from`; only the last band may leave it out (no upper end). */
  readonly to?: DecimalInput | undefined;
  /** The points a value in the band gets: 0–100, at most 2 decimals. */
  readonly points: DecimalInput;
  /** Why, in a word (e.g. `"dormant"`; at least one character): the score line carries it as its `note`, with basis `band-noted`. */
  readonly reason?: string | undefined;
}

/**
 * A `bands` scale: 1–50 bands in increasing order, with no gap and no overlap; a value outside
 * every band gets the factor's `missingPoints` (basis `outside-bands`).
 *
 * @category Scoring
 */
export interface ScoringBandsScaleInput {
  readonly kind: "bands";
  /** The bands, 1–50, each starting where the previous one ends. */
  readonly bands: readonly ScoringBandInput[];
}

/**
 * A `linear` scale: `[min, max]` maps onto `[minPoints, maxPoints]`, rounded half-up to the
 * hundredth; values below `min` get `minPoints` and above `max` get `maxPoints`.
 *
 * @category Scoring
 */
export interface ScoringLinearScaleInput {
  readonly kind: "linear";
  /** The value that gets `minPoints`: any sign, at most 4 decimals and 9 digits before the point. */
  readonly min: DecimalInput;
  /** The value that gets `maxPoints`, above `min`: any sign, at most 4 decimals and 9 digits before the point. */
  readonly max: DecimalInput;
  /** Points at `min` and below: 0–100, at most 2 decimals; default "0". */
  readonly minPoints?: DecimalInput | undefined;
  /** Points at `max` and above: 0–100, at most 2 decimals; default "100". */
  readonly maxPoints?: DecimalInput | undefined;
}

/**
 * A `categories` scale: points by text value, such as the household type; yes/no values are
 * `"yes"` and `"no"`, numbers are read as their text.
 *
 * @category Scoring
 */
export interface ScoringCategoriesScaleInput {
  readonly kind: "categories";
  /** Points (0–100, at most 2 decimals) by category (a non-empty text), e.g. `{ "first-home": 100, upgrade: 80 }`. */
  readonly points: { readonly [category: string]: DecimalInput };
  /** Points of a value not listed in `points`: 0–100, at most 2 decimals; default "0". */
  readonly otherwise?: DecimalInput | undefined;
}

/** How a factor's value becomes points (`scoringScaleSchema`): bands, a linear scale or categories, by `kind`. @category Scoring */
export type ScoringScaleInput = ScoringBandsScaleInput | ScoringLinearScaleInput | ScoringCategoriesScaleInput;

/** One factor of a scorecard (`scoringFactorSchema`): what it measures, how the value maps to points, its weight. @category Scoring */
export interface ScoringFactorInput {
  /** The factor's id, kebab-case (`[a-z][a-z0-9-]*`, e.g. `"days-since-contact"`), unique in the scorecard; it names the factor's score line. */
  readonly id: string;
  /** A bilingual name for people reading the scorecard. */
  readonly label?: LabelInput | undefined;
  /**
   * What the factor reads from the profile: `"visits"`, `"days-since-contact"` (needs the
   * profile's `asOf`), `"budget-fit"` (budget ÷ `targetPrice` or the scorecard's
   * `budgetReference`), `"intent-clarity"` (0–3), `"payment-readiness"` (0–2), `"household"`,
   * `"referrals-made"`, or `"extra.<key>"` (letters, digits, `_`, `-`) for the office's own data.
   */
  readonly measure: string;
  /** Relative weight: ≥ 0, at most 4 decimals, below 1000; weights need not add up to anything, but at least one in the scorecard must be above 0. */
  readonly weight: DecimalInput;
  /** How the measured value becomes points. */
  readonly scale: ScoringScaleInput;
  /** Points when the profile does not give the value, or gives one the scale cannot place (a text on a numeric scale, a value outside every band): 0–100, at most 2 decimals; default "0". */
  readonly missingPoints?: DecimalInput | undefined;
}

/** A grade and the lowest score that earns it (`scoringGradeBandSchema`). @category Scoring */
export interface ScoringGradeBandInput {
  /** The grade's name, kebab-case (`[a-z][a-z0-9-]*`, e.g. `"a"`). */
  readonly grade: string;
  /** The lowest score that earns the grade: 0–100, at most 2 decimals. */
  readonly minScore: DecimalInput;
}

/**
 * A weighted scorecard as callers write it (`scorecardSchema`): factors, grade thresholds and,
 * optionally, a reference price for `budget-fit`. The score is Σ weight × points ÷ Σ weight,
 * 0–100, half-up to 2 decimals. Start from `scoringPresets.defaultScorecard`.
 *
 * @category Scoring
 */
export interface ScorecardInput {
  /** The scorecard's id (at least one character), named in every score; default `"scorecard"`. */
  readonly id?: string | undefined;
  /** The factors, 1–100, ids unique. */
  readonly factors: readonly ScoringFactorInput[];
  /** The grades from the highest minimum score down, the last at 0 so every score gets exactly one (at least one grade); default a 80, b 60, c 40, d 0. */
  readonly grades?: readonly ScoringGradeBandInput[] | undefined;
  /** The price `budget-fit` divides the budget by when the profile gives no `targetPrice` (e.g. the cheapest unit on sale), in yuan: > 0, at most 2 decimals. */
  readonly budgetReference?: DecimalInput | undefined;
}
