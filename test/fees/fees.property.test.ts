import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isShoulouError, type ShoulouError } from "../../src/core/errors";
import { fenToYuan } from "../../src/core/money";
import { feeSchedules, mortgageSchedule, purchaseFees, purchasePlan, type FeeScheduleInput, type PurchaseFeesInput } from "../../src/fees";
import { fenOf, frozenCopy } from "../helpers";

const runs = { numRuns: 100 };
const seed = feeSchedules.changzhouOlympicGarden;
const national = feeSchedules.chinaNational;
const MONEY = /^\d+\.\d{2}$/;

// --- arbitraries -------------------------------------------------------------------------------
const priceFen = fc.integer({ min: 1, max: 999_999_999_999_999 });
const areaCenti = fc.integer({ min: 1, max: 999_999_999 });
const centi = (n: number) => fenToYuan(n); // hundredths as a 2-decimal string
/** A date any version of the national schedule covers, as ISO text. */
const nationalDate = fc.date({ min: new Date(Date.UTC(2016, 1, 22)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const oneVersionDate = fc.constantFrom("2016-02-22", "2020-06-01", "2024-11-30", "2024-12-01", "2025-06-30", "2030-01-01");
const city = fc.constantFrom("", "beijing", "shanghai", "guangzhou", "shenzhen", "changzhou", "Shanghai");
const localRate = fc.integer({ min: 300, max: 500 }).map((n) => (n / 10000).toFixed(4)); // the statutory 3–5%
const fundPerM2 = fc.integer({ min: 0, max: 100_000 }).map(fenToYuan);

const feesInput = fc.record({
  price: priceFen.map(fenToYuan),
  area: areaCenti.map(centi),
  homeOrdinal: fc.integer({ min: 1, max: 6 }),
  households: fc.integer({ min: 1, max: 5 }),
  units: fc.integer({ min: 1, max: 5 }),
  date: nationalDate,
  parameters: fc.record({ maintenanceFundPerM2: fundPerM2, city, localDeedTaxRate: localRate }),
});
const anySchedule = fc.constantFrom(seed, national);

/** The national deed-tax amount, in fen, on a 1,000,000.00 price. */
function deedFen(date: string, area: string, homeOrdinal: number, c: string, rate: string): bigint {
  const f = purchaseFees({ price: 1000000, area, date, homeOrdinal, parameters: { maintenanceFundPerM2: 0, city: c, localDeedTaxRate: rate } }, national);
  const l = f.lines.find((x) => x.code === "deed-tax");
  if (!l) throw new Error("no deed-tax line");
  return fenOf(l.amount);
}

/** A cheap assertion for per-row checks (vitest's expect is too slow for 600 rows × 150 runs). */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** Calls `f`; if it throws, it must be a ShoulouError that is not INTERNAL. */
function onlyShoulou(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    expect(isShoulouError(e), `a non-ShoulouError escaped: ${String(e)}`).toBe(true);
    expect((e as ShoulouError).code, (e as ShoulouError).message).not.toBe("INTERNAL");
    expect(Array.isArray((e as ShoulouError).path)).toBe(true);
  }
}

// --- purchase fees -----------------------------------------------------------------------------
describe("purchaseFees laws", { timeout: 30_000 }, () => {
  it("the total is the sum of the lines", () => {
    fc.assert(
      fc.property(feesInput, anySchedule, (input, schedule) => {
        const f = purchaseFees(input, schedule);
        expect(fenOf(f.total)).toBe(f.lines.reduce((a, l) => a + fenOf(l.amount), 0n));
      }),
      runs,
    );
  });

  it("every amount has exactly two decimals and is never negative", () => {
    fc.assert(
      fc.property(feesInput, anySchedule, (input, schedule) => {
        const f = purchaseFees(input, schedule);
        for (const l of [...f.lines.map((x) => x.amount), f.total]) expect(l).toMatch(MONEY);
      }),
      runs,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(feesInput, anySchedule, (input, schedule) => {
        expect(purchaseFees(input, schedule)).toEqual(purchaseFees(input, schedule));
      }),
      { numRuns: 50 },
    );
  });

  it("never mutates its input (deep-frozen input and schedule, compared before and after)", () => {
    fc.assert(
      fc.property(feesInput, anySchedule, (input, schedule) => {
        const i = frozenCopy(input);
        const s = frozenCopy(schedule);
        const before = JSON.stringify([i, s]);
        purchaseFees(i, s);
        expect(JSON.stringify([i, s])).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it("a higher price never lowers any percentage line", () => {
    fc.assert(
      fc.property(feesInput, priceFen, anySchedule, (input, other, schedule) => {
        const [lo, hi] = [fenOf(input.price), BigInt(other)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) as [bigint, bigint];
        const a = purchaseFees({ ...input, price: fenToYuan(Number(lo)) }, schedule);
        const b = purchaseFees({ ...input, price: fenToYuan(Number(hi)) }, schedule);
        a.lines.forEach((l, k) => {
          const m = b.lines[k]!;
          expect(m.code).toBe(l.code);
          expect(fenOf(m.amount) >= fenOf(l.amount), `${l.code}: ${l.amount} at ${fenToYuan(Number(lo))} > ${m.amount} at ${fenToYuan(Number(hi))}`).toBe(true);
        });
      }),
      runs,
    );
  });

  it("the deed-tax rate never decreases as the area grows (national schedule, both versions)", () => {
    fc.assert(
      fc.property(oneVersionDate, areaCenti, areaCenti, fc.integer({ min: 1, max: 5 }), city, localRate, (date, a1, a2, ord, c, rate) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        expect(deedFen(date, centi(hi), ord, c, rate) >= deedFen(date, centi(lo), ord, c, rate)).toBe(true);
      }),
      runs,
    );
  });

  it("the deed-tax rate never decreases as the home ordinal grows (national schedule, both versions)", () => {
    fc.assert(
      fc.property(oneVersionDate, areaCenti, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), city, localRate, (date, area, o1, o2, c, rate) => {
        const [lo, hi] = o1 <= o2 ? [o1, o2] : [o2, o1];
        expect(deedFen(date, centi(area), hi, c, rate) >= deedFen(date, centi(area), lo, c, rate)).toBe(true);
      }),
      runs,
    );
  });

  it("the 2024 rules never charge more deed tax than the 2016 rules for the same home", () => {
    fc.assert(
      fc.property(areaCenti, fc.integer({ min: 1, max: 5 }), city, localRate, (area, ord, c, rate) => {
        expect(deedFen("2024-12-01", centi(area), ord, c, rate) <= deedFen("2024-11-30", centi(area), ord, c, rate)).toBe(true);
      }),
      runs,
    );
  });
});

describe("FEE-NAT-VAT-BASE laws", { timeout: 30_000 }, () => {
  it("FEE-NAT-VAT-BASE: an estimated base plus its VAT is the price, and the base is never above the price", () => {
    fc.assert(
      fc.property(feesInput, fc.constantFrom("general", "simplified"), (input, vatMethod) => {
        const f = purchaseFees({ ...input, parameters: { ...input.parameters, vatMethod } }, national);
        const s = f.trace.find((x) => x.rule === "FEE-NAT-VAT-BASE")!;
        if (s.fact === "before-vat") {
          expect(input.date < "2016-05-01").toBe(true);
        } else {
          expect(s.fact).toBe("estimate");
          const base = fenOf(String(s.data.base));
          expect(base + fenOf(String(s.data.vat))).toBe(fenOf(input.price));
          expect(base <= fenOf(input.price)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("FEE-NAT-VAT-BASE: with the invoice's VAT the deed tax is (price − VAT) × the rate, to the fen", () => {
    fc.assert(
      fc.property(feesInput, fc.double({ min: 0, max: 0.999, noNaN: true }), (input, share) => {
        const vatFen = BigInt(Math.floor(share * Number(fenOf(input.price))));
        const date = input.date < "2016-05-01" ? "2016-05-01" : input.date;
        const f = purchaseFees({ ...input, date, parameters: { ...input.parameters, vatAmount: fenToYuan(Number(vatFen)) } }, national);
        const rate = refDeedRate(date, input.homeOrdinal, input.area, input.parameters.city, input.parameters.localDeedTaxRate);
        const base = new Ref(input.price).minus(new Ref(fenToYuan(Number(vatFen))));
        expect(fenOf(f.lines[0]!.amount)).toBe(refFen(base.times(rate)));
      }),
      runs,
    );
  });
});

// --- mortgage ----------------------------------------------------------------------------------
const mortgageInput = fc.record({
  principal: fc.integer({ min: 1, max: 100_000_000_000 }).map(fenToYuan), // up to 1,000,000,000.00
  annualRatePercent: fc.integer({ min: 0, max: 30_000_000 }).map((n) => (n / 1_000_000).toFixed(6)), // 0–30%
  months: fc.integer({ min: 1, max: 600 }),
  method: fc.constantFrom("equal-installment" as const, "equal-principal" as const),
});

describe("mortgageSchedule laws", { timeout: 30_000 }, () => {
  it("principal + interest = payment on every row; balances chain down to exactly 0.00; principals sum to the loan", () => {
    fc.assert(
      fc.property(mortgageInput, (input) => {
        const s = mortgageSchedule(input);
        expect(s.payments).toHaveLength(input.months);
        let balance = fenOf(s.principal);
        let principals = 0n;
        let total = 0n;
        s.payments.forEach((p, k) => {
          const row = () => `row ${k + 1}: ${JSON.stringify(p)}`;
          check(p.period === k + 1, row);
          for (const v of [p.payment, p.principal, p.interest, p.balance]) check(MONEY.test(v), row);
          check(fenOf(p.principal) + fenOf(p.interest) === fenOf(p.payment), () => `principal + interest ≠ payment, ${row()}`);
          balance -= fenOf(p.principal);
          check(fenOf(p.balance) === balance, () => `balance does not chain, ${row()}`);
          principals += fenOf(p.principal);
          total += fenOf(p.payment);
        });
        expect(s.payments.at(-1)?.balance).toBe("0.00");
        expect(principals).toBe(fenOf(s.principal));
        expect(fenOf(s.totalPayment)).toBe(total);
        expect(fenOf(s.totalInterest)).toBe(total - fenOf(s.principal));
      }),
      { numRuns: 80 },
    );
  });

  it("equal-principal payments never increase, except that the last month may differ by the remainder", () => {
    fc.assert(
      fc.property(mortgageInput, (input) => {
        const s = mortgageSchedule({ ...input, method: "equal-principal" });
        for (let k = 1; k < s.payments.length - 1; k++) {
          check(fenOf(s.payments[k]!.payment) <= fenOf(s.payments[k - 1]!.payment), () => `row ${k + 1} pays ${s.payments[k]!.payment} > row ${k}: ${s.payments[k - 1]!.payment}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("equal-installment rows all pay the same, except the last", () => {
    fc.assert(
      fc.property(mortgageInput, (input) => {
        const s = mortgageSchedule({ ...input, method: "equal-installment" });
        const first = s.payments[0]!.payment;
        // while the balance lasts, every row but the last pays the level payment
        for (const p of s.payments.slice(0, -1)) if (fenOf(p.balance) > 0n) check(p.payment === first, () => `row ${p.period} pays ${p.payment}, not ${first}`);
      }),
      runs,
    );
  });
});

// --- purchase plan -----------------------------------------------------------------------------
describe("purchasePlan laws", { timeout: 30_000 }, () => {
  it("MORT-3: the combination loan's parts sum to the loan, and down payment + loan = price", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        (price, ratioPct, share, fundNamesAmount, m1, m2) => {
          const priceYuan = fenToYuan(price);
          const ratio = (ratioPct / 100).toFixed(2);
          const down = (BigInt(price) * BigInt(ratioPct) * 2n + 100n) / 200n; // half-up
          const loan = BigInt(price) - down;
          fc.pre(loan >= 2n);
          const given = 1n + BigInt(Math.floor(share * Number(loan - 2n)));
          const named = { amount: fenToYuan(Number(given)) };
          const plan = purchasePlan({
            price: priceYuan,
            downPaymentRatio: ratio,
            loans: [
              { kind: "provident-fund", ...(fundNamesAmount ? named : {}), annualRatePercent: "2.85", months: m1, method: "equal-installment" },
              { kind: "commercial", ...(fundNamesAmount ? {} : named), annualRatePercent: "3.1", months: m2, method: "equal-principal" },
            ],
          });
          expect(fenOf(plan.downPayment)).toBe(down);
          expect(fenOf(plan.loanTotal)).toBe(loan);
          expect(fenOf(plan.downPayment) + fenOf(plan.loanTotal)).toBe(BigInt(price));
          expect(plan.loans.reduce((a, l) => a + fenOf(l.principal), 0n)).toBe(loan);
          expect(fenOf(plan.loans[fundNamesAmount ? 0 : 1]!.principal)).toBe(given);
          expect(plan.monthly).toHaveLength(Math.max(m1, m2));
          plan.monthly.forEach((m, k) => {
            check(fenOf(m.payment) === plan.loans.reduce((a, l) => a + fenOf(l.payments[k]?.payment ?? "0.00"), 0n), () => `month ${k + 1}: ${m.payment}`);
          });
          expect(fenOf(plan.totalCost)).toBe(down + plan.loans.reduce((a, l) => a + fenOf(l.totalPayment), 0n));
        },
      ),
      runs,
    );
  });
});

// --- arbitrary input ---------------------------------------------------------------------------
/** Replaces one leaf (or node) of a JSON value at a random path. */
function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

const weird = fc.oneof(
  fc.constantFrom(null, undefined, "", " ", "text", "money", "rate", "tiered", "exempt", "per-area", -1, 0, 0.5, 1e21, "1e21", Number.NaN, "0.03", "120", [], {}, true, "2024-02-30", "FEE-1"),
  fc.anything(),
);
const wrongTypes = (valid: Record<string, unknown>): fc.Arbitrary<Partial<Record<string, unknown>>> =>
  fc.record(Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, fc.oneof(fc.constant(v), weird)])) as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] });

describe("arbitrary input never throws anything but ShoulouError (and never INTERNAL)", { timeout: 30_000 }, () => {
  it("purchaseFees with anything", () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (i, s) => onlyShoulou(() => purchaseFees(i as PurchaseFeesInput, s as FeeScheduleInput))), { numRuns: 200 });
    fc.assert(fc.property(fc.jsonValue(), anySchedule, (i, s) => onlyShoulou(() => purchaseFees(i as unknown as PurchaseFeesInput, s))), { numRuns: 200 });
  });

  it("purchaseFees with fields of the wrong type", () => {
    const valid = { price: "1000000", area: "100", date: "2024-12-01", homeOrdinal: 2, households: 1, units: 1, parameters: { maintenanceFundPerM2: 120, city: "shanghai" } };
    fc.assert(fc.property(wrongTypes(valid), anySchedule, (i, s) => onlyShoulou(() => purchaseFees(i as unknown as PurchaseFeesInput, s))), { numRuns: 200 });
    const params = fc.dictionary(fc.constantFrom("maintenanceFundPerM2", "city", "localDeedTaxRate", "other"), weird);
    fc.assert(fc.property(params, (p) => onlyShoulou(() => purchaseFees({ price: 1000000, area: 100, date: "2024-12-01", homeOrdinal: 3, parameters: p as Record<string, string> }, national))), { numRuns: 200 });
  });

  it("purchaseFees with a schedule damaged in one place", () => {
    const input = { price: 1000000, area: 100, date: "2024-12-01", homeOrdinal: 2, parameters: { maintenanceFundPerM2: 120, city: "shanghai" } };
    fc.assert(
      fc.property(anySchedule, fc.nat(), weird, (s, pick, r) => onlyShoulou(() => purchaseFees(input, mutate(s, pick, r) as FeeScheduleInput))),
      { numRuns: 200 },
    );
  });

  it("mortgageSchedule with anything and with fields of the wrong type", () => {
    fc.assert(fc.property(fc.anything(), (i) => onlyShoulou(() => mortgageSchedule(i as never))), { numRuns: 200 });
    fc.assert(fc.property(fc.jsonValue(), (i) => onlyShoulou(() => mortgageSchedule(i as never))), { numRuns: 100 });
    const valid = { principal: 100000, annualRatePercent: "3.1", months: 24, method: "equal-principal", firstPaymentDate: "2024-01-31" };
    fc.assert(fc.property(wrongTypes(valid), (i) => onlyShoulou(() => mortgageSchedule(i as never))), { numRuns: 200 });
  });

  it("purchasePlan with anything and with fields of the wrong type", () => {
    fc.assert(fc.property(fc.anything(), (i) => onlyShoulou(() => purchasePlan(i as never))), { numRuns: 200 });
    fc.assert(fc.property(fc.jsonValue(), (i) => onlyShoulou(() => purchasePlan(i as never))), { numRuns: 100 });
    const loan = { kind: "commercial", annualRatePercent: "3.1", months: 12, method: "equal-installment" };
    const fund = { kind: "provident-fund", amount: 100000, annualRatePercent: "2.85", months: 12, method: "equal-principal" };
    const plan = fc.record({
      price: fc.oneof(fc.constant(1000000), weird),
      downPaymentRatio: fc.oneof(fc.constant("0.3"), weird),
      loans: fc.oneof(fc.tuple(wrongTypes(fund), wrongTypes(loan)), fc.array(weird, { maxLength: 3 })),
      firstPaymentDate: fc.oneof(fc.constant("2025-01-31"), weird),
      fees: fc.oneof(
        fc.record({ schedule: fc.oneof(anySchedule, weird), area: fc.oneof(fc.constant(100), weird), date: fc.oneof(fc.constant("2025-01-01"), weird), parameters: fc.oneof(fc.constant({ maintenanceFundPerM2: 100 }), weird) }, { requiredKeys: [] }),
        weird,
      ),
    }, { requiredKeys: [] });
    fc.assert(fc.property(plan, (i) => onlyShoulou(() => purchasePlan(i as never))), { numRuns: 200 });
  });
});

// --- agreement with an independent decimal.js computation --------------------------------------
const Ref = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_UP });
const refFen = (x: InstanceType<typeof Ref>) => BigInt(x.times(100).toDecimalPlaces(0, Ref.ROUND_HALF_UP).toFixed(0));
const FIRST_TIER = ["beijing", "shanghai", "guangzhou", "shenzhen"];

/** The deed-tax rate as DOMAIN.md states it (Announcement 2024 No. 16; 财税〔2016〕23号). */
function refDeedRate(date: string, ordinal: number, area: string, c: string, local: string): string {
  const a = new Ref(area);
  if (ordinal >= 3) return local;
  if (date >= "2024-12-01") return a.lte(140) ? "0.01" : ordinal === 1 ? "0.015" : "0.02";
  if (ordinal === 2 && FIRST_TIER.includes(c.trim().toLowerCase())) return local;
  return a.lte(90) ? "0.01" : ordinal === 1 ? "0.015" : "0.02";
}

/** The deed-tax base as the notices state it: the full price before 2016-05-01, else the price ÷ (1 + the VAT rate of the date), to the fen. */
function refBase(date: string, price: string): InstanceType<typeof Ref> {
  const vat = date < "2016-05-01" ? undefined : date < "2018-05-01" ? "0.11" : date < "2019-04-01" ? "0.10" : "0.09";
  const p = new Ref(price);
  return vat === undefined ? p : p.div(new Ref(1).plus(vat)).toDecimalPlaces(2, Ref.ROUND_HALF_UP);
}

describe("agreement with a decimal.js reference (zero fen differences)", { timeout: 30_000 }, () => {
  it("FEE-1: the seed's nine lines equal the sheet's arithmetic, rounded half-up per line", () => {
    fc.assert(
      fc.property(feesInput, (input) => {
        const f = purchaseFees(input, seed);
        const p = new Ref(input.price);
        const a = new Ref(input.area);
        const expected = [p.times("0.02"), a.times(35), new Ref(200).times(input.units), p.times("0.0003"), p.times("0.0015"), ...[350, 900, 2400, 308].map((x) => new Ref(x).times(input.households))].map(refFen);
        expect(f.lines.map((l) => fenOf(l.amount))).toEqual(expected);
      }),
      runs,
    );
  });

  it("FEE-NAT-DEED: the national deed tax equals the base without VAT × the rate of the rules in force", () => {
    fc.assert(
      fc.property(feesInput, (input) => {
        const f = purchaseFees(input, national);
        const rate = refDeedRate(input.date, input.homeOrdinal, input.area, input.parameters.city, input.parameters.localDeedTaxRate);
        const l = f.lines.find((x) => x.code === "deed-tax")!;
        expect(l.rule).toBe(input.date >= "2024-12-01" ? "FEE-NAT-DEED" : "FEE-NAT-DEED-2016");
        expect(fenOf(l.amount)).toBe(refFen(refBase(input.date, input.price).times(rate)));
        expect(fenOf(f.lines.find((x) => x.rule === "FEE-NAT-FUND")!.amount)).toBe(refFen(new Ref(input.area).times(input.parameters.maintenanceFundPerM2)));
        expect(f.lines.find((x) => x.rule === "FEE-NAT-REG")!.amount).toBe(fenToYuan(8000 * input.units));
        expect(f.lines.find((x) => x.rule === "FEE-NAT-STAMP")!.amount).toBe("0.00");
      }),
      runs,
    );
  });

  it("MORT-1 / MORT-2: every row's interest is the balance × monthly rate rounded half-up; the level payment is the annuity formula", () => {
    fc.assert(
      fc.property(mortgageInput, (input) => {
        const s = mortgageSchedule({ ...input, months: Math.min(input.months, 240) });
        const r = new Ref(input.annualRatePercent).div(1200);
        const n = s.months;
        let balance = new Ref(input.principal);
        for (const p of s.payments) {
          check(fenOf(p.interest) === refFen(balance.times(r)), () => `row ${p.period}: interest ${p.interest} on ${balance.toFixed(2)}`);
          balance = balance.minus(p.principal);
        }
        if (input.method === "equal-installment" && n > 1) {
          const level = r.isZero() ? new Ref(input.principal).div(n) : new Ref(input.principal).times(r).times(r.plus(1).pow(n)).div(r.plus(1).pow(n).minus(1));
          expect(fenOf(s.payments[0]!.payment)).toBe(refFen(level));
        }
      }),
      { numRuns: 60 },
    );
  });
});
