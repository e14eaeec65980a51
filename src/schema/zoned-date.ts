// Dates written without an offset (`2025-11-29 08:30`) are wall-clock times in the site's time zone, as Hugo reads
// them: this turns such a date into the moment it names there, keeping the written day.
import type { ArticleDate } from "./article-date.ts";

/** The zone's offset from UTC, in minutes, at a moment (DST included). */
function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * A date without an offset, read in `timeZone`: `2025-11-29T08:30:00` in Asia/Shanghai becomes
 * 2025-11-29T00:30Z, and its text gains `+08:00`. Dates that carry an offset are returned as they are.
 */
export function inTimeZone(date: ArticleDate, timeZone: string): ArticleDate {
  if (date.hasOffset) return date;
  // The parsed instant is the wall-clock time read as UTC; shift it by the zone's offset at that moment
  // (computed twice, so a date next to a DST change lands on the right side of it).
  const wall = date.instant.getTime();
  const guess = offsetMinutes(timeZone, new Date(wall));
  const offset = offsetMinutes(timeZone, new Date(wall - guess * 60_000));
  const sign = offset < 0 ? "-" : "+";
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const text = date.text.replace(/Z$/, zone);
  return {
    ...date,
    instant: new Date(wall - offset * 60_000),
    text,
    datetime: date.datetime === date.day ? date.day : text,
  };
}

/** The machine's own time zone, Kiln's default for dates written without an offset. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
