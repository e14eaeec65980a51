// The sidebar rendered once and marked per page: small sites carry every article link; above the limit, a closed
// section lists only its own page and subsections, and a page gets the article links of its own open sections.
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import type { CollectionItem } from "../../src/eleventy/eleventy-config.ts";
import type { SectionNode } from "../../src/pages/section-tree.ts";
import { renderSidebar, SECTION_WINDOW_LIMIT, sidebarFor } from "../../src/pages/sidebar-html.ts";

const item = (url: string): CollectionItem => ({ inputPath: `${url}.md`, url, date: new Date(0), data: {} as CollectionItem["data"] });

/** `/a/` with articles a1, a2 and a subsection `/a/b/` with b1; `/c/` with c1. Listed depth first. */
function tree(): SectionNode[] {
  const node = (url: string, title: string, depth: number, articles: string[], trail: SectionNode[] = []): SectionNode => ({
    url,
    title,
    folder: url,
    file: undefined,
    description: undefined,
    weight: undefined,
    body: "",
    depth,
    trail: trail.map(({ url: above, title: name }) => ({ url: above, title: name })),
    articles: articles.map(item),
    children: [],
  });
  const a = node("/a/", "A <&>", 0, ["/a/a1/", "/a/a2/"]);
  const b = node("/a/b/", "B", 1, ["/a/b/b1/"], [a]);
  a.children.push(b);
  const c = node("/c/", "C", 0, ["/c/c1/"]);
  return [a, b, c];
}

const titleOf = (entry: CollectionItem) => `title of ${entry.url}`;
const links = (html: string): string[] => {
  const $ = load(html);
  return $("a").map((_, a) => $(a).attr("href")).get();
};

describe("sidebar HTML", () => {
  it("lists every article of a small site, marks the page and opens its sections", () => {
    const html = sidebarFor(renderSidebar(tree(), "概览", titleOf), "/a/b/b1/");
    const $ = load(html);
    expect(links(html)).toEqual(["/a/", "/a/a1/", "/a/a2/", "/a/b/", "/a/b/b1/", "/c/", "/c/c1/"]);
    expect($('[aria-current="page"]').attr("href")).toBe("/a/b/b1/");
    expect($("details[open] > summary").map((_, s) => $(s).text()).get()).toEqual(["A <&>", "B"]);
    expect($("summary").first().html()).toBe("A &lt;&amp;&gt;");
  });

  it("above the limit, carries only the article links of the page's own sections", () => {
    const sidebar = renderSidebar(tree(), "概览", titleOf, 2);
    const inB = load(sidebarFor(sidebar, "/a/b/b1/"));
    expect(links(inB.html())).toEqual(["/a/", "/a/a1/", "/a/a2/", "/a/b/", "/a/b/b1/", "/c/"]);
    expect(inB('[aria-current="page"]').attr("href")).toBe("/a/b/b1/");
    const inC = load(sidebarFor(sidebar, "/c/"));
    expect(links(inC.html())).toEqual(["/a/", "/a/b/", "/c/", "/c/c1/"]);
    expect(inC('[aria-current="page"]').attr("href")).toBe("/c/");
    expect(inC("details[open] > summary").text()).toBe("C");
  });

  it("gives a page outside every section the closed tree", () => {
    const html = sidebarFor(renderSidebar(tree(), "概览", titleOf, 2), "/elsewhere/");
    expect(load(html)("[open], [aria-current]").length).toBe(0);
    expect(links(html)).toEqual(["/a/", "/a/b/", "/c/"]);
  });

  it("on a large site, in a long section, shows the links around the page's own, with an ellipsis where some are left out", () => {
    const [long] = tree();
    if (!long) throw new Error("no section");
    long.children = [];
    long.articles = Array.from({ length: SECTION_WINDOW_LIMIT + 20 }, (_, n) => item(`/a/${String(n).padStart(3, "0")}/`));
    const sidebar = renderSidebar([long], "概览", titleOf, 10);
    const middle = load(sidebarFor(sidebar, "/a/060/"));
    expect(links(middle.html())).toEqual(["/a/", ...Array.from({ length: 11 }, (_, k) => `/a/${String(55 + k).padStart(3, "0")}/`)]);
    expect(middle('[aria-current="page"]').attr("href")).toBe("/a/060/");
    expect(middle(".sidebar__gap").length).toBe(2);
    const first = load(sidebarFor(sidebar, "/a/"));
    expect(links(first.html())).toEqual(["/a/", ...Array.from({ length: 11 }, (_, k) => `/a/${String(k).padStart(3, "0")}/`)]);
    expect(first(".sidebar__gap").length).toBe(1);
  });
});
