import { describe, expect, it } from "vitest";
import { zoneClock } from "../../src/core/time";
import { memoClock } from "../../src/attribution/period";

// Written against the Stryker survivors of src/attribution/period.ts: the remembering clock on
// the day New York falls back (2024-11-03, 06:00Z: -04:00 → -05:00). The property test covers
// the same ground but is not part of the mutation run.

const ms = (iso: string) => Date.parse(iso);

describe("ATT-5: the remembering clock on a summer-time day", () => {
  it("ATT-5: an instant before the fall-back keeps the summer offset, although 1970 and the day's end have the winter one", () => {
    const c = memoClock(zoneClock("America/New_York"));
    expect(c.format(ms("2024-11-03T02:00:00Z"))).toBe("2024-11-02T22:00:00-04:00");
    expect(c.format(ms("2024-11-03T12:00:00Z"))).toBe("2024-11-03T07:00:00-05:00");
  });

  it("ATT-5: two instants of the fall-back's UTC day on different local dates each get their own date", () => {
    const c = memoClock(zoneClock("America/New_York"));
    expect(c.localDate(ms("2024-11-03T02:00:00Z"))).toBe("2024-11-02");
    expect(c.localDate(ms("2024-11-03T12:00:00Z"))).toBe("2024-11-03");
    expect(c.localDate(ms("2024-11-04T01:00:00Z"))).toBe("2024-11-03");
  });
});
