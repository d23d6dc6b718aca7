import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, formatMinutes, instantMs, isIsoDate, isoWeekday, minutesOfDay, zoneClock } from "../../src/core/time";

const runs = { numRuns: 200 };
const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const zones = ["Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "UTC"];
/** Whole seconds between 1970 and 2100. */
const instant = fc.integer({ min: 0, max: Math.floor(Date.UTC(2100, 0, 1) / 1000) }).map((s) => s * 1000);

/** The zone's offset in minutes by Intl, independently of the library. */
function intlOffset(timeZone: string, ms: number): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0; // "GMT" alone is UTC
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe("calendar laws", { timeout: 30_000 }, () => {
  it("addDays is undone by its negative, and daysBetween measures it", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -100_000, max: 100_000 }), (d, n) => {
        const e = addDays(d, n);
        expect(isIsoDate(e)).toBe(true);
        expect(addDays(e, -n)).toBe(d);
        expect(daysBetween(d, e)).toBe(n);
      }),
      runs,
    );
  });
  it("a week later is the same weekday", () => {
    fc.assert(fc.property(date, fc.integer({ min: -1000, max: 1000 }), (d, w) => {
      expect(isoWeekday(addDays(d, 7 * w))).toBe(isoWeekday(d));
    }), runs);
  });
  it("addMonths lands in the right month, on the same day or the month's last day", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const e = addMonths(d, n);
        expect(isIsoDate(e)).toBe(true);
        const months = (Number(e.slice(0, 4)) - Number(d.slice(0, 4))) * 12 + Number(e.slice(5, 7)) - Number(d.slice(5, 7));
        expect(months).toBe(n);
        const day = Number(d.slice(8, 10));
        const got = Number(e.slice(8, 10));
        if (got !== day) {
          expect(got).toBeLessThan(day);
          expect(addDays(e, 1).slice(8, 10)).toBe("01"); // clamped to the month's end
        }
      }),
      runs,
    );
  });
  it("HH:mm round-trips", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
      expect(minutesOfDay(formatMinutes(m))).toBe(m);
    }), runs);
  });
});

describe("zone clock laws (the machine is UTC; the zones are not)", { timeout: 30_000 }, () => {
  it("the offset agrees with Intl, and format → instantMs round-trips", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (tz, ms) => {
        const c = zoneClock(tz);
        expect(c.offsetMinutes(ms)).toBe(intlOffset(tz, ms));
        const text = c.format(ms);
        expect(instantMs(text)).toBe(ms);
        expect(text.slice(0, 10)).toBe(c.localDate(ms));
        expect(text.slice(11, 16)).toBe(c.localTime(ms));
      }),
      runs,
    );
  });
  it("every instant lies within its local day: startOfDay(date) ≤ t < startOfDay(next date)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (tz, ms) => {
        const c = zoneClock(tz);
        const d = c.localDate(ms);
        expect(c.startOfDay(d)).toBeLessThanOrEqual(ms);
        expect(c.startOfDay(addDays(d, 1))).toBeGreaterThan(ms);
        expect(c.localDate(c.startOfDay(d))).toBe(d);
        expect(c.localTime(c.startOfDay(d))).toBe("00:00");
      }),
      runs,
    );
  });
  it("at(localDate, localTime) gives back the minute, except in a repeated hour", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (tz, ms) => {
        const c = zoneClock(tz);
        const minute = ms - (ms % 60_000);
        const back = c.at(c.localDate(ms), c.localTime(ms));
        // in the hour a fall-back repeats, at() picks the first of the two (east or west of UTC); otherwise it is exact
        if (back !== minute) expect(minute - back).toBe(60 * 60_000);
        expect(c.format(back).slice(0, 16)).toBe(c.format(minute).slice(0, 16));
      }),
      runs,
    );
  });
});

describe("zoneClock.at on daylight-saving nights, east and west of UTC", () => {
  it("a wall time that happens twice gives the first of the two", () => {
    const berlin = zoneClock("Europe/Berlin");
    const newYork = zoneClock("America/New_York");
    const sydney = zoneClock("Australia/Sydney");
    expect(berlin.format(berlin.at("2024-10-27", "02:30"))).toBe("2024-10-27T02:30:00+02:00");
    expect(newYork.format(newYork.at("2024-11-03", "01:30"))).toBe("2024-11-03T01:30:00-04:00");
    expect(sydney.format(sydney.at("2024-04-07", "02:30"))).toBe("2024-04-07T02:30:00+11:00");
  });
  it("a wall time that never happens moves forward by the gap", () => {
    const berlin = zoneClock("Europe/Berlin");
    const newYork = zoneClock("America/New_York");
    expect(berlin.format(berlin.at("2024-03-31", "02:30"))).toBe("2024-03-31T03:30:00+02:00");
    expect(newYork.format(newYork.at("2024-03-10", "02:30"))).toBe("2024-03-10T03:30:00-04:00");
  });
  it("away from a transition nothing changes", () => {
    const berlin = zoneClock("Europe/Berlin");
    expect(berlin.format(berlin.at("2024-10-26", "02:30"))).toBe("2024-10-26T02:30:00+02:00");
    expect(berlin.format(berlin.at("2024-10-28", "02:30"))).toBe("2024-10-28T02:30:00+01:00");
  });
});

describe("instantMs agrees with a regex + Date.parse reference (fractions truncated to the millisecond)", () => {
  const RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
  const reference = (v: string): number | undefined => {
    const m = RE.exec(v);
    if (!m || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`) || Number(m[1]) < 100) return undefined;
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return undefined;
    const off = m[8] ?? "Z";
    if (off !== "Z" && (Number(off.slice(1, 3)) > 23 || Number(off.slice(4, 6)) > 59)) return undefined;
    // Date.parse reads at most milliseconds: cut the fraction to 3 digits first (truncation).
    const fraction = m[7] === undefined ? "" : `.${m[7].slice(0, 3)}`;
    return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] === undefined ? "" : `:${m[6]}${fraction}`}${off}`);
  };
  const d2 = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
  const text = fc
    .tuple(fc.integer({ min: 100, max: 9999 }), d2(13), d2(32), d2(24), d2(60), fc.option(d2(60)), fc.option(fc.integer({ min: 0, max: 99_999_999_999 })), fc.constantFrom("Z", "+08:00", "-05:30", "+24:00", "+08:60", "", "+0800"))
    .map(([y, mo, d, h, mi, s, f, off]) => `${String(y).padStart(4, "0")}-${mo}-${d}T${h}:${mi}${s === null ? "" : `:${s}${f === null ? "" : `.${f}`}`}${off}`);
  it("gives the same milliseconds, or refuses the same texts", () => {
    fc.assert(fc.property(fc.oneof(text, fc.string()), (v) => {
      expect(instantMs(v)).toBe(reference(v));
    }), { numRuns: 2000 });
  });
  it("Python (6 digits), Java and Go (9 digits) instants are read, truncated to the millisecond", () => {
    expect(instantMs("2024-09-26T10:15:00.123456+08:00")).toBe(Date.parse("2024-09-26T10:15:00.123+08:00"));
    expect(instantMs("2024-09-26T02:15:00.999999999Z")).toBe(Date.parse("2024-09-26T02:15:00.999Z"));
    expect(instantMs("2024-09-26T02:15:00.0000000001Z")).toBeUndefined();
    expect(instantMs("2024-09-26T02:15:00.Z")).toBeUndefined();
  });
});
