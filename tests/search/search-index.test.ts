// Tests for the glob that limits Pagefind to the pages it indexes.
import { describe, expect, it } from "vitest";
import { pagesGlob } from "../../src/search/search-index.ts";

describe("pagesGlob", () => {
  it("lists the pages Pagefind indexes, sorted, as one brace glob", () => {
    expect(pagesGlob(["ai/梯度下降/index.html", "ai/index.html"])).toEqual(["--glob", "{ai/index.html,ai/梯度下降/index.html}"]);
  });

  it("passes none (every page is read) for an unknown or empty list, a path a glob would misread, or a list too long", () => {
    expect(pagesGlob(undefined)).toEqual([]);
    expect(pagesGlob([])).toEqual([]);
    for (const odd of ["a,b/index.html", "c{1}/index.html", "x[y]/index.html", "what?/index.html", "all*/index.html", "!x/index.html"]) {
      expect(pagesGlob(["ai/index.html", odd]), odd).toEqual([]);
    }
    const many = Array.from({ length: 5000 }, (_, k) => `guide/a-long-article-name-${k}/index.html`);
    expect(pagesGlob(many)).toEqual([]);
  });
});
