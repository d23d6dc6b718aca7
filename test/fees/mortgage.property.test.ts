import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isShoulouError, type ShoulouError } from "../../src/core/errors";
import { fenToYuan } from "../../src/core/money";
import { lprPlusBasisPoints, mortgageSchedule, purchasePlan, type MortgageInput, type MortgageSchedule } from "../../src/fees";
import { arbitraries } from "../../src/testing/index";
import { fenOf } from "../helpers";

// Laws of repricing and prepayment (issue 13 item 9) and of the equal-principal rounding (item 2).

const Ref = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
const refFen = (d: DecimalJs) => BigInt(d.toDecimalPlaces(2).times(100).toFixed(0));

/** A cheap assertion for per-row checks. */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

const mode = fc.constantFrom("reduce-payment" as const, "shorten-term" as const);

/** The QA kit's loans with repricings and prepayments: 1 yuan to 10 million, 0–15%, 1–360 months. */
const kitLoan = arbitraries.mortgageInput({ adjustments: true, maxAnnualRatePercent: 15 });

/**
 * The kit's adjusted loans, half of them pushed past the kit's guarantee on purpose: every
 * prepayment's mode drawn afresh (shorten-term anywhere) and one prepayment raised to a share
 * (0.1%–40%) of the loan, so some exceed the balance or fall after the loan is repaid.
 */
const adjustedLoan = fc
  .tuple(kitLoan, fc.oneof(fc.constant(undefined), fc.record({ pick: fc.nat(), share: fc.integer({ min: 1, max: 400 }), modes: fc.array(mode, { minLength: 3, maxLength: 3 }) })))
  .map(([loan, push]): MortgageInput => {
    const prepayments = loan.prepayments ?? [];
    if (!push || prepayments.length === 0) return loan;
    const principalFen = Number(fenOf(String(loan.principal)));
    const raised = push.pick % prepayments.length;
    return {
      ...loan,
      prepayments: prepayments.map((p, i) => ({
        ...p,
        mode: push.modes[i] ?? p.mode,
        ...(i === raised ? { amount: fenToYuan(Math.max(1, Math.floor((principalFen * push.share) / 1000))) } : {}),
      })),
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

  it("MORT-PREPAY: the kit's adjusted loans are valid by construction (any rate up to 30%, any term up to 600 months)", () => {
    let adjusted = 0;
    fc.assert(
      fc.property(arbitraries.mortgageInput({ adjustments: true, maxAnnualRatePercent: 30, maxMonths: 600 }), (input) => {
        const s = mortgageSchedule(input);
        if ((input.prepayments ?? []).length > 0) adjusted++;
        check(s.payments.length <= input.months, () => `${s.payments.length} rows for ${input.months} months`);
      }),
      { numRuns: 150 },
    );
    expect(adjusted).toBeGreaterThan(30);
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

  it("MORT-PREPAY: a 9.36% loan over 352 months with cent prepayments ends within the compounded rounding (found by CI)", () => {
    const loan = { principal: "800000.00", annualRatePercent: "9.359823", months: 352, method: "equal-installment" as const, prepayments: [{ month: 115, amount: "0.01", mode: "shorten-term" as const }] };
    const rows = mortgageSchedule(loan).payments;
    const last = rows.at(-1)!;
    expect(rows).toHaveLength(352);
    expect(rows.slice(115, -1).every((p) => p.payment === rows[0]!.payment)).toBe(true);
    // The remainder of 352 rounded payments: a few yuan, far below ½ fen × Σ(1 + r)^k ≈ ¥9.24.
    expect(fenOf(last.payment) - fenOf(rows[0]!.payment)).toBeGreaterThan(0n);
    expect(fenOf(last.payment) - fenOf(rows[0]!.payment)).toBeLessThan(924n);
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
        // The last row takes the remainder: each kept payment is rounded to the fen, and those
        // half-fen differences compound at the loan's rate until the end, so the bound is
        // ½ fen × Σ (1 + r)^k over the whole term (+1 fen), not a flat fen per row.
        const r = new Ref(String(loan.annualRatePercent)).div(1200);
        const n = rows.length;
        const compounded = r.isZero() ? new Ref(n) : r.plus(1).pow(n).minus(1).div(r);
        const slack = BigInt(compounded.div(2).ceil().toFixed(0)) + 1n;
        if (rows.length > first.month) check(fenOf(kept(last)) <= fenOf(level) + slack, () => `last row ${JSON.stringify(last)} exceeds ${level} by more than ${slack} fen`);
        expect(rows.length).toBeLessThanOrEqual(input.months);
      }),
      { numRuns: 100 },
    );
  });

  it("MORT-2: the monthly principal is principal ÷ months rounded to the fen; payments never increase except the last month, which takes the remainder", () => {
    fc.assert(
      fc.property(arbitraries.mortgageInput({ maxPrincipal: "1000000000.00", maxAnnualRatePercent: 15, maxMonths: 600 }), (loan) => {
        const principalFen = Number(fenOf(String(loan.principal)));
        const months = loan.months;
        const s = mortgageSchedule({ ...loan, method: "equal-principal" });
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
