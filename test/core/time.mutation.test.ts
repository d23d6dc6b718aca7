import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { addDays, addMonths, daysBetween, formatMinutes, instantMs, isIsoDate, isTimeZone, isoWeekday, minutesOfDay, zoneClock } from "../../src/core/time";

// Written against the survivors of `npm run test:mutation` on src/core/time.ts: each test pins a
// boundary or a branch that the other time tests left free to change.

function refusalOf(fn: () => unknown): { code: string; path: readonly (string | number)[]; key: string | undefined } {
  const e = thrown(fn);
  return { code: e.code, path: e.path, key: e.messageRef?.key };
}

const HOUR = 3_600_000;

describe("isIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-02-28", true],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2024-04-30", true],
    ["2024-04-31", false],
    ["2024-12-31", true],
    ["2024-01-32", false],
    ["2024-00-10", false],
    ["2024-13-01", false],
    ["2024-01-00", false],
    ["0000-01-01", false],
    ["0001-01-01", true],
    ["9999-12-31", true],
    ["2024-1-01", false],
    ["2024-01-01 ", false],
    [" 2024-01-01", false],
    ["20240101", false],
  ] as const)("%j is %s", (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });

  it("is false for anything but text", () => {
    for (const v of [20240101, null, undefined, new Date(0), ["2024-01-01"]]) expect(isIsoDate(v)).toBe(false);
  });
});

describe("instantMs", () => {
  it.each([
    ["1970-01-01T00:00Z", 0],
    ["1970-01-01T00:00:00Z", 0],
    ["1970-01-01T23:59Z", 86_340_000],
    ["1970-01-01T00:00:59Z", 59_000],
    ["1970-01-02T00:00Z", 86_400_000],
    ["1970-01-01T08:00:00+08:00", 0],
    ["1970-01-01T00:00:00-05:30", 5.5 * HOUR],
    ["1970-01-01T00:00:00+23:59", -(23 * 60 + 59) * 60_000],
    ["1970-01-01T00:00:00.1Z", 100],
    ["1970-01-01T00:00:00.12Z", 120],
    ["1970-01-01T00:00:00.123Z", 123],
    ["1970-01-01T00:00:00.1239Z", 123],
    ["1970-01-01T00:00:00.123999999Z", 123],
    ["1970-01-01T00:00:00.5+08:00", 500 - 8 * HOUR],
    ["2024-02-29T12:00:00Z", Date.UTC(2024, 1, 29, 12)],
    ["2024-09-26T10:15:30+08:00", Date.UTC(2024, 8, 26, 2, 15, 30)],
  ] as const)("%j is %i", (text, ms) => {
    expect(instantMs(text)).toBe(ms);
  });

  it.each([
    "1970-01-01T00:0Z",
    "1970/01-01T00:00Z",
    "1970-01/01T00:00Z",
    "1970-01-01 00:00Z",
    "1970-01-01T00-00Z",
    "197x-01-01T00:00Z",
    "0000-01-01T00:00Z",
    "1970-00-01T00:00Z",
    "1970-13-01T00:00Z",
    "1970-01-00T00:00Z",
    "1970-01-32T00:00Z",
    "2023-02-29T00:00Z",
    "1970-01-01T24:00Z",
    "1970-01-01T00:60Z",
    "1970-01-01T0x:00Z",
    "1970-01-01T00:00:60Z",
    "1970-01-01T00:00:5xZ",
    "1970-01-01T00:00:00.Z",
    "1970-01-01T00:00:00.1234567890Z",
    "1970-01-01T00:00:00",
    "1970-01-01T00:00:00z",
    "1970-01-01T00:00:00ZZ",
    "1970-01-01T00:00:00+0800",
    "1970-01-01T00:00:00+08:00x",
    "1970-01-01T00:00:00+24:00",
    "1970-01-01T00:00:00+08:60",
    "1970-01-01T00:00:00+0x:00",
    "1970-01-01T00:00:00*08:00",
    "1970-01-01T00:00:00+08-00",
    "1970-01-01T00:0xZ",
    "1970-01-01T00:x0Z",
    "1970-01-01T00:00:00+08:0x",
    "1970-01-01T1/:00Z",
    "197/-01-01T00:00Z",
    "1970-01-01T00:00:0/Z",
  ])("%j is not an instant", (text) => {
    expect(instantMs(text)).toBeUndefined();
  });

  it("is undefined for anything but text", () => {
    expect(instantMs(0)).toBeUndefined();
    expect(instantMs(null)).toBeUndefined();
  });

  it("reads years before 100 as written, not as 1900–1999", () => {
    expect(new Date(instantMs("0050-01-01T00:00Z")!).getUTCFullYear()).toBe(50);
    expect(new Date(instantMs("0099-12-31T00:00Z")!).getUTCFullYear()).toBe(99);
    expect(new Date(instantMs("0100-01-01T00:00Z")!).getUTCFullYear()).toBe(100);
    expect(instantMs("0100-01-01T00:00Z")! - instantMs("0099-12-31T00:00Z")!).toBe(86_400_000);
  });
});

