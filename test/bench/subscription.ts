/**
 * resolveUnitPicks at growing sizes: n cards with 20 preferences each over n/2 units (100,000
 * cards over 50,000 units at the top), every card reached (a policy with room for all), and
 * planSelectionEvent for the same cards. Prints the CPU time of a run, the heap held by
 * one result (a delta of heapUsed, so GC timing adds noise), and the growth ratios against n log n.
 */
import { planSelectionEvent, resolveUnitPicks, type SubscriptionPolicyInput, type UnitPicksInput } from "../../src/index";
import { heapMb, seeded } from "./measure";

const PREFS = 20;
const SIZES = [10_000, 20_000, 50_000, 100_000];
const policy: SubscriptionPolicyInput = { dailyCap: 10_000, groupSize: 100, slotMinutes: 1, startTime: "00:00" };

function makeInput(n: number): UnitPicksInput {
  const rnd = seeded(n);
  const unitCount = n / 2;
  const units = Array.from({ length: unitCount }, (_, i) => `U${i}`);
  const cards = Array.from({ length: n }, (_, i) => {
    const prefs = new Set<string>();
    while (prefs.size < PREFS) {
      // skewed demand: half the picks go to the most wanted tenth of the units
      const hot = rnd() < 0.5;
      prefs.add(units[Math.floor(rnd() * (hot ? unitCount / 10 : unitCount))]!);
    }
    return { number: n - i, preferences: [...prefs], present: rnd() > 0.05 };
  });
  const dates = Array.from({ length: Math.ceil(n / 10_000) }, (_, i) => `2024-10-${String(i + 1).padStart(2, "0")}`);
  return { units, cards, dates };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Best of `rounds` CPU times in ms (user + system of this process): on a shared machine the
 * wall clock also counts other people's work, the CPU time much less so.
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

export async function bench(): Promise<void> {
  resolveUnitPicks(makeInput(5_000), policy); // warm the JIT so the first size is not penalised
  const rows: { n: number; ms: number; planMs: number; mb: number }[] = [];
  for (const n of SIZES) {
    const input = makeInput(n);
    gc();
    const heap0 = heapMb();
    let out: ReturnType<typeof resolveUnitPicks> | undefined;
    const ms = best(1, () => (out = resolveUnitPicks(input, policy)));
    const mb = heapMb() - heap0;
    const planCards = { cards: input.cards.map((c) => ({ number: c.number })), dates: input.dates! };
    const planMs = best(2, () => planSelectionEvent(planCards, policy));
    rows.push({ n, ms, planMs, mb });
    console.log(
      `n=${String(n).padStart(7)} cards × ${PREFS} prefs over ${n / 2} units: resolve ${ms.toFixed(0).padStart(6)} ms CPU, plan ${planMs.toFixed(0).padStart(5)} ms CPU, ` +
        `heap +${mb.toFixed(1)} MB (allocated ${out!.allocations.length}, forfeited ${out!.forfeits.length}, units left ${out!.unitsLeft})`,
    );
  }
  const base = rows[0]!;
  const nlogn = (n: number) => n * Math.log2(n);
  for (const r of rows.slice(1))
    console.log(
      `growth ${base.n} → ${r.n}: time ×${(r.ms / base.ms).toFixed(2)} (n ×${(r.n / base.n).toFixed(0)}, n log n ×${(nlogn(r.n) / nlogn(base.n)).toFixed(2)}), ` +
        `plan ×${(r.planMs / base.planMs).toFixed(2)}, heap ×${(r.mb / base.mb).toFixed(2)}`,
    );
}
