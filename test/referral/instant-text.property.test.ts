import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantMs, zoneClock } from "../../src/index";
import { formatInZone } from "../../src/referral/instant-text";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const instantArb = fc
  .record({
    y: fc.integer({ min: 1, max: 9999 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.option(fc.integer({ min: 0, max: 59 })),
    frac: fc.option(fc.integer({ min: 0, max: 999 })),
    off: fc.option(fc.record({ sign: fc.constantFrom("+", "-"), h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })),
  })
  .map(({ y, mo, d, h, mi, s, frac, off }) => {
    const secs = s === null ? "" : `:${pad(s)}${frac === null ? "" : `.${pad(frac, 3)}`}`;
    const zone = off === null ? "Z" : `${off.sign}${pad(off.h)}:${pad(off.m)}`;
    return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${secs}${zone}`;
  })
  .filter((t) => instantMs(t) !== undefined);

describe("instant reading laws", () => {
  it("formatInZone equals the zone clock's format", () => {
    const clocks = [zoneClock("Asia/Shanghai"), zoneClock("America/Detroit"), zoneClock("UTC")];
    fc.assert(
      fc.property(instantArb, fc.nat(2), (t, k) => {
        const clock = clocks[k]!;
        const ms = instantMs(t)!;
        fc.pre(ms > -62135596800000 && ms < 253402300799000);
        expect(formatInZone(clock, t, ms)).toBe(clock.format(ms));
      }),
      { numRuns: 200 },
    );
  });
});
