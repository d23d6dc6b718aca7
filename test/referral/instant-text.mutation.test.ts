import { describe, expect, it } from "vitest";
import { zoneClock } from "../../src/core/time";
import { formatInZone } from "../../src/referral/instant-text";

/** Mutation tests of instant-text.ts: formatInZone keeps a canonical text and rewrites any other. */

describe("formatInZone", () => {
  const clock = zoneClock("Asia/Shanghai");
  const ms = Date.parse("2024-03-01T02:00:00Z");

  it("REF-G-3: an instant already in the zone's canonical form is returned as given; any other form as the zone clock writes it", () => {
    expect(formatInZone(clock, "2024-03-01T10:00:00+08:00", ms)).toBe("2024-03-01T10:00:00+08:00");
    expect(formatInZone(clock, "2024-03-01T02:00:00+00:00", ms)).toBe("2024-03-01T10:00:00+08:00");
    expect(formatInZone(clock, "2024-03-01T10:00:00.000+08:00", ms)).toBe("2024-03-01T10:00:00+08:00");
  });
});
