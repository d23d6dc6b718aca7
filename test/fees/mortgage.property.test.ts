import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isShoulouError, type ShoulouError } from "../../src/core/errors";
import { fenToYuan } from "../../src/core/money";
import { lprPlusBasisPoints, mortgageSchedule, purchasePlan, type MortgageInput, type MortgageSchedule } from "../../src/fees";
import { fenOf } from "../helpers";

// Laws of repricing and prepayment (issue 13 item 9) and of the equal-principal rounding (item 2).

const Ref = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
const refFen = (d: DecimalJs) => BigInt(d.toDecimalPlaces(2).times(100).toFixed(0));

/** A cheap assertion for per-row checks. */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

const method = fc.constantFrom("equal-installment" as const, "equal-principal" as const);
const rate = fc.integer({ min: 0, max: 15_000_000 }).map((n) => (n / 1_000_000).toFixed(6)); // 0–15%
const mode = fc.constantFrom("reduce-payment" as const, "shorten-term" as const);

/** A loan with sorted, distinct repricing months and prepayments of a share of the loan (some too large on purpose). */
const adjustedLoan = fc
  .record({
    principalFen: fc.integer({ min: 100, max: 1_000_000_000 }),
    annualRatePercent: rate,
    months: fc.integer({ min: 2, max: 360 }),
    method,
    changes: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), annualRatePercent: rate }), { maxLength: 4 }),
    prepays: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), share: fc.integer({ min: 1, max: 400 }), mode }), { maxLength: 3 }),
  })
  .map((r): MortgageInput => {
    const months = (at: number, min: number) => Math.min(r.months, Math.max(min, Math.floor(at * r.months)));
    const distinct = <T extends { m: number }>(xs: T[]) => xs.sort((a, b) => a.m - b.m).filter((x, i, all) => i === 0 || x.m !== all[i - 1]!.m);
    const changes = distinct(r.changes.map((c) => ({ m: months(c.at, 2), annualRatePercent: c.annualRatePercent })));
    const prepays = distinct(r.prepays.map((p) => ({ m: months(p.at, 1), share: p.share, mode: p.mode })));
    return {
      principal: fenToYuan(r.principalFen),
      annualRatePercent: r.annualRatePercent,
      months: r.months,
      method: r.method,
      rateChanges: changes.map((c) => ({ fromMonth: c.m, annualRatePercent: c.annualRatePercent })),
      prepayments: prepays.map((p) => ({ month: p.m, amount: fenToYuan(Math.max(1, Math.floor((r.principalFen * p.share) / 1000))), mode: p.mode })),
    };
  });

/** The schedule, or undefined when the only refusal is a prepayment the balance cannot take. */
function scheduleOrRefusal(input: MortgageInput): MortgageSchedule | undefined {
  try {
    return mortgageSchedule(input);
  } catch (e) {
    expect(isShoulouError(e)).toBe(true);
    const err = e as ShoulouError;
    expect(err.code).toBe("INVALID_INPUT");
    expect(err.path[0]).toBe("prepayments");
    expect(["amount", "month"]).toContain(err.path[2]);
    return undefined;
  }
}

