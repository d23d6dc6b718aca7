/**
 * attributeAll over a whole office's history (1,000,000 events over 200,000 customers) against
 * the same core rules — first contact, protection period, channel registration — written for
 * json-rules-engine, in the same run; and how attributeAll's time grows from 100k to 1M events.
 *
 * json-rules-engine is asynchronous and costs tens of µs per event, so it runs on a sample of
 * customers (all of their events) and its time is extrapolated linearly to the full size — its
 * cost per event does not depend on the office size (each `engine.run` sees one event's facts).
 * The ratio is conservative for shoulou: attributeAll also validates every event (field by field;
 * anything unusual goes through the zod schema), applies ATT-1a/2/3/4/5 and ATT-CH-*, and — in
 * its default form — writes every trace; the baseline does none of that.
 *
 * At every size attributeAll (every answer with its full trace) is measured against a plain
 * first-contact pass written here — group by customer, earliest contact, protection end, no
 * validation, no trace — on the same events, in the same run. "heap" is heapUsed right after a
 * run (garbage not yet collected included). Ratios use CPU time (user + system): the build
 * machine is shared, and wall time there measures the neighbours.
 */
import { Engine } from "json-rules-engine";
import { attributeAll, attributionPresets, type AttributionEventInput } from "../../src/attribution/index";
import { heapMb, seeded } from "./measure";

const BASE = Date.UTC(2024, 0, 1) - 8 * 3_600_000; // 2024-01-01T00:00+08:00
const DAY = 86_400_000;
const AS_OF = "2024-12-31T00:00:00+08:00";
const AS_OF_MS = Date.UTC(2024, 11, 30, 16);

function iso(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

interface Office {
  readonly events: AttributionEventInput[];
  readonly customers: { id: string; phone: string }[];
}

/** A seeded office: per customer a first contact, later visits, sometimes a channel registration, an introduction, a deal. */
export function office(targetEvents: number, customerCount: number, seed = 2024): Office {
  const rnd = seeded(seed);
  const events: AttributionEventInput[] = [];
  const customers: { id: string; phone: string }[] = [];
  const perCustomer = (targetEvents / customerCount) * 1.18; // deals end some histories early
  let n = 0;
  for (let c = 0; c < customerCount; c++) {
    const id = `C${c}`;
    const phone = `13${String(100_000_000 + c).slice(-9)}`;
    customers.push({ id, phone });
    const owner = `A${Math.floor(rnd() * 40)}`;
    let t = BASE + Math.floor(rnd() * 330) * DAY + Math.floor(rnd() * 600) * 60_000;
    const budget = Math.max(1, Math.round(perCustomer + (rnd() - 0.5) * 4));
    let made = 0;
    const push = (e: AttributionEventInput) => {
      events.push(e);
      made++;
    };
    if (rnd() < 0.2 && made < budget - 1) push({ id: `e${n++}`, kind: "channel-registration", at: iso(t - DAY), channel: `K${Math.floor(rnd() * 30)}`, phone });
    if (c > 0 && rnd() < 0.1 && made < budget - 1) {
      push({ id: `e${n++}`, kind: "introduction", at: iso(t - 3_600_000), customer: id, introducer: `C${Math.floor(rnd() * c)}`, via: "phone", registeredBeforeVisit: rnd() < 0.5 });
    }
    push({ id: `e${n++}`, kind: rnd() < 0.6 ? "visit" : "call", at: iso(t), customer: id, agent: owner });
    while (made < budget) {
      t += Math.floor(1 + rnd() * 20) * DAY;
      const r = rnd();
      if (r < 0.15) {
        push({ id: `e${n++}`, kind: "deal", at: iso(t), customer: id, agent: owner });
        break;
      }
      const agent = r < 0.8 ? owner : `A${Math.floor(rnd() * 40)}`;
      push({ id: `e${n++}`, kind: "visit", at: iso(t), customer: id, agent, ...(agent === owner ? {} : { ownerOnDuty: false }) });
    }
  }
  return { events, customers };
}

/** First contact + protection (15 days, midnight +08:00) + channel (registration→visit 3 days→deal 30 days) as json-rules-engine rules. */
function rulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const contact = { fact: "kind", operator: "in", value: ["visit", "call", "deal"] };
  engine.addRule({ name: "protection-expired", priority: 30, conditions: { all: [contact, { fact: "owner", operator: "notEqual", value: null }, { fact: "locked", operator: "equal", value: false }, { fact: "ms", operator: "greaterThanInclusive", value: { fact: "until" } }] }, event: { type: "expire" } });
  engine.addRule({ name: "first-contact", priority: 20, conditions: { all: [contact, { any: [{ fact: "owner", operator: "equal", value: null }, { all: [{ fact: "locked", operator: "equal", value: false }, { fact: "ms", operator: "greaterThanInclusive", value: { fact: "until" } }] }] }] }, event: { type: "own" } });
  engine.addRule({ name: "deal-locks", priority: 10, conditions: { all: [{ fact: "kind", operator: "equal", value: "deal" }] }, event: { type: "lock" } });
  engine.addRule({ name: "channel-registration", priority: 10, conditions: { all: [{ fact: "kind", operator: "equal", value: "channel-registration" }, { fact: "firstContact", operator: "equal", value: null }, { fact: "channel", operator: "equal", value: null }] }, event: { type: "register" } });
  engine.addRule({ name: "channel-visit-in-window", priority: 10, conditions: { all: [{ fact: "kind", operator: "equal", value: "visit" }, { fact: "registeredUntil", operator: "greaterThan", value: { fact: "ms" } }, { fact: "channelVisit", operator: "equal", value: null }] }, event: { type: "channel-visit" } });
  engine.addRule({ name: "channel-deal-in-window", priority: 5, conditions: { all: [{ fact: "kind", operator: "equal", value: "deal" }, { fact: "channelUntil", operator: "greaterThan", value: { fact: "ms" } }] }, event: { type: "channel-credit" } });
  return engine;
}

