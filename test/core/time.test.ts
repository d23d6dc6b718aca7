import { describe, expect, it } from "vitest";
import {
  DEFAULT_TIME_ZONE,
  addDays,
  addMonths,
  daysBetween,
  formatMinutes,
  instantMs,
  isIsoDate,
  isTimeZone,
  isoWeekday,
  minutesOfDay,
  zoneClock,
} from "../../src/core/time";

const H = 3_600_000;

describe("the machine runs in UTC, so nothing below can pass by accident of the local zone", () => {
  it("TZ is UTC", () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });
});

describe("isIsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2023-12-31", "0001-01-01", "2024-04-30"])("%s is a date", (d) => {
    expect(isIsoDate(d)).toBe(true);
  });
  it.each(["2023-02-29", "2100-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01", "24-01-01", "0000-01-01", "2024-01-01T00:00:00Z", " 2024-01-01", "", 20240101, null, undefined])(
    "%j is not a date",
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );
});

describe("instantMs", () => {
  it("reads an instant with an explicit offset", () => {
    expect(instantMs("1970-01-01T08:00:00+08:00")).toBe(0);
    expect(instantMs("2024-09-26T10:15:00Z")).toBe(Date.UTC(2024, 8, 26, 10, 15));
    expect(instantMs("2024-09-26T10:15+08:00")).toBe(Date.UTC(2024, 8, 26, 2, 15));
    expect(instantMs("2024-09-26T10:15:30.5Z")).toBe(Date.UTC(2024, 8, 26, 10, 15, 30, 500));
    expect(instantMs("2024-09-26T10:15:00-03:30")).toBe(Date.UTC(2024, 8, 26, 13, 45));
    expect(instantMs("2024-09-26T10:15:00+05:45")).toBe(Date.UTC(2024, 8, 26, 4, 30));
  });
  it("refuses a missing offset (it would depend on the machine's zone)", () => {
    expect(instantMs("2024-09-26T10:15")).toBeUndefined();
    expect(instantMs("2024-09-26T10:15:00")).toBeUndefined();
    expect(instantMs("2024-09-26T10:15:00.000")).toBeUndefined();
    expect(instantMs("2024-09-26")).toBeUndefined();
  });
  it("refuses a day that does not exist (2024-02-30) and impossible times or offsets", () => {
    expect(instantMs("2024-02-30T10:00:00+08:00")).toBeUndefined();
    expect(instantMs("2023-02-29T10:00:00Z")).toBeUndefined();
    expect(instantMs("2024-09-26T24:00:00Z")).toBeUndefined();
    expect(instantMs("2024-09-26T10:60:00Z")).toBeUndefined();
    expect(instantMs("2024-09-26T10:15:60Z")).toBeUndefined();
    expect(instantMs("2024-09-26T10:15:00+24:00")).toBeUndefined();
    expect(instantMs("2024-09-26T10:15:00+08:60")).toBeUndefined();
    expect(instantMs("2024-09-26T10:15:00+0800")).toBeUndefined();
    expect(instantMs("2024-09-26 10:15:00+08:00")).toBeUndefined();
  });
  it("refuses anything not a string", () => {
    for (const v of [0, null, undefined, new Date(0), {}, ["2024-09-26T10:15:00Z"]]) expect(instantMs(v)).toBeUndefined();
  });
});

describe("isTimeZone / minutesOfDay / formatMinutes", () => {
  it("knows IANA zones", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(8)).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });
  it("reads HH:mm", () => {
    expect(minutesOfDay("10:15")).toBe(615);
    expect(minutesOfDay("00:00")).toBe(0);
    expect(minutesOfDay("23:59")).toBe(1439);
    for (const bad of ["24:00", "9:15", "10:60", "10:15:00", "", " 10:15", 615, null]) expect(minutesOfDay(bad)).toBeUndefined();
  });
  it("writes HH:mm", () => {
    expect(formatMinutes(615)).toBe("10:15");
    expect(formatMinutes(0)).toBe("00:00");
    expect(formatMinutes(1439)).toBe("23:59");
    expect(formatMinutes(480)).toBe("08:00");
  });
});

