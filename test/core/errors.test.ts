import { describe, expect, it } from "vitest";
import { ShoulouError, attempt, errorCodes, formatPath, guarded, isShoulouError, underPath } from "../../src/core/errors";

describe("ShoulouError", () => {
  it("carries code, path, a message that names the path, and issues", () => {
    const e = new ShoulouError("INVALID_INPUT", ["lines", 2, "kind"], "unknown kind");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("ShoulouError");
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["lines", 2, "kind"]);
    expect(e.message).toBe("INVALID_INPUT at lines[2].kind: unknown kind");
    expect(e.issues).toEqual([{ path: ["lines", 2, "kind"], message: "unknown kind" }]);
    expect(e.details).toEqual({});
  });
  it("an empty path gives a message without 'at'", () => {
    expect(new ShoulouError("CYCLE", [], "loop").message).toBe("CYCLE: loop");
  });
  it("keeps the issues and details it is given", () => {
    const issues = [
      { path: ["a"], message: "x", code: "custom" },
      { path: ["b", 0], message: "y" },
    ];
    const e = new ShoulouError("INVALID_POLICY", ["a"], "x", { issues, details: { n: 1 } });
    expect(e.issues).toEqual(issues);
    expect(e.details).toEqual({ n: 1 });
  });
  it("toJSON is plain data that survives JSON", () => {
    const e = new ShoulouError("DUPLICATE", ["units", 3, "id"], "1-101 appears twice");
    const json = JSON.parse(JSON.stringify(e)) as unknown;
    expect(json).toEqual({
      name: "ShoulouError",
      code: "DUPLICATE",
      path: ["units", 3, "id"],
      message: "DUPLICATE at units[3].id: 1-101 appears twice",
      issues: [{ path: ["units", 3, "id"], message: "1-101 appears twice" }],
    });
  });
  it("the code union is closed and includes the documented codes", () => {
    expect([...errorCodes].sort()).toEqual(
      ["CYCLE", "DUPLICATE", "INTERNAL", "INVALID_INPUT", "INVALID_POLICY", "INVALID_SCHEDULE", "MISSING_PARAMETER", "NO_SCHEDULE_IN_FORCE", "OUT_OF_RANGE", "UNKNOWN_REFERENCE"].sort(),
    );
  });
});

describe("isShoulouError", () => {
  it("recognises instances and look-alikes from another bundle copy", () => {
    expect(isShoulouError(new ShoulouError("CYCLE", [], "loop"))).toBe(true);
    expect(isShoulouError({ name: "ShoulouError", code: "CYCLE" })).toBe(true);
  });
  it.each([new Error("x"), { name: "ShoulouError", code: "NOPE" }, { name: "Error", code: "CYCLE" }, { name: "ShoulouError" }, null, undefined, "ShoulouError", 42])(
    "rejects %j",
    (v) => {
      expect(isShoulouError(v)).toBe(false);
    },
  );
});

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["price"], "price"],
    [["lines", 2, "kind"], "lines[2].kind"],
    [[0], "[0]"],
    [[0, "a"], "[0].a"],
    [["a", 0, 1, "b"], "a[0][1].b"],
  ] as const)("%j → %j", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("guarded / attempt / underPath", () => {
  it("guarded returns the value", () => {
    expect(guarded(() => 1 + 1)).toBe(2);
  });
  it("guarded lets a ShoulouError through unchanged", () => {
    const e = new ShoulouError("OUT_OF_RANGE", ["x"], "too big");
    expect(() => guarded(() => { throw e; })).toThrow(e);
  });
  it("guarded turns any other failure into INTERNAL", () => {
    for (const thrownValue of [new TypeError("boom"), "a string", 42, undefined, null, { any: "object" }]) {
      try {
        guarded(() => { throw thrownValue; });
        expect.unreachable();
      } catch (e) {
        expect(isShoulouError(e)).toBe(true);
        expect((e as ShoulouError).code).toBe("INTERNAL");
        expect((e as ShoulouError).path).toEqual([]);
      }
    }
  });
  it("guarded turns even a value that cannot be printed into INTERNAL", () => {
    let caught: unknown;
    try {
      guarded(() => { throw Object.create(null) as object; });
    } catch (e) {
      caught = e;
    }
    expect(isShoulouError(caught), `escaped: ${Object.prototype.toString.call(caught)}`).toBe(true);
    expect((caught as ShoulouError).code).toBe("INTERNAL");
  });
  it("attempt is the non-throwing twin", () => {
    expect(attempt(() => 3)).toEqual({ ok: true, value: 3 });
    const r = attempt(() => { throw new ShoulouError("INVALID_INPUT", ["area"], "area must be positive"); });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("INVALID_INPUT");
      expect(r.error.path).toEqual(["area"]);
    }
    const internal = attempt(() => { throw new RangeError("oops"); });
    expect(internal.ok).toBe(false);
    if (!internal.ok) {
      expect(internal.error.code).toBe("INTERNAL");
      expect(internal.error.message).toContain("oops");
    }
  });
  it("underPath re-roots the error and every issue under the prefix", () => {
    const r = attempt(() =>
      underPath(["fees"], () => {
        throw new ShoulouError("INVALID_INPUT", ["area"], "must be positive", {
          issues: [{ path: ["area"], message: "must be positive" }, { path: ["units"], message: "must be whole" }],
          details: { k: 1 },
        });
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("INVALID_INPUT");
      expect(r.error.path).toEqual(["fees", "area"]);
      expect(r.error.message).toBe("INVALID_INPUT at fees.area: must be positive");
      expect(r.error.issues.map((i) => i.path)).toEqual([["fees", "area"], ["fees", "units"]]);
      expect(r.error.details).toEqual({ k: 1 });
    }
    expect(underPath(["x"], () => "fine")).toBe("fine");
  });
});
