import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isShoulouError, type ShoulouError } from "../../src/core/errors";
import { fenToYuan } from "../../src/core/money";
import { feeCities, feeSchedules, findFeeCity, mortgageSchedule, purchaseFees, purchasePlan, type FeeScheduleInput, type PurchaseFeesInput } from "../../src/fees";
import { arbitraries, laws } from "../../src/testing/index";
import { fenOf, frozenCopy } from "../helpers";

const runs = { numRuns: 100 };
const seed = feeSchedules.changzhouOlympicGarden;
const national = feeSchedules.chinaNational;
const MONEY = /^\d+\.\d{2}$/;

// --- arbitraries: the QA kit's (src/testing), so our laws and a QA team's have one source -------
/** Every name of the known city list (code, Chinese, English), none and "other". */
const cityNames = ["", "other", ...feeCities.flatMap((c) => [c.code, c.zh, c.en])];
/** The statutory 3–5% local deed-tax rate (契税法 第三条). */
const localRate = fc.integer({ min: 300, max: 500 }).map((n) => (n / 10000).toFixed(4));
/** Up to the largest price and area the schemas take (< 10^13 yuan, < 10^7 m²). */
const bounds = { maxPrice: "9999999999999.99", maxArea: "9999999.99" } as const;
const nationalOptions = { ...bounds, textValues: { city: cityNames }, parameterValues: { localDeedTaxRate: localRate } };
const seedInput = arbitraries.purchaseFeesInput({ schedule: seed, ...bounds });
const nationalInput = arbitraries.purchaseFeesInput({ schedule: national, ...nationalOptions });
const anyPurchase = fc.oneof(seedInput.map((i) => [i, seed] as const), nationalInput.map((i) => [i, national] as const));
const anySchedule = fc.constantFrom(seed, national);

/** A national input's own values, with the schedule's defaults where the kit left them out. */
function nationalFacts(input: PurchaseFeesInput) {
  const p = input.parameters ?? {};
  return {
    date: input.date ?? "",
    homeOrdinal: input.homeOrdinal ?? 1,
    area: String(input.area),
    price: String(input.price),
    city: String(p["city"] ?? ""),
    localRate: String(p["localDeedTaxRate"] ?? "0.03"),
    fundPerM2: String(p["maintenanceFundPerM2"]),
  };
}

