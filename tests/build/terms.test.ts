// Tag and category pages: readable URLs that keep Chinese, never two terms on one URL, case-insensitive terms.
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

describe("taxonomy pages", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite("tests/fixtures/sites/terms");
  });

  const listed = async (url: string) => {
    const $ = await site.page(`${url}index.html`);
    return { title: $("h1").text(), articles: $(".card__title a").map((_, a) => $(a).attr("href")).get() };
  };

  it("builds", () => {
    expect(site.code, site.stderr).toBe(0);
  });

  it("keeps Chinese terms readable in the URL", async () => {
    expect(await listed("/tags/百科/")).toEqual({ title: "百科", articles: ["/two/", "/one/"] });
    expect(await listed("/categories/编程语言/")).toEqual({ title: "编程语言", articles: ["/two/", "/one/"] });
  });

  it("gives C, C++ and C# their own pages", async () => {
    expect(await listed("/tags/c/")).toEqual({ title: "C", articles: ["/two/"] });
    expect(await listed("/tags/c-plus-plus/")).toEqual({ title: "C++", articles: ["/one/"] });
    expect(await listed("/tags/c-sharp/")).toEqual({ title: "C#", articles: ["/two/"] });
  });

  it("treats terms that differ only by case as one term, spelled as first seen", async () => {
    expect(await listed("/tags/react/")).toEqual({ title: "React", articles: ["/two/", "/one/"] });
  });

  it("suffixes names that fold to the same slug, in a stable order", async () => {
    expect(await listed("/tags/a-b/")).toEqual({ title: "a b", articles: ["/three/"] });
    expect(await listed("/tags/a-b-2/")).toEqual({ title: "A-B", articles: ["/three/"] });
    expect(await listed("/tags/a-b-3/")).toEqual({ title: "a/b", articles: ["/three/"] });
  });

  it("indexes every term with its article count", async () => {
    const $ = await site.page("tags/index.html");
    const rows = $(".terms li").map((_, li) => `${$(li).find("a").text()}=${$(li).find(".terms__count").text()}`).get();
    expect(rows.sort()).toEqual(["A-B=1", "a b=1", "a/b=1", "C=1", "C#=1", "C++=1", "React=2", "百科=2"].sort());
  });

  it("links each article's terms to those pages", async () => {
    const $ = await site.page("one/index.html");
    expect($(".article__terms a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "/categories/编程语言/",
      "/tags/c-plus-plus/",
      "/tags/百科/",
      "/tags/react/",
    ]);
  });
});
