/** Timing helpers for the benchmarks: best of several rounds, so noise only ever slows a side down. */
export function timePerCall(fn: (i: number) => unknown, calls: number, rounds = 5): number {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) if (fn(i) !== undefined) sink++;
    const ns = Number(process.hrtime.bigint() - t0) / calls;
    if (ns < best) best = ns;
  }
  if (sink < 0) console.log(sink); // keeps the loop observable
  return best;
}

export function heapMb(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

/** A seeded generator (mulberry32): the same sweep every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fmt(ns: number): string {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
}
