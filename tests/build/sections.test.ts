// Sections from folders, their order and pages, breadcrumbs and the sidebar, on a built fixture site (and under a prefix).
import type { CheerioAPI } from "cheerio";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

const FIXTURE = "tests/fixtures/sites/sections";

/** The sidebar's section titles, and for each open section its links, in document order. */
const summaries = ($: CheerioAPI) => $("nav.sidebar .sidebar__section > details > summary").map((_, s) => $(s).text()).get();
const openSections = ($: CheerioAPI) =>
  $("nav.sidebar .sidebar__section > details[open] > summary").map((_, s) => $(s).text()).get();
const linksOf = ($: CheerioAPI, title: string) =>
  $("nav.sidebar .sidebar__section > details")
    .filter((_, d) => $(d).children("summary").text() === title)
    .first()
    .children("ul")
    .children("li")
    .map((_, li) => $(li).children("a").attr("href") ?? `[${$(li).find("> details > summary").text()}]`)
    .get();
const current = ($: CheerioAPI) => $('nav.sidebar [aria-current="page"]').map((_, a) => $(a).attr("href")).get();
const sidebarHtml = ($: CheerioAPI) => $.html($("nav.sidebar"));
const crumbs = ($: CheerioAPI) => $(".breadcrumbs li").map((_, li) => $(li).text().trim()).get();

/** Guide's articles in reading order: weight 1, 2, then by date (older first), then by title for the same date. */
const GUIDE_ARTICLES = ["/guide/install/", "/guide/configure/", "/guide/faq/", "/guide/tips-a/", "/guide/tips-b/", "/guide/bundle-page/"];

