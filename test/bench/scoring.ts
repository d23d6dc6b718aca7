/**
 * Benchmark (not a test): scoring and grading customers at growing sizes, up to 1,000,000.
 * Customers stream through in batches (as an office would page through its CRM), so memory
 * stays flat while time grows with the count. Prints time, heap and the growth ratios
 * against the 100k baseline measured in the same run.
 * Run: npx tsx -e 'import("./test/bench/scoring.ts").then(m=>m.bench())'
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
  const sizes = [100_000, 1_000_000];
  console.log(`scoring: scoreCustomers (default scorecard, 7 factors, full trace) + gradeIntents, batches of ${BATCH}`);
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
