import { ShoulouError } from "../core/errors";
import { fenToYuan, formatFen, formatPercent, mulDivHalfUp, safeFen, toFen, toRatio } from "../core/money";
import { step, type TraceData, type TraceStep } from "../core/trace";
import type { ResolvedParameter } from "./schedule-version";
import type { FeeLine, FeeLineRuleId } from "./schema";

/** What a fee line is computed from: integers only (fen, hundredths of a m²). */
export interface FeeBasis {
  readonly priceFen: number;
  readonly areaCenti: number;
  readonly homeOrdinal: number;
  readonly households: number;
  readonly units: number;
  /** The day the deed tax is declared, when given. */
  readonly date: string | undefined;
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
}

/** One computed line, before it is shaped for output. */
export interface ComputedLine {
  readonly rule: FeeLineRuleId;
  readonly fen: number;
  readonly basis: string;
  /** The line's trace step, and any step that found its base (FEE-NAT-VAT-BASE) before it. */
  readonly steps: readonly TraceStep[];
}

type Path = readonly (string | number)[];

const ORDINAL = ["", "1st home", "2nd home", "3rd home or later"];

function parameter(basis: FeeBasis, name: string, kind: ResolvedParameter["kind"], path: Path): ResolvedParameter {
  const p = basis.parameters.get(name);
  if (!p) throw new ShoulouError("INVALID_SCHEDULE", [...path], `uses parameter ${name}, which the version does not declare`);
  if (p.kind !== kind) throw new ShoulouError("INVALID_SCHEDULE", [...path], `uses parameter ${name} as ${kind}, but it is declared as ${p.kind}`);
  return p;
}

type VatExcluded = NonNullable<Extract<FeeLine, { kind: "tiered" }>["vatExcluded"]>;

interface Base {
  readonly fen: number;
  readonly withoutVat: boolean;
  readonly steps: readonly TraceStep[];
}

/**
 * The base of a percentage line (FEE-NAT-VAT-BASE): the full price, or the price without VAT —
 * the invoice's VAT when the caller gives it, else VAT estimated at the rate in force on the
 * date, the base rounded half-up to the fen as an invoice prints it.
 */
function priceBase(vat: VatExcluded | undefined, basis: FeeBasis, path: Path): Base {
  const price = basis.priceFen;
  if (!vat) return { fen: price, withoutVat: false, steps: [] };
  const date = basis.date;
  const first = vat.generalRates[0]!;
  if (date === undefined) {
    throw new ShoulouError("MISSING_PARAMETER", ["date"], `the deed-tax base excludes VAT from ${first.from}: give the day the deed tax is declared`);
  }
  if (date < first.from) {
    return { fen: price, withoutVat: false, steps: [step("FEE-NAT-VAT-BASE", "before-vat", { date, from: first.from, price: fenToYuan(price) })] };
  }
  const given = parameter(basis, vat.vatParameter, "money", [...path, "vatExcluded", "vatParameter"]);
  if (!given.absent) {
    const vatFen = toFen(given.value);
    if (vatFen >= price) {
      throw new ShoulouError("INVALID_INPUT", ["parameters", vat.vatParameter], `the invoice's VAT (${vat.vatParameter}) must be below the price`);
    }
    const base = price - vatFen;
    return { fen: base, withoutVat: true, steps: [step("FEE-NAT-VAT-BASE", "invoice", { price: fenToYuan(price), vat: fenToYuan(vatFen), base: fenToYuan(base) })] };
  }
  const method = parameter(basis, vat.methodParameter, "text", [...path, "vatExcluded", "methodParameter"]);
  if (method.value !== "general" && method.value !== "simplified") {
    throw new ShoulouError("INVALID_INPUT", ["parameters", vat.methodParameter], `${vat.methodParameter} must be general or simplified`);
  }
  let rate = first.rate;
  if (method.value === "simplified") rate = vat.simplifiedRate;
  else for (const r of vat.generalRates) if (r.from <= date) rate = r.rate;
  // price ÷ (1 + rate), half-up to the fen: the VAT-exclusive amount an invoice would print.
  const r = toRatio(rate);
  const base = mulDivHalfUp(price, r.den, r.den + r.num);
  const data = { date, method: `vat-${method.value}`, vatRate: rate, price: fenToYuan(price), vat: fenToYuan(price - base), base: fenToYuan(base) };
  return { fen: base, withoutVat: true, steps: [step("FEE-NAT-VAT-BASE", "estimate", data)] };
}

