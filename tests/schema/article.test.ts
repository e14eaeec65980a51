// Tests for ArticleSchema: defaults, strict types, unknown fields kept, and the field lists that go with it.
import { describe, expect, it } from "vitest";
import { ARTICLE_FIELD_HINTS, ArticleSchema, KNOWN_ARTICLE_FIELDS } from "../../src/schema/article.ts";

const minimal = { title: "入门", date: "2025-11-29" };

describe("ArticleSchema", () => {
  it("fills in defaults: not a draft, automatic theme, no tags or categories", () => {
    const article = ArticleSchema.parse(minimal);
    expect(article).toMatchObject({ title: "入门", draft: false, theme: "auto", tags: [], categories: [] });
    expect(article.date?.day).toBe("2025-11-29");
    expect(article.updated).toBeUndefined();
  });

  it("trims the title", () => {
    expect(ArticleSchema.parse({ ...minimal, title: "  Intro  " }).title).toBe("Intro");
  });

  it("keeps unknown fields as written", () => {
    const article = ArticleSchema.parse({ ...minimal, toc: false, hero: ["PyTorch 入门"] });
    expect(article["toc"]).toBe(false);
    expect(article["hero"]).toEqual(["PyTorch 入门"]);
  });

  it("reads a series name (trimmed) and a positive whole series_order, and rejects anything else", () => {
    const article = ArticleSchema.parse({ ...minimal, series: "  PyTorch 入门 ", series_order: 2 });
    expect(article).toMatchObject({ series: "PyTorch 入门", series_order: 2 });
    for (const bad of [{ series: ["a"] }, { series: "  " }, { series_order: 0 }, { series_order: 1.5 }, { series_order: "2" }]) {
      expect(ArticleSchema.safeParse({ ...minimal, ...bad }).error?.issues.map((issue) => issue.path[0])).toEqual(Object.keys(bad));
    }
  });

  it("reads every known field", () => {
    const article = ArticleSchema.parse({
      ...minimal,
      updated: "2025-11-30T10:00:00+08:00",
      description: "About",
      author: "AI知识库",
      lang: "zh-CN",
      draft: true,
      cover: "/images/a.jpg",
      tags: "python",
      categories: ["Tutorials", "tutorials"],
      theme: "dark",
      slug: "intro",
      layout: "article.njk",
      permalink: false,
    });
    expect(article).toMatchObject({
      description: "About",
      author: { name: "AI知识库" },
      lang: "zh-CN",
      draft: true,
      cover: "/images/a.jpg",
      tags: ["python"],
      categories: ["Tutorials"],
      theme: "dark",
      slug: "intro",
      layout: "article.njk",
      permalink: false,
    });
    expect(article.updated?.text).toBe("2025-11-30T10:00:00+08:00");
  });

  it.each([["false"], ["true"], ["yes"], [0], [1]])("never coerces draft %j into a boolean", (draft) => {
    expect(ArticleSchema.safeParse({ ...minimal, draft }).success).toBe(false);
  });

  it("reports every wrong field at once", () => {
    const result = ArticleSchema.safeParse({ title: 1, date: "x", draft: "no", theme: "sepia" });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["title", "date", "draft", "theme"]);
  });
});

describe("KNOWN_ARTICLE_FIELDS", () => {
  it("lists Kiln's fields and Eleventy's own front matter keys", () => {
    expect(KNOWN_ARTICLE_FIELDS).toEqual(expect.arrayContaining(Object.keys(ArticleSchema.shape)));
    expect(KNOWN_ARTICLE_FIELDS).toEqual(
      expect.arrayContaining(["layout", "permalink", "tags", "eleventyExcludeFromCollections", "eleventyComputed"]),
    );
    expect(KNOWN_ARTICLE_FIELDS).toEqual(expect.arrayContaining(["weight", "aliases", "lastmod", "publishDate", "expiryDate"]));
    expect(KNOWN_ARTICLE_FIELDS).not.toContain("toc");
  });
});

describe("ARTICLE_FIELD_HINTS", () => {
  it("has a hint for every field of the schema, and nothing else", () => {
    expect(Object.keys(ARTICLE_FIELD_HINTS).sort()).toEqual(Object.keys(ArticleSchema.shape).sort());
  });
});

describe("ArticleSchema: Hugo's forms of aliases", () => {
  it("reads one alias written as a string as a list of one", () => {
    expect(ArticleSchema.parse({ ...minimal, aliases: "/old/path/" }).aliases).toEqual(["/old/path/"]);
    expect(ArticleSchema.parse({ ...minimal, aliases: "old-name" }).aliases).toEqual(["/old-name/"]);
    expect(ArticleSchema.parse({ ...minimal, aliases: ["/a/", "b"] }).aliases).toEqual(["/a/", "/b/"]);
  });

  it("still rejects what is no path", () => {
    expect(ArticleSchema.safeParse({ ...minimal, aliases: 3 }).error?.issues[0]?.message).toBe(
      "expected a list of paths or a single path, got the number 3",
    );
  });
});
