import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { screeningGrade } from "../../src/scoring/index";

// Survivors of screening-grade.ts: the issue code of the policy's own refusals (screening.mutation.test.ts checks paths and messages).
const policy = { rule: "SCO-5" as const, criteria: ["budget", "need", "authority", "timing"], aMinimum: 3, bMinimum: 2 };
const issues = (pol: unknown) => thrown(() => screeningGrade({ id: "C", met: {} }, pol as typeof policy)).issues.map((i) => [i.code, i.path, i.message]);

describe("SCO-5 screening policy refusals", () => {
  it("SCO-5: the screening's own refusals are custom issues (code, path and message)", () => {
    expect(issues({ ...policy, criteria: ["budget", "budget"], aMinimum: 1, bMinimum: 0 })).toEqual([["custom", ["criteria"], "criteria must be unique"]]);
    expect(issues({ ...policy, bMustMeet: ["cash"] })).toEqual([["custom", ["bMustMeet", 0], "cash is not one of the criteria"]]);
    expect(issues({ ...policy, aMinimum: 5, bMinimum: 0 })).toEqual([["custom", ["aMinimum"], "more than the number of criteria"]]);
    expect(issues({ ...policy, bMinimum: 4 })).toEqual([["custom", ["bMinimum"], "must not exceed aMinimum"]]);
  });
});
