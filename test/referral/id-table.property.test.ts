import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdTable } from "../../src/referral/id-table";

describe("id table laws", () => {
  it("finds every id as a Map does, and reports a repeated id with the index that holds it", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }), (ids, probes) => {
        const table = new IdTable((i) => ids[i]!, ids.length);
        const map = new Map<string, number>();
        ids.forEach((id, i) => {
          const earlier = map.get(id);
          expect(table.add(i)).toBe(earlier ?? -1);
          if (earlier === undefined) map.set(id, i);
        });
        for (const id of [...ids, ...probes]) expect(table.get(id)).toBe(map.get(id) ?? -1);
      }),
      { numRuns: 200 },
    );
  });
});
