import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWith } from "../../src/core/schema";
import { referralCreditInputSchema, referralCustomerSchema, referralDealSchema, referralGraphInputSchema, referralRewardsInputSchema, referralSchema } from "../../src/index";
import { bulkArrays, parseBulk, plainValid, SHAPES } from "../../src/referral/fast-input";

/** Values a field may take: valid ones and near misses (wrong type, empty, too long, bad instant, non-canonical price). */
const values = fc.constantFrom<unknown>(
  undefined, null, true, false, 0, 1, 2.5, -1, "", "c1", "c2", "x".repeat(40), "x".repeat(41), "x".repeat(200), "x".repeat(201),
  "2024-03-01T10:00:00+08:00", "2024-03-01T10:00:00Z", "2024-03-01T10:00", "2024-02-30T10:00:00+08:00", "2024-03-01T10:00:00.5+08:00",
  "1000000", "1000000.00", "1000000.5", "0", "-5", "01", " 12", "1e3", "family", "friend", "other", "phone", "in-person", "cousin", [], {},
);
const keys = ["id", "referrer", "referred", "buyer", "at", "price", "name", "phone", "idNumber", "household", "staff", "owner", "firstVisitAt", "registeredAt",
  "relation", "via", "askedFor", "contractSignedAt", "downPaymentAt", "loanDisbursedAt", "paidInFullAt", "cancelledAt", "agent", "extra"] as const;

/** An object with some of the keys above, each with one of the values; biased towards valid items by a base. */
const itemArb = (base: Record<string, unknown>) =>
  fc.tuple(fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: 4 }), fc.subarray(Object.keys(base)), fc.boolean()).map(([noise, drop, nullProto]) => {
    const o: Record<string, unknown> = nullProto ? Object.create(null) : {};
    for (const [k, v] of Object.entries(base)) if (!drop.includes(k) || drop.length > 2) o[k] = v;
    for (const [k, v] of Object.entries(noise)) o[k] = v;
    return o;
  });

const bases = {
  customer: { id: "c1", owner: true, phone: "138", firstVisitAt: "2024-03-01T10:00:00+08:00" },
  referral: { id: "r1", referrer: "c1", referred: "c2", at: "2024-03-01T10:00:00+08:00", via: "phone" },
  deal: { id: "d1", buyer: "c2", price: "1000000", contractSignedAt: "2024-03-02T10:00:00+08:00" },
};

const cases = [
  ["customer", SHAPES.customer, referralCustomerSchema, bases.customer],
  ["referral", SHAPES.referral, referralSchema, bases.referral],
  ["deal", SHAPES.deal, referralDealSchema, bases.deal],
  ["deal with agent", SHAPES.agentDeal, referralCreditInputSchema.shape.deals.element, { ...bases.deal, agent: "A1" }],
] as const;

/** What zod makes of an item the fast path kept: the item's defined fields, plus defaults. */
function keptAsZodReadsIt(item: Record<string, unknown>, parsed: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(item)) if (v !== undefined) expect(parsed[k]).toBe(v);
  for (const [k, v] of Object.entries(parsed)) if (item[k] !== undefined) expect(v).toBe(item[k]);
}

const nearMisses: unknown[] = [
  undefined, null, true, 1, "", "x".repeat(39), "x".repeat(40), "x".repeat(41), "x".repeat(200), "x".repeat(201),
  "2024-03-01T10:00:00+08:00", "2024-03-01T10:00:00.123Z", "2024-03-01 10:00:00+08:00", "2023-02-29T10:00:00+08:00", "2024-03-01T24:00:00+08:00",
  "1000000", "1000000.00", "0.01", "0", "-1", "1.234", 1000000, "family", "colleague", "cousin", "phone", "in-person", "email", [], {},
];