/** The deed-tax line of a purchase, in fen. */
function deedFen(input: PurchaseFeesInput, date: string): bigint {
  const l = purchaseFees({ ...input, date }, national).lines.find((x) => x.code === "deed-tax");
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
// laws.feeSchedule checks, on generated purchases: the total is the sum of the lines; every amount
// has two decimals and is never negative; the same purchase gives the same fees; a higher price
// never lowers any line (same lines, in the same order); a tiered (deed-tax) line never falls as
// the area or the home ordinal grows, in every version of the schedule.
describe("purchaseFees laws", { timeout: 60_000 }, () => {
  it("FEE-1 … FEE-9: the seed sheet keeps every law of laws.feeSchedule", () => {
    laws.feeSchedule(seed, { ...bounds, ...runs });
  });

  it("FEE-NAT-DEED / FEE-NAT-DEED-2016: the national schedule keeps every law of laws.feeSchedule (every city name of feeCities, local rates 3–5%), both versions", () => {
    laws.feeSchedule(national, { ...nationalOptions, ...runs });
  });

  it("the laws see both national versions and both VAT bases (the kit's inputs reach them)", () => {
    const inputs = fc.sample(nationalInput, { numRuns: 300, seed: 7 });
    const versions = new Set(inputs.map((i) => purchaseFees(i, national).schedule.version));
    expect(versions.size).toBe(national.versions.length);
    expect(inputs.some((i) => i.parameters?.["vatAmount"] === undefined)).toBe(true);
    expect(inputs.some((i) => i.parameters?.["vatAmount"] !== undefined)).toBe(true);
  });

  it("never mutates its input (deep-frozen input and schedule, compared before and after)", () => {
    fc.assert(
      fc.property(anyPurchase, ([input, schedule]) => {
        const i = frozenCopy(input);
        const s = frozenCopy(schedule);
        const before = JSON.stringify([i, s]);
        purchaseFees(i, s);
        expect(JSON.stringify([i, s])).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it("the 2024 rules never charge more deed tax than the 2016 rules for the same home", () => {
    fc.assert(
      fc.property(nationalInput, (input) => {
        expect(deedFen(input, "2024-12-01") <= deedFen(input, "2024-11-30")).toBe(true);
      }),
      runs,
    );
  });
});

describe("FEE-NAT-VAT-BASE laws", { timeout: 30_000 }, () => {
  it("FEE-NAT-VAT-BASE: an estimated base plus its VAT is the price, and the base is never above the price", () => {
    fc.assert(
      fc.property(nationalInput, fc.constantFrom("general", "simplified"), (input, vatMethod) => {
        const { vatAmount: _invoice, ...parameters } = input.parameters ?? {};
        const f = purchaseFees({ ...input, parameters: { ...parameters, vatMethod } }, national);
        const { date, price } = nationalFacts(input);
        const s = f.trace.find((x) => x.rule === "FEE-NAT-VAT-BASE")!;
        if (s.fact === "before-vat") {
          expect(date < "2016-05-01").toBe(true);
        } else {
          expect(s.fact).toBe("estimate");
          const base = fenOf(String(s.data.base));
          expect(base + fenOf(String(s.data.vat))).toBe(fenOf(price));
          expect(base <= fenOf(price)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("FEE-NAT-VAT-BASE: with the invoice's VAT the deed tax is (price − VAT) × the rate, to the fen", () => {
    fc.assert(
      fc.property(nationalInput, fc.double({ min: 0, max: 0.999, noNaN: true }), (input, share) => {
        const facts = nationalFacts(input);
        const vatFen = BigInt(Math.floor(share * Number(fenOf(facts.price))));
        const date = facts.date < "2016-05-01" ? "2016-05-01" : facts.date;
        const f = purchaseFees({ ...input, date, parameters: { ...input.parameters, vatAmount: fenToYuan(Number(vatFen)) } }, national);
        const rate = refDeedRate(date, facts.homeOrdinal, facts.area, facts.city, facts.localRate);
        const base = new Ref(facts.price).minus(new Ref(fenToYuan(Number(vatFen))));
        expect(fenOf(f.lines[0]!.amount)).toBe(refFen(base.times(rate)));
      }),
      runs,
    );
  });
});

// --- mortgage ----------------------------------------------------------------------------------
/** Loans up to ¥1,000,000,000.00, 0–30% a year, 1–600 months: the kit's, widened. */
const mortgageInput = arbitraries.mortgageInput({ maxPrincipal: "1000000000.00", maxAnnualRatePercent: 30, maxMonths: 600 });

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

describe("purchasePlan laws on the kit's plans", { timeout: 30_000 }, () => {
  it("MORT-DOWN: for any plan of arbitraries.purchasePlanInput, down payment + loans = price, each month is the loans' rows added, total cost = down payment + every payment", () => {
    fc.assert(
      fc.property(arbitraries.purchasePlanInput(), (input) => {
        const plan = purchasePlan(input);
        const price = fenOf(String(input.price));
        expect(fenOf(plan.downPayment) + fenOf(plan.loanTotal)).toBe(price);
        expect(plan.loans.reduce((a, l) => a + fenOf(l.principal), 0n)).toBe(fenOf(plan.loanTotal));
        plan.monthly.forEach((m, k) => {
          check(fenOf(m.payment) === plan.loans.reduce((a, l) => a + fenOf(l.payments[k]?.payment ?? "0.00"), 0n), () => `month ${k + 1}: ${m.payment}`);
        });
        expect(fenOf(plan.totalCost)).toBe(fenOf(plan.downPayment) + plan.loans.reduce((a, l) => a + fenOf(l.totalPayment), 0n));
      }),
      { numRuns: 60 },
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
/** A city name of the known list as its code (FEE-CITY; the lookup itself is tested in cities.test.ts). */
const cityCode = (name: string) => findFeeCity(name)?.code ?? name;

/** The deed-tax rate as DOMAIN.md states it (Announcement 2024 No. 16; 财税〔2016〕23号). */
function refDeedRate(date: string, ordinal: number, area: string, c: string, local: string): string {
  const a = new Ref(area);
  if (ordinal >= 3) return local;
  if (date >= "2024-12-01") return a.lte(140) ? "0.01" : ordinal === 1 ? "0.015" : "0.02";
  if (ordinal === 2 && FIRST_TIER.includes(cityCode(c))) return local;
  return a.lte(90) ? "0.01" : ordinal === 1 ? "0.015" : "0.02";
}

/**
 * The deed-tax base as the notices state it: the full price before 2016-05-01, else the price less
 * the invoice's VAT when given, or the price ÷ (1 + the general VAT rate of the date), to the fen.
 */
function refBase(date: string, price: string, invoiceVat: string | number | undefined): InstanceType<typeof Ref> {
  const vat = date < "2016-05-01" ? undefined : date < "2018-05-01" ? "0.11" : date < "2019-04-01" ? "0.10" : "0.09";
  const p = new Ref(price);
  if (vat === undefined) return p;
  return invoiceVat === undefined ? p.div(new Ref(1).plus(vat)).toDecimalPlaces(2, Ref.ROUND_HALF_UP) : p.minus(invoiceVat);
}

describe("agreement with a decimal.js reference (zero fen differences)", { timeout: 30_000 }, () => {
  it("FEE-1: the seed's nine lines equal the sheet's arithmetic, rounded half-up per line", () => {
    fc.assert(
      fc.property(seedInput, (input) => {
        const f = purchaseFees(input, seed);
        const p = new Ref(input.price);
        const a = new Ref(input.area);
        const units = input.units ?? 1;
        const households = input.households ?? 1;
        const expected = [p.times("0.02"), a.times(35), new Ref(200).times(units), p.times("0.0003"), p.times("0.0015"), ...[350, 900, 2400, 308].map((x) => new Ref(x).times(households))].map(refFen);
        expect(f.lines.map((l) => fenOf(l.amount))).toEqual(expected);
      }),
      runs,
    );
  });

  it("FEE-NAT-DEED: the national deed tax equals the base without VAT × the rate of the rules in force", () => {
    fc.assert(
      fc.property(nationalInput, (input) => {
        const f = purchaseFees(input, national);
        const facts = nationalFacts(input);
        const rate = refDeedRate(facts.date, facts.homeOrdinal, facts.area, facts.city, facts.localRate);
        const l = f.lines.find((x) => x.code === "deed-tax")!;
        expect(l.rule).toBe(facts.date >= "2024-12-01" ? "FEE-NAT-DEED" : "FEE-NAT-DEED-2016");
        expect(fenOf(l.amount)).toBe(refFen(refBase(facts.date, facts.price, input.parameters?.["vatAmount"]).times(rate)));
        expect(fenOf(f.lines.find((x) => x.rule === "FEE-NAT-FUND")!.amount)).toBe(refFen(new Ref(facts.area).times(facts.fundPerM2)));
        expect(f.lines.find((x) => x.rule === "FEE-NAT-REG")!.amount).toBe(fenToYuan(8000 * (input.units ?? 1)));
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
