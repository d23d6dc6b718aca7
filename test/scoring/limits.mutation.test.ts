import { describe, it } from "vitest";
import { expectShoulou } from "../helpers";
import { lifecycleStage, maintenanceAudit } from "../../src/scoring/index";

// Survivors of limits.ts: the size checks read fields of anything, undefined included, and leave the refusal to the schema.
describe("size checks on a missing input", () => {
  it("SCO-10: a missing history is INVALID_INPUT from the schema, not an internal error of the size check", () => {
    expectShoulou(() => lifecycleStage(undefined as never), "INVALID_INPUT", []);
  });
  it("SCO-8: a missing book is INVALID_INPUT from the schema, not an internal error of the size check", () => {
    expectShoulou(() => maintenanceAudit(undefined as never, "2024-09-25"), "INVALID_INPUT", []);
  });
});
