import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FUZZ_RUNS,
  REMOVE,
  badMoney,
  call,
  contractProblem,
  deepFrozenCopy,
  fingerprint,
  moneyKeys,
  pathsIn,
  prototypeState,
  publicFunctions,
  sampleArgs,
  snapshot,
  withValueAt,
} from "./harness";

/**
 * Issue 10's fuzz suite: one property per public function (enumerated from the root exports),
 * fed arbitrary JSON (with `__proto__`/`constructor` keys, coercion traps and huge values) and
 * mutations of the doc examples' arguments. Every call ends in a result or a non-INTERNAL
 * ShoulouError with a path; the input is unchanged; a deep-frozen copy gives the same outcome;
 * no prototype changes; money fields are `-?digits.dd`; the outcome is the same in other time zones.
 *
 * `npm test` runs FUZZ_RUNS=20 inputs per function; `npm run test:fuzz` and
 * `npm run test:fuzz:full` run more (see docs/quality.md).
 */

const samples = sampleArgs();
const allKeys = [...new Set([...samples.values()].flatMap((lists) => lists.flatMap((args) => pathsIn(args, 400).map((p) => p[p.length - 1]).filter((k): k is string => typeof k === "string"))))];

const trap = () => fc.constantFrom<unknown>(
  { length: { toString: 1, valueOf: 1 } },
  { toString: 1, valueOf: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  { length: 1e9 },
  { length: -1 },
  [],
  {},
);
const hugeOrOdd = fc.constantFrom<unknown>(
  "9".repeat(100_000),
  `1.${"0".repeat(50_000)}1`,
  "x".repeat(300),
  " 100 ",
  "100\u3000",
  "+100",
  "1e5",
  "-0",
  "9999-12-31",
  "9999-12-31T23:59:59.999999999+14:00",
  "0001-01-01T00:00:00-12:00",
  "2024-02-30",
  "",
  "__proto__",
  "constructor",
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  2 ** 53,
  1e21,
  Array.from({ length: 2000 }, (_, i) => i),
);
const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "length", "then", "hasOwnProperty"), fc.string({ maxLength: 6 }), ...(allKeys.length ? [fc.constantFrom(...allKeys)] : []));

const { value: jsonish } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), trap(), hugeOrOdd),
    fc.array(tie("value"), { maxLength: 4 }),
    fc
      .array(fc.tuple(key, tie("value")), { maxLength: 5 })
      .map((entries) => {
        const o: Record<string, unknown> = {};
        for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        return o;
      }),
  ),
}));

/** A doc example's arguments with one place replaced by a fuzz value, or removed. */
function mutated(name: string): fc.Arbitrary<unknown[]> {
  const lists = samples.get(name) ?? [];
  if (lists.length === 0) return fc.array(jsonish, { maxLength: 3 });
  return fc
    .record({ which: fc.nat(), at: fc.nat(), remove: fc.boolean(), value: jsonish, times: fc.integer({ min: 1, max: 3 }) })
    .map(({ which, at, remove, value, times }) => {
      let args = lists[which % lists.length] ?? [];
      for (let t = 0; t < times; t++) {
        const paths = pathsIn(args, 400);
        const path = paths[(at + t * 7919) % paths.length] ?? [0];
        args = withValueAt(args, path, remove && path.length > 1 ? REMOVE : value);
      }
      return args;
    });
}

const ZONES = ["Asia/Shanghai", "America/New_York", "Pacific/Chatham"];

function inZone<T>(zone: string, f: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return f();
  } finally {
    process.env.TZ = before;
  }
}

describe("every public function keeps its contract on hostile input", () => {
  for (const [name, fn] of publicFunctions()) {
    const money = moneyKeys((samples.get(name) ?? []).map((args) => {
      const o = call(fn, structuredClone(args));
      return o.kind === "result" ? o.value : undefined;
    }));
    const input = fc.oneof({ weight: 1, arbitrary: fc.array(jsonish, { maxLength: 4 }) }, { weight: 3, arbitrary: mutated(name) });
    it(`${name}: a result or a typed refusal; input, prototypes and time zone make no difference`, () => {
      let count = 0;
      fc.assert(
        fc.property(input, (args) => {
          count++;
          const before = snapshot(args);
          const protos = prototypeState();
          const outcome = call(fn, args);
          const problem = contractProblem(outcome);
          if (problem) throw new Error(`${name}(${snapshot(args).slice(0, 300)}): ${problem}`);
          expect(snapshot(args), "the input is unchanged").toBe(before);
          expect(prototypeState(), "no prototype changes").toBe(protos);
          expect(({} as { polluted?: unknown }).polluted, "Object.prototype is not polluted").toBeUndefined();
          if (outcome.kind === "result") expect(badMoney(outcome.value, money), "money is -?digits.dd").toEqual([]);
          const print = fingerprint(outcome);
          expect(fingerprint(call(fn, deepFrozenCopy(args))), "a deep-frozen input gives the same outcome").toBe(print);
          // Time zones: every fifth input (the rest of the contract is checked on all).
          if (count % 5 === 0) for (const zone of ZONES) expect(inZone(zone, () => fingerprint(call(fn, args))), zone).toBe(print);
        }),
        { numRuns: FUZZ_RUNS },
      );
      fuzzCounts.set(name, (fuzzCounts.get(name) ?? 0) + count);
    }, 600_000);
  }
  it("counts the inputs tried", () => {
    const total = [...fuzzCounts.values()].reduce((a, b) => a + b, 0);
    if (process.env.FUZZ_REPORT) console.log(`fuzz: ${total} inputs over ${fuzzCounts.size} functions (${FUZZ_RUNS} each)`);
    expect(total).toBeGreaterThanOrEqual(fuzzCounts.size * FUZZ_RUNS);
  });
});

const fuzzCounts = new Map<string, number>();
