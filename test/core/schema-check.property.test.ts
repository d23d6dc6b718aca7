import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { compileCheck, compileParse, defaultsOf, NOT_SURE } from "../../src/core/schema-check";
import {
  attributionCustomerSchema,
  attributionEventSchema,
  referralCreditInputSchema,
  referralCustomerSchema,
  referralDealSchema,
  referralPayoutSchema,
  referralSchema,
  scoringProfileSchema,
} from "../../src/index";

// The one promise of a compiled check: true only for what zod accepts and gives back unchanged
// (absent defaulted fields aside). Held here against real schemas of several modules, with valid
// items and their near misses.

/** Values a field may take: valid ones and near misses (wrong type, empty, too long, bad instant, non-canonical price, a length trap). */
const values = fc.constantFrom<unknown>(
  undefined, null, true, false, 0, 1, 2, 3, 4, 2.5, -1, Infinity, Number.NaN, "", "c1", "c2", "x".repeat(40), "x".repeat(41), "x".repeat(200), "x".repeat(201),
  "2024-03-01T10:00:00+08:00", "2024-03-01T10:00:00Z", "2024-03-01T10:00", "2024-02-30T10:00:00+08:00", "2024-03-01T10:00:00.5+08:00", "2024-09-30", "2024-02-30",
  "1000000", "1000000.00", "1000000.5", "0", "-5", "01", " 12", "1e3", "family", "friend", "relative", "other", "phone", "in-person", "cousin", "visit", "call", "introduction", "deal",
  "upgrade", "first-home", "13800000000", "138****0000", [], {}, { unitType: true }, { depositPaid: 1 },
);
const keys = ["id", "referrer", "referred", "buyer", "deal", "level", "amount", "paidAt", "at", "price", "name", "phone", "idNumber", "household", "staff", "owner",
  "firstVisitAt", "registeredAt", "relation", "via", "askedFor", "contractSignedAt", "cancelledAt", "agent", "extra", "constructor", "kind", "customer", "introducer",
  "registeredBeforeVisit", "askedForOnDuty", "managerApproved", "ownerOnDuty", "channel", "family", "asOf", "visits", "budget", "targetPrice", "intent", "payment"] as const;

const itemArb = (base: Record<string, unknown>) =>
  fc.tuple(fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: 3 }), fc.subarray(Object.keys(base)), fc.constantFrom("plain", "null", "array", "class")).map(([noise, drop, kind]) => {
    if (kind === "array") return [base];
    const o: Record<string, unknown> = kind === "null" ? Object.create(null) : kind === "class" ? new (class Item {})() : {};
    for (const [k, v] of Object.entries(base)) if (!drop.includes(k) || drop.length > 2) o[k] = v;
    for (const [k, v] of Object.entries(noise)) o[k] = v;
    return o;
  });

const at = "2024-03-01T10:00:00+08:00";
const cases: readonly (readonly [string, z.ZodType, Record<string, unknown>])[] = [
  ["referral customer", referralCustomerSchema, { id: "c1", owner: true, phone: "138", firstVisitAt: at }],
  ["referral", referralSchema, { id: "r1", referrer: "c1", referred: "c2", at, via: "phone" }],
  ["referral deal", referralDealSchema, { id: "d1", buyer: "c2", price: "1000000", contractSignedAt: "2024-03-02T10:00:00+08:00" }],
  ["referral payout", referralPayoutSchema, { deal: "d1", referrer: "c1", amount: "5000", paidAt: "2024-03-02T10:00:00+08:00" }],
  ["referral deal with agent", referralCreditInputSchema.shape.deals.element, { id: "d1", buyer: "c2", price: "1000000", agent: "A1" }],
  // a discriminated union: the check picks the option by `kind`, as zod does
  ["attribution visit", attributionEventSchema, { id: "e1", at, kind: "visit", customer: "c1", agent: "a1" }],
  ["attribution introduction", attributionEventSchema, { id: "e2", at, kind: "introduction", customer: "c1", introducer: "c2", via: "phone" }],
  ["attribution re-registration", attributionEventSchema, { id: "e3", at, kind: "re-registration", customer: "c1", agent: "a1", managerApproved: true }],
  ["attribution customer", attributionCustomerSchema, { id: "c1", family: [] }],
  ["scoring profile", scoringProfileSchema, { id: "C1", asOf: "2024-09-30", visits: 2, household: "upgrade", budget: 1000000, targetPrice: "2000000.00", intent: { unitType: true } }],
];

