import { describe, expect, it } from "vitest";
import { intentProfileSchema } from "../../src/scoring/index";

// Survivors of intent-schema.ts left by intent.mutation.test.ts: the profile's defaults as the schema gives them.
describe("SCO-INT-A intent profile defaults", () => {
  it("SCO-INT-A: a profile that says nothing of a deposit has paid 0, not subscribed and holds no card", () => {
    expect(intentProfileSchema.parse({ id: "C" })).toMatchObject({ depositPaid: "0", subscribed: false, cardHolder: false });
  });
});