describe("calendar arithmetic", () => {
  it("addDays", () => {
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-01-01", -1)).toBe("2023-12-31");
    expect(addDays("2024-03-10", 1)).toBe("2024-03-11");
    expect(addDays("2024-11-03", 1)).toBe("2024-11-04");
    expect(addDays("2024-09-26", 0)).toBe("2024-09-26");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
  });
  it("addDays and addMonths keep years before 100 (isIsoDate accepts them)", () => {
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(addMonths("0050-01-31", 1)).toBe("0050-02-28");
  });
  it("addMonths clamps to the end of a shorter month", () => {
    expect(addMonths("2024-11-30", 3)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-01-31", 2)).toBe("2024-03-31");
    expect(addMonths("2024-05-31", 1)).toBe("2024-06-30");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2024-12-15", 1)).toBe("2025-01-15");
    expect(addMonths("2024-09-26", 0)).toBe("2024-09-26");
    expect(addMonths("2024-01-31", 359)).toBe("2053-12-31");
  });
  it("daysBetween and isoWeekday", () => {
    expect(daysBetween("2024-09-26", "2024-09-29")).toBe(3);
    expect(daysBetween("2024-09-29", "2024-09-26")).toBe(-3);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2024-03-09", "2024-03-11")).toBe(2); // a DST weekend elsewhere changes nothing
    expect(isoWeekday("2024-09-26")).toBe(4);
    expect(isoWeekday("2024-09-23")).toBe(1);
    expect(isoWeekday("2024-09-29")).toBe(7);
    expect(isoWeekday("2000-01-01")).toBe(6);
  });
});

describe("zoneClock in Asia/Shanghai while the machine is UTC", () => {
  const c = zoneClock("Asia/Shanghai");
  it("is the default zone", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Shanghai");
    expect(zoneClock().timeZone).toBe("Asia/Shanghai");
  });
  it("local midnight is 16:00 UTC the day before", () => {
    const midnight = Date.UTC(2024, 8, 25, 16);
    expect(c.startOfDay("2024-09-26")).toBe(midnight);
    expect(c.at("2024-09-26", "00:00")).toBe(midnight);
    expect(c.at("2024-09-26", 0)).toBe(midnight);
    expect(c.localDate(midnight)).toBe("2024-09-26");
    expect(new Date(midnight).toISOString().slice(0, 10)).toBe("2024-09-25"); // what the machine would say
    expect(c.localTime(midnight)).toBe("00:00");
    expect(c.localDate(midnight - 1)).toBe("2024-09-25");
    expect(c.localTime(midnight - 1)).toBe("23:59");
    expect(c.format(midnight)).toBe("2024-09-26T00:00:00+08:00");
    expect(c.offsetMinutes(midnight)).toBe(480);
  });
  it("reads and writes local times", () => {
    expect(c.format(c.at("2024-09-26", "10:15"))).toBe("2024-09-26T10:15:00+08:00");
    expect(c.at("2024-09-26", 615)).toBe(c.at("2024-09-26", "10:15"));
    expect(c.localDate(instantMs("2024-09-26T16:30:00Z")!)).toBe("2024-09-27");
    expect(c.localTime(instantMs("2024-09-26T16:30:00Z")!)).toBe("00:30");
    expect(c.format(instantMs("2024-12-31T16:00:00Z")!)).toBe("2025-01-01T00:00:00+08:00");
    expect(c.at("2024-09-26", "23:59") - c.startOfDay("2024-09-26")).toBe(1439 * 60_000);
  });
});

