// Tests for language-files.ts: which suffixes are languages, which files a one-language build keeps, and its line.
import { describe, expect, it } from "vitest";
import {
  isSiteLanguage,
  languageSuffix,
  skippedLanguagesLine,
  splitByLanguage,
  withoutLanguageSuffix,
} from "../../src/content/language-files.ts";

describe("languageSuffix", () => {
  it("reads Hugo's language suffixes: two letters, a region or script, the few three-letter languages", () => {
    expect(languageSuffix("post.en.md")).toEqual({ name: "post", language: "en" });
    expect(languageSuffix("post.zh-cn.md")).toEqual({ name: "post", language: "zh-cn" });
    expect(languageSuffix("_index.zh-Hant-TW.md")).toEqual({ name: "_index", language: "zh-Hant-TW" });
    expect(languageSuffix("index.es-419.md")).toEqual({ name: "index", language: "es-419" });
    expect(languageSuffix("a.b.fr.md")).toEqual({ name: "a.b", language: "fr" });
    expect(languageSuffix("post.yue.md")).toEqual({ name: "post", language: "yue" });
  });

  it("takes no other dotted word for a language", () => {
    for (const name of ["post.md", "file.v2.md", "notes.old.md", "post.new.md", "x.bak.md", "a.md.md", "a.xx.md", "a.js.md", "en.md", ".en.md"]) {
      expect(languageSuffix(name), name).toBeUndefined();
    }
  });

  it("drops the suffix from a name, and leaves other names alone", () => {
    expect(withoutLanguageSuffix("_index.en.md")).toBe("_index.md");
    expect(withoutLanguageSuffix("index.zh-cn.md")).toBe("index.md");
    expect(withoutLanguageSuffix("file.v2.md")).toBe("file.v2.md");
  });
});

describe("isSiteLanguage", () => {
  it("matches case-insensitively and on the primary subtag, but not another region", () => {
    expect(isSiteLanguage("zh-cn", "zh-CN")).toBe(true);
    expect(isSiteLanguage("zh", "zh-CN")).toBe(true);
    expect(isSiteLanguage("en-us", "en")).toBe(true);
    expect(isSiteLanguage("zh-tw", "zh-CN")).toBe(false);
    expect(isSiteLanguage("en", "zh-CN")).toBe(false);
  });
});

describe("splitByLanguage and skippedLanguagesLine", () => {
  it("keeps the site's language and files without a suffix, and counts the others in one line", () => {
    const paths = ["c/a.md", "c/a.en.md", "c/a.zh-cn.md", "c/b.en.md", "c/b.fr.md", "c/file.v2.md", "c/_index.en.md", "c/c.zh.md"];
    const { kept, skipped } = splitByLanguage(paths, "zh-CN");
    expect(kept).toEqual(["c/a.md", "c/a.zh-cn.md", "c/file.v2.md", "c/c.zh.md"]);
    expect(skippedLanguagesLine(skipped, "zh-CN")).toBe(
      "skipped 4 files in other languages (en: 3, fr: 1); Kiln builds one language, the site's (zh-CN)",
    );
  });

  it("says nothing when nothing was skipped, and counts one file as one", () => {
    expect(skippedLanguagesLine(new Map(), "zh-CN")).toBeUndefined();
    expect(skippedLanguagesLine(new Map([["en", 1]]), "zh-CN")).toBe(
      "skipped 1 file in another language (en: 1); Kiln builds one language, the site's (zh-CN)",
    );
  });
});
