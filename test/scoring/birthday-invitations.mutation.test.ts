import { describe, expect, it } from "vitest";
import { maintenanceAudit } from "../../src/scoring/index";

// Survivors of birthday-invitations.ts left by maintenance.mutation.test.ts: years are written with 4 digits.
describe("SCO-8 birthday invitations in years before 1000", () => {
  it("SCO-8: an A-grade birthday 9 days after asOf 0999-05-01 is due on 0999-05-10, with the window in 4-digit years", () => {
    const r = maintenanceAudit({ customers: [{ id: "C1", agentId: "A1", grade: "a", birthday: "05-10", registeredOn: "0999-05-01" }], records: [] }, "0999-05-01", { eventsPerMonth: 0 });
    expect(r.findings.map((f) => [f.kind, f.data])).toEqual([["birthday-invitation-missed", { customer: "C1", birthday: "0999-05-10", from: "0999-04-19", to: "0999-04-26" }]]);
  });
  it("SCO-8: a 29 February birthday falls on 0999-02-28 in the common year 999", () => {
    const r = maintenanceAudit({ customers: [{ id: "C1", agentId: "A1", grade: "a", birthday: "02-29", registeredOn: "0999-02-20" }], records: [] }, "0999-02-20", { eventsPerMonth: 0 });
    expect(r.findings.map((f) => [f.kind, f.data])).toEqual([["birthday-invitation-missed", { customer: "C1", birthday: "0999-02-28", from: "0999-02-07", to: "0999-02-14" }]]);
  });
});
