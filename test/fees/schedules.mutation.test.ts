import { describe, expect, it } from "vitest";
import { feeSchedules, purchaseFees } from "../../src/fees";

// Written against the survivors of the mutation run of 2026-12-01 on src/fees/schedules.ts: the
// citations of the national schedule's parameters and of its deed-tax lines could be emptied
// unnoticed. Each is held here to the notice it must name.

const national = feeSchedules.chinaNational;

/** The notice each parameter of the national schedule cites (DOMAIN.md §1.3 and the notices in src/fees/schedules.ts). */
const citations: Readonly<Record<string, readonly string[]>> = {
  maintenanceFundPerM2: ["《住宅专项维修资金管理办法》", "第七条"],
  localDeedTaxRate: ["《中华人民共和国契税法》第三条"],
  city: ["财税〔2016〕23号", "第三条", "北京、上海、广州、深圳"],
  vatAmount: ["财税〔2016〕43号", "公告2021年第23号"],
  vatMethod: ["财税〔2016〕36号 附件2", "征收率5%"],
};

describe("FEE-NAT-DEED and FEE-NAT-VAT-BASE: the national schedule cites its notices", () => {
  it("FEE-NAT-DEED: every parameter of both versions cites the notice it comes from", () => {
    for (const v of national.versions) {
      expect(v.parameters.map((p) => p.name), v.id).toEqual(Object.keys(citations));
      for (const p of v.parameters) for (const notice of citations[p.name] ?? []) expect(p.source, `${v.id} ${p.name}`).toContain(notice);
    }
  });

  it("FEE-NAT-VAT-BASE: the deed-tax line of each version cites both its deed-tax notice and the VAT-base notices", () => {
    const input = { price: 1000000, area: 80, parameters: { maintenanceFundPerM2: 100, vatAmount: 0 } };
    const before = purchaseFees({ ...input, date: "2020-06-01" }, national).lines[0]?.source;
    const after = purchaseFees({ ...input, date: "2025-06-01" }, national).lines[0]?.source;
    for (const [source, deed] of [[before, "财税〔2016〕23号"], [after, "公告2024年第16号"]] as const) {
      expect(source).toContain(deed);
      expect(source).toContain("财税〔2016〕43号");
      expect(source).toContain("公告2021年第23号");
    }
  });
});