describe("isTimeZone, minutesOfDay and formatMinutes", () => {
  it("knows IANA zones and refuses empty, non-text and overlong names", () => {
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(8)).toBe(false);
    expect(isTimeZone(`Asia/Shanghai${" ".repeat(60)}`)).toBe(false);
  });

  it.each([
    ["00:00", 0],
    ["23:59", 1439],
    ["10:15", 615],
    ["24:00", undefined],
    ["12:60", undefined],
    ["1:00", undefined],
    ["10:15 ", undefined],
    [" 10:15", undefined],
    ["1015", undefined],
  ] as const)("minutesOfDay(%j) is %s", (text, minutes) => {
    expect(minutesOfDay(text)).toBe(minutes);
  });

  it("minutesOfDay is undefined for a number", () => {
    expect(minutesOfDay(615)).toBeUndefined();
  });

  it.each([
    [0, "00:00"],
    [9, "00:09"],
    [10, "00:10"],
    [60, "01:00"],
    [600, "10:00"],
    [615, "10:15"],
    [1439, "23:59"],
  ] as const)("formatMinutes(%i) is %j", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe("addDays, addMonths, daysBetween, isoWeekday", () => {
  it("addDays stays within 0001-01-01 … 9999-12-31, refusing past either end at 'days'", () => {
    expect(addDays("9999-12-31", 0)).toBe("9999-12-31");
    expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
    expect(refusalOf(() => addDays("9999-12-31", 1))).toEqual({ code: "OUT_OF_RANGE", path: ["days"], key: "date-range" });
    expect(addDays("0001-01-02", -1)).toBe("0001-01-01");
    expect(refusalOf(() => addDays("0001-01-01", -1))).toEqual({ code: "OUT_OF_RANGE", path: ["days"], key: "date-range" });
    expect(refusalOf(() => addDays("2024-01-01", 4_000_001))).toEqual({ code: "OUT_OF_RANGE", path: ["days"], key: "date-range" });
    expect(refusalOf(() => addDays("2024-01-01", -4_000_001))).toEqual({ code: "OUT_OF_RANGE", path: ["days"], key: "date-range" });
    expect(addDays("0050-03-01", -1)).toBe("0050-02-28");
    expect(addDays("2024-02-28", 366)).toBe("2025-02-28");
  });

  it("addDays refuses a date that does not exist at 'date' and a non-integer at 'days'", () => {
    expect(refusalOf(() => addDays("2024-02-30", 0))).toEqual({ code: "INVALID_INPUT", path: ["date"], key: "date" });
    expect(refusalOf(() => addDays("2024-01-01", 1.5))).toEqual({ code: "INVALID_INPUT", path: ["days"], key: "integer" });
    expect(refusalOf(() => addDays("2024-01-01", "1" as never))).toMatchObject({ code: "INVALID_INPUT", path: ["days"] });
  });

  it("addMonths clamps to the month's last day, both ways, and refuses outside the range at 'months'", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-05-15", 0)).toBe("2024-05-15");
    expect(addMonths("2024-05-15", 12)).toBe("2025-05-15");
    expect(addMonths("0050-01-31", 1)).toBe("0050-02-28");
    expect(addMonths("9999-11-30", 1)).toBe("9999-12-30");
    expect(refusalOf(() => addMonths("9999-12-01", 1))).toEqual({ code: "OUT_OF_RANGE", path: ["months"], key: "date-range" });
    expect(refusalOf(() => addMonths("0001-01-15", -1))).toEqual({ code: "OUT_OF_RANGE", path: ["months"], key: "date-range" });
    expect(refusalOf(() => addMonths("2024-01-01", 4_000_001))).toEqual({ code: "OUT_OF_RANGE", path: ["months"], key: "date-range" });
    expect(refusalOf(() => addMonths("2024-01-01", 0.5))).toEqual({ code: "INVALID_INPUT", path: ["months"], key: "integer" });
    expect(refusalOf(() => addMonths("2024-13-01", 1))).toEqual({ code: "INVALID_INPUT", path: ["date"], key: "date" });
  });

  it("daysBetween counts whole days either way and names the bad end", () => {
    expect(daysBetween("2024-09-26", "2024-09-29")).toBe(3);
    expect(daysBetween("2024-09-29", "2024-09-26")).toBe(-3);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("0001-01-01", "9999-12-31")).toBe(3_652_058);
    expect(refusalOf(() => daysBetween("x", "2024-01-01")).path).toEqual(["from"]);
    expect(refusalOf(() => daysBetween("2024-01-01", "x")).path).toEqual(["to"]);
  });

  it.each([
    ["2024-09-23", 1],
    ["2024-09-26", 4],
    ["2024-09-28", 6],
    ["2024-09-29", 7],
    ["2024-09-30", 1],
  ] as const)("isoWeekday(%j) is %i", (date, day) => {
    expect(isoWeekday(date)).toBe(day);
  });

  it("isoWeekday refuses a date that does not exist at 'date'", () => {
    expect(refusalOf(() => isoWeekday("2024-02-30"))).toEqual({ code: "INVALID_INPUT", path: ["date"], key: "date" });
  });
});

