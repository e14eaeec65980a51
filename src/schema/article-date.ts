// Article dates: read as the author wrote them, keeping the offset, so 00:00+08:00 stays on the 29th.
/** A date from front matter: the instant, and the author's own calendar day and offset. */
export interface ArticleDate {
  /** The moment in time (for sorting, feeds, `<time datetime>`). */
  instant: Date;
  /** ISO 8601 in the author's offset, e.g. `2025-11-29T00:00:00+08:00`, or with `Z` for UTC. */
  text: string;
  /** For `<time datetime>`: the author's full timestamp, or only the day when no time was written. */
  datetime: string;
  /** The calendar day in the author's offset, e.g. `2025-11-29`: what pages show. */
  day: string;
  /** Whether the author wrote an offset (`Z`, `+08:00`); false for none (read as UTC) and for a JS `Date`. */
  hasOffset: boolean;
}

/**
 * `2025-11-29`, optionally followed by `T` (or a space, as Hugo allows) and `hh:mm[:ss[.fff]]`,
 * then optionally `Z` or an offset `+08:00` / `+0800`. The hour may have one digit (`T7:15:43`): Hugo reads it
 * (Go's time layouts take one or two digits for the hour `15`, always two for minutes and seconds).
 */
const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

/** The one-digit hour of a date as written: `T7:` or ` 7:`. */
const ONE_DIGIT_HOUR = /^(\d{4}-\d{2}-\d{2}[T ])(\d:)/;

/**
 * The same date written with a two-digit hour (`2019-05-28T7:15:43+08:00` → `2019-05-28T07:15:43+08:00`), when the
 * text has a one-digit hour: Kiln reads it, as Hugo does, and says how it is usually written.
 */
export function twoDigitHour(text: string): string | undefined {
  return ONE_DIGIT_HOUR.test(text) ? text.replace(ONE_DIGIT_HOUR, "$10$2") : undefined;
}

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // Day 0 of the next month is the last day of this one; 2000 is a leap year, 2001 is not.
  return new Date(Date.UTC(leap ? 2000 : 2001, month, 0)).getUTCDate();
}

/** Whether a string has the shape of a Kiln date, even if its day or time does not exist (`2025-02-30`). */
export function looksLikeArticleDate(text: string): boolean {
  return DATE_PATTERN.test(text);
}

/** Reads a JavaScript `Date` (from a data file) as UTC. */
function fromJsDate(value: Date): ArticleDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  const iso = value.toISOString();
  const text = iso.replace(".000Z", "Z");
  return { instant: new Date(value.getTime()), text, datetime: text, day: iso.slice(0, 10), hasOffset: false };
}

/**
 * Parses a front matter date. Accepts `2025-11-29`, `2025-11-29T08:30[:00[.123]]` followed by `Z`,
 * `+08:00` or `+0800`, a space instead of `T`, and a JavaScript `Date` (read as UTC). Without an
 * offset the time is read as UTC (`hasOffset: false`). Returns `undefined` for anything else,
 * including days and times that do not exist (`2025-02-30`, month 13, hour 25).
 */
export function parseArticleDate(value: unknown): ArticleDate | undefined {
  if (value instanceof Date) return fromJsDate(value);
  if (typeof value !== "string") return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, writtenHour = "00", mi = "00", s = "00", fraction = "", zone, sign, offH = "00", offM = "00"] = match;
  const h = writtenHour.padStart(2, "0");
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const offsetHours = Number(offH);
  const offsetMinutes = Number(offM);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;

  const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const instant = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis) - offset * 60_000);
  // Date.UTC maps years 0–99 to 1900–1999: compute in a safe year, then set the real one.
  instant.setUTCFullYear(instant.getUTCFullYear() - 2000 + year);

  const dayText = `${y}-${mo}-${d}`;
  const zoneText = sign === undefined ? "Z" : `${sign}${offH}:${offM}`;
  const fractionText = millis === 0 ? "" : `.${pad(millis, 3)}`;
  const text = `${dayText}T${h}:${mi}:${s}${fractionText}${zoneText}`;
  return {
    instant,
    text,
    datetime: match[4] === undefined ? dayText : text,
    day: dayText,
    hasOffset: zone !== undefined,
  };
}

/**
 * Orders two optional dates, older first (`"oldest"`) or newer first (`"newest"`); a missing date comes after every
 * date either way, so undated pages end a list. 0 when both are missing or the instants are equal.
 */
export function compareDates(a: ArticleDate | undefined, b: ArticleDate | undefined, order: "oldest" | "newest"): number {
  if (a === undefined || b === undefined) return Number(a === undefined) - Number(b === undefined);
  const difference = a.instant.getTime() - b.instant.getTime();
  return order === "oldest" ? difference : -difference;
}

/**
 * Formats an article's calendar day for display, from `date.day` (never from the instant in the
 * machine's time zone): `2025年11月29日` for `zh*`, `29 November 2025` for `en*`, and the
 * language's own long form (through `Intl`) otherwise.
 */
export function formatArticleDay(date: ArticleDate, lang: string): string {
  const [year, month, day] = date.day.split("-").map(Number) as [number, number, number];
  const language = lang.toLowerCase();
  if (language.startsWith("zh")) return `${year}年${month}月${day}日`;
  if (language === "en" || language.startsWith("en-")) return `${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
  const midnight = new Date(Date.UTC(2000, month - 1, day));
  midnight.setUTCFullYear(year);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(midnight);
  } catch {
    // An invalid language tag makes Intl throw a RangeError: fall back to English.
    return `${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
  }
}
