import * as fc from "fast-check";
import type { AttributeAllInput, AttributeCustomerInput, AttributionEventInput } from "../attribution/schema";
import type { AttributionPolicyInput } from "../attribution/policy";
import { instantAt } from "./instants";
import type { ArbitraryOptions } from "./options";

/** Options of the attribution arbitraries: how big an office to generate. @category Testing */
export interface AttributionArbitraryOptions extends ArbitraryOptions {
  /** Customers in the register (C0, C1, …). Default 5. */
  readonly customers?: number;
  /** Agents (A0, A1, …). Default 4. */
  readonly agents?: number;
  /** Most events in one history. Default 14. */
  readonly maxEvents?: number;
}

/** Where generated histories start: 2024-09-01 00:00 +08:00. */
export const ATTRIBUTION_START = "2024-09-01";
const HISTORY_DAYS = 60;

function phoneOf(i: number): string {
  return `138${String(i).padStart(8, "0")}`;
}

function eventBody(o: Required<Omit<AttributionArbitraryOptions, "boundaries" | "maxEvents">>) {
  const customer = fc.integer({ min: 0, max: o.customers - 1 }).map((i) => `C${i}`);
  const agent = fc.integer({ min: 0, max: o.agents - 1 }).map((i) => `A${i}`);
  const phone = fc.oneof(fc.integer({ min: 0, max: o.customers - 1 }).map(phoneOf), fc.constant("138****0000"), fc.constant("139****9999"));
  return fc.oneof(
    fc.record({ kind: fc.constant("visit" as const), customer, agent, ownerOnDuty: fc.option(fc.boolean(), { nil: undefined }), channel: fc.option(fc.constantFrom("K1", "K2"), { nil: undefined }) }),
    fc.record({ kind: fc.constant("call" as const), customer, agent }),
    fc.record({ kind: fc.constant("introduction" as const), customer, introducer: customer, via: fc.constantFrom("in-person" as const, "phone" as const), registeredBeforeVisit: fc.boolean(), askedFor: fc.option(agent, { nil: undefined }), askedForOnDuty: fc.boolean() }),
    fc.record({ kind: fc.constant("relative-record" as const), customer, agent, relation: fc.constantFrom("relative" as const, "friend" as const) }),
    fc.record({ kind: fc.constant("re-registration" as const), customer, agent, managerApproved: fc.boolean() }),
    fc.record({ kind: fc.constant("named-agent-arrival" as const), customer, agent }),
    fc.record({ kind: fc.constant("deal" as const), customer, agent }),
    fc.record({ kind: fc.constant("channel-registration" as const), channel: fc.constantFrom("K1", "K2", "K3"), phone }),
  );
}

/**
 * An office's event history, valid by construction: unique ids, instants over 60 days from
 * 2024-09-01 (+08:00), every kind of event, in arbitrary order.
 *
 * @example
 * ```ts
 * const [events] = fc.sample(arbitraries.attributionEvents(), { numRuns: 1, seed: 4 });
 * new Set(events.map((e) => e.id)).size === events.length; //=> true
 * ```
 * @category Testing
 */
export function attributionEvents(options: AttributionArbitraryOptions = {}): fc.Arbitrary<AttributionEventInput[]> {
  const o = { customers: options.customers ?? 5, agents: options.agents ?? 4 };
  return fc.array(fc.tuple(fc.integer({ min: 0, max: HISTORY_DAYS * 1440 - 1 }), eventBody(o)), { maxLength: options.maxEvents ?? 14 }).map((list) =>
    list.map(([minute, body], i) => {
      const e: Record<string, unknown> = { id: `e${i}`, at: instantAt(ATTRIBUTION_START, minute), ...body };
      for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
      return e as AttributionEventInput;
    }),
  );
}

/**
 * The register the generated events refer to: C0…, each with a phone; or the same register where
 * C1 = C2 by ID number and C4 is C3's spouse (when there are five customers or more).
 */
function register(n: number): fc.Arbitrary<NonNullable<AttributeAllInput["customers"]>> {
  const plain = Array.from({ length: n }, (_, i) => ({ id: `C${i}`, phone: phoneOf(i) }));
  const family = plain.map((c) =>
    c.id === "C1" || c.id === "C2" ? { ...c, idNumber: "X1" } : c.id === "C3" && n > 4 ? { ...c, family: [{ customer: "C4", relation: "spouse" as const }] } : c,
  );
  return fc.constantFrom(plain, family);
}

