import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainTrace } from "../../src/core/explain";
import { feeSchedules, purchaseFees } from "../../src/fees";

// docs/fees.md shows the seed example's explanation in Chinese; this keeps it true.
describe("docs/fees.md", () => {
  const guide = readFileSync("docs/fees.md", "utf8");
  it("CORE-ROUND: the guide's Chinese explanation of the 29,458.00 example is what explainTrace prints", () => {
    const block = /<!-- explain:fees-seed -->\n```\n([\s\S]*?)\n```\n<!-- \/explain:fees-seed -->/.exec(guide);
    expect(block, "the explain:fees-seed block").not.toBeNull();
    const fees = purchaseFees({ price: 1_000_000, area: 100 }, feeSchedules.changzhouOlympicGarden);
    expect(block![1]!.split("\n")).toEqual(explainTrace(fees.trace, { locale: "zh" }));
    expect(fees.total).toBe("29458.00");
  });
  it("FEE-NAT-VAT-BASE: the guide's national example total holds", () => {
    const fees = purchaseFees(
      { price: 3_200_000, area: "128.50", date: "2024-12-01", homeOrdinal: 2, parameters: { maintenanceFundPerM2: "96", vatAmount: "264220.18" } },
      feeSchedules.chinaNational,
    );
    expect(guide).toContain(`.total; // "${fees.total}"`);
    expect(fees.total).toBe("41773.80");
  });
});
