// Series on built sites: the series box, parts list, previous/next part, series pages, drafts, escaping, warnings, --pathprefix.
import { load } from "cheerio";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

const FIXTURE = "tests/fixtures/sites/series";
const PYTORCH = "/series/pytorch-入门/";
const HOSTILE_NAME = '"</script><script>alert(1)</script><b onmouseover="x">&amp;';

describe.each([
  ["/", ""],
  ["/docs/", "/docs"],
])("series (fixture: series, --pathprefix=%s)", (prefix, base) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(FIXTURE, [`--pathprefix=${prefix}`]);
  });

  it("shows the series box with the part's number, the series page link and every published part, the current one marked", async () => {
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("basics/autograd/index.html");
    const box = $(".series-box");
    expect(box).toHaveLength(1);
    // Names differing only in case are one series, spelled as its first part spells it.
    expect(box.find(".series-box__title").text()).toBe("系列：PyTorch 入门 · 第 2 / 3 篇");
    expect(box.find(".series-box__title a").attr("href")).toBe(`${base}${PYTORCH}`);
    const parts = box.find(".series-box__parts a");
    expect(parts.map((_, a) => $(a).attr("href")).get()).toEqual([
      `${base}/basics/tensors/`,
      `${base}/basics/autograd/`,
      `${base}/advanced/training/`,
    ]);
    expect(parts.map((_, a) => $(a).attr("aria-current") ?? "").get()).toEqual(["", "page", ""]);
  });

  it("orders parts by series_order across folders, else by weight, and numbers them in English on English pages", async () => {
    const first = await site.page("basics/tensors/index.html");
    expect(first(".series-box__position").text()).toBe("第 1 / 3 篇");
    const third = await site.page("advanced/training/index.html");
    expect(third(".series-box__position").text()).toBe("第 3 / 3 篇");
    const english = await site.page("en/two/index.html");
    expect(english(".series-box__title").text()).toBe("Series: Kiln basics · Part 2 of 2");
    expect(english(".series-box__parts [aria-current=page]").attr("href")).toBe(`${base}/en/two/`);
  });

  it("links the previous and next part instead of the category's neighbours, and keeps the category's on other articles", async () => {
    const nav = async (path: string) => {
      const $ = await site.page(path);
      return {
        series: $(".series-nav a").map((_, a) => `${$(a).attr("rel")} ${$(a).attr("href")}`).get(),
        category: $(".article-nav:not(.series-nav) a").map((_, a) => $(a).attr("href")).get(),
      };
    };
    expect(await nav("basics/autograd/index.html")).toEqual({
      series: [`prev ${base}/basics/tensors/`, `next ${base}/advanced/training/`],
      category: [],
    });
    expect(await nav("basics/tensors/index.html")).toEqual({ series: [`next ${base}/basics/autograd/`], category: [] });
    expect(await nav("advanced/training/index.html")).toEqual({ series: [`prev ${base}/basics/autograd/`], category: [] });
    // Not part of a series: its category's previous/next as before.
    expect(await nav("basics/standalone/index.html")).toEqual({
      series: [],
      category: [`${base}/basics/tensors/`, `${base}/basics/autograd/`],
    });
    const english = await site.page("en/one/index.html");
    expect(english(".series-nav").attr("aria-label")).toBe("Series navigation");
    expect(english(".series-nav__next .article-nav__label").text()).toBe("Next part");
  });

  it("lists a series' parts in reading order on its page, and every series on /series/", async () => {
    const $ = await site.page(`${PYTORCH.slice(1)}index.html`);
    expect($("h1").text()).toBe("PyTorch 入门");
    expect($(".card__title a").map((_, a) => $(a).attr("href")).get()).toEqual([
      `${base}/basics/tensors/`,
      `${base}/basics/autograd/`,
      `${base}/advanced/training/`,
    ]);
    const index = await site.page("series/index.html");
    expect(index(".terms a").map((_, a) => [[index(a).text(), index(a).attr("href")]]).get()).toEqual([
      [HOSTILE_NAME, `${base}/series/script-script-alert-1-script-b-onmouseover-x-amp/`],
      ["Kiln basics", `${base}/series/kiln-basics/`],
      ["PyTorch 入门", `${base}${PYTORCH}`],
    ]);
    expect(index(".terms__count").map((_, c) => index(c).text()).get()).toEqual(["1", "2", "3"]);
  });

  it("leaves drafts out of the box, the numbering, the links and the series page", async () => {
    expect(site.stderr).toContain("skipped draft tests/fixtures/sites/series/advanced/unfinished.md");
    for (const path of ["basics/tensors/index.html", "advanced/training/index.html", `${PYTORCH.slice(1)}index.html`]) {
      expect(await site.text(path)).not.toContain("unfinished");
    }
  });

  it("keeps a hostile series name text in the box, the page title and JSON-LD isPartOf", async () => {
    const html = await site.text("misc/hostile/index.html");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain('<b onmouseover="x">');
    const $ = load(html);
    expect($(".series-box__title a").text()).toBe(HOSTILE_NAME);
    expect($("script[type='application/ld+json']")).toHaveLength(1);
    const ld = JSON.parse($("script[type='application/ld+json']").text()) as { isPartOf: unknown };
    expect(ld.isPartOf).toEqual({
      "@type": "CreativeWorkSeries",
      name: HOSTILE_NAME,
      url: `https://example.org${base}/series/script-script-alert-1-script-b-onmouseover-x-amp/`,
    });
    const page = await site.page("series/script-script-alert-1-script-b-onmouseover-x-amp/index.html");
    expect(page("h1").text()).toBe(HOSTILE_NAME);
    expect(page("title").text()).toBe(`${HOSTILE_NAME} · Kiln 教程`);
  });

  it("lists the series pages and /series/ in the sitemap", async () => {
    const sitemap = load(await site.text("sitemap.xml"), { xml: true });
    const locs = sitemap("loc").map((_, loc) => sitemap(loc).text()).get();
    expect(locs).toEqual(
      expect.arrayContaining([
        `https://example.org${base}/series/`,
        `https://example.org${base}/series/kiln-basics/`,
        `https://example.org${base}${encodeURI(PYTORCH)}`,
      ]),
    );
    // A series page changes when a part does: its lastmod is its newest part's (which, for files committed in this
    // repository, may come from git, so it is read from the sitemap rather than written here).
    const lastmod = (path: string) =>
      sitemap("url").filter((_, url) => sitemap(url).find("loc").text() === `https://example.org${base}${encodeURI(path)}`).find("lastmod").text();
    const parts = ["/basics/tensors/", "/basics/autograd/", "/advanced/training/"].map(lastmod);
    const newest = parts.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
    expect(parts.every((text) => text !== "")).toBe(true);
    expect(lastmod(PYTORCH)).toBe(newest);
    expect(Date.parse(newest)).toBeGreaterThanOrEqual(Date.parse("2025-12-10T09:00:00+08:00"));
  });
});

