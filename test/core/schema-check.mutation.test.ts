import { describe, expect, it } from "vitest";
import * as z from "zod";
import { compileCheck, compileParse, defaultsOf, NOT_SURE } from "../../src/core/schema-check";
import { attributionEventSchema, referralCustomerSchema, referralPayoutSchema, referralSchema } from "../../src/index";

// Example answers of compiled checks and parses, each next to what zod says, so that every branch
// of src/core/schema-check.ts is held to an exact answer (the property test holds the laws).

/** zod's answer without throwing: its output, or "rejects"/"throws". */
const zod = (schema: z.ZodType, v: unknown): unknown => {
  try {
    const r = schema.safeParse(v);
    return r.success ? r.data : "rejects";
  } catch {
    return "throws";
  }
};

/** A schema kind the compiler does not know (so it answers "ask zod"), wrapping `inner`. */
const unknownKind = <T extends z.ZodType>(inner: T) => z.lazy(() => inner);

const at = "2024-03-01T10:00:00+08:00";

describe("CORE-SCHEMA: compiled checks and parses, exact answers", () => {
  it("CORE-SCHEMA: a schema kind the compiler does not know is 'ask zod', for a parse and a check, even for undefined", () => {
    const date = z.date();
    expect(compileParse(date)(new Date(0))).toBe(NOT_SURE);
    expect(compileParse(date)(undefined)).toBe(NOT_SURE);
    expect(compileCheck(date)(undefined)).toBe(false);
    expect(zod(date, undefined)).toBe("rejects");
  });

  it("CORE-SCHEMA: a union does not skip an option it cannot judge (zod may take it)", () => {
    const u = z.union([unknownKind(z.string().transform((s) => `${s}!`)), z.string()]);
    expect(zod(u, "a")).toBe("a!");
    expect(compileParse(u)("a")).toBe(NOT_SURE);
    expect(compileCheck(u)("a")).toBe(false);
  });

  it("CORE-SCHEMA: a refine's non-boolean result counts as zod counts it (truthy passes, falsy fails)", () => {
    const one = z.string().refine(() => 1 as unknown as boolean);
    const zero = z.string().refine(() => 0 as unknown as boolean);
    const empty = z.string().refine(() => "" as unknown as boolean);
    expect(compileCheck(one)("a")).toBe(true);
    expect(zod(one, "a")).toBe("a");
    expect(compileCheck(zero)("a")).toBe(false);
    expect(zod(zero, "a")).toBe("rejects");
    expect(compileCheck(empty)("a")).toBe(false);
    expect(compileParse(zero)("a")).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: an async refine is zod's to handle: never a compiled yes", () => {
    const s = z.string().refine(async () => Promise.resolve(true));
    expect(zod(s, "a")).toBe("throws");
    expect(compileCheck(s)("a")).toBe(false);
    expect(compileParse(s)("a")).toBe(NOT_SURE);
    const second = z.string().refine((x) => x !== "x").refine(async () => Promise.resolve(true));
    expect(zod(second, "a")).toBe("throws");
    expect(compileCheck(second)("a")).toBe(false);
    const third = z.string().refine((x) => x !== "x").refine((x) => x !== "y").refine(async () => Promise.resolve(true));
    expect(zod(third, "a")).toBe("throws");
    expect(compileCheck(third)("a")).toBe(false);
  });

  it("CORE-SCHEMA: a bound (no fast predicate) followed by a refine runs both, as zod does", () => {
    const s = z.string().min(2).refine((x) => x !== "xx");
    expect(compileCheck(s)("ab")).toBe(true);
    expect(compileCheck(s)("xx")).toBe(false);
    expect(compileCheck(s)("a")).toBe(false);
    expect(compileParse(s)("ab")).toBe("ab");
    expect(zod(s, "xx")).toBe("rejects");
  });

  it("CORE-SCHEMA: two refines: both must pass, and the type first", () => {
    const s = z.string().refine((x) => x !== "x").refine((x) => x !== "y");
    const check = compileCheck(s);
    expect(check("a")).toBe(true);
    expect(check("x")).toBe(false);
    expect(check("y")).toBe(false);
    expect(check(5)).toBe(false);
    expect(compileParse(s)("a")).toBe("a");
    expect(compileParse(s)("y")).toBe(NOT_SURE);
    for (const v of ["a", "x", "y", 5]) expect(check(v)).toBe(zod(s, v) === v);
  });

  it("CORE-SCHEMA: three refines: all must pass, and the type first", () => {
    const s = z.string().refine((x) => x !== "x").refine((x) => x !== "y").refine((x) => x !== "z");
    const check = compileCheck(s);
    expect(check("a")).toBe(true);
    expect(check("x")).toBe(false);
    expect(check("y")).toBe(false);
    expect(check("z")).toBe(false);
    expect(check(5)).toBe(false);
    expect(compileParse(s)("a")).toBe("a");
    expect(compileParse(s)("z")).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: four refines: the fourth is run too", () => {
    const s = z.string().refine((x) => x !== "x").refine((x) => x !== "y").refine((x) => x !== "z").refine((x) => x !== "w");
    expect(compileCheck(s)("w")).toBe(false);
    expect(zod(s, "w")).toBe("rejects");
    expect(compileCheck(s)("a")).toBe(true);
  });

  it("CORE-SCHEMA: a union skips an option that surely rejects, whatever its number of checks", () => {
    const one = z.union([z.string().refine((x) => x !== "x"), z.string()]);
    const two = z.union([z.string().refine((x) => x !== "x").refine(() => true), z.string()]);
    const three = z.union([z.string().refine((x) => x !== "x").refine(() => true).refine(() => true), z.string()]);
    const bound = z.union([z.string().min(2), z.string()]);
    for (const u of [one, two, three]) {
      expect(compileParse(u)("x")).toBe("x");
      expect(zod(u, "x")).toBe("x");
    }
    expect(compileParse(bound)("a")).toBe("a");
    expect(compileCheck(bound)("a")).toBe(true);
  });

  it("CORE-SCHEMA: a check that rewrites the value (trim) is zod's to apply", () => {
    const s = z.string().trim();
    expect(zod(s, " a ")).toBe("a");
    expect(compileCheck(s)(" a ")).toBe(false);
    expect(compileParse(s)(" a ")).toBe(NOT_SURE);
    expect(compileCheck(s)("a")).toBe(true);
  });

  it("CORE-SCHEMA: a stripping object (unknown keys dropped by zod) is not compiled", () => {
    const s = z.object({ a: z.string() });
    expect(zod(s, { a: "x", b: 1 })).toStrictEqual({ a: "x" });
    expect(compileCheck(s)({ a: "x", b: 1 })).toBe(false);
    expect(compileParse(s)({ a: "x", b: 1 })).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: a loose object keeps unknown keys: accepted as given", () => {
    const s = z.looseObject({ a: z.string() });
    const item = { a: "x", b: 1 };
    expect(zod(s, item)).toStrictEqual(item);
    expect(compileCheck(s)(item)).toBe(true);
    expect(compileParse(s)(item)).toBe(item);
    expect(compileCheck(s)({ a: 1, b: 1 })).toBe(false);
  });

  it("CORE-SCHEMA: a key named like an Object.prototype member makes the object 'ask zod' (zod reads it through the prototype)", () => {
    const s = z.strictObject({ a: z.string(), toString: z.string().optional() });
    expect(zod(s, { a: "x" })).toBe("rejects");
    expect(compileCheck(s)({ a: "x" })).toBe(false);
    expect(compileParse(s)({ a: "x" })).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: an object schema answers 'ask zod' for null, undefined, primitives and arrays, without throwing", () => {
    const s = z.strictObject({ a: z.string().optional() });
    for (const v of [null, undefined, "s", 1, [], [{ a: "x" }]]) {
      expect(compileCheck(s)(v)).toBe(false);
      expect(compileParse(s)(v)).toBe(NOT_SURE);
    }
  });

  it("CORE-SCHEMA: a plain object zod gives back unchanged is the input itself; one without a prototype is copied", () => {
    const s = z.strictObject({ a: z.string(), n: z.number().default(1) });
    const item = { a: "x", n: 2 };
    expect(compileParse(s)(item)).toBe(item);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: "x", n: 2 });
    const out = compileParse(s)(bare);
    expect(out).not.toBe(bare);
    expect(out).toStrictEqual({ a: "x", n: 2 });
    expect(out).toStrictEqual(zod(s, bare));
    expect(compileCheck(s)(bare)).toBe(true); // a check keeps the item as given: equal fields, its prototype aside
    // an absent defaulted field is filled by a parse, left absent by a check
    const partial = { a: "x" };
    expect(compileParse(s)(partial)).toStrictEqual({ a: "x", n: 1 });
    expect(compileCheck(s)(partial)).toBe(true);
  });

  it("CORE-SCHEMA: an object that cannot be judged is not skipped by a union", () => {
    const u = z.union([z.strictObject({ a: unknownKind(z.string().transform((s) => `${s}!`)) }), z.strictObject({ a: z.string() })]);
    expect(zod(u, { a: "x" })).toStrictEqual({ a: "x!" });
    expect(compileParse(u)({ a: "x" })).toBe(NOT_SURE);
    expect(compileCheck(u)({ a: "x" })).toBe(false);
  });

  it("CORE-SCHEMA: a transform that reports an issue through ctx.addIssue is refused", () => {
    const s = z.string().transform((x, ctx) => {
      ctx.addIssue({ code: "custom", message: "no" });
      return x;
    });
    expect(zod(s, "a")).toBe("rejects");
    expect(compileParse(s)("a")).toBe(NOT_SURE);
    expect(compileCheck(s)("a")).toBe(false);
  });

  it("CORE-SCHEMA: a transform gives zod's output, a new value; its input is checked first", () => {
    const s = z.string().transform((x) => x.length);
    expect(compileParse(s)("ab")).toBe(2);
    expect(zod(s, "ab")).toBe(2);
    const seen = z.string().transform((x) => typeof x);
    expect(compileParse(seen)(5)).toBe(NOT_SURE);
    expect(zod(seen, 5)).toBe("rejects");
    const direct = z.transform((x: unknown) => String(x));
    expect(compileParse(direct)(5)).toBe("5");
    expect(zod(direct, 5)).toBe("5");
  });

  it("CORE-SCHEMA: a pipe whose input side cannot be judged is not skipped by a union", () => {
    const u = z.union([unknownKind(z.string()).transform((s) => `${s}!`), z.string()]);
    expect(zod(u, "a")).toBe("a!");
    expect(compileParse(u)("a")).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: a discriminated union answers 'ask zod' for null, a missing or unknown discriminator", () => {
    const check = compileCheck(attributionEventSchema);
    const parse = compileParse(attributionEventSchema);
    for (const v of [null, undefined, "visit", { id: "e1", at, customer: "c1", agent: "a1" }, { id: "e1", at, kind: "nope", customer: "c1", agent: "a1" }]) {
      expect(check(v)).toBe(false);
      expect(parse(v)).toBe(NOT_SURE);
    }
    const visit = { id: "e1", at, kind: "visit", customer: "c1", agent: "a1" };
    expect(check(visit)).toBe(true);
    expect(parse(visit)).toBe(visit);
    // an absent defaulted field: a check leaves it to the reader, a parse fills it as zod does
    const intro = { id: "e2", at, kind: "introduction", customer: "c1", introducer: "c2", via: "phone" };
    expect(check(intro)).toBe(true);
    expect(parse(intro)).toStrictEqual(zod(attributionEventSchema, intro));
    expect(parse(intro)).toStrictEqual({ ...intro, registeredBeforeVisit: false, askedForOnDuty: true });
  });

  it("CORE-SCHEMA: a discriminated union whose option cannot be judged is not skipped by a union", () => {
    const du = z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a"), v: unknownKind(z.string().transform((s) => `${s}!`)) })]);
    const u = z.union([du, z.strictObject({ k: z.literal("a"), v: z.string() })]);
    expect(zod(u, { k: "a", v: "x" })).toStrictEqual({ k: "a", v: "x!" });
    expect(compileParse(u)({ k: "a", v: "x" })).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: a discriminated union nested in another is compiled (as a plain union) without throwing", () => {
    const inner = z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a") }), z.strictObject({ k: z.literal("b") })]);
    const nested = z.discriminatedUnion("k", [inner, z.strictObject({ k: z.literal("c") })]);
    const item = { k: "b" };
    expect(zod(nested, item)).toStrictEqual(item);
    expect(compileParse(nested)({ k: "z" })).toBe(NOT_SURE);
    expect(compileCheck(nested)({ k: "z" })).toBe(false);
  });

  it("CORE-SCHEMA: a union whose first option (itself a union) cannot be judged is 'ask zod'", () => {
    const inner = z.union([unknownKind(z.string().transform((s) => `${s}!`)), z.string()]);
    const u = z.union([inner, z.string()]);
    expect(zod(u, "a")).toBe("a!");
    expect(compileParse(u)("a")).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: an array: a bad item is 'ask zod', a transformed item gives a new array, an unchanged one the input", () => {
    const strings = z.array(z.string());
    expect(compileParse(strings)([1])).toBe(NOT_SURE);
    expect(compileParse(strings)(["a", 1])).toBe(NOT_SURE);
    const list = ["a", "b"];
    expect(compileParse(strings)(list)).toBe(list);
    expect(compileCheck(strings)(list)).toBe(true);
    const lengths = z.array(z.string().transform((s) => s.length));
    const input = ["ab", "c"];
    const out = compileParse(lengths)(input);
    expect(out).toStrictEqual([2, 1]);
    expect(out).toStrictEqual(zod(lengths, input));
    expect(input).toStrictEqual(["ab", "c"]);
    expect(compileCheck(lengths)(input)).toBe(false);
  });

  it("CORE-SCHEMA: an array that cannot be judged is not skipped by a union", () => {
    const u = z.union([z.array(unknownKind(z.string().transform((s) => `${s}!`))), z.array(z.string())]);
    expect(zod(u, ["x"])).toStrictEqual(["x!"]);
    expect(compileParse(u)(["x"])).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: a number is a finite number only", () => {
    const check = compileCheck(z.number());
    expect(check(1)).toBe(true);
    expect(check(-2.5)).toBe(true);
    for (const v of ["1", Infinity, -Infinity, Number.NaN, null, undefined, true]) {
      expect(check(v)).toBe(false);
      expect(zod(z.number(), v)).toBe("rejects");
    }
  });

  it("CORE-SCHEMA: a literal and an enum accept their values only", () => {
    const lit = z.literal(["a", 2]);
    expect(compileCheck(lit)("a")).toBe(true);
    expect(compileCheck(lit)(2)).toBe(true);
    expect(compileCheck(lit)("b")).toBe(false);
    expect(compileCheck(lit)(undefined)).toBe(false);
    const en = z.enum(["x", "y"]);
    expect(compileCheck(en)("y")).toBe(true);
    expect(compileCheck(en)("z")).toBe(false);
  });

  it("CORE-SCHEMA: an optional field accepts undefined and else its inner type", () => {
    const s = z.string().optional();
    expect(compileCheck(s)(undefined)).toBe(true);
    expect(compileParse(s)(undefined)).toBe(undefined);
    expect(compileCheck(s)("a")).toBe(true);
    expect(compileCheck(s)(1)).toBe(false);
  });

  it("CORE-SCHEMA: an object default is given by zod as a fresh copy: an absent one is 'ask zod' in a parse", () => {
    const s = z.strictObject({ o: z.array(z.string()).default([]) });
    expect(zod(s, {})).toStrictEqual({ o: [] });
    expect(compileParse(s)({})).toBe(NOT_SURE);
    expect(compileCheck(s)({})).toBe(true);
    const given = { o: ["a"] };
    expect(compileParse(s)(given)).toBe(given);
    // an inner type that accepts undefined does not stand in for the default
    const opt = z.strictObject({ o: z.array(z.string()).optional().default([]) });
    expect(zod(opt, {})).toStrictEqual({ o: [] });
    expect(compileParse(opt)({})).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: a null default is filled in like any primitive one", () => {
    const s = z.strictObject({ n: z.union([z.literal(null), z.string()]).default(null) });
    expect(zod(s, {})).toStrictEqual({ n: null });
    expect(compileParse(s)({})).toStrictEqual({ n: null });
  });

  it("CORE-SCHEMA: an absent object default is not skipped by a union (zod fills it)", () => {
    const u = z.union([z.array(z.string()).default([]), z.string().optional()]);
    expect(zod(u, undefined)).toStrictEqual([]);
    expect(compileParse(u)(undefined)).toBe(NOT_SURE);
  });

  it("CORE-SCHEMA: defaultsOf lists exactly the defaulted fields, with their values", () => {
    const s = z.strictObject({ id: z.string(), n: z.number().default(1), tag: z.string().optional() });
    const d = defaultsOf(s);
    expect(Object.keys(d)).toStrictEqual(["n"]);
    expect(d).toStrictEqual({ n: 1 });
    expect(Object.isFrozen(d)).toBe(true);
    expect(defaultsOf(referralCustomerSchema)).toStrictEqual({ staff: false, owner: false });
    expect(defaultsOf(referralSchema)).toStrictEqual({ relation: "other", via: "in-person" });
    expect(defaultsOf(referralPayoutSchema)).toStrictEqual({ level: 1 });
  });

  // defects found while writing these tests (fixed in src/core/schema-check.ts)
  it("CORE-SCHEMA: an async check run through zod's own code (superRefine, refine with `when`) is never a compiled yes", () => {
    const sr = z.string().superRefine(async () => {});
    const when = z.string().refine(async () => Promise.resolve(true), { when: () => true });
    const bounded = z.string().min(1).refine(async () => Promise.resolve(true)).refine(() => true).refine(() => true).refine(() => true);
    for (const s of [sr, when, bounded]) {
      expect(zod(s, "a")).toBe("throws");
      expect(compileCheck(s)("a")).toBe(false);
      expect(compileParse(s)("a")).toBe(NOT_SURE);
    }
  });

  it("CORE-SCHEMA: a discriminated union whose options share a discriminator value (zod throws on it) is 'ask zod'", () => {
    const du = z.discriminatedUnion("k", [z.strictObject({ k: z.literal(["a", "b"]), x: z.string() }), z.strictObject({ k: z.literal("b"), y: z.string() })]);
    for (const v of [{ k: "b", x: "1" }, { k: "b", y: "1" }, { k: "a", x: "1" }]) {
      expect(zod(du, v)).toBe("throws");
      expect(compileCheck(du)(v)).toBe(false);
      expect(compileParse(du)(v)).toBe(NOT_SURE);
    }
  });
});
