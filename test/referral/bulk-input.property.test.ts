import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referralCreditInputSchema, referralCustomerSchema, referralDealSchema, referralPayoutSchema, referralRewardsInputSchema, referralSchema } from "../../src/index";
import { itemChecks, parseBulk } from "../../src/referral/bulk-input";

/** Values a field may take: valid ones and near misses (wrong type, empty, too long, bad instant, non-canonical price). */
const values = fc.constantFrom<unknown>(
  undefined, null, true, false, 0, 1, 2, 3, 4, 2.5, -1, Infinity, Number.NaN, "", "c1", "c2", "x".repeat(40), "x".repeat(41), "x".repeat(200), "x".repeat(201),
  "2024-03-01T10:00:00+08:00", "2024-03-01T10:00:00Z", "2024-03-01T10:00", "2024-02-30T10:00:00+08:00", "2024-03-01T10:00:00.5+08:00",
  "1000000", "1000000.00", "1000000.5", "0", "-5", "01", " 12", "1e3", "family", "friend", "other", "phone", "in-person", "cousin", [], {},
);
const keys = ["id", "referrer", "referred", "buyer", "deal", "level", "amount", "paidAt", "at", "price", "name", "phone", "idNumber", "household", "staff", "owner",
  "firstVisitAt", "registeredAt", "relation", "via", "askedFor", "contractSignedAt", "cancelledAt", "agent", "extra", "constructor"] as const;

const itemArb = (base: Record<string, unknown>) =>
  fc.tuple(fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: 3 }), fc.subarray(Object.keys(base)), fc.constantFrom("plain", "null", "array", "class")).map(([noise, drop, kind]) => {
    if (kind === "array") return [base];
    const o: Record<string, unknown> = kind === "null" ? Object.create(null) : kind === "class" ? new (class Item {})() : {};
    for (const [k, v] of Object.entries(base)) if (!drop.includes(k) || drop.length > 2) o[k] = v;
    for (const [k, v] of Object.entries(noise)) o[k] = v;
    return o;
  });

const cases = [
  ["customer", referralCustomerSchema, { id: "c1", owner: true, phone: "138", firstVisitAt: "2024-03-01T10:00:00+08:00" }],
  ["referral", referralSchema, { id: "r1", referrer: "c1", referred: "c2", at: "2024-03-01T10:00:00+08:00", via: "phone" }],
  ["deal", referralDealSchema, { id: "d1", buyer: "c2", price: "1000000", contractSignedAt: "2024-03-02T10:00:00+08:00" }],
  ["payout", referralPayoutSchema, { deal: "d1", referrer: "c1", amount: "5000", paidAt: "2024-03-02T10:00:00+08:00" }],
  ["deal with agent", referralCreditInputSchema.shape.deals.element, { id: "d1", buyer: "c2", price: "1000000", agent: "A1" }],
] as const;

// The compiled checks themselves are held to zod in test/core/schema-check.property.test.ts;
// here: referral's bulk parse of a whole office agrees with one zod parse of it.
describe("referral bulk input", () => {
  it("a bulk parse succeeds or fails exactly as the full schema does, with zod's error", () => {
    const checks = itemChecks(referralRewardsInputSchema);
    const office = (items: unknown[]) => ({ customers: [cases[0][2], { id: "c2" }, ...items.slice(0, 1)], referrals: [cases[1][2], ...items.slice(1, 2)], deals: [cases[2][2], ...items.slice(2)], asOf: "2024-04-01T00:00:00+08:00" });
    fc.assert(
      fc.property(fc.array(fc.oneof(itemArb(cases[0][2]), itemArb(cases[1][2]), itemArb(cases[2][2])), { maxLength: 3 }), (items) => {
        const input = office(items);
        const full = referralRewardsInputSchema.safeParse(input);
        let bulk: unknown;
        let error: unknown;
        try {
          bulk = parseBulk(referralRewardsInputSchema, checks, input);
        } catch (e) {
          error = e;
        }
        expect(error === undefined).toBe(full.success);
        if (!full.success) {
          const e = error as { code: string; path: unknown[]; issues: { path: unknown[] }[] };
          expect(e.code).toBe("INVALID_INPUT");
          expect(e.path).toEqual(full.error.issues[0]!.path);
          expect(e.issues.map((i) => i.path)).toEqual(full.error.issues.map((i) => i.path));
        }
        else {
          const b = bulk as { customers: unknown[]; deals: unknown[] };
          expect(b.customers.length).toBe(full.data.customers.length);
          expect(b.deals.length).toBe(full.data.deals.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