describe("series problems", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-series-")), "content");
    await mkdir(input, { recursive: true });
    const part = (title: string, extra: string) => `---\ntitle: "${title}"\ndate: 2025-12-01\n${extra}---\n\n${title}.\n`;
    await writeFile(join(input, "a.md"), part("A", 'series: "S"\nseries_order: 2\n'));
    await writeFile(join(input, "b.md"), part("B", 'series: "s"\nseries_order: 2\n'));
    await writeFile(join(input, "c.md"), part("C", "series_order: 1\n"));
    site = await buildSite(input);
  });

  it("warns about two parts with one series_order, naming both files, and about series_order without series", () => {
    expect(site.code, site.stderr).toBe(0);
    const warnings = site.stderr
      .split("\n")
      .filter((line) => line.startsWith("[kiln] warning:") || line.startsWith("  fix:"))
      .map((line) => line.replace(/\S*\/content\//g, "content/"));
    expect(warnings).toEqual([
      '[kiln] warning: content/b.md front matter "series_order": series "S" has two parts with series_order 2: content/a.md and content/b.md; their order falls back to weight, date and title',
      "  fix: give each part of the series its own series_order (1, 2, 3…)",
      '[kiln] warning: content/c.md front matter "series_order": series_order has no effect without series',
      '  fix: add the series this article belongs to (series: "PyTorch 入门"), or remove series_order',
    ]);
  });

  it("still builds the series, ties broken by title", async () => {
    const $ = await site.page("b/index.html");
    expect($(".series-box__position").text()).toBe("第 2 / 2 篇");
    expect($(".series-box__parts a").map((_, a) => $(a).attr("href")).get()).toEqual(["/a/", "/b/"]);
  });
});
