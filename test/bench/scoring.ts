/**
 * Benchmark (not a test): `scoreCustomers` with full traces against a plain TypeScript scorecard
 * written here with the same seven factors as `scoringPresets.defaultScorecard` (floats, no
 * validation, no trace, no lines) — the speed limit of the arithmetic itself. Both score the same
 * batches of 10,000 customers in the same run; the report is the ratio. Then the growth of
 * scoreCustomers + gradeIntents from 100k to 1M customers streamed in batches.
 * Run: npx tsx test/bench/run.ts scoring
 */
import { gradeIntents, scoreCustomers, scoringPresets, type IntentProfileInput, type ScoringProfileInput } from "../../src/index";

const BATCH = 10_000;

/** Deterministic pseudo-random integers (a 32-bit LCG, high bits), so every run scores the same customers. */
function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s >>> 8) % n;
  };
}

const households = ["first-home", "upgrade", "investment", "other"] as const;

function batch(r: (n: number) => number, from: number, size: number): { profiles: ScoringProfileInput[]; intents: IntentProfileInput[] } {
  const profiles: ScoringProfileInput[] = [];
  const intents: IntentProfileInput[] = [];
  for (let i = from; i < from + size; i++) {
    const id = `C${i}`;
    profiles.push({
      id,
      asOf: "2024-09-30",
      visits: r(6),
      lastContactOn: `2024-09-${String(1 + r(30)).padStart(2, "0")}`,
      budget: 800000 + r(200) * 10000,
      targetPrice: 2000000,
      intent: { unitType: r(2) === 1, building: r(2) === 1, floor: r(3) === 1 },
      payment: { depositPaid: r(4) === 1, mortgagePreApproved: r(3) === 1 },
      household: households[r(4)] ?? "other",
      referralsMade: r(3),
    });
    intents.push({ id, cardHolder: r(3) === 1, purchaseProbability: r(100) / 100, visited: r(2) === 1, statedIntent: r(2) === 1, expectedPurchaseInDays: r(200), depositPaid: r(10) === 1 ? 20000 : 0 });
  }
  return { profiles, intents };
}

// ---- the plain scorecard: the default scorecard's factors, written by hand ----
const DAY = 86_400_000;
const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY;
const bandPoints = (v: number, edges: readonly number[], points: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && v >= (edges[i] as number)) i++;
  return points[i] as number;
};
const householdPoints: Record<string, number> = { "first-home": 100, upgrade: 80, investment: 60 };
const linear = (v: number, max: number) => (v <= 0 ? 0 : v >= max ? 100 : Math.round((v / max) * 10000) / 100);

/** The plain scorecard: float points, weighted mean, grade. */
function plainScore(p: ScoringProfileInput): { id: string; score: number; grade: string } {
  const visits = bandPoints(p.visits ?? 0, [1, 2, 3], [0, 40, 70, 100]);
  const days = dayNumber(p.asOf ?? "") - dayNumber(p.lastContactOn ?? "");
  const recency = bandPoints(days, [7, 15, 31], [100, 70, 40, 0]);
  const fit = Math.round((Number(p.budget) / Number(p.targetPrice)) * 10000) / 10000;
  const budget = bandPoints(fit, [0.8, 1], [0, 50, 100]);
  const i = p.intent ?? {};
  const intent = linear(Number(i.unitType ?? false) + Number(i.building ?? false) + Number(i.floor ?? false), 3);
  const pay = p.payment ?? {};
  const payment = bandPoints(Number(pay.depositPaid ?? false) + Number((pay.mortgagePreApproved ?? false) || (pay.fullPayment ?? false)), [1, 2], [0, 60, 100]);
  const household = householdPoints[p.household ?? ""] ?? 40;
  const referrals = linear(p.referralsMade ?? 0, 2);
  const score = Math.round(visits * 15 + recency * 15 + budget * 20 + intent * 15 + payment * 20 + household * 10 + referrals * 5) / 100;
  return { id: p.id, score, grade: score >= 80 ? "a" : score >= 60 ? "b" : score >= 40 ? "c" : "d" };
}

