import { describe, expect, it } from "vitest";
import { ShoulouError, attempt, errorCodes, formatPath, guarded, isShoulouError, underPath } from "../../src/core/errors";
import { caught } from "../helpers";

// Written against the survivors of `npm run test:mutation` on src/core/errors.ts: the issues an
// error carries, the Chinese message and its fallbacks, path cleaning, the cross-bundle check, and
// how underPath re-roots an error.

describe("ShoulouError: issues, messages and paths", () => {
  it("a catalogue message gives one issue with its path, English text, key and data", () => {
    const e = new ShoulouError("INVALID_INPUT", ["rate"], { key: "decimal-at-most", data: { max: 5 } });
    expect(e.message).toBe("INVALID_INPUT at rate: must be at most 5");
    expect(e.issues).toEqual([{ path: ["rate"], message: "must be at most 5", key: "decimal-at-most", data: { max: 5 } }]);
    expect(e.messageRef).toEqual({ key: "decimal-at-most", data: { max: 5 } });
  });

  it("a catalogue message without data gives an issue with a key and no data field", () => {
    const e = new ShoulouError("INVALID_INPUT", [], { key: "decimal-positive" });
    expect(e.message).toBe("INVALID_INPUT: must be greater than 0");
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.key).toBe("decimal-positive");
    expect("data" in (e.issues[0] ?? {})).toBe(false);
  });

  it("a plain-text message gives an issue with neither key nor data", () => {
    const e = new ShoulouError("CYCLE", ["a", 1], "loop: a → b → a");
    expect(e.issues).toEqual([{ path: ["a", 1], message: "loop: a → b → a" }]);
    expect("key" in (e.issues[0] ?? {})).toBe(false);
    expect(e.messageRef).toBeUndefined();
  });

  it("issues and details given are kept; the default details are an empty object", () => {
    const issues = [{ path: ["x"], message: "m", key: "date" as const }];
    const e = new ShoulouError("INVALID_INPUT", ["x"], "m", { issues, details: { n: 1 } });
    expect(e.issues).toBe(issues);
    expect(e.details).toEqual({ n: 1 });
    expect(new ShoulouError("CYCLE", [], "x").details).toEqual({});
  });

  it("a cause is kept only when one is given", () => {
    const cause = new Error("inner");
    expect(new ShoulouError("INTERNAL", [], "x", { cause }).cause).toBe(cause);
    expect("cause" in new ShoulouError("INTERNAL", [], "x")).toBe(false);
  });

  it("toJSON gives name, code, path, message and issues", () => {
    const e = new ShoulouError("DUPLICATE", ["ids", 2], "id a appears twice");
    expect(e.toJSON()).toEqual({ name: "ShoulouError", code: "DUPLICATE", path: ["ids", 2], message: "DUPLICATE at ids[2]: id a appears twice", issues: [{ path: ["ids", 2], message: "id a appears twice" }] });
  });
});

describe("ShoulouError.localizedMessage", () => {
  it("zh: the code, the path in full-width brackets, the Chinese words", () => {
    const e = new ShoulouError("INVALID_INPUT", ["price"], { key: "decimal-positive" });
    expect(e.localizedMessage("zh")).toBe("INVALID_INPUT（price）：必须大于0");
    expect(e.messageZh).toBe("INVALID_INPUT（price）：必须大于0");
    expect(e.localizedMessage("en")).toBe("INVALID_INPUT at price: must be greater than 0");
  });

  it("zh with an empty path has no brackets", () => {
    expect(new ShoulouError("INVALID_INPUT", [], { key: "decimal-positive" }).localizedMessage("zh")).toBe("INVALID_INPUT：必须大于0");
  });

  it("zh fills the message's figures", () => {
    expect(new ShoulouError("INVALID_INPUT", ["r"], { key: "decimal-at-most", data: { max: 1 } }).messageZh).toBe("INVALID_INPUT（r）：不能大于1");
  });

  it("the error's own message wins over its first issue's", () => {
    const e = new ShoulouError("INVALID_INPUT", ["a"], { key: "decimal-positive" }, { issues: [{ path: ["a"], message: "x", key: "date" }] });
    expect(e.messageZh).toBe("INVALID_INPUT（a）：必须大于0");
  });

  it("a plain-text error takes the Chinese of its first issue with a key, with the issue's data", () => {
    const e = new ShoulouError("INVALID_INPUT", ["a"], "anything", { issues: [{ path: ["a"], message: "m", key: "decimal-at-most", data: { max: 3 } }] });
    expect(e.messageZh).toBe("INVALID_INPUT（a）：不能大于3");
    const noData = new ShoulouError("INVALID_INPUT", ["a"], "anything", { issues: [{ path: ["a"], message: "m", key: "decimal-at-most" }] });
    expect(noData.messageZh).toBe("INVALID_INPUT（a）：不能大于{max}");
  });

  it("a plain-text error without a keyed issue stays English after the prefix (text with ': ' kept whole)", () => {
    expect(new ShoulouError("CYCLE", ["a"], "loop: a, b").localizedMessage("zh")).toBe("CYCLE（a）：loop: a, b");
    expect(new ShoulouError("CYCLE", [], "loop", { issues: [] }).localizedMessage("zh")).toBe("CYCLE：loop");
    expect(new ShoulouError("CYCLE", [], "loop", { issues: [{ path: [], message: "m" }] }).localizedMessage("zh")).toBe("CYCLE：loop");
  });
});