/**
 * `asOf` instants; with boundaries, also the instant a protection period of the usual lengths
 * (15 days, 3 months) ends after some event, and a minute either side.
 */
function asOf(events: readonly AttributionEventInput[], boundaries: boolean): fc.Arbitrary<string> {
  const any = fc.integer({ min: 0, max: (HISTORY_DAYS + 100) * 1440 }).map((m) => instantAt(ATTRIBUTION_START, m));
  if (!boundaries || events.length === 0) return any;
  const edges = fc.tuple(fc.constantFrom(...events), fc.constantFrom(15 * 1440, 92 * 1440, 91 * 1440, 90 * 1440), fc.constantFrom(-1, 0, 1)).map(([e, plus, d]) => {
    const [date = ATTRIBUTION_START, time = "00:00"] = String(e.at).split("T");
    const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    return instantAt(date, minutes + plus + d);
  });
  return fc.oneof(any, edges);
}

/**
 * Inputs of `attributeAll`: a history, a register and `asOf`.
 *
 * @example
 * ```ts
 * const [office] = fc.sample(arbitraries.attributeAllInput(), { numRuns: 1, seed: 5 });
 * attributeAll(office, attributionPresets.versionB).attributions.length >= 0; //=> true
 * ```
 * @category Testing
 */
export function attributeAllInput(options: AttributionArbitraryOptions = {}): fc.Arbitrary<AttributeAllInput> {
  return attributionEvents(options).chain((events) =>
    fc.record({ asOf: asOf(events, options.boundaries ?? true), events: fc.constant(events), customers: register(options.customers ?? 5) }),
  );
}

/**
 * Inputs of `attributeCustomer`: one customer of the register, with the office's history.
 *
 * @example
 * ```ts
 * const [input] = fc.sample(arbitraries.attributeCustomerInput(), { numRuns: 1, seed: 6 });
 * attributeCustomer(input, attributionPresets.versionB).customer === input.customer; //=> true
 * ```
 * @category Testing
 */
export function attributeCustomerInput(options: AttributionArbitraryOptions = {}): fc.Arbitrary<AttributeCustomerInput> {
  return fc.tuple(attributeAllInput(options), fc.integer({ min: 0, max: (options.customers ?? 5) - 1 })).map(([office, c]) => ({ ...office, customer: `C${c}` }));
}

/**
 * Attribution policies, valid by construction: every helper-credit rule, protection of days or
 * months, chain and precedence options, channel modes and conflict rules.
 *
 * @example
 * ```ts
 * const [policy] = fc.sample(arbitraries.attributionPolicy(), { numRuns: 1, seed: 7 });
 * attributeAll({ asOf: "2024-10-01T00:00:00+08:00", events: [] }, policy).attributions; //=> []
 * ```
 * @category Testing
 */
export function attributionPolicy(_options: ArbitraryOptions = {}): fc.Arbitrary<AttributionPolicyInput> {
  return fc.record(
    {
      helperCredit: fc.constantFrom("none" as const, "equal" as const, "custom" as const),
      ownerShare: fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2)),
      shareDecimals: fc.integer({ min: 0, max: 6 }),
      chainTransitive: fc.boolean(),
      claimPrecedence: fc.constantFrom("relative-first" as const, "introduction-first" as const),
      namedAgentArrivalMinutes: fc.integer({ min: 0, max: 120 }),
      protection: fc.oneof(fc.record({ unit: fc.constant("days" as const), amount: fc.integer({ min: 1, max: 90 }) }), fc.record({ unit: fc.constant("months" as const), amount: fc.integer({ min: 1, max: 12 }) })),
      renewOnOwnerContact: fc.boolean(),
      reRegistrationNeedsApproval: fc.boolean(),
      channel: fc.record({
        mode: fc.constantFrom("registration-to-deal" as const, "registration-to-visit-to-deal" as const, "visit-to-deal" as const),
        registrationToVisitDays: fc.integer({ min: 1, max: 30 }),
        visitToDealDays: fc.integer({ min: 1, max: 90 }),
        conflict: fc.constantFrom("first-claim-wins" as const, "channel-wins" as const, "agent-wins" as const),
      }),
    },
    { requiredKeys: [] },
  );
}
