/**
 * A referral forest of n customers (10% roots, each other customer referred by an earlier one)
 * with n/10 deals: referralGraph, referralRewards (the 老带新 preset with levels and caps) and
 * referralAgentCredit (REF-8 through attribution's attributeAll), at growing n, with time,
 * heap and the growth ratio from the smallest size. The target: 1,000,000 customers and
 * 100,000 deals under 2 s and 300 MB.
 */
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { referralAgentCredit, referralGraph, referralRewards, type ReferralPolicyInput, type ReferralRewardsInput } from "../../src/index";
import { heapMb, seeded } from "./measure";

const pad = (n: number) => String(n).padStart(2, "0");
const instant = (minute: number) => {
  const day = Math.floor(minute / 1440);
  const m = minute % 1440;
  const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
  return `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+08:00`;
};

/** The forest: customer i > roots is referred by a random earlier customer, at minute i/4 of 2024. */
export function forest(n: number): ReferralRewardsInput {
  const rnd = seeded(n);
  const roots = Math.max(1, Math.floor(n / 10));
  const customers = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, owner: i < roots }));
  const referrals = [];
  for (let i = roots; i < n; i++) referrals.push({ id: `r${i}`, referrer: `c${Math.floor(rnd() * i)}`, referred: `c${i}`, at: instant(Math.floor(i / 4)) });
  const deals = [];
  const step = 10;
  for (let k = 0; k < Math.floor(n / step); k++) {
    const buyer = Math.min(n - 1, roots + Math.floor(rnd() * (n - roots)));
    const signed = Math.floor(buyer / 4) + 60 * 24 * 3;
    deals.push({ id: `d${k}`, buyer: `c${buyer}`, price: String(1_000_000 + Math.floor(rnd() * 4_000_000)), contractSignedAt: instant(signed), paidInFullAt: instant(signed + 600) });
  }
  return { customers, referrals, deals, asOf: "2025-12-31T00:00:00+08:00" };
}

const policy: ReferralPolicyInput = { reward: { kind: "fixed", amount: "5000" }, levels: ["1", "0.5"], caps: { perReferrerYear: "50000" }, trigger: "contract-and-payment", referrerMustBeOwner: false, reviewDays: 15, clawbackDays: 90 };

/** A full garbage collection when the runtime lets us ask for one, so heap figures are not noise. */
function collect(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (() => void) | undefined;
  return typeof gc === "function" ? gc : () => undefined;
}
const gc = collect();

/**
 * Time and heap of one call: `heap` is heapUsed growth at the end of the call (garbage not yet
 * collected included), `kept` the growth after a full collection with the result still held.
 */
function measure<T>(fn: () => T): { ms: number; cpu: number; heap: number; kept: number; out: T } {
  gc();
  const before = heapMb();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const heap = heapMb() - before;
  gc();
  return { ms, cpu: (c.user + c.system) / 1000, heap, kept: heapMb() - before, out };
}

function loadNote(): string {
  return loadavg().map((l) => l.toFixed(1)).join(" ");
}

export async function bench(): Promise<void> {
  const sizes = [100_000, 300_000, 1_000_000];
  const base: Record<string, number> = {};
  console.log("referral forest: n customers, n/10 deals (heap = heapUsed growth at the end of the call, garbage included; kept = after a full GC, result held;");
  console.log("cpu = process CPU time, steadier than wall time on a shared machine; every decision's trace is built, there is no lighter mode)");
  for (const n of sizes) {
    const input = forest(n);
    const rows: [string, number, number, number, number, string][] = [];
    const g = measure(() => referralGraph({ customers: input.customers, referrals: input.referrals }));
    rows.push(["referralGraph", g.ms, g.cpu, g.heap, g.kept, `${g.out.referrals.length} referrals`]);
    g.out = undefined as never;
    const r = measure(() => referralRewards(input, policy));
    rows.push(["referralRewards", r.ms, r.cpu, r.heap, r.kept, `${r.out.lines.length} lines, ${r.out.trace.length} trace steps, total ¥${r.out.total.total}`]);
    r.out = undefined as never;
    if (n <= 300_000) {
      // attributeAll (src/attribution) decides the credit; beyond 300k it takes too long for one run of this benchmark.
      const events = Array.from({ length: Math.floor(n / 10) }, (_, i) => ({ id: `v${i}`, kind: "visit", at: instant(0), customer: `c${i}`, agent: `A${i % 20}` }));
      const c = measure(() => referralAgentCredit({ customers: input.customers, referrals: input.referrals, deals: input.deals.map((d, i) => ({ ...d, agent: `A${i % 20}` })), events, asOf: input.asOf }));
      rows.push(["referralAgentCredit", c.ms, c.cpu, c.heap, c.kept, `${c.out.deals.length} deals credited, ${c.out.deals.filter((d) => d.basis === "introduction-chain").length} by the chain`]);
    }
    for (const [name, ms, cpu, heap, kept, what] of rows) {
      if (n === sizes[0]) base[name] = cpu;
      const growth = base[name] && n !== sizes[0] ? `cpu ×${(cpu / base[name]!).toFixed(2)} for ×${n / sizes[0]!} size` : "";
      console.log(`n=${String(n).padStart(9)}  ${name.padEnd(20)} wall ${ms.toFixed(0).padStart(6)} ms  cpu ${cpu.toFixed(0).padStart(6)} ms  heap +${heap.toFixed(0).padStart(4)} MB  kept +${kept.toFixed(0).padStart(4)} MB  ${growth}  (${what})`);
    }
  }
  console.log(`rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB at the end; load average ${loadNote()}`);
}