describe("ShoulouError: the path is cleaned", () => {
  it("a path that is not a list is empty", () => {
    const e = new ShoulouError("INVALID_INPUT", "lines" as never, "m");
    expect(e.path).toEqual([]);
    expect(e.message).toBe("INVALID_INPUT: m");
  });

  it("a part that is neither text nor number is replaced by its type", () => {
    const e = new ShoulouError("INVALID_INPUT", [Symbol("s"), { a: 1 }, null, 2, "k"] as never, "m");
    expect(e.path).toEqual(["symbol", "object", "object", 2, "k"]);
  });
});

describe("formatPath", () => {
  it("numbers in brackets, keys joined by dots, a leading number without a dot after it", () => {
    expect(formatPath(["lines", 2, "kind"])).toBe("lines[2].kind");
    expect(formatPath([0, "a", 1, 2])).toBe("[0].a[1][2]");
    expect(formatPath([])).toBe("");
    expect(formatPath("lines" as never)).toBe("");
  });

  it("a key over 80 characters is clipped", () => {
    expect(formatPath(["k".repeat(81)])).toBe(`${"k".repeat(79)}… (81 characters)`);
    expect(formatPath(["a", "k".repeat(81)])).toBe(`a.${"k".repeat(79)}… (81 characters)`);
  });
});

describe("isShoulouError", () => {
  it("a real ShoulouError is one", () => {
    expect(isShoulouError(new ShoulouError("CYCLE", [], "x"))).toBe(true);
  });

  it("an instance is one even when its code was overwritten (instanceof is enough)", () => {
    const e = new ShoulouError("CYCLE", [], "x");
    (e as unknown as { code: string }).code = "NOT-A-CODE";
    expect(isShoulouError(e)).toBe(true);
  });

  it("a copy from another bundle: an object named ShoulouError with a known code", () => {
    expect(isShoulouError({ name: "ShoulouError", code: "CYCLE" })).toBe(true);
    for (const code of errorCodes) expect(isShoulouError({ name: "ShoulouError", code })).toBe(true);
    expect(isShoulouError({ name: "ShoulouError", code: "NOPE" })).toBe(false);
    expect(isShoulouError({ name: "ShoulouError", code: ["CYCLE"] })).toBe(false);
    expect(isShoulouError({ name: "Error", code: "CYCLE" })).toBe(false);
  });

  it("a function dressed as one is not one; nor are primitives and null", () => {
    const f = Object.assign(function ShoulouError() {}, { code: "CYCLE" });
    expect(f.name).toBe("ShoulouError");
    expect(isShoulouError(f)).toBe(false);
    expect(isShoulouError(null)).toBe(false);
    expect(isShoulouError(undefined)).toBe(false);
    expect(isShoulouError("ShoulouError")).toBe(false);
    expect(isShoulouError(new Error("x"))).toBe(false);
  });

  it("a getter that throws gives false", () => {
    const v = {
      get name(): string {
        throw new Error("no");
      },
    };
    expect(isShoulouError(v)).toBe(false);
  });
});

describe("guarded and attempt", () => {
  it("a compute that is not a function is INVALID_INPUT at compute, key function", () => {
    const e = caught(() => guarded(42 as never)) as ShoulouError;
    expect(isShoulouError(e)).toBe(true);
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["compute"]);
    expect(e.messageRef).toEqual({ key: "function" });
    expect(e.message).toBe("INVALID_INPUT at compute: must be a function");
  });

  it("a ShoulouError passes through unchanged", () => {
    const inner = new ShoulouError("CYCLE", ["a"], "x");
    expect(caught(() => guarded(() => { throw inner; }))).toBe(inner);
  });

  it("anything else is INTERNAL with the thrown value's name and message, and the value as cause", () => {
    const boom = new TypeError("boom");
    const e = caught(() => guarded(() => { throw boom; })) as ShoulouError;
    expect(e.code).toBe("INTERNAL");
    expect(e.path).toEqual([]);
    expect(e.cause).toBe(boom);
    expect(e.messageRef).toEqual({ key: "internal", data: { detail: "TypeError: boom" } });
    expect(e.message).toBe("INTERNAL: unexpected failure: TypeError: boom");
    expect(e.messageZh).toBe("INTERNAL：shoulou 内部意外错误（请报告）：TypeError: boom");
  });

  it("a thrown non-error is previewed; a long message is clipped", () => {
    expect((caught(() => guarded(() => { throw "oops"; })) as ShoulouError).messageRef?.data).toEqual({ detail: '"oops"' });
    const long = (caught(() => guarded(() => { throw new Error("m".repeat(100)); })) as ShoulouError).messageRef?.data?.detail;
    expect(long).toBe(`Error: ${"m".repeat(72)}… (107 characters)`);
  });

  it("an error whose name cannot be read is described as such", () => {
    const bad = new Error("x");
    Object.defineProperty(bad, "name", {
      get(): string {
        throw new Error("no name");
      },
    });
    const e = caught(() => guarded(() => { throw bad; })) as ShoulouError;
    expect(e.code).toBe("INTERNAL");
    expect(e.messageRef?.data).toEqual({ detail: "a value that cannot be printed" });
  });

  it("attempt: ok with the value, or the error", () => {
    expect(attempt(() => 3)).toEqual({ ok: true, value: 3 });
    const r = attempt(() => { throw new ShoulouError("CYCLE", [], "x"); });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("CYCLE");
  });
});

