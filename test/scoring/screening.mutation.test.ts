import { describe, expect, it } from "vitest";
import { expectShoulou, thrown } from "../helpers";
import { screeningGrade } from "../../src/scoring/index";

const policy = { rule: "SCO-5" as const, criteria: ["budget", "need", "authority", "timing"], aMinimum: 3, bMinimum: 2 };
const met = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, true]));

describe("SCO-5 screening grades", () => {
  it("SCO-5: a at the A minimum, b at exactly the B minimum, c one below", () => {
    const a = screeningGrade({ id: "C", met: met("budget", "need", "timing") }, policy);
    expect(a).toEqual({
      customerId: "C",
      grade: "a",
      met: ["budget", "need", "timing"],
      missed: ["authority"],
      trace: [
        { rule: "SCO-5", fact: "met", data: { met: ["budget", "need", "timing"], missed: ["authority"], count: 3, of: 4 } },
        { rule: "SCO-5", fact: "grade-a", data: { count: 3, minimum: 3 } },
      ],
    });
    const b = screeningGrade({ id: "C", met: { ...met("budget", "need"), timing: false } }, policy);
    expect([b.grade, b.trace[1]]).toEqual(["b", { rule: "SCO-5", fact: "grade-b", data: { count: 2, minimum: 2 } }]);
    const c = screeningGrade({ id: "C", met: met("need") }, policy);
    expect([c.grade, c.trace[1]]).toEqual(["c", { rule: "SCO-5", fact: "grade-c", data: { count: 1 } }]);
  });
  it("SCO-5: required criteria are named in the trace; missing one drops the grade", () => {
    const p = { ...policy, aMustMeet: ["authority"], bMustMeet: ["budget"] };
    expect(screeningGrade({ id: "C", met: met("budget", "need", "authority") }, p).trace[1]).toEqual({ rule: "SCO-5", fact: "grade-a-required", data: { count: 3, minimum: 3, required: ["authority"] } });
    expect(screeningGrade({ id: "C", met: met("budget", "need", "timing") }, p).trace[1]).toEqual({ rule: "SCO-5", fact: "grade-b-required", data: { count: 3, minimum: 2, required: ["budget"] } });
    expect(screeningGrade({ id: "C", met: met("need", "timing", "authority") }, { ...p, aMinimum: 4 }).grade).toBe("c");
  });
  it("SCO-3: c when none of the key criteria is met, whatever the count; one of them is enough to go on", () => {
    const p = { ...policy, rule: "SCO-3" as const, cWhenNoneOf: ["budget", "authority"] };
    expect(screeningGrade({ id: "C", met: met("need", "timing") }, p).trace[1]).toEqual({ rule: "SCO-3", fact: "none-of", data: { criteria: ["budget", "authority"] } });
    expect(screeningGrade({ id: "C", met: met("need", "timing", "budget") }, p).grade).toBe("a");
  });
});

describe("SCO-5 screening refusals", () => {
  const issues = (pol: unknown) => {
    const e = thrown(() => screeningGrade({ id: "C", met: {} }, pol as typeof policy));
    return { code: e.code, issues: e.issues.map((i) => ({ path: i.path, message: i.message })) };
  };
  it("SCO-5: criteria must be unique, required ones among them, minimums within range", () => {
    expect(issues({ ...policy, criteria: ["budget", "need", "budget"] })).toEqual({ code: "INVALID_POLICY", issues: [{ path: ["criteria"], message: "criteria must be unique" }] });
    expect(issues({ ...policy, aMustMeet: ["need", "money"], bMustMeet: ["cash"], cWhenNoneOf: ["luck"] }).issues).toEqual([
      { path: ["aMustMeet", 1], message: "money is not one of the criteria" },
      { path: ["bMustMeet", 0], message: "cash is not one of the criteria" },
      { path: ["cWhenNoneOf", 0], message: "luck is not one of the criteria" },
    ]);
    expect(issues({ ...policy, aMinimum: 5, bMinimum: 0 }).issues).toEqual([{ path: ["aMinimum"], message: "more than the number of criteria" }]);
    expect(issues({ ...policy, bMinimum: 4 }).issues).toEqual([{ path: ["bMinimum"], message: "must not exceed aMinimum" }]);
    expect(screeningGrade({ id: "C", met: met("budget", "need", "authority", "timing") }, { ...policy, aMinimum: 4, bMinimum: 4 }).grade).toBe("a");
  });
  it("SCO-5: a met key that is not a criterion is refused at the first such key in sorted order", () => {
    const e = expectShoulou(() => screeningGrade({ id: "C", met: { zz: true, need: true, aa: false } }, policy), "INVALID_INPUT", ["met", "aa"]);
    expect(e.message).toBe("INVALID_INPUT at met.aa: aa is not a criterion of this screening");
  });
  it("SCO-5: criteria are kebab-case", () => {
    expect(issues({ ...policy, criteria: ["Budget"], aMinimum: 1, bMinimum: 0 }).issues).toEqual([{ path: ["criteria", 0], message: "must be a kebab-case criterion" }]);
    expect(issues({ ...policy, criteria: ["budget!"], aMinimum: 0, bMinimum: 0 }).issues.map((i) => i.path)).toEqual([["criteria", 0]]);
    expectShoulou(() => screeningGrade({ id: "C", met: { "1x": true } }, policy), "INVALID_INPUT", ["met", "1x"]);
  });
});
