import type { ZoneClock } from "../core/time";

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** `+08:00` for 480 minutes. */
function offsetSuffix(off: number): string {
  const abs = Math.abs(off);
  return `${off < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * `clock.format(ms)`, reusing `text` when it is already that string: whole seconds, no
 * fraction, and the zone's own offset at that instant (then its wall-clock fields are the
 * zone's local time). Saves formatting and memory on large graphs.
 */
export function formatInZone(clock: ZoneClock, text: string, ms: number): string {
  return zoneFormatter(clock)(text, ms);
}

/**
 * {@link formatInZone} for many instants of one clock: the offset's text is made once per
 * distinct offset (a zone has a handful), not once per instant.
 */
export function zoneFormatter(clock: ZoneClock): (text: string, ms: number) => string {
  let lastOffset = Number.NaN;
  let lastSuffix = "";
  return (text, ms) => {
    if (text.length === 25 && CANONICAL_INSTANT.test(text)) {
      const off = clock.offsetMinutes(ms);
      if (off !== lastOffset) {
        lastOffset = off;
        lastSuffix = offsetSuffix(off);
      }
      if (text.endsWith(lastSuffix)) return text;
    }
    return clock.format(ms);
  };
}
