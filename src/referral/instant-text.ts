import type { ZoneClock } from "../core/time";

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * `clock.format(ms)`, reusing `text` when it is already that string: whole seconds, no
 * fraction, and the zone's own offset at that instant (then its wall-clock fields are the
 * zone's local time). Saves formatting and memory on large graphs.
 */
export function formatInZone(clock: ZoneClock, text: string, ms: number): string {
  if (CANONICAL_INSTANT.test(text)) {
    const off = clock.offsetMinutes(ms);
    const abs = Math.abs(off);
    const suffix = `${off < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    if (text.endsWith(suffix)) return text;
  }
  return clock.format(ms);
}