describe("underPath", () => {
  it("returns the value when nothing is thrown", () => {
    expect(underPath(["a"], () => 5)).toBe(5);
  });

  it("an error that is not a ShoulouError is rethrown as it is", () => {
    const boom = new RangeError("x");
    expect(caught(() => underPath(["a"], () => { throw boom; }))).toBe(boom);
  });

  it("re-roots the path, every issue, and keeps code, details and message key", () => {
    const inner = new ShoulouError("INVALID_INPUT", ["fees", 0], { key: "decimal-at-most", data: { max: 2 } }, { details: { d: 1 } });
    const e = caught(() => underPath(["plan", 3], () => { throw inner; })) as ShoulouError;
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["plan", 3, "fees", 0]);
    expect(e.issues).toEqual([{ path: ["plan", 3, "fees", 0], message: "must be at most 2", key: "decimal-at-most", data: { max: 2 } }]);
    expect(e.details).toEqual({ d: 1 });
    expect(e.messageRef).toEqual({ key: "decimal-at-most", data: { max: 2 } });
    expect(e.message).toBe("INVALID_INPUT at plan[3].fees[0]: must be at most 2");
  });

  it("the error's own message key wins over its first issue's", () => {
    const inner = new ShoulouError("INVALID_INPUT", ["a"], { key: "decimal-positive" }, { issues: [{ path: ["a"], message: "m", key: "date" }] });
    const e = caught(() => underPath(["p"], () => { throw inner; })) as ShoulouError;
    expect(e.messageRef).toEqual({ key: "decimal-positive" });
  });

  it("a plain-text error keeps its own text, once, and its issues' keys for Chinese", () => {
    const keyed = new ShoulouError("INVALID_INPUT", ["a"], "text", { issues: [{ path: ["a"], message: "m", key: "date" }] });
    const k = caught(() => underPath(["p"], () => { throw keyed; })) as ShoulouError;
    expect(k.message).toBe("INVALID_INPUT at p.a: text");
    expect(k.messageRef).toBeUndefined();
    expect(k.localizedMessage("zh")).toMatch(/^INVALID_INPUT（p\.a）：[^a-z]*日期/);
    const plain = new ShoulouError("CYCLE", ["a"], "loop");
    const e = caught(() => underPath(["p"], () => { throw plain; })) as ShoulouError;
    expect(e.message).toBe("CYCLE at p.a: loop");
    expect(e.messageRef).toBeUndefined();
    const twice = caught(() => underPath(["q"], () => underPath(["p"], () => { throw new ShoulouError("CYCLE", ["a"], "loop", { issues: [] }); }))) as ShoulouError;
    expect(twice.message).toBe("CYCLE at q.p.a: loop");
  });

  it("the Chinese message of a plain-text error is its own text, even when a path key holds ': '", () => {
    const e = new ShoulouError("CYCLE", ["a: b"], "loop");
    expect(e.localizedMessage("zh")).toBe("CYCLE（a: b）：loop");
  });

  it("an error with no issues is still re-rooted (never a TypeError)", () => {
    const bare = new ShoulouError("CYCLE", ["a"], "loop", { issues: [] });
    const e = caught(() => underPath(["p"], () => { throw bare; }));
    expect(isShoulouError(e)).toBe(true);
    expect((e as ShoulouError).path).toEqual(["p", "a"]);
    expect((e as ShoulouError).issues).toEqual([]);
  });

  it("keeps the cause when there is one, and adds none otherwise", () => {
    const cause = new Error("inner");
    const withCause = new ShoulouError("INTERNAL", [], "x", { cause });
    expect((caught(() => underPath(["p"], () => { throw withCause; })) as ShoulouError).cause).toBe(cause);
    const without = new ShoulouError("CYCLE", [], "x");
    expect("cause" in (caught(() => underPath(["p"], () => { throw without; })) as object)).toBe(false);
  });
});