/**
 * Best of `rounds` CPU times of `fn` (user + system, GC threads included), in ms: on a shared,
 * loaded machine CPU time is far steadier than wall time, and noise only ever slows a side down.
 */
function best(rounds: number, fn: () => unknown): number {
  let ms = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, (c.user + c.system) / 1000);
  }
  return ms;
}

/** scoreCustomers against the plain scorecard on the same 100,000 customers; both agree on every grade. */
function againstPlain(): void {
  const r = lcg(20240926);
  const batches = Array.from({ length: 10 }, (_, b) => batch(r, b * BATCH, BATCH).profiles);
  const n = batches.length * BATCH;
  let disagree = 0;
  for (const b of batches) {
    const ours = scoreCustomers(b, scoringPresets.defaultScorecard).scores;
    b.forEach((p, i) => {
      if (plainScore(p).grade !== ours[i]?.grade) disagree++;
    });
  }
  let sink = 0;
  const plain = best(5, () => {
    for (const b of batches) for (const p of b) sink += plainScore(p).score;
  });
  const ours = best(5, () => {
    for (const b of batches) sink += scoreCustomers(b, scoringPresets.defaultScorecard).scores.length;
  });
  if (sink < 0) console.log(sink);
  const each = (ms: number) => `${((ms * 1000) / n).toFixed(2)} µs`;
  console.log(`scoreCustomers (validation, 7 lines, full trace) ${each(ours)} CPU per customer; plain scorecard ${each(plain)}; ratio ×${(ours / plain).toFixed(1)} (aim ≤ ×10); grades differing ${disagree} of ${n}`);
}

/** Scores and grades n customers; returns milliseconds, peak heap in MB and the A counts. */
function run(n: number): { ms: number; cpuMs: number; peakMb: number; scoreA: number; intentA: number } {
  const r = lcg(20240926);
  let ms = 0;
  let cpuMs = 0;
  let peak = 0;
  let scoreA = 0;
  let intentA = 0;
  for (let from = 0; from < n; from += BATCH) {
    const { profiles, intents } = batch(r, from, Math.min(BATCH, n - from)); // input making is not timed
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const scored = scoreCustomers(profiles, scoringPresets.defaultScorecard);
    const graded = gradeIntents(intents, scoringPresets.intentCommonPractice);
    ms += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    scoreA += scored.gradeCounts["a"] ?? 0;
    intentA += graded.counts.a;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return { ms, cpuMs, peakMb: peak / 1e6, scoreA, intentA };
}

export async function bench(): Promise<void> {
  againstPlain();
  const sizes = process.argv.includes("--quick") ? [] : [100_000, 1_000_000];
  if (sizes.length) console.log(`scoring: scoreCustomers (default scorecard, 7 factors, full trace) + gradeIntents, batches of ${BATCH}`);
  let base: { n: number; ms: number; cpuMs: number; peakMb: number } | undefined;
  for (const n of sizes) {
    const r = run(n);
    base ??= { n, ms: r.ms, cpuMs: r.cpuMs, peakMb: r.peakMb };
    console.log(
      `${String(n).padStart(9)} customers ${r.ms.toFixed(0).padStart(7)} ms wall, ${r.cpuMs.toFixed(0).padStart(7)} ms CPU (${((r.cpuMs * 1000) / n).toFixed(1)} µs each)  peak heap ${r.peakMb.toFixed(0)} MB  ` +
        `size ×${(n / base.n).toFixed(0)} → wall ×${(r.ms / base.ms).toFixed(2)}, CPU ×${(r.cpuMs / base.cpuMs).toFixed(2)}, peak heap ×${(r.peakMb / base.peakMb).toFixed(2)}  (A by score ${r.scoreA}, A by intent ${r.intentA})`,
    );
  }
}
