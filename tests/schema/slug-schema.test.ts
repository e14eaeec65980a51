// Tests for SlugSchema: one URL path segment, CJK letters allowed.
import { describe, expect, it } from "vitest";
import { SlugSchema, slugProblem } from "../../src/schema/slug-schema.ts";

describe("SlugSchema", () => {
  it.each(["intro-to-python", "深度学习入门", "v1.2", "a_b", "2025-review", "café"])("accepts %s", (slug) => {
    expect(SlugSchema.parse(slug)).toBe(slug);
  });

  it.each([
    ["../x", 'it contains "/"'],
    ["a/b", 'it contains "/"'],
    ["a\\b", 'it contains "/"'],
    ["my slug", "it contains a space"],
    [".hidden", 'it starts with "."'],
    ["a..b", 'it contains ".."'],
    ["a?b", 'it contains "?"'],
    ["a#b", 'it contains "#"'],
    ["", "it is empty"],
  ])("rejects %j because %s", (slug, reason) => {
    expect(slugProblem(slug)).toBe(reason);
    expect(SlugSchema.safeParse(slug).error?.issues.map((issue) => issue.message)).toEqual([
      `expected a URL-safe slug, got ${slug === "" ? "an empty string" : `the string ${JSON.stringify(slug)}`} (${reason})`,
    ]);
  });

  it("rejects a non-string", () => {
    expect(SlugSchema.safeParse(12).error?.issues[0]?.message).toBe("expected a URL-safe slug, got the number 12");
  });
});