const NONE: readonly TraceStep[] = [];

// The label, note and reason objects are the schedule's own (validated, and frozen once compiled):
// shared, not copied, so a line costs one data object.
function done(line: FeeLine, fen: number, basis: string, data: TraceData, before: readonly TraceStep[] = NONE): ComputedLine {
  const s = step(line.rule, line.kind, { code: line.code, label: line.label, ...data, amount: fenToYuan(fen) });
  return { rule: line.rule, fen, basis, steps: before.length ? [...before, s] : [s] };
}

/**
 * Computes one line of a schedule in exact integer fen, rounded half-up once (CORE-ROUND).
 *
 * @throws {@link core!ShoulouError} `INVALID_SCHEDULE` when no tier covers the case or a parameter is
 * undeclared; `INVALID_INPUT` for an invoice VAT not below the price; `OUT_OF_RANGE` past exact fen
 */
export function computeFeeLine(line: FeeLine, basis: FeeBasis, path: Path): ComputedLine {
  const computed = computeUnchecked(line, basis, path);
  safeFen(computed.fen, path);
  return computed;
}

function computeUnchecked(line: FeeLine, basis: FeeBasis, path: Path): ComputedLine {
  switch (line.kind) {
    case "percent-of-price": {
      const base = priceBase(line.vatExcluded, basis, path);
      const r = toRatio(line.rate);
      const fen = mulDivHalfUp(base.fen, r.num, r.den);
      return done(line, fen, `${formatFen(base.fen)}${base.withoutVat ? " without VAT" : ""} × ${formatPercent(line.rate)}`, { base: fenToYuan(base.fen), rate: line.rate }, base.steps);
    }
    case "per-area": {
      const perM2 = line.perM2 ?? parameter(basis, line.perM2Parameter ?? "", "money", [...path, "perM2Parameter"]).value;
      const perM2Fen = toFen(perM2);
      const fen = mulDivHalfUp(basis.areaCenti, perM2Fen, 100);
      return done(line, fen, `${formatFen(basis.areaCenti)} m² × ${formatFen(perM2Fen)}/m²`, { area: fenToYuan(basis.areaCenti), perM2: fenToYuan(perM2Fen) });
    }
    case "per-unit":
    case "per-household": {
      const count = line.kind === "per-unit" ? basis.units : basis.households;
      const each = toFen(line.amount);
      const noun = line.kind === "per-unit" ? "unit" : "household";
      return done(line, each * count, `${formatFen(each)} × ${count} ${noun}${count === 1 ? "" : "s"}`, { each: fenToYuan(each), count });
    }
    case "tiered": {
      const ordinal = Math.min(basis.homeOrdinal, 3);
      const city = basis.parameters.get("city")?.value ?? "";
      const index = line.tiers.findIndex(
        (t) =>
          (t.homeOrdinals as readonly number[]).includes(ordinal) &&
          (t.areaOver === undefined || basis.areaCenti > toFen(t.areaOver)) &&
          (t.areaUpTo === undefined || basis.areaCenti <= toFen(t.areaUpTo)) &&
          !(t.exceptCities ?? []).includes(city),
      );
      const tier = line.tiers[index];
      if (!tier) {
        throw new ShoulouError("INVALID_SCHEDULE", [...path, "tiers"], `no tier covers a ${ORDINAL[ordinal]} of ${formatFen(basis.areaCenti)} m²${city ? ` in ${city}` : ""}`);
      }
      const rate = tier.rate ?? parameter(basis, tier.rateParameter ?? "", "rate", [...path, "tiers", index, "rateParameter"]).value;
      const base = priceBase(line.vatExcluded, basis, path);
      const r = toRatio(rate);
      const fen = mulDivHalfUp(base.fen, r.num, r.den);
      const text = `${formatFen(base.fen)}${base.withoutVat ? " without VAT" : ""} × ${formatPercent(rate)} (${tier.note.en})`;
      return done(line, fen, text, { base: fenToYuan(base.fen), rate, tier: index, note: tier.note }, base.steps);
    }
    case "exempt":
      return done(line, 0, `exempt: ${line.reason.en} (${line.reason.zh})`, { reason: line.reason });
  }
}
