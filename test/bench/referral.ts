/**
 * A referral forest of n customers (10% roots, each other customer referred by an earlier one)
 * with n/10 deals: referralGraph, referralRewards (two levels, a yearly cap, contract and
 * payment, review and clawback windows) and referralAgentCredit (REF-8 through attribution's
 * attributeAll), at growing n, with time, heap and the growth ratio from the smallest size.
 * The baseline is a plain Map-based pass written here: the same forest and the same rewards,
 * with no validation, no trace and no output beyond the lines and totals. Issue 9's aims:
 * graph + rewards within 3× of it at 1,000,000 customers, retained heap under 300 MB; agent
 * credit growing linearly from 100,000 to 1,000,000.
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

/**
 * The baseline: what graph + rewards compute, written plainly with Maps — first referrer wins
 * (loops skipped), two levels at 5,000 and 2,500, earned at contract and payment, a yearly cap
 * of 50,000 per referrer, lines with yuan strings and totals per referrer. No validation, no
 * trace, no flags, no review or clawback, no sorting of output.
 */
export function plainPass(input: ReferralRewardsInput): { lines: number; total: string } {
  const customers = new Map<string, { id: string }>();
  for (const c of input.customers) customers.set(c.id, c);
  const parent = new Map<string, string>();
  const referrals = [...input.referrals].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  for (const r of referrals) {
    if (!customers.has(r.referrer) || !customers.has(r.referred) || parent.has(r.referred) || r.referrer === r.referred) continue;
    let up: string | undefined = r.referrer;
    while (up !== undefined && up !== r.referred) up = parent.get(up);
    if (up === r.referred) continue;
    parent.set(r.referred, r.referrer);
  }
  const asOf = Date.parse(input.asOf);
  const used = new Map<string, number>();
  const totals = new Map<string, number>();
  const lines: { deal: string; referrer: string; level: number; amount: string; at: string }[] = [];
  for (const d of input.deals) {
    const first = parent.get(d.buyer);
    if (first === undefined || d.contractSignedAt === undefined || d.paidInFullAt === undefined) continue;
    const earned = Math.max(Date.parse(d.contractSignedAt), Date.parse(d.paidInFullAt));
    if (earned > asOf) continue;
    const year = new Date(earned + 8 * 3_600_000).toISOString().slice(0, 4);
    let who: string | undefined = first;
    for (let level = 1; level <= 2 && who !== undefined; level++) {
      const key = `${who}|${year}`;
      const fen = Math.min(level === 1 ? 500_000 : 250_000, 5_000_000 - (used.get(key) ?? 0));
      used.set(key, (used.get(key) ?? 0) + fen);
      if (fen > 0) {
        lines.push({ deal: d.id, referrer: who, level, amount: (fen / 100).toFixed(2), at: d.paidInFullAt });
        totals.set(who, (totals.get(who) ?? 0) + fen);
      }
      who = parent.get(who);
    }
  }
  let all = 0;
  for (const fen of totals.values()) all += fen;
  return { lines: lines.length, total: (all / 100).toFixed(2) };
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
  const sizes = (process.env.REFERRAL_SIZES ?? "100000,300000,1000000").split(",").map(Number);
  const base: Record<string, number> = {};
  console.log("referral forest: n customers, n/10 deals (heap = heapUsed growth at the end of the call, garbage included; kept = after a full GC, result held;");
  console.log("cpu = process CPU time, steadier than wall time on a shared machine; every decision's trace is built, there is no lighter mode)");
  for (const n of sizes) {
    const input = forest(n);
    const rows: [string, number, number, number, number, string][] = [];
    const plain = measure(() => plainPass(input));
    rows.push(["plain Map pass", plain.ms, plain.cpu, plain.heap, plain.kept, `${plain.out.lines} lines, total ¥${plain.out.total}`]);
    const g = measure(() => referralGraph({ customers: input.customers, referrals: input.referrals }));
    rows.push(["referralGraph", g.ms, g.cpu, g.heap, g.kept, `${g.out.referrals.length} referrals`]);
    g.out = undefined as never;
    const r = measure(() => referralRewards(input, policy));
    rows.push(["referralRewards", r.ms, r.cpu, r.heap, r.kept, `${r.out.lines.length} lines, ${r.out.trace.length} trace steps, total ¥${r.out.total.total}`]);
    r.out = undefined as never;
    const events = Array.from({ length: Math.floor(n / 10) }, (_, i) => ({ id: `v${i}`, kind: "visit", at: instant(0), customer: `c${i}`, agent: `A${i % 20}` }));
    const creditInput = { customers: input.customers, referrals: input.referrals, deals: input.deals.map((d, i) => ({ ...d, agent: `A${i % 20}` })), events, asOf: input.asOf };
    const c = measure(() => referralAgentCredit(creditInput));
    rows.push(["referralAgentCredit", c.ms, c.cpu, c.heap, c.kept, `${c.out.deals.length} deals credited, ${c.out.deals.filter((d) => d.basis === "introduction-chain").length} by the chain`]);
    c.out = undefined as never;
    for (const [name, ms, cpu, heap, kept, what] of rows) {
      if (n === sizes[0]) base[name] = cpu;
      const growth = base[name] && n !== sizes[0] ? `cpu ×${(cpu / base[name]!).toFixed(2)} for ×${n / sizes[0]!} size` : "";
      console.log(`n=${String(n).padStart(9)}  ${name.padEnd(20)} wall ${ms.toFixed(0).padStart(6)} ms  cpu ${cpu.toFixed(0).padStart(6)} ms  heap +${heap.toFixed(0).padStart(4)} MB  kept +${kept.toFixed(0).padStart(4)} MB  ${growth}  (${what})`);
    }
    const ours = g.ms + r.ms;
    console.log(`n=${String(n).padStart(9)}  graph + rewards: wall ${ours.toFixed(0)} ms = ×${(ours / plain.ms).toFixed(2)} the plain pass (cpu ×${((g.cpu + r.cpu) / plain.cpu).toFixed(2)}); aim ≤ ×3; kept heap ${Math.max(g.kept, r.kept).toFixed(0)} MB, aim < 300 MB`);
  }
  console.log(`rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB at the end; load average ${loadNote()}`);
}
