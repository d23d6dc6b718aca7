import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { maintenanceAudit } from "../../src/scoring/index";

// Survivors of maintenance-schema.ts: the issue code of the book's own refusal (maintenance.mutation.test.ts checks path and message).
describe("SCO-8 maintenance book refusals", () => {
  it("SCO-8: a call without its customer is a custom issue (code, path and message)", () => {
    const e = thrown(() => maintenanceAudit({ customers: [], records: [{ id: "R", kind: "call", agentId: "A", at: "2024-09-01" }] }, "2024-09-25"));
    expect([e.code, e.issues.map((i) => [i.code, i.path, i.message])]).toEqual(["INVALID_INPUT", [["custom", ["records", 0, "customerId"], "a call record needs the customer"]]]);
  });
  it("SCO-8: a birthday that does not exist is refused at its path with its own message", () => {
    const e = thrown(() => maintenanceAudit({ customers: [{ id: "C1", agentId: "A", grade: "a", birthday: "02-30" }], records: [] }, "2024-09-25"));
    expect([e.code, e.issues.map((i) => [i.path, i.message])]).toEqual(["INVALID_INPUT", [[["customers", 0, "birthday"], "must be a real birthday MM-DD or YYYY-MM-DD"]]]);
  });
});