describe("sections and sidebar (fixture: sections)", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(FIXTURE);
  });

  it("builds", () => {
    expect(site.code, site.stderr).toBe(0);
  });

  it("orders sections by weight, then title, and articles by weight, date (older first), then title", async () => {
    const $ = await site.page("guide/install/index.html");
    // reference (weight 1, from index.md), guide (weight 2), then alpha (no _index.md, no weight).
    expect(summaries($)).toEqual(["参考手册 <API>", "入门指南", "进阶", "deep", "alpha"]);
    expect(linksOf($, "入门指南")).toEqual(["/guide/", ...GUIDE_ARTICLES, "[进阶]"]);
    expect(linksOf($, "进阶")).toEqual(["/guide/advanced/", "/guide/advanced/plugins/", "[deep]"]);
  });

  it("gives a folder with an _index.md a page with its title, description, text, articles and subsections", async () => {
    const $ = await site.page("guide/index.html");
    expect($("h1").text()).toBe("入门指南");
    expect($("title").text()).toContain("入门指南");
    expect($(".page-description").text()).toBe("按顺序阅读的入门教程。");
    expect($(".section__body strong").text()).toBe("安装");
    expect($(".card__title a").map((_, a) => $(a).attr("href")).get()).toEqual(GUIDE_ARTICLES);
    expect($(".section__children a").map((_, a) => [[$(a).attr("href"), $(a).text()]]).get()).toEqual([["/guide/advanced/", "进阶"]]);
    expect(crumbs($)).toEqual(["首页", "入门指南"]);
    expect(existsSync(join(site.output, "guide/_index/index.html"))).toBe(false);
  });

  it("gives a folder without an _index.md a page titled with the folder's name", async () => {
    const alpha = await site.page("alpha/index.html");
    expect(alpha("h1").text()).toBe("alpha");
    expect(alpha(".card__title a").attr("href")).toBe("/alpha/one/");
    const deep = await site.page("guide/advanced/deep/index.html");
    expect(deep("h1").text()).toBe("deep");
    expect(crumbs(deep)).toEqual(["首页", "入门指南", "进阶", "deep"]);
  });

  it("reads index.md beside other articles as the section's page, and a lone index.md as a page bundle", async () => {
    const $ = await site.page("reference/index.html");
    expect($("h1").text()).toBe("参考手册 <API>");
    expect($("h1 api")).toHaveLength(0);
    expect($(".section__body strong").text()).toBe("参考手册");
    expect($(".card__title a").map((_, a) => $(a).attr("href")).get()).toEqual(["/reference/api/"]);
    const home = await site.page("index.html");
    expect(home(".card__title a").map((_, a) => home(a).text()).get()).not.toContain("参考手册 <API>");
    const bundle = await site.page("guide/bundle-page/index.html");
    expect(bundle("h1").text()).toBe("页面包文章");
    expect(crumbs(bundle)).toEqual(["首页", "入门指南", "页面包文章"]);
  });

  it("marks the current article and opens only its section and the sections above it", async () => {
    const $ = await site.page("guide/advanced/plugins/index.html");
    expect(current($)).toEqual(["/guide/advanced/plugins/"]);
    expect(openSections($)).toEqual(["入门指南", "进阶"]);
    expect($("nav.sidebar > details.sidebar__menu").attr("open")).toBeUndefined();
    expect(crumbs($)).toEqual(["首页", "入门指南", "进阶", "插件"]);
    const section = await site.page("guide/advanced/index.html");
    expect(current(section)).toEqual(["/guide/advanced/"]);
    expect(openSections(section)).toEqual(["入门指南", "进阶"]);
    const reference = await site.page("reference/api/index.html");
    expect(openSections(reference)).toEqual(["参考手册 <API>"]);
  });

  it("prints the same sidebar on every page of a section, apart from the current-page mark", async () => {
    const pages = ["guide/index.html", ...GUIDE_ARTICLES.map((url) => `${url.slice(1)}index.html`)];
    const sidebars = await Promise.all(
      pages.map(async (path) => {
        const $ = await site.page(path);
        expect($("nav.sidebar")).toHaveLength(1);
        return sidebarHtml($).replace(' aria-current="page"', "");
      }),
    );
    expect(new Set(sidebars).size).toBe(1);
    expect(sidebars[0]).not.toContain("aria-current");
    const other = await site.page("alpha/one/index.html");
    expect(sidebarHtml(other)).not.toBe(sidebars[0]);
  });

  it("shows the tree closed and unmarked beside an article outside every section, whose breadcrumbs name its category", async () => {
    const $ = await site.page("root-note/index.html");
    expect(summaries($)).toHaveLength(5);
    expect(openSections($)).toEqual([]);
    expect(current($)).toEqual([]);
    expect(crumbs($)).toEqual(["首页", "杂记", "根目录随笔"]);
  });

  it("has no sidebar on list pages, and one labelled navigation landmark on article pages", async () => {
    const home = await site.page("index.html");
    expect(home("nav.sidebar")).toHaveLength(0);
    const $ = await site.page("guide/install/index.html");
    const labels = $("nav").map((_, nav) => $(nav).attr("aria-label") ?? $(nav).attr("aria-labelledby")).get();
    expect(labels).toContain("栏目导航");
    expect(new Set(labels).size).toBe(labels.length);
    // The sidebar sits outside <main>, so the skip link jumps past it.
    expect($("main nav.sidebar")).toHaveLength(0);
  });

  it("leaves drafts, and sections holding only drafts, out of the production sidebar and pages", async () => {
    const $ = await site.page("guide/install/index.html");
    expect($("nav.sidebar").text()).not.toContain("草稿");
    expect($('nav.sidebar a[href="/guide/wip/"]')).toHaveLength(0);
    expect(summaries($)).not.toContain("只有草稿的栏目");
    expect(existsSync(join(site.output, "drafts-only/index.html"))).toBe(false);
  });
});

describe("sections and sidebar under --pathprefix=/docs/", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(FIXTURE, ["--pathprefix=/docs/"]);
  });

  it("prefixes every sidebar and breadcrumb link and still marks the current page", async () => {
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("guide/advanced/plugins/index.html");
    const hrefs = $("nav.sidebar a, .breadcrumbs a").map((_, a) => $(a).attr("href")).get();
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith("/docs/"))).toEqual([]);
    expect(current($)).toEqual(["/docs/guide/advanced/plugins/"]);
    expect(openSections($)).toEqual(["入门指南", "进阶"]);
  });
});
