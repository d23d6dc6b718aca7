import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { scoreCustomer, type ScorecardInput } from "../../src/scoring/index";

// Survivors of scorecard-schema.ts: the issue code of the scorecard's own refusals (scorecard.mutation.test.ts checks paths and messages).
const issues = (card: unknown) => thrown(() => scoreCustomer({ id: "C", visits: 1 }, card as ScorecardInput)).issues.map((i) => [i.code, i.path, i.message]);
const bands = (b: unknown[]) => ({ factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "bands", bands: b } }] });
const at = (...p: (string | number)[]) => ["factors", 0, "scale", "bands", ...p];
const f = (id: string, weight = 1) => ({ id, measure: "visits", weight, scale: { kind: "linear", min: "0", max: "1" } });

describe("SCO-CARD-1 band refusals are custom issues", () => {
  it("SCO-CARD-1: a band ending where it starts, a band open inside the scale, a gap: code, path and message", () => {
    expect(issues(bands([{ from: "2", to: "2", points: "1" }]))).toEqual([["custom", at(0, "to"), "a band must end above where it starts"]]);
    expect(issues(bands([{ to: "2", points: "1" }, { points: "1" }, { from: "4", points: "5" }]))).toEqual([
      ["custom", at(1, "from"), "only the first band may be open below"],
      ["custom", at(1, "to"), "only the last band may be open above"],
    ]);
    expect(issues(bands([{ to: "2", points: "1" }, { from: "3", points: "1" }]))).toEqual([["custom", at(1, "from"), "gap: the previous band ends at 2"]]);
  });
});

describe("SCO-CARD-1 / SCO-CARD-2 factor and grade refusals are custom issues", () => {
  it("SCO-CARD-1: a repeated factor id and all weights 0: code, path and message", () => {
    expect(issues({ factors: [f("v"), f("v")] })).toEqual([["custom", ["factors", 1, "id"], "duplicate factor id v"]]);
    expect(issues({ factors: [f("v", 0)] })).toEqual([["custom", ["factors"], "at least one weight must be above 0"]]);
  });
  it("SCO-CARD-2: grades not going down and a last grade above 0: code, path and message", () => {
    expect(issues({ factors: [f("v")], grades: [{ grade: "a", minScore: "50" }, { grade: "b", minScore: "50" }, { grade: "c", minScore: "0" }] })).toEqual([
      ["custom", ["grades", 1, "minScore"], "grades go from the highest minimum score down"],
    ]);
    expect(issues({ factors: [f("v")], grades: [{ grade: "a", minScore: "50" }, { grade: "b", minScore: "10" }] })).toEqual([["custom", ["grades", 1, "minScore"], "the last grade must start at 0"]]);
  });
});

describe("SCO-CARD-1 / SCO-CARD-2 names on the scorecard", () => {
  it("SCO-CARD-1: a measure that is neither known nor extra.<key> is refused with its own message", () => {
    expect(issues({ factors: [{ ...f("v"), measure: "my.a" }] })).toEqual([["invalid_format", ["factors", 0, "measure"], "must be a known measure or extra.<key>"]]);
  });
  it("SCO-CARD-2: a grade name must start with a letter: 1a is refused at the grade", () => {
    expect(issues({ factors: [f("v")], grades: [{ grade: "1a", minScore: "0" }] })).toEqual([["invalid_format", ["grades", 0, "grade"], "does not have the expected format (regex)"]]);
  });
});
