/**
 * purchaseFees against a plain-float version of the same nine lines that prints the same
 * strings; the arithmetic cores alone (integer fen, floats, decimal.js); and a sweep proving
 * zero fen differences between the integer core and a pure decimal.js computation.
 */
import Decimal from "decimal.js";
import { feeSchedules, mulDivHalfUp, purchaseFees, toFen } from "../../src/index";
import { fmt, seeded, timePerCall } from "./measure";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const schedule = feeSchedules.changzhouOlympicGarden;
const N = 2000;
const rnd = seeded(2024);
// Prices in whole fen from ¥100,000 to ¥20,000,000; areas 30–400 m² with 2 decimals.
const prices = Array.from({ length: N }, () => (Math.floor(rnd() * 1_990_000_000) + 10_000_000) / 100);
const areas = Array.from({ length: N }, () => (Math.floor(rnd() * 37_000) + 3_000) / 100);

/** The float version: the same nine lines and the same strings, in plain JS numbers. */
function floatFees(price: number, area: number): { lines: string[]; total: string } {
  const amounts = [price * 0.02, area * 35, 200, price * 0.0003, price * 0.0015, 350, 900, 2400, 308];
  const lines = amounts.map((a) => (Math.round(a * 100) / 100).toFixed(2));
  let total = 0;
  for (const l of lines) total += Number(l);
  return { lines, total: total.toFixed(2) };
}

function intCore(priceFen: number, areaCenti: number): number {
  return (
    mulDivHalfUp(priceFen, 2, 100) + mulDivHalfUp(areaCenti, 3500, 100) + mulDivHalfUp(priceFen, 3, 10000) + mulDivHalfUp(priceFen, 15, 10000) +
    20000 + 35000 + 90000 + 240000 + 30800
  );
}

function floatCore(price: number, area: number): number {
  return Math.round(price * 2) + Math.round(area * 3500) + Math.round(price * 0.03) + Math.round(price * 0.15) + 20000 + 35000 + 90000 + 240000 + 30800;
}

function decimalCore(price: string, area: string): string {
  const p = new D(price);
  const r = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return r(p.times("0.02")).plus(r(new D(area).times(35))).plus(r(p.times("0.0003"))).plus(r(p.times("0.0015"))).plus("4158").toFixed(2);
}

export async function bench(): Promise<void> {
  const priceStr = prices.map((p) => p.toFixed(2));
  const areaStr = areas.map((a) => a.toFixed(2));
  const priceFen = priceStr.map(toFen);
  const areaCenti = areaStr.map(toFen);

  // Same strings: the float version must print what purchaseFees prints, for every case here.
  let mismatches = 0;
  for (let i = 0; i < N; i++) {
    const ours = purchaseFees({ price: priceStr[i]!, area: areaStr[i]! }, schedule);
    const theirs = floatFees(prices[i]!, areas[i]!);
    if (ours.total !== theirs.total || ours.lines.some((l, k) => l.amount !== theirs.lines[k])) mismatches++;
  }

  const tPublic = timePerCall((i) => purchaseFees({ price: priceStr[i % N]!, area: areaStr[i % N]! }, schedule), 20_000);
  const tFloat = timePerCall((i) => floatFees(prices[i % N]!, areas[i % N]!), 200_000);
  const tInt = timePerCall((i) => intCore(priceFen[i % N]!, areaCenti[i % N]!), 2_000_000);
  const tFloatCore = timePerCall((i) => floatCore(prices[i % N]!, areas[i % N]!), 2_000_000);
  const tDec = timePerCall((i) => decimalCore(priceStr[i % N]!, areaStr[i % N]!), 50_000);

  console.log(`purchaseFees (validation, 9 lines, trace, strings): ${fmt(tPublic)} per call`);
  console.log(`plain-float version, same 9 lines and strings:     ${fmt(tFloat)} per call  → ratio ${(tPublic / tFloat).toFixed(1)}× (aim ≤ 10×)`);
  console.log(`  cases where the float version printed different strings: ${mismatches} of ${N}`);
  console.log(`arithmetic core, exact integer fen:  ${fmt(tInt)} per call`);
  console.log(`arithmetic core, floats:             ${fmt(tFloatCore)} per call  → ratio ${(tInt / tFloatCore).toFixed(2)}× (aim ≤ 3×)`);
  console.log(`arithmetic core, decimal.js alone:   ${fmt(tDec)} per call  → ${(tDec / tFloatCore).toFixed(0)}× floats`);

  // Sweep: integer core vs pure decimal.js, to the fen, over many random prices and areas.
  const sweep = Number(process.env.FEES_SWEEP ?? 1_000_000);
  const r2 = seeded(7);
  let diffs = 0;
  let floatDiffs = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < sweep; i++) {
    const pf = Math.floor(r2() * 9_999_999_999_00) + 1; // up to ¥9,999,999,999.99
    const ac = Math.floor(r2() * 99_999_99) + 1; // up to 99,999.99 m²
    const ps = `${Math.floor(pf / 100)}.${String(pf % 100).padStart(2, "0")}`;
    const as = `${Math.floor(ac / 100)}.${String(ac % 100).padStart(2, "0")}`;
    const exact = toFen(decimalCore(ps, as));
    if (intCore(pf, ac) !== exact) diffs++;
    if (floatCore(pf / 100, ac / 100) !== exact) floatDiffs++;
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`sweep of ${sweep.toLocaleString("en")} random prices and areas (${secs.toFixed(1)} s): integer core vs decimal.js — ${diffs} fen differences; floats — ${floatDiffs} differences`);
}
