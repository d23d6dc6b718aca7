import { ShoulouError } from "../core/errors";
import { fenToYuan, formatFen, formatPercent, mulDivHalfUp, safeFen, toFen, toRatio } from "../core/money";
import type { RuleId } from "../core/rules";
import type { JsonValue } from "../core/trace";
import type { ResolvedParameter } from "./schedule-version";
import type { FeeLine } from "./schema";

/** What a fee line is computed from: integers only (fen, hundredths of a m²). */
export interface FeeBasis {
  readonly priceFen: number;
  readonly areaCenti: number;
  readonly homeOrdinal: number;
  readonly households: number;
  readonly units: number;
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
}

/** One computed line, before it is shaped for output. */
export interface ComputedLine {
  readonly rule: RuleId;
  readonly fen: number;
  readonly basis: string;
  readonly data: { readonly [key: string]: JsonValue };
}

const ORDINAL = ["", "1st home", "2nd home", "3rd home or later"];

function parameter(basis: FeeBasis, name: string, kind: "money" | "rate", path: readonly (string | number)[]): ResolvedParameter {
  const p = basis.parameters.get(name);
  if (!p) throw new ShoulouError("INVALID_SCHEDULE", [...path], `uses parameter ${name}, which the version does not declare`);
  if (p.kind !== kind) throw new ShoulouError("INVALID_SCHEDULE", [...path], `uses parameter ${name} as ${kind === "rate" ? "a rate" : "money"}, but it is declared as ${p.kind}`);
  return p;
}

function percentLine(rule: RuleId, basis: FeeBasis, rate: string, note: string): ComputedLine {
  const r = toRatio(rate);
  const fen = mulDivHalfUp(basis.priceFen, r.num, r.den);
  return { rule, fen, basis: `${formatFen(basis.priceFen)} × ${formatPercent(rate)}${note}`, data: { rate } };
}

/**
 * Computes one line of a schedule in exact integer fen, rounded half-up once (CORE-ROUND).
 *
 * @throws {@link ShoulouError} `INVALID_SCHEDULE` when no tier covers the case or a parameter is undeclared
 */
export function computeFeeLine(line: FeeLine, basis: FeeBasis, path: readonly (string | number)[]): ComputedLine {
  const computed = computeUnchecked(line, basis, path);
  safeFen(computed.fen, path);
  return computed;
}

function computeUnchecked(line: FeeLine, basis: FeeBasis, path: readonly (string | number)[]): ComputedLine {
  switch (line.kind) {
    case "percent-of-price":
      return percentLine(line.rule, basis, line.rate, "");
    case "per-area": {
      const perM2 = line.perM2 ?? parameter(basis, line.perM2Parameter ?? "", "money", [...path, "perM2Parameter"]).value;
      const perM2Fen = toFen(perM2);
      const fen = mulDivHalfUp(basis.areaCenti, perM2Fen, 100);
      return { rule: line.rule, fen, basis: `${formatFen(basis.areaCenti)} m² × ${formatFen(perM2Fen)}/m²`, data: { perM2: fenToYuan(perM2Fen) } };
    }
    case "per-unit":
    case "per-household": {
      const count = line.kind === "per-unit" ? basis.units : basis.households;
      const each = toFen(line.amount);
      const noun = line.kind === "per-unit" ? "unit" : "household";
      return { rule: line.rule, fen: each * count, basis: `${formatFen(each)} × ${count} ${noun}${count === 1 ? "" : "s"}`, data: { each: fenToYuan(each), count } };
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
      const out = percentLine(line.rule, basis, rate, ` (${tier.note.en})`);
      return { ...out, data: { ...out.data, tier: index, note: tier.note.en } };
    }
    case "exempt":
      return { rule: line.rule, fen: 0, basis: `exempt: ${line.reason.en} (${line.reason.zh})`, data: { exempt: true } };
  }
}
