// Tests for PermalinkSchema: paths inside the site and false pass; `..`, full URLs and wrong types are refused.
import { describe, expect, it } from "vitest";
import { PermalinkSchema, permalinkProblem, UrlPathSchema } from "../../src/schema/permalink-schema.ts";

describe("PermalinkSchema", () => {
  it.each(["/about/", "about/index.html", "/notes/a..b/", "/中文/页面/"])("accepts %s", (permalink) => {
    expect(PermalinkSchema.parse(permalink)).toBe(permalink);
  });

  it("accepts false (no page written)", () => {
    expect(PermalinkSchema.parse(false)).toBe(false);
  });

  it.each([
    ["../../x/", 'it contains "..", which would write outside the site'],
    ["/a/../../b/", 'it contains "..", which would write outside the site'],
    ["..", 'it contains "..", which would write outside the site'],
    ["..\\x", 'it contains "\\"; URL paths use "/"'],
    ["https://evil.example/", "it is a full URL, not a path on this site"],
    ["//evil.example/", "it is a full URL, not a path on this site"],
    ["/a\nb/", "it contains a control character"],
    ["  ", "it is empty"],
  ])("refuses %j: %s", (permalink, reason) => {
    expect(permalinkProblem(permalink)).toBe(reason);
    const result = PermalinkSchema.safeParse(permalink);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      `expected a URL path like /about/ or false, got the string ${JSON.stringify(permalink)} (${reason})`,
    ]);
  });

  it.each([[true, "true"], [3, "the number 3"]])("refuses %j as a wrong type", (value, got) => {
    expect(PermalinkSchema.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([
      `expected a URL path like /about/ or false, got ${got}`,
    ]);
  });
});

describe("UrlPathSchema (Hugo's url)", () => {
  it.each([
    ["/2019/05/hello/", "/2019/05/hello/"],
    ["2019/05/hello", "/2019/05/hello/"],
    ["/about.html", "/about.html"],
    ["  /关于/  ", "/关于/"],
  ])("reads %j as %j", (url, path) => {
    expect(UrlPathSchema.parse(url)).toBe(path);
  });

  it.each([["../../x/"], ["https://evil.example/"], [""]])("refuses %j, saying why", (url) => {
    const result = UrlPathSchema.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^expected a URL path like \/2019\/05\/hello\/, got (the|an empty) string/);
  });
});
