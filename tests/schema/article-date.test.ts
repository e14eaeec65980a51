// Tests for parseArticleDate and formatArticleDay: every accepted and rejected form, and the author's day.
import { describe, expect, it } from "vitest";
import {
  compareDates,
  formatArticleDay,
  looksLikeArticleDate,
  parseArticleDate,
  twoDigitHour,
  type ArticleDate,
} from "../../src/schema/article-date.ts";

/** The fields of a parsed date, with the instant as ISO text for readable failures. */
function parsed(value: unknown): { instant: string; text: string; datetime: string; day: string; hasOffset: boolean } | undefined {
  const date = parseArticleDate(value);
  return date && { ...date, instant: date.instant.toISOString() };
}

describe("parseArticleDate", () => {
  it.each([
    ["2025-11-29", "2025-11-29T00:00:00.000Z", "2025-11-29T00:00:00Z", "2025-11-29", false],
    ["2025-11-29T08:30:00+08:00", "2025-11-29T00:30:00.000Z", "2025-11-29T08:30:00+08:00", "2025-11-29", true],
    ["2025-11-29T08:30+08:00", "2025-11-29T00:30:00.000Z", "2025-11-29T08:30:00+08:00", "2025-11-29", true],
    ["2025-11-29T08:30:00Z", "2025-11-29T08:30:00.000Z", "2025-11-29T08:30:00Z", "2025-11-29", true],
    ["2025-11-29T08:30:00.123+0800", "2025-11-29T00:30:00.123Z", "2025-11-29T08:30:00.123+08:00", "2025-11-29", true],
    ["2025-11-29 08:30:00", "2025-11-29T08:30:00.000Z", "2025-11-29T08:30:00Z", "2025-11-29", false],
    ["2025-11-29T08:30:00", "2025-11-29T08:30:00.000Z", "2025-11-29T08:30:00Z", "2025-11-29", false],
    ["2025-11-29T23:30:00-05:00", "2025-11-30T04:30:00.000Z", "2025-11-29T23:30:00-05:00", "2025-11-29", true],
    ["2024-02-29", "2024-02-29T00:00:00.000Z", "2024-02-29T00:00:00Z", "2024-02-29", false],
  ])("reads %s", (input, instant, text, day, hasOffset) => {
    // <time datetime> carries the full timestamp when one was written, else only the day.
    const datetime = input.length === 10 ? day : text;
    expect(parsed(input)).toEqual({ instant, text, datetime, day, hasOffset });
  });

  it("keeps the author's day: 2025-11-29T00:00:00+08:00 is the 29th, at 2025-11-28T16:00Z", () => {
    expect(parsed("2025-11-29T00:00:00+08:00")).toEqual({
      instant: "2025-11-28T16:00:00.000Z",
      text: "2025-11-29T00:00:00+08:00",
      datetime: "2025-11-29T00:00:00+08:00",
      day: "2025-11-29",
      hasOffset: true,
    });
  });

  it("reads a JavaScript Date (from a data file) as UTC", () => {
    expect(parsed(new Date("2025-11-28T16:00:00Z"))).toEqual({
      instant: "2025-11-28T16:00:00.000Z",
      text: "2025-11-28T16:00:00Z",
      datetime: "2025-11-28T16:00:00Z",
      day: "2025-11-28",
      hasOffset: false,
    });
  });

  it.each([
    "2025-02-30",
    "2023-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-11-00",
    "2025-11-29T25:00:00",
    "2025-11-29T24:00:00",
    "2025-11-29T08:60",
    "2025-11-29T08:30:60",
    "2025-11-29T08:30:00+25:00",
    "yesterday",
    "2025/11/29",
    "29-11-2025",
    "2025-11-29T08",
    "2025-11-29T08:30:00+8",
    " 2025-11-29",
    "",
  ])("rejects the string %j", (input) => {
    expect(parseArticleDate(input)).toBeUndefined();
  });

  it.each([[20251129], [null], [undefined], [true], [["2025-11-29"]], [new Date("not a date")]])(
    "rejects %j",
    (input) => {
      expect(parseArticleDate(input)).toBeUndefined();
    },
  );
});

describe("looksLikeArticleDate", () => {
  it("tells a well-shaped but impossible date from text that is no date at all", () => {
    expect(looksLikeArticleDate("2025-02-30")).toBe(true);
    expect(looksLikeArticleDate("yesterday")).toBe(false);
  });
});

describe("formatArticleDay", () => {
  const date = (value: string): ArticleDate => {
    const result = parseArticleDate(value);
    if (!result) throw new Error(`test date ${value} did not parse`);
    return result;
  };

  it.each([
    ["zh-CN", "2025年11月29日"],
    ["zh", "2025年11月29日"],
    ["zh-TW", "2025年11月29日"],
    ["en", "29 November 2025"],
    ["en-US", "29 November 2025"],
  ])("formats the author's day for %s (never the UTC 28th)", (lang, expected) => {
    expect(formatArticleDay(date("2025-11-29T00:00:00+08:00"), lang)).toBe(expected);
  });

  it("writes months and days without leading zeros", () => {
    expect(formatArticleDay(date("2025-03-05"), "zh-CN")).toBe("2025年3月5日");
    expect(formatArticleDay(date("2025-03-05"), "en")).toBe("5 March 2025");
  });

  it("uses the language's long form for other languages", () => {
    expect(formatArticleDay(date("2025-11-29T00:00:00+08:00"), "fr")).toBe("29 novembre 2025");
  });

  it("falls back to English for a language tag Intl rejects", () => {
    expect(formatArticleDay(date("2025-11-29"), "not a tag")).toBe("29 November 2025");
  });
});

describe("compareDates", () => {
  const day = (text: string) => parseArticleDate(text);
  const dates = [day("2024-03-01"), undefined, day("2024-01-01"), day("2024-02-01")];
  const texts = (order: "oldest" | "newest") => [...dates].sort((a, b) => compareDates(a, b, order)).map((date) => date?.day);

  it("orders older or newer first, an undated entry last either way", () => {
    expect(texts("oldest")).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", undefined]);
    expect(texts("newest")).toEqual(["2024-03-01", "2024-02-01", "2024-01-01", undefined]);
    expect(compareDates(undefined, undefined, "newest")).toBe(0);
  });
});

describe("a one-digit hour (Hugo reads it)", () => {
  it("is read as the two-digit hour, keeping the offset", () => {
    expect(parsed("2019-05-28T7:15:43+08:00")).toEqual({
      instant: "2019-05-27T23:15:43.000Z",
      text: "2019-05-28T07:15:43+08:00",
      datetime: "2019-05-28T07:15:43+08:00",
      day: "2019-05-28",
      hasOffset: true,
    });
    expect(parsed("2019-05-28 7:15")?.text).toBe("2019-05-28T07:15:00Z");
  });

  it("is named with its two-digit form; minutes and seconds still need two digits", () => {
    expect(twoDigitHour("2019-05-28T7:15:43+08:00")).toBe("2019-05-28T07:15:43+08:00");
    expect(twoDigitHour("2019-05-28 7:15")).toBe("2019-05-28 07:15");
    expect(twoDigitHour("2019-05-28T07:15:43+08:00")).toBeUndefined();
    expect(parseArticleDate("2019-05-28T07:5:43+08:00")).toBeUndefined();
    expect(parseArticleDate("2019-05-28T07:15:3+08:00")).toBeUndefined();
  });
});