/** Local midnight (+08:00) `days` after the local date of `ms`. */
function midnightAfter(ms: number, days: number): number {
  const local = ms + 8 * 3_600_000;
  return Math.floor(local / DAY) * DAY + days * DAY - 8 * 3_600_000;
}

interface Flat {
  customer: string;
  kind: string;
  ms: number;
  agent: string | null;
  phone: string | null;
}

/** Runs the baseline over the events of `customers` (grouped and sorted like attributeAll); returns owners. */
async function baseline(engine: Engine, events: readonly AttributionEventInput[], phoneOwner: ReadonlyMap<string, string>): Promise<Map<string, string | null>> {
  const byCustomer = new Map<string, Flat[]>();
  for (const e of events) {
    const customer = e.kind === "channel-registration" ? phoneOwner.get(e.phone) : e.customer;
    if (customer === undefined) continue;
    const flat: Flat = { customer, kind: e.kind, ms: Date.parse(e.at), agent: "agent" in e ? e.agent : null, phone: e.kind === "channel-registration" ? e.phone : null };
    const list = byCustomer.get(customer);
    if (list) list.push(flat);
    else byCustomer.set(customer, [flat]);
  }
  const owners = new Map<string, string | null>();
  for (const [customer, list] of byCustomer) {
    list.sort((a, b) => a.ms - b.ms);
    const s = { owner: null as string | null, until: 0, locked: false, firstContact: null as number | null, channel: null as string | null, registeredUntil: 0, channelVisit: null as number | null, channelUntil: 0 };
    for (const e of list) {
      if (e.ms > AS_OF_MS) continue;
      const { events: fired } = await engine.run({ kind: e.kind, ms: e.ms, owner: s.owner, until: s.until, locked: s.locked, firstContact: s.firstContact, channel: s.channel, registeredUntil: s.registeredUntil, channelVisit: s.channelVisit, channelUntil: s.channelUntil });
      for (const f of fired) {
        if (f.type === "expire") s.owner = null;
        else if (f.type === "own") {
          s.owner = e.agent;
          s.until = midnightAfter(e.ms, 15);
        } else if (f.type === "lock" && s.owner !== null) s.locked = true;
        else if (f.type === "register") {
          s.channel = e.phone;
          s.registeredUntil = midnightAfter(e.ms, 3);
        } else if (f.type === "channel-visit") {
          s.channelVisit = e.ms;
          s.channelUntil = midnightAfter(e.ms, 30);
        }
      }
      if (e.kind !== "channel-registration" && s.firstContact === null) s.firstContact = e.ms;
    }
    owners.set(customer, s.locked || s.until > AS_OF_MS ? s.owner : null);
  }
  return owners;
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** CPU milliseconds (user + system, all threads) since `c0`: fairer than wall time on a shared machine. */
function cpu(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * The plain pass issue 9 compares with: group by customer, earliest contact (visit, call or deal)
 * at or before asOf, protection until local midnight (+08:00) 15 days later, owner while it lasts.
 * No validation, no identity, no chains, no channels, no trace.
 */
export function plainFirstContact(events: readonly AttributionEventInput[], asOfMs: number): Map<string, string | null> {
  const first = new Map<string, { ms: number; agent: string }>();
  for (const e of events) {
    if (e.kind !== "visit" && e.kind !== "call" && e.kind !== "deal") continue;
    const ms = Date.parse(e.at);
    if (ms > asOfMs) continue;
    const f = first.get(e.customer);
    if (f === undefined || ms < f.ms) first.set(e.customer, { ms, agent: e.agent });
  }
  const owners = new Map<string, string | null>();
  for (const [customer, f] of first) owners.set(customer, midnightAfter(f.ms, 15) > asOfMs ? f.agent : null);
  return owners;
}

export async function bench(): Promise<void> {
  const policy = { ...attributionPresets.versionB, channel: attributionPresets.channelPractice.channel };
  console.log("attributeAll (full traces) against a plain first-contact pass, by office size (events, customers = events / 5)");
  const sizes = [100_000, 250_000, 500_000, 1_000_000];
  const times: number[] = [];
  const cpus: number[] = [];
  let full: Office | null = null;
  let fullResult: ReturnType<typeof attributeAll> | null = null;
  let plainCpu1M = 0;
  for (const [k, size] of sizes.entries()) {
    const o = office(size, size / 5);
    console.log(`  ${o.events.length.toLocaleString("en")} events, ${o.customers.length.toLocaleString("en")} customers`);
    // The plain pass is fast: best of three, so that noise can only slow it (and flatter us less).
    let plainCpu = Infinity;
    let plainWall = Infinity;
    for (let r = 0; r < 3; r++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      plainFirstContact(o.events, AS_OF_MS);
      plainWall = Math.min(plainWall, ms(t0));
      plainCpu = Math.min(plainCpu, cpu(c0));
    }
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const r = attributeAll({ asOf: AS_OF, events: o.events, customers: o.customers }, policy);
    times.push(ms(t0));
    cpus.push(cpu(c0));
    const t = times[k] as number;
    const c = cpus[k] as number;
    const growth = k > 0 ? ` (×${(c / (cpus[k - 1] as number)).toFixed(2)} CPU for ×${(size / (sizes[k - 1] as number)).toFixed(1)} events)` : "";
    console.log(`    attributeAll: ${t.toFixed(0)} ms wall, ${c.toFixed(0)} ms CPU = ${((c * 1000) / o.events.length).toFixed(2)} µs/event CPU, heap ${heapMb().toFixed(0)} MB${growth}`);
    console.log(`    plain first-contact pass: ${plainWall.toFixed(0)} ms wall, ${plainCpu.toFixed(0)} ms CPU → attributeAll / plain = ${(c / plainCpu).toFixed(1)}× CPU (aim ≤ 2.5×)`);
    if (size === 1_000_000) {
      full = o;
      fullResult = r;
      plainCpu1M = plainCpu;
    }
  }
  const g = (xs: number[]) => ((xs[xs.length - 1] as number) / (xs[0] as number)).toFixed(2);
  console.log(`  growth 100k → 1M events, for ×10 events (linear ×10; n log n ×${(10 * Math.log(1e6) / Math.log(1e5)).toFixed(1)}): wall ×${g(times)}, CPU ×${g(cpus)}`);

  if (!full || !fullResult) return;
  const sampleCustomers = 8_000;
  const sampleIds = new Set(full.customers.slice(0, sampleCustomers).map((c) => c.id));
  const phoneOwner = new Map(full.customers.map((c) => [c.phone, c.id]));
  const sampleEvents = full.events.filter((e) => (e.kind === "channel-registration" ? sampleIds.has(phoneOwner.get(e.phone) ?? "") : sampleIds.has(e.customer)));
  const engine = rulesEngine();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const owners = await baseline(engine, sampleEvents, phoneOwner);
  const tSample = ms(t0);
  const cSample = cpu(c0);
  const cpuExtrapolated = (cSample / sampleEvents.length) * full.events.length;
  const ourCpu = cpus[cpus.length - 1] as number;
  const perEvent = tSample / sampleEvents.length;
  const extrapolated = perEvent * full.events.length;
  const ours = times[times.length - 1] as number;
  let agree = 0;
  for (const a of fullResult.attributions) if (sampleIds.has(a.customer) && owners.get(a.customer) === a.owner) agree++;
  console.log("json-rules-engine — first contact + protection + channel, same events");
  console.log(`  sample: ${sampleEvents.length.toLocaleString("en")} events of ${sampleCustomers.toLocaleString("en")} customers in ${tSample.toFixed(0)} ms wall (${cSample.toFixed(0)} ms CPU) = ${(perEvent * 1000).toFixed(1)} µs/event`);
  console.log(`  extrapolated to ${full.events.length.toLocaleString("en")} events: ${(extrapolated / 1000).toFixed(1)} s wall, ${(cpuExtrapolated / 1000).toFixed(1)} s CPU (linear: one engine.run per event)`);
  console.log(`  owners agreeing with attributeAll on the sample: ${agree} / ${owners.size} (the baseline lacks helpers, chains, named agents)`);
  console.log(`ratio at 1M events (CPU):  json-rules-engine ~${(cpuExtrapolated / 1000).toFixed(1)} s / attributeAll ${(ourCpu / 1000).toFixed(2)} s → ${(cpuExtrapolated / ourCpu).toFixed(1)}× faster (aim ≥ 50×)`);
  console.log(`ratio at 1M events (wall): json-rules-engine ~${(extrapolated / 1000).toFixed(1)} s / attributeAll ${(ours / 1000).toFixed(2)} s → ${(extrapolated / ours).toFixed(1)}× faster`);
  console.log(`ratio at 1M events (CPU):  attributeAll / plain first-contact pass = ${(ourCpu / plainCpu1M).toFixed(1)}× (aim ≤ 2.5×)`);
  adversarial();
}

const advAt = (min: number) => `${new Date(Date.UTC(2024, 0, 1) + min * 60_000).toISOString().slice(0, 19)}+00:00`;
const ADV_AS_OF = "2024-06-01T00:00:00+00:00";
const cpuNow = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
type Case = (n: number) => { events: AttributionEventInput[]; customers?: { id: string; phone?: string; idNumber?: string }[] };
const cases: Record<string, Case> = {
  "one customer, n helpers": (n) => ({ events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, kind: "visit" as const, at: advAt(i), customer: "C", agent: `A${i}`, ownerOnDuty: false })) }),
  "one introducer, n introductions + n re-registrations": (n) => {
    const ev: AttributionEventInput[] = [{ id: "root", kind: "visit", at: advAt(0), customer: "R", agent: "A" }];
    for (let i = 0; i < n / 2; i++) ev.push({ id: `rr${i}`, kind: "re-registration", at: advAt(20 * 1440 + i), customer: "R", agent: `B${i}`, managerApproved: true });
    for (let i = 0; i < n / 2; i++) { ev.push({ id: `i${i}`, kind: "introduction", at: advAt(40 * 1440 + 2 * i), customer: `N${i}`, introducer: "R", via: "phone", registeredBeforeVisit: true }); ev.push({ id: `v${i}`, kind: "visit", at: advAt(40 * 1440 + 2 * i + 1), customer: `N${i}`, agent: "X" }); }
    return { events: ev };
  },
  "n introductions naming an off-duty agent + n arrivals": (n) => {
    const ev: AttributionEventInput[] = [{ id: "root", kind: "visit", at: advAt(0), customer: "R", agent: "A" }];
    for (let i = 0; i < n / 2; i++) ev.push({ id: `i${i}`, kind: "introduction", at: advAt(100 + i), customer: "N", introducer: "R", via: "phone", askedFor: `F${i}`, askedForOnDuty: false });
    ev.push({ id: "vn", kind: "visit", at: advAt(100 + n), customer: "N", agent: "X" });
    for (let i = 0; i < n / 2; i++) ev.push({ id: `a${i}`, kind: "named-agent-arrival", at: advAt(200 + n + i), customer: "N", agent: `G${i}` });
    return { events: ev };
  },
  "masked key shared by 5,000 customers, n registrations": (n) => {
    const customers = Array.from({ length: 5000 }, (_, i) => ({ id: `C${i}`, phone: `138${String(i).padStart(4, "0")}5678` }));
    const events: AttributionEventInput[] = customers.map((c, i) => ({ id: `v${i}`, kind: "visit" as const, at: advAt(1440 + i), customer: c.id, agent: "A" }));
    for (let i = 0; i < n; i++) events.push({ id: `r${i}`, kind: "channel-registration", at: advAt(i), channel: `K${i}`, phone: "138****5678" });
    return { events, customers };
  },
  "one person by n colliding phones (a batch of n)": (n) => {
    const customers = Array.from({ length: n }, (_, i) => ({ id: `C${i}`, idNumber: "X" }));
    return { events: customers.map((c, i) => ({ id: `v${i}`, kind: "visit" as const, at: advAt(i), customer: c.id, agent: `A${i % 7}` })), customers };
  },
  "ids of 200 characters sharing a prefix": (n) => ({ events: Array.from({ length: n }, (_, i) => ({ id: "x".repeat(190) + String(i).padStart(10, "0"), kind: "visit" as const, at: advAt(i % 1000), customer: "y".repeat(190) + String(i % 1000).padStart(10, "0"), agent: "A" })) }),
};
/**
 * Issue 10: time against adversarial input — lists an attacker can make long inside one customer
 * (helpers, an introducer's history, named agents and arrivals, registrations sharing a masked key,
 * one batch of many customers, long ids). Each doubling should cost about ×2 (n log n: ≤ ×2.5).
 */
export function adversarial(): void {
  const P = { ...attributionPresets.versionB, channel: attributionPresets.channelPractice.channel };
  console.log("adversarial input — CPU per doubling of n (best of 3; n log n ≈ ×2.1, aim ≤ ×2.5)");
  for (const [name, make] of Object.entries(cases)) {
  const sizes = [20_000, 40_000, 80_000];
  const times: number[] = [];
  for (const n of sizes) {
    const input = make(n);
    let best = Infinity;
    for (let r = 0; r < 3; r++) { const t = cpuNow(); attributeAll({ asOf: ADV_AS_OF, events: input.events, customers: input.customers ?? [] }, P); best = Math.min(best, cpuNow() - t); }
    times.push(best);
  }
  console.log(`  ${name}: ${times.map((t) => t.toFixed(0)).join(" / ")} ms CPU at 20k/40k/80k → ×${(times[1]! / times[0]!).toFixed(2)}, ×${(times[2]! / times[1]!).toFixed(2)} per doubling`);
}
}
