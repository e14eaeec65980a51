// Tests for inTimeZone: offset-less dates are wall-clock times in the site's zone; written offsets win.
import { describe, expect, it } from "vitest";
import { parseArticleDate } from "../../src/schema/article-date.ts";
import { inTimeZone } from "../../src/schema/zoned-date.ts";

const zoned = (text: string, zone: string) => {
  const date = inTimeZone(parseArticleDate(text)!, zone);
  return { instant: date.instant.toISOString(), text: date.text, datetime: date.datetime, day: date.day };
};

describe("inTimeZone", () => {
  it("reads a time without an offset in the site's zone", () => {
    expect(zoned("2025-11-29 08:30:00", "Asia/Shanghai")).toEqual({
      instant: "2025-11-29T00:30:00.000Z",
      text: "2025-11-29T08:30:00+08:00",
      datetime: "2025-11-29T08:30:00+08:00",
      day: "2025-11-29",
    });
  });

  it("keeps the written day of a date-only value, at midnight in the zone", () => {
    expect(zoned("2025-11-29", "Asia/Shanghai")).toEqual({
      instant: "2025-11-28T16:00:00.000Z",
      text: "2025-11-29T00:00:00+08:00",
      datetime: "2025-11-29",
      day: "2025-11-29",
    });
  });

  it("follows daylight saving time", () => {
    expect(zoned("2025-07-01T12:00:00", "America/New_York").instant).toBe("2025-07-01T16:00:00.000Z");
    expect(zoned("2025-01-01T12:00:00", "America/New_York").instant).toBe("2025-01-01T17:00:00.000Z");
  });

  it("leaves a date with an offset alone", () => {
    expect(zoned("2025-11-29T00:00:00+08:00", "America/New_York").instant).toBe("2025-11-28T16:00:00.000Z");
  });
});
