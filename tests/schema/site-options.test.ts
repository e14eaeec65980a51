// Tests for SiteOptionsSchema and parseSiteOptions: defaults, normalised URL, and a KilnError listing every bad option.
import { describe, expect, it } from "vitest";
import { KilnError } from "../../src/errors.ts";
import { SITE_OPTION_HINTS, SiteOptionsSchema, parseSiteOptions, type SiteOptionsInput } from "../../src/schema/site-options.ts";

/** The KilnError parseSiteOptions throws for `input`. */
function siteError(input: unknown): KilnError {
  try {
    parseSiteOptions(input);
  } catch (error) {
    if (error instanceof KilnError) return error;
    throw error;
  }
  throw new Error("expected parseSiteOptions to throw");
}

describe("parseSiteOptions", () => {
  it("fills in every default", () => {
    expect(parseSiteOptions({})).toEqual({
      title: "Kiln",
      language: "zh-CN",
      description: "",
      pageSize: 20,
      linkCheck: "error",
      rawHtml: true,
      imageFormats: ["webp"],
      socialCards: "on",
    });
    expect(parseSiteOptions(undefined)).toEqual(parseSiteOptions({}));
  });

  it("keeps given options and ends the URL with /", () => {
    const input: SiteOptionsInput = {
      title: "教程",
      url: "https://example.com/docs",
      language: "en",
      author: "Kiln",
      description: "Tutorials",
      timeZone: "Asia/Shanghai",
      pageSize: 10,
      linkCheck: "warn",
      rawHtml: false,
      imageFormats: ["avif", "webp"],
      socialCards: "unless-cover",
    };
    expect(parseSiteOptions(input)).toEqual({ ...input, url: "https://example.com/docs/" });
  });

  it("throws one KilnError listing every bad option", () => {
    const error = siteError({ url: "example.com", pageSize: 0, timeZone: "Mars/Olympus", language: "Chinese" });
    expect(error.problems).toEqual([
      {
        location: { file: ".eleventy.ts", field: "url", fieldKind: "site option" },
        message: 'expected an absolute http(s) URL, got the string "example.com"',
        hint: 'url: "https://example.com/"',
      },
      {
        location: { file: ".eleventy.ts", field: "language", fieldKind: "site option" },
        message: 'expected a language tag like zh-CN or en, got the string "Chinese"',
        hint: 'language: "zh-CN"',
      },
      {
        location: { file: ".eleventy.ts", field: "timeZone", fieldKind: "site option" },
        message: 'expected an IANA time zone name like Asia/Shanghai, got the string "Mars/Olympus"',
        hint: 'timeZone: "Asia/Shanghai"',
      },
      {
        location: { file: ".eleventy.ts", field: "pageSize", fieldKind: "site option" },
        message: "expected a positive whole number, got the number 0",
        hint: "pageSize: 20",
      },
    ]);
    expect(error.message.startsWith("Site options are invalid (4 problems):\n")).toBe(true);
  });

  it.each([
    ["rawHtml", "false"],
    ["rawHtml", 0],
    ["linkCheck", "warning"],
    ["linkCheck", true],
    ["pageSize", 1.5],
    ["pageSize", -1],
    ["pageSize", "20"],
    ["imageFormats", "webp"],
    ["imageFormats", ["jpeg"]],
    ["imageFormats", ["webp", "webp"]],
  ])("rejects %s: %j", (field, value) => {
    expect(siteError({ [field]: value }).problems.map((problem) => problem.location.field)).toEqual([field]);
  });

  it("takes socialCards on, unless-cover or off, and names the three when it is anything else", () => {
    expect(parseSiteOptions({ socialCards: "off" }).socialCards).toBe("off");
    expect(siteError({ socialCards: true }).problems).toEqual([
      {
        location: { file: ".eleventy.ts", field: "socialCards", fieldKind: "site option" },
        message: 'expected "on", "unless-cover" or "off", got true',
        hint: 'socialCards: "on", socialCards: "unless-cover" or socialCards: "off"',
      },
    ]);
  });

  it("accepts an https editLink with :path and rejects others, saying what is missing", () => {
    const pattern = "https://github.com/owner/repo/edit/main/content/:path";
    expect(parseSiteOptions({ editLink: pattern }).editLink).toBe(pattern);
    const hint = 'editLink: "https://github.com/owner/repo/edit/main/content/:path"';
    const location = { file: ".eleventy.ts", field: "editLink", fieldKind: "site option" };
    expect(siteError({ editLink: "http://github.com/o/r/edit/main/:path" }).problems).toEqual([
      { location, message: 'expected an https URL, got the string "http://github.com/o/r/edit/main/:path"', hint },
    ]);
    expect(siteError({ editLink: "https://github.com/o/r/edit/main/" }).problems).toEqual([
      {
        location,
        message: 'expected a URL containing :path (replaced by the article\'s file path), got the string "https://github.com/o/r/edit/main/"',
        hint,
      },
    ]);
    expect(siteError({ editLink: "javascript:alert(1)//:path" }).problems.map((problem) => problem.message)).toEqual([
      'expected an https URL, got the string "javascript:alert(1)//:path"',
    ]);
  });

  it("rejects an unknown option, most likely a typo", () => {
    expect(siteError({ titel: "x" }).problems).toEqual([
      {
        location: { file: ".eleventy.ts", field: "titel", fieldKind: "site option" },
        message: "is not a known field",
        hint: "check the spelling; known fields: title, url, language, author, description, timeZone, pageSize, linkCheck, rawHtml, imageFormats, editLink, socialCards",
      },
    ]);
  });

  it("rejects options that are not an object", () => {
    expect(siteError("Kiln").problems).toEqual([
      {
        location: { file: ".eleventy.ts" },
        message: 'expected an object of site options, got the string "Kiln"',
        hint: "see Kiln's README for the expected form",
      },
    ]);
  });
});

describe("SITE_OPTION_HINTS", () => {
  it("has a hint for every option", () => {
    expect(Object.keys(SITE_OPTION_HINTS).sort()).toEqual(Object.keys(SiteOptionsSchema.shape).sort());
  });
});
