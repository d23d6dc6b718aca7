import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zoneClock } from "../../src/core/time";
import { memoClock } from "../../src/attribution/period";

describe("the remembering clock", () => {
  it("gives the zone clock's answers (format, localDate), across zone transitions too", () => {
    const zones = ["Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe"];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) }), { minLength: 1, maxLength: 40 }), (zone, instants) => {
        const plain = zoneClock(zone);
        const memo = memoClock(zoneClock(zone));
        for (const ms of [...instants, ...instants]) {
          expect(memo.format(ms)).toBe(plain.format(ms));
          expect(memo.localDate(ms)).toBe(plain.localDate(ms));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("at the instants of a transition day (New York, 2024-03-10 and 2024-11-03), minute by minute", () => {
    const plain = zoneClock("America/New_York");
    const memo = memoClock(zoneClock("America/New_York"));
    for (const start of [Date.UTC(2024, 2, 10), Date.UTC(2024, 10, 3)]) {
      for (let ms = start; ms < start + 86_400_000; ms += 60_000) {
        expect(memo.format(ms)).toBe(plain.format(ms));
        expect(memo.localDate(ms)).toBe(plain.localDate(ms));
      }
    }
  });
});
