// Tests for ArticleDateSchema: dates in, ArticleDate out, and a message for each way a date is wrong.
import { describe, expect, it } from "vitest";
import { ArticleDateSchema } from "../../src/schema/article-date-schema.ts";

describe("ArticleDateSchema", () => {
  it("turns the author's text into an ArticleDate", () => {
    const date = ArticleDateSchema.parse("2025-11-29T00:00:00+08:00");
    expect(date.day).toBe("2025-11-29");
    expect(date.text).toBe("2025-11-29T00:00:00+08:00");
    expect(date.instant.toISOString()).toBe("2025-11-28T16:00:00.000Z");
  });

  it("accepts a JavaScript Date", () => {
    expect(ArticleDateSchema.parse(new Date("2025-11-29T08:30:00Z")).text).toBe("2025-11-29T08:30:00Z");
  });

  it("says which forms it reads when the text is no date", () => {
    expect(ArticleDateSchema.safeParse("yesterday").error?.issues).toEqual([
      expect.objectContaining({
        code: "custom",
        message: 'expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got the string "yesterday"',
      }),
    ]);
  });

  it("says a well-formed date does not exist, with how to check it", () => {
    expect(ArticleDateSchema.safeParse("2025-02-30").error?.issues).toEqual([
      expect.objectContaining({
        message: 'expected a real calendar day and time, got the string "2025-02-30"',
        params: {
          hint: "check the month (01–12), the day (it must exist in that month) and the time (00:00:00–23:59:59)",
        },
      }),
    ]);
  });

  it.each([
    [20251129, "the number 20251129"],
    [null, "an empty value"],
    [true, "true"],
  ])("rejects %j", (value, words) => {
    expect(ArticleDateSchema.safeParse(value).error?.issues[0]?.message).toBe(
      `expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got ${words}`,
    );
  });

  it("says a missing date is missing", () => {
    expect(ArticleDateSchema.safeParse(undefined).error?.issues[0]?.message).toBe("is required but missing");
  });

  it("lets an optional date be absent", () => {
    expect(ArticleDateSchema.optional().parse(undefined)).toBeUndefined();
  });
});
