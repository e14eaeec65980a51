// Publishing rules on a built site: drafts and future-dated articles are nowhere, and the build says why.
import { readdir } from "node:fs/promises";
import { describe, expect, it, beforeAll } from "vitest";
import { parseArticleDate } from "../../src/schema/article-date.ts";
import { unpublished } from "../../src/content/drafts.ts";
import type { Article } from "../../src/schema/article.ts";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

describe("drafts and future-dated articles (fixture: publishing)", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite("tests/fixtures/sites/publishing");
  });

  it("leaves them out of every page, feed, sitemap and search index", async () => {
    expect(site.code, site.stderr).toBe(0);
    const files = (await readdir(site.output, { recursive: true })).filter((file) => /\.(html|xml|json|txt)$/.test(file));
    expect(files).toContain("sitemap.xml");
    expect(files).toContain("categories/news/feed.xml");
    for (const file of files) {
      const text = await site.text(file);
      for (const hidden of ["Future article", "Unfinished draft", "/future/", "/unfinished/"]) {
        expect(text, `${file} mentions ${hidden}`).not.toContain(hidden);
      }
    }
    expect(files.some((file) => file.startsWith("future") || file.startsWith("unfinished"))).toBe(false);
    const home = await site.page("index.html");
    expect(home(".card__title a").map((_, a) => home(a).text()).get()).toEqual(["Published article"]);
  });

  it("ends with one line per skipped article saying why and when", () => {
    const lines = site.stderr.split("\n").filter((line) => line.startsWith("[kiln] skipped"));
    expect(lines).toEqual([
      "[kiln] skipped tests/fixtures/sites/publishing/future.md: dated 2999-01-01T00:00:00+08:00, after the build time; it is published by the first build after that",
      "[kiln] skipped draft tests/fixtures/sites/publishing/unfinished.md (set draft: false to publish it)",
    ]);
  });
});

describe("unpublished", () => {
  const article = (date: string, draft = false) => ({ date: parseArticleDate(date), draft }) as unknown as Article;

  it("honours the date's offset: +08:00 midnight is 16:00 UTC the day before", () => {
    const date = "2025-11-29T00:00:00+08:00";
    expect(unpublished(article(date), new Date("2025-11-28T15:59:59Z"))).toBe("scheduled");
    expect(unpublished(article(date), new Date("2025-11-28T16:00:00Z"))).toBeUndefined();
  });

  it("calls a draft a draft whatever its date", () => {
    expect(unpublished(article("2999-01-01", true), new Date())).toBe("draft");
    expect(unpublished(article("2000-01-01", true), new Date())).toBe("draft");
  });
});