describe("fast input laws", () => {
  for (const [name, shape, schema, base] of cases) {
    it(`the fast check on a ${name} with any one field changed to any near miss agrees with zod`, () => {
      for (const key of [...Object.keys(shape.required), ...Object.keys(shape.optional), "extra"]) {
        for (const value of nearMisses) {
          const item: Record<string, unknown> = { ...base, [key]: value };
          const fast = !Number.isNaN(plainValid(item, shape));
          const zod = schema.safeParse(item);
          // Kept as is only when zod accepts it unchanged; and every valid value of a plain item is kept.
          if (fast) keptAsZodReadsIt(item, zod.data as Record<string, unknown>);
          const changed = zod.success && Object.entries(item).some(([k, v]) => v !== undefined && (zod.data as Record<string, unknown>)[k] !== v);
          expect(fast).toBe(zod.success && !changed);
        }
      }
    });
  }
  for (const [name, shape, schema, base] of cases) {
    it(`the fast check on a ${name} accepts only what zod accepts, and zod would not change it but for defaults`, () => {
      fc.assert(
        fc.property(itemArb(base), (item) => {
          const fast = !Number.isNaN(plainValid(item, shape));
          const zod = schema.safeParse(item);
          if (fast) {
            expect(zod.success).toBe(true);
            keptAsZodReadsIt(item, zod.data as Record<string, unknown>);
          }
          // The base item itself (no noise) is on the fast path.
          expect(Number.isNaN(plainValid({ ...base }, shape))).toBe(false);
        }),
        { numRuns: 200 },
      );
    });
  }

  const inputArb = fc.record({
    customers: fc.array(itemArb(bases.customer), { maxLength: 3 }),
    referrals: fc.array(itemArb(bases.referral), { maxLength: 3 }),
    deals: fc.array(itemArb(bases.deal), { maxLength: 3 }),
    asOf: fc.constantFrom<unknown>("2024-04-01T00:00:00+08:00", "2024-04-01", 5),
    extra: fc.constantFrom<unknown>(undefined, 1),
  });

  /** The outcome of a parse, with defaults filled so the two paths compare. */
  const outcome = (f: () => unknown) => {
    try {
      const data = f() as Record<string, unknown>;
      return { ok: JSON.parse(JSON.stringify(data)) as unknown };
    } catch (e) {
      const err = e as { code: string; path: unknown; message: string; issues: unknown };
      return { code: err.code, path: err.path, message: err.message, issues: err.issues };
    }
  };
  const withDefaults = (data: Record<string, unknown>) => ({
    ...data,
    customers: (data["customers"] as Record<string, unknown>[]).map((c) => referralCustomerSchema.parse(c)),
    referrals: (data["referrals"] as Record<string, unknown>[]).map((r) => referralSchema.parse(r)),
    ...(data["deals"] ? { deals: (data["deals"] as Record<string, unknown>[]).map((d) => referralDealSchema.parse(d)) } : {}),
  });

  it("a bulk parse accepts exactly what the full schema accepts, with the same result or the same error", () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== "extra" || v !== undefined));
        const rewards = [
          outcome(() => withDefaults(parseBulk(referralRewardsInputSchema, bulkArrays, input).data as Record<string, unknown>)),
          outcome(() => withDefaults(parseWith(referralRewardsInputSchema, input, "INVALID_INPUT") as Record<string, unknown>)),
        ];
        expect(rewards[0]).toEqual(rewards[1]);
        const graphInput = { customers: input["customers"], referrals: input["referrals"] };
        const arrays = { customers: bulkArrays.customers, referrals: bulkArrays.referrals };
        expect(outcome(() => withDefaults(parseBulk(referralGraphInputSchema, arrays, graphInput).data as Record<string, unknown>))).toEqual(
          outcome(() => withDefaults(parseWith(referralGraphInputSchema, graphInput, "INVALID_INPUT") as Record<string, unknown>)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("a bulk parse reads each referral's instant as instantMs does and never mutates its input", () => {
    const input = { customers: [{ id: "c1" }, { id: "c2", staff: 1 }], referrals: [{ id: "r1", referrer: "c1", referred: "c2", at: "2024-03-01T10:00:00Z", via: "phone" }], deals: [{ id: "d1", buyer: "c2", price: 5 }], asOf: "2024-04-01T00:00:00Z" };
    const before = JSON.stringify(input);
    expect(() => parseBulk(referralRewardsInputSchema, bulkArrays, input)).toThrow(/boolean/);
    const ok = { ...input, customers: [{ id: "c1" }, { id: "c2" }] };
    const { data, ms } = parseBulk(referralRewardsInputSchema, bulkArrays, ok);
    expect(Array.from(ms["referrals"]!)).toEqual([Date.UTC(2024, 2, 1, 10)]);
    expect(data.deals[0]!.price).toBe("5");
    expect(ok.deals[0]!.price).toBe(5);
    expect(JSON.stringify(input)).toBe(before);
  });
});
