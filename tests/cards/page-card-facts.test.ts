import { describe, expect, it } from "vitest";
import { articleCardFacts, listCardFacts } from "../../src/cards/page-card-facts.ts";
import { ArticleSchema } from "../../src/schema/article.ts";
import { parseSiteOptions } from "../../src/schema/site-options.ts";
import { validateArticle } from "../../src/schema/validate-article.ts";

const site = parseSiteOptions({ title: "Kiln 教程", url: "https://example.org/" });

function article(front: Record<string, unknown>) {
  return ArticleSchema.parse(front);
}

describe("articleCardFacts", () => {
  it("shows the first category, the day in the page's language and the reading time", () => {
    const { article: dated } = validateArticle("a.md", "---\ntitle: 梯度下降\ndate: 2025-11-29T00:00:00+08:00\ncategories: [人工智能, 数学]\n---\n");
    expect(dated).toBeDefined();
    expect(articleCardFacts(site, dated!, 8, "zh-CN", undefined)).toEqual({
      siteName: "Kiln 教程",
      title: "梯度下降",
      kicker: "人工智能",
      details: ["2025年11月29日", "8 分钟阅读"],
      theme: "light",
      cover: undefined,
    });
    expect(articleCardFacts(site, dated!, 3, "en", "/c.png").details).toEqual(["29 November 2025", "3 min read"]);
  });

  it("is dark only for theme: dark, and has no date when the article has none", () => {
    expect(articleCardFacts(site, article({ title: "t", theme: "dark" }), 1, "zh-CN", undefined)).toMatchObject({ theme: "dark", details: ["1 分钟阅读"] });
    expect(articleCardFacts(site, article({ title: "t", theme: "auto" }), 1, "zh-CN", undefined).theme).toBe("light");
  });
});

describe("listCardFacts", () => {
  it("shows a section's or the site's title and description", () => {
    expect(listCardFacts(site, "人工智能", "机器学习与深度学习")).toMatchObject({ title: "人工智能", details: ["机器学习与深度学习"], kicker: undefined });
    expect(listCardFacts(site, "Kiln 教程", "").details).toEqual([]);
  });
});
