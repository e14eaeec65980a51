// Tests for CoverSchema: http(s) URLs and paths only, however a script: link is disguised.
import { describe, expect, it } from "vitest";
import { CoverSchema, coverProblem } from "../../src/schema/cover-schema.ts";

describe("CoverSchema", () => {
  it.each([
    "https://images.unsplash.com/photo-1516321318423-f06f85e504b3?w=800&h=400&fit=crop",
    "http://example.com/a.png",
    "/images/cover.jpg",
    "images/cover.jpg",
    "./cover.jpg",
    "../shared/cover.jpg",
    "//cdn.example.com/cover.jpg",
    "封面.png",
  ])("accepts %s", (cover) => {
    expect(CoverSchema.parse(cover)).toBe(cover);
  });

  it.each([
    ["javascript:alert(1)", "javascript: links are not allowed"],
    ["JavaScript:alert(1)", "javascript: links are not allowed"],
    ["java\tscript:alert(1)", "javascript: links are not allowed"],
    [" javascript:alert(1)", "javascript: links are not allowed"],
    ["data:image/png;base64,AAAA", "data: links are not allowed"],
    ["ftp://example.com/a.png", "ftp: links are not allowed"],
    ["https://", "not a valid URL"],
    ["", "it is empty"],
  ])("rejects %j because %s", (cover, reason) => {
    expect(coverProblem(cover)).toBe(reason);
    expect(CoverSchema.safeParse(cover).success).toBe(false);
  });

  it("says what it expected, what it got and why", () => {
    expect(CoverSchema.safeParse("javascript:alert(1)").error?.issues.map((issue) => issue.message)).toEqual([
      'expected an http(s) URL or a path, got the string "javascript:alert(1)" (javascript: links are not allowed)',
    ]);
  });
});
