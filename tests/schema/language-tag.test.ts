// Tests for LanguageTagSchema: the shape of BCP 47 tags.
import { describe, expect, it } from "vitest";
import { LanguageTagSchema } from "../../src/schema/language-tag.ts";

describe("LanguageTagSchema", () => {
  it.each(["zh-CN", "en", "en-US", "zh-Hans-CN", "fil", "es-419"])("accepts %s as written", (tag) => {
    expect(LanguageTagSchema.parse(tag)).toBe(tag);
  });

  it.each(["chinese", "e", "en_US", "zh-", "zh CN", ""])("rejects %j", (tag) => {
    expect(LanguageTagSchema.safeParse(tag).error?.issues.map((issue) => issue.message)).toEqual([
      `expected a language tag like zh-CN or en, got ${tag === "" ? "an empty string" : `the string "${tag}"`}`,
    ]);
  });

  it("rejects a non-string", () => {
    expect(LanguageTagSchema.safeParse(1).error?.issues[0]?.message).toBe(
      "expected a language tag like zh-CN or en, got the number 1",
    );
  });
});