describe("zoneClock across DST transitions in America/New_York", () => {
  const c = zoneClock("America/New_York");
  it("spring forward (2024-03-10 02:00 EST → 03:00 EDT): a 23-hour day", () => {
    expect(c.startOfDay("2024-03-10")).toBe(Date.UTC(2024, 2, 10, 5));
    expect(c.startOfDay("2024-03-11")).toBe(Date.UTC(2024, 2, 11, 4));
    expect(c.startOfDay("2024-03-11") - c.startOfDay("2024-03-10")).toBe(23 * H);
    expect(c.at("2024-03-10", "01:00")).toBe(Date.UTC(2024, 2, 10, 6));
    expect(c.at("2024-03-10", "03:00")).toBe(Date.UTC(2024, 2, 10, 7));
    expect(c.at("2024-03-10", "12:00")).toBe(Date.UTC(2024, 2, 10, 16));
    expect(c.offsetMinutes(Date.UTC(2024, 2, 10, 6, 59))).toBe(-300);
    expect(c.offsetMinutes(Date.UTC(2024, 2, 10, 7))).toBe(-240);
    expect(c.format(Date.UTC(2024, 2, 10, 6, 59))).toBe("2024-03-10T01:59:00-05:00");
    expect(c.format(Date.UTC(2024, 2, 10, 7))).toBe("2024-03-10T03:00:00-04:00");
    expect(c.localTime(Date.UTC(2024, 2, 10, 7))).toBe("03:00");
  });
  it("fall back (2024-11-03 02:00 EDT → 01:00 EST): a 25-hour day", () => {
    expect(c.startOfDay("2024-11-03")).toBe(Date.UTC(2024, 10, 3, 4));
    expect(c.startOfDay("2024-11-04")).toBe(Date.UTC(2024, 10, 4, 5));
    expect(c.startOfDay("2024-11-04") - c.startOfDay("2024-11-03")).toBe(25 * H);
    expect(c.at("2024-11-03", "00:30")).toBe(Date.UTC(2024, 10, 3, 4, 30));
    expect(c.at("2024-11-03", "03:00")).toBe(Date.UTC(2024, 10, 3, 8));
    expect(c.format(Date.UTC(2024, 10, 3, 5, 30))).toBe("2024-11-03T01:30:00-04:00");
    expect(c.format(Date.UTC(2024, 10, 3, 6, 30))).toBe("2024-11-03T01:30:00-05:00");
    expect(c.localDate(Date.UTC(2024, 10, 4, 4, 59))).toBe("2024-11-03");
    expect(c.localDate(Date.UTC(2024, 10, 4, 5))).toBe("2024-11-04");
  });
  it("the same clock answers the same after its cache is warm (no stale offsets across the transition)", () => {
    const fresh = zoneClock("America/New_York");
    const instants = [Date.UTC(2024, 2, 10, 6, 59), Date.UTC(2024, 2, 10, 7), Date.UTC(2024, 2, 10, 7, 14), Date.UTC(2024, 10, 3, 5, 59), Date.UTC(2024, 10, 3, 6)];
    const first = instants.map((ms) => c.format(ms));
    expect(instants.map((ms) => fresh.format(ms))).toEqual(first);
    expect(instants.map((ms) => c.format(ms))).toEqual(first);
  });
  it("zones with a non-hour offset", () => {
    expect(zoneClock("Asia/Kolkata").format(Date.UTC(2024, 8, 26))).toBe("2024-09-26T05:30:00+05:30");
    expect(zoneClock("Asia/Kathmandu").format(Date.UTC(2024, 8, 26))).toBe("2024-09-26T05:45:00+05:45");
    expect(zoneClock("America/St_Johns").format(Date.UTC(2024, 0, 1))).toBe("2023-12-31T20:30:00-03:30");
    expect(zoneClock("UTC").format(Date.UTC(2024, 0, 1))).toBe("2024-01-01T00:00:00+00:00");
  });
});

describe("zoneClock given values outside its range", () => {
  const shoulouOrThrowsNothing = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (e) {
      expect((e as { name?: string }).name, `escaped: ${String(e)}`).toBe("ShoulouError");
      return "threw ShoulouError";
    }
  };
  it("an unknown time zone is a ShoulouError (at creation or first use), not a RangeError", () => {
    const r = shoulouOrThrowsNothing(() => zoneClock("Mars/Olympus").format(0));
    expect(r).toBe("threw ShoulouError");
  });
  it("at() with an impossible time of day does not silently mean midnight", () => {
    const c = zoneClock("Asia/Shanghai");
    for (const bad of ["25:00", "10:60", "noon", ""]) {
      const r = shoulouOrThrowsNothing(() => c.at("2024-09-26", bad));
      expect(r, `at("2024-09-26", ${JSON.stringify(bad)})`).not.toBe(c.startOfDay("2024-09-26"));
    }
  });
});