describe("mortgageSchedule laws with repricing and prepayments", { timeout: 60_000 }, () => {
  it("MORT-PREPAY: principals plus prepayments sum to the loan exactly; the balance chains down to 0.00 and is never negative", () => {
    let scheduled = 0;
    fc.assert(
      fc.property(adjustedLoan, (input) => {
        const s = scheduleOrRefusal(input);
        if (!s) return;
        scheduled++;
        let balance = fenOf(s.principal);
        let repaid = 0n;
        let paid = 0n;
        for (const p of s.payments) {
          const row = () => `row ${p.period}: ${JSON.stringify(p)}`;
          const extra = fenOf(p.prepayment ?? "0.00");
          check(fenOf(p.principal) + fenOf(p.interest) === fenOf(p.payment), row);
          check(fenOf(p.principal) >= 0n && fenOf(p.interest) >= 0n && extra >= 0n, row);
          balance -= fenOf(p.principal) + extra;
          check(balance >= 0n && fenOf(p.balance) === balance, () => `balance does not chain or is negative, ${row()}`);
          repaid += fenOf(p.principal) + extra;
          paid += fenOf(p.payment) + extra;
        }
        expect(s.payments.at(-1)?.balance).toBe("0.00");
        expect(repaid).toBe(fenOf(s.principal));
        expect(fenOf(s.totalPayment)).toBe(paid);
        expect(fenOf(s.totalPrepayment)).toBe(s.payments.reduce((a, p) => a + fenOf(p.prepayment ?? "0.00"), 0n));
        expect(s.payments.length).toBeLessThanOrEqual(input.months);
      }),
      { numRuns: 150 },
    );
    expect(scheduled).toBeGreaterThan(50);
  });

  it("MORT-LPR: every row's interest is its opening balance × the rate in force that month ÷ 12, half-up", () => {
    fc.assert(
      fc.property(adjustedLoan, (input) => {
        const s = scheduleOrRefusal(input);
        if (!s) return;
        let balance = new Ref(s.principal);
        let annual = String(input.annualRatePercent);
        for (const p of s.payments) {
          const change = input.rateChanges?.find((c) => c.fromMonth === p.period);
          if (change) annual = String(change.annualRatePercent);
          check(fenOf(p.interest) === refFen(balance.times(annual).div(1200)), () => `row ${p.period}: interest ${p.interest} on ${balance.toFixed(2)} at ${annual}%`);
          balance = balance.minus(p.principal).minus(p.prepayment ?? "0");
        }
      }),
      { numRuns: 80 },
    );
  });

  it("MORT-PREPAY: reduce-payment keeps the term; shorten-term keeps the payment (or monthly principal) until the last month", () => {
    fc.assert(
      fc.property(adjustedLoan, (loan) => {
        const input = { ...loan, rateChanges: [] };
        const reduce = scheduleOrRefusal({ ...input, prepayments: (input.prepayments ?? []).map((p) => ({ ...p, mode: "reduce-payment" as const })) });
        // A reduce-payment prepayment ends the loan early only when it repays all of it.
        if (reduce && reduce.payments.at(-1)?.prepayment === undefined) expect(reduce.payments).toHaveLength(input.months);
        const first = input.prepayments?.[0];
        if (!first) return;
        const shorten = scheduleOrRefusal({ ...input, prepayments: [{ ...first, mode: "shorten-term" }] });
        if (!shorten) return;
        const rows = shorten.payments;
        const before = rows[first.month - 1]!;
        const kept = loan.method === "equal-installment" ? (p: (typeof rows)[number]) => p.payment : (p: (typeof rows)[number]) => p.principal;
        const level = loan.method === "equal-installment" ? rows[0]!.payment : rows[0]!.principal;
        for (const p of rows.slice(first.month, -1)) {
          if (fenOf(p.balance) > 0n) check(kept(p) === level, () => `row ${p.period} pays ${kept(p)}, not ${level} (after ${JSON.stringify(before)})`);
        }
        const last = rows.at(-1)!;
        if (rows.length > first.month) check(fenOf(kept(last)) <= fenOf(level) + BigInt(rows.length), () => `last row ${JSON.stringify(last)} exceeds ${level}`);
        expect(rows.length).toBeLessThanOrEqual(input.months);
      }),
      { numRuns: 100 },
    );
  });

  it("MORT-2: the monthly principal is principal ÷ months rounded to the fen; payments never increase except the last month, which takes the remainder", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000_000 }), rate, fc.integer({ min: 1, max: 600 }), (principalFen, annual, months) => {
        const s = mortgageSchedule({ principal: fenToYuan(principalFen), annualRatePercent: annual, months, method: "equal-principal" });
        const per = refFen(new Ref(principalFen).div(100).div(months));
        let balance = BigInt(principalFen);
        for (const p of s.payments.slice(0, -1)) {
          const expected = per < balance ? per : balance;
          check(fenOf(p.principal) === expected, () => `row ${p.period}: principal ${p.principal}, expected ${expected}`);
          balance -= expected;
        }
        for (let k = 1; k < s.payments.length - 1; k++) {
          check(fenOf(s.payments[k]!.payment) <= fenOf(s.payments[k - 1]!.payment), () => `row ${k + 1} pays more than row ${k}`);
        }
        const last = s.payments.at(-1)!;
        const others = s.payments.slice(0, -1).reduce((a, p) => a + fenOf(p.principal), 0n);
        expect(fenOf(last.principal)).toBe(BigInt(principalFen) - others);
      }),
      { numRuns: 150 },
    );
  });

  it("MORT-LPR: lprPlusBasisPoints is exact: (LPR + bp/100) in integer millionths of a point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: -5_000_000, max: 5_000_000 }), (lpr, bp) => {
        const lprPercent = (lpr / 1_000_000).toFixed(6);
        const basisPoints = (bp / 10_000).toFixed(4);
        const sum = lpr + bp;
        if (sum < 0) {
          expect(() => lprPlusBasisPoints({ lprPercent, basisPoints })).toThrow(/basisPoints/);
          return;
        }
        expect(new Ref(lprPlusBasisPoints({ lprPercent, basisPoints })).toFixed(6)).toBe(new Ref(sum).div(1_000_000).toFixed(6));
      }),
      { numRuns: 300 },
    );
  });

  it("MORT-PREPAY: purchasePlan with adjusted loans: the plan's totals are the loans' totals, never anything but ShoulouError", () => {
    fc.assert(
      fc.property(adjustedLoan, (loan) => {
        const { principal, ...rest } = loan;
        let plan;
        try {
          plan = purchasePlan({ price: principal, downPaymentRatio: "0", loans: [{ kind: "commercial", ...rest }] });
        } catch (e) {
          expect(isShoulouError(e)).toBe(true);
          expect((e as ShoulouError).path.slice(0, 3)).toEqual(["loans", 0, "prepayments"]);
          return;
        }
        const l = plan.loans[0]!;
        expect(plan.monthly).toHaveLength(l.payments.length);
        expect(fenOf(plan.totalCost)).toBe(fenOf(l.totalPayment));
        plan.monthly.forEach((m, k) => check(m.payment === l.payments[k]!.payment && m.prepayment === l.payments[k]!.prepayment, () => `month ${k + 1}`));
      }),
      { numRuns: 60 },
    );
  });
});