describe("checks compiled from zod schemas (core)", () => {
  for (const [name, schema, base] of cases) {
    const check = compileCheck(schema);
    const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;

    it(`${name}: the compiled check accepts only what zod accepts, and zod gives it back unchanged but for defaults`, () => {
      fc.assert(
        fc.property(itemArb(base), (item) => {
          if (!check(item)) return;
          const r = schema.safeParse(item);
          expect(r.success).toBe(true);
          const parsed = r.data as Record<string, unknown>;
          const given = item as Record<string, unknown>;
          for (const k of Object.keys(given)) if (given[k] !== undefined && typeof given[k] !== "object") expect(parsed[k]).toBe(given[k]);
          if (shape === undefined) return;
          const defaults = Object.keys(parsed).filter((k) => given[k] === undefined && parsed[k] !== undefined);
          for (const k of defaults) expect((shape[k] as unknown as { _zod: { def: { type: string } } })._zod.def.type).toBe("default");
        }),
        { numRuns: 400 },
      );
    });

    it(`${name}: the compiled parse gives zod's output wherever it answers`, () => {
      const parse = compileParse(schema);
      fc.assert(
        fc.property(itemArb(base), (item) => {
          const ours = parse(item);
          if (ours === NOT_SURE) return;
          const r = schema.safeParse(item);
          expect(r.success).toBe(true);
          expect(ours).toStrictEqual(r.data);
          // the input itself only when zod gives back an equal value; never a changed input
          if (ours === item) expect(r.data).toStrictEqual(item);
        }),
        { numRuns: 400 },
      );
    });

    it(`${name}: a plain valid item takes the fast path`, () => {
      const zod = schema.safeParse(base);
      expect(zod.success).toBe(true);
      expect(compileParse(schema)(base)).toStrictEqual(zod.data);
      expect(check(base)).toBe(name !== "scoring profile"); // its money is given as a number and as non-canonical text
      expect(check({ ...base, extra: 1 })).toBe(false);
    });
  }

  it("a discriminated union whose discriminator names no option is refused without asking the options", () => {
    const check = compileCheck(attributionEventSchema);
    expect(check({ id: "e1", at, kind: "nope", customer: "c1", agent: "a1" })).toBe(false);
    expect(check({ id: "e1", at, customer: "c1", agent: "a1" })).toBe(false);
  });

  it("small schemas: accepts exactly what zod accepts unchanged", () => {
    const schema = z.strictObject({ id: z.string().min(1).max(3), n: z.number().int().min(0).default(1), tag: z.enum(["a", "b"]).optional(), list: z.array(z.string().refine((s) => s !== "x")).max(2).optional() });
    const check = compileCheck(schema);
    fc.assert(
      fc.property(
        fc.record({ id: fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), n: fc.oneof(fc.constant(undefined), fc.integer({ min: -2, max: 2 }), fc.double()), tag: fc.constantFrom(undefined, "a", "b", "c"), list: fc.option(fc.array(fc.constantFrom("x", "y"), { maxLength: 3 }), { nil: undefined }) }, { requiredKeys: [] }),
        (item) => {
          const zodOk = schema.safeParse(item).success;
          // the check never says yes where zod says no; for this schema (no transforms, plain objects) it is exact
          expect(check(item)).toBe(zodOk);
        },
      ),
      { numRuns: 500 },
    );
    expect(defaultsOf(schema)).toEqual({ n: 1 });
  });
});