describe("zoneClock", () => {
  it("defaults to Asia/Shanghai and refuses an unknown zone at 'timeZone'", () => {
    expect(zoneClock().timeZone).toBe("Asia/Shanghai");
    expect(zoneClock().offsetMinutes(0)).toBe(480);
    expect(refusalOf(() => zoneClock("Mars/Olympus"))).toEqual({ code: "INVALID_INPUT", path: ["timeZone"], key: "time-zone" });
  });

  it("offsets change at a zone's transition, within one clock (the cache keys on the instant)", () => {
    const ny = zoneClock("America/New_York");
    const spring = Date.UTC(2024, 2, 10, 7); // 02:00 EST becomes 03:00 EDT
    expect(ny.offsetMinutes(spring - 60_000)).toBe(-300);
    expect(ny.offsetMinutes(spring)).toBe(-240);
    expect(ny.offsetMinutes(spring - 16 * 60_000)).toBe(-300);
    expect(ny.offsetMinutes(Date.UTC(2024, 6, 1))).toBe(-240);
    expect(ny.offsetMinutes(Date.UTC(2024, 0, 1))).toBe(-300);
  });

  it("refuses an instant that is not a finite number within Date's range at 'instant'", () => {
    const c = zoneClock("UTC");
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1, -8.64e15 - 1, "0"]) {
      expect(refusalOf(() => c.offsetMinutes(v as number))).toEqual({ code: "INVALID_INPUT", path: ["instant"], key: "instant" });
    }
    expect(c.offsetMinutes(8.64e15)).toBe(0);
    expect(c.offsetMinutes(-8.64e15)).toBe(0);
  });

  it("local dates and times follow the zone, and a local date past 9999-12-31 or before 0001-01-01 is OUT_OF_RANGE", () => {
    const sh = zoneClock("Asia/Shanghai");
    const ms = instantMs("2024-09-26T16:30:00Z")!;
    expect(sh.localDate(ms)).toBe("2024-09-27");
    expect(sh.localTime(ms)).toBe("00:30");
    expect(sh.localDate(instantMs("9999-12-31T15:59:00Z")!)).toBe("9999-12-31");
    expect(refusalOf(() => sh.localDate(instantMs("9999-12-31T16:00:00Z")!))).toEqual({ code: "OUT_OF_RANGE", path: ["instant"], key: "date-range" });
    const ny = zoneClock("America/New_York");
    expect(refusalOf(() => ny.localTime(instantMs("0001-01-01T00:00:00Z")!))).toEqual({ code: "OUT_OF_RANGE", path: ["instant"], key: "date-range" });
    expect(zoneClock("UTC").localDate(instantMs("0001-01-01T00:00:00Z")!)).toBe("0001-01-01");
  });

  it("at() reads HH:mm or minutes, refusing anything outside 0–1439 whole minutes at 'time'", () => {
    const sh = zoneClock("Asia/Shanghai");
    expect(sh.at("2024-09-26", "10:15")).toBe(instantMs("2024-09-26T10:15:00+08:00"));
    expect(sh.at("2024-09-26", 615)).toBe(instantMs("2024-09-26T10:15:00+08:00"));
    expect(sh.at("2024-09-26", 1439)).toBe(instantMs("2024-09-26T23:59:00+08:00"));
    expect(sh.startOfDay("2024-09-26")).toBe(instantMs("2024-09-26T00:00:00+08:00"));
    for (const t of ["24:00", "x", -1, 1440, 1.5, Number.NaN]) expect(refusalOf(() => sh.at("2024-09-26", t))).toEqual({ code: "INVALID_INPUT", path: ["time"], key: "minutes-of-day" });
    expect(refusalOf(() => sh.at("2024-02-30", "10:00"))).toEqual({ code: "INVALID_INPUT", path: ["date"], key: "date" });
  });

  it("at() settles the offset on a transition day (a second pass with the offset of the first guess)", () => {
    const ny = zoneClock("America/New_York");
    // 05:00 on 10 March 2024 is EDT (UTC−4): 09:00Z. One pass would use 05:00Z's EST offset.
    expect(ny.at("2024-03-10", "05:00")).toBe(Date.UTC(2024, 2, 10, 9));
    expect(ny.at("2024-07-01", "12:00")).toBe(Date.UTC(2024, 6, 1, 16));
    expect(ny.at("2024-01-15", "12:00")).toBe(Date.UTC(2024, 0, 15, 17));
  });

  it("format() writes the zone's offset with its sign, hours and minutes", () => {
    const ms = Date.UTC(2024, 0, 15, 12, 5);
    expect(zoneClock("Asia/Shanghai").format(ms)).toBe("2024-01-15T20:05:00+08:00");
    expect(zoneClock("UTC").format(ms)).toBe("2024-01-15T12:05:00+00:00");
    expect(zoneClock("America/New_York").format(ms)).toBe("2024-01-15T07:05:00-05:00");
    expect(zoneClock("Asia/Kolkata").format(ms)).toBe("2024-01-15T17:35:00+05:30");
    expect(zoneClock("America/St_Johns").format(ms)).toBe("2024-01-15T08:35:00-03:30");
    expect(zoneClock("Asia/Kathmandu").format(ms)).toBe("2024-01-15T17:50:00+05:45");
    expect(zoneClock("UTC").format(ms + 59_999)).toBe("2024-01-15T12:05:59+00:00");
  });
});

describe("only text is read, and the machine's zone never matters", () => {
  it("SUB-EV-8: minutesOfDay reads text only: a list or object that converts to HH:mm is no time", () => {
    expect(minutesOfDay(["10:15"])).toBeUndefined();
    expect(minutesOfDay({ toString: () => "10:15" })).toBeUndefined();
    expect(minutesOfDay("10:15")).toBe(615);
  });

  it("ATT-5: addMonths counts calendar months whatever the machine's time zone (here New York)", () => {
    // Node rereads TZ when it is set in a process of its own (vitest's default "forks" pool). In a
    // worker thread (Stryker's vitest runner uses "threads") the zone stays UTC: the same answers hold.
    const before = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      // UTC midnight is the evening before in New York: local month arithmetic would land a day late.
      expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
      expect(addMonths("2024-07-16", 3)).toBe("2024-10-16");
      expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
