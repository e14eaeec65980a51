// Feeds, sitemap, robots and SEO metadata on built sites, and the escaping of hostile front matter in all of them.
import { load } from "cheerio";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonForScript } from "../../src/pages/seo.ts";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

const EVIL_TITLE = '"</script><script>alert(1)</script>';

describe("hostile front matter (fixture: escaping)", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite("tests/fixtures/sites/escaping");
  });

  it("stays inert text in the page head, the body and JSON-LD", async () => {
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("evil/index.html");
    // Only Kiln's own scripts: none came from the title, description, author or tags.
    const inline = $("script:not([src])").map((_, s) => $(s).attr("type") ?? "").get();
    expect(inline.filter((type) => type !== "application/ld+json").every((type) => type === "")).toBe(true);
    expect($("script").text()).not.toContain("alert(1)</script>");
    expect($("img[onerror]")).toHaveLength(0);
    expect($('meta[property="og:title"]').attr("content")).toBe(EVIL_TITLE);
    expect($('meta[name="twitter:title"]').attr("content")).toBe(EVIL_TITLE);
    expect($("h1").text()).toBe(EVIL_TITLE);
    const jsonLd = $('script[type="application/ld+json"]');
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd.html()).not.toMatch(/[<>]/);
    const data = JSON.parse(jsonLd.html() ?? "") as Record<string, unknown>;
    expect(data).toMatchObject({ "@type": "Article", headline: EVIL_TITLE, datePublished: "2025-11-01T10:00:00+08:00" });
    // The social card is the image (a remote cover is never fetched into it); its alt text is the title, escaped.
    expect(data["image"]).toMatch(/^https:\/\/example\.org\/cards\/[0-9a-f]{20}\.png$/);
    expect($('meta[property="og:image"]').attr("content")).toBe(data["image"]);
    expect($('meta[property="og:image:alt"]').attr("content")).toBe(`${EVIL_TITLE} · Kiln 教程`);
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
  });

  it("stays text in the Atom and JSON feeds", async () => {
    const atom = load(await site.text("feed.xml"), { xml: true });
    expect(atom("entry > title").text()).toBe(EVIL_TITLE);
    expect(atom("entry script, entry img")).toHaveLength(0);
    const json = JSON.parse(await site.text("feed.json")) as { items: Array<{ title: string }> };
    expect(json.items[0]?.title).toBe(EVIL_TITLE);
  });

  it("escapes <, >, &, U+2028 and U+2029 in JSON for <script>", () => {
    const value = { t: "</script>&\u2028\u2029" };
    const text = jsonForScript(value);
    expect(text).toBe('{"t":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("feeds, sitemap and metadata of the example site", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite("content");
  });

  it("has an Atom feed of published articles with absolute URLs, offsets and full content", async () => {
    expect(site.code, site.stderr).toBe(0);
    const $ = load(await site.text("feed.xml"), { xml: true });
    expect($("feed > link[rel=self]").attr("href")).toBe("https://example.org/feed.xml");
    const entries = $("entry");
    expect(entries.length).toBeGreaterThanOrEqual(8);
    entries.each((_, entry) => {
      const url = $(entry).find("link").attr("href") ?? "";
      expect(url).toMatch(/^https:\/\/example\.org\/[^?#]+\/$/);
      const path = decodeURIComponent(new URL(url).pathname);
      expect(existsSync(join(site.output, path, "index.html")), url).toBe(true);
      expect($(entry).find("published").text()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
      const content = load($(entry).find("content").text());
      expect(content("p").length, url).toBeGreaterThan(0);
      content("a[href], img[src]").each((_, el) => {
        const target = content(el).attr("href") ?? content(el).attr("src") ?? "";
        expect(target, `${url} content link`).toMatch(/^(https?:|mailto:|#)/);
      });
    });
    expect($("entry title").text()).not.toContain("语义搜索"); // the draft
    const neural = entries.filter((_, e) => $(e).find("link").attr("href")?.includes("neural-network-basics") ?? false);
    expect(neural.find("published").text()).toBe("2025-11-29T00:00:00+08:00");
  });

  it("has a JSON Feed and one Atom feed per category, each advertised", async () => {
    const json = JSON.parse(await site.text("feed.json")) as { version: string; items: Array<{ url: string; date_published: string }> };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items.every((item) => item.url.startsWith("https://example.org/"))).toBe(true);
    const category = load(await site.text("categories/人工智能/feed.xml"), { xml: true });
    const links = category("entry link").map((_, l) => category(l).attr("href")).get();
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.startsWith("https://example.org/ai/"))).toBe(true);
    const page = await site.page("categories/人工智能/index.html");
    expect(page('link[rel="alternate"][type="application/atom+xml"]').map((_, l) => page(l).attr("href")).get()).toEqual([
      "/feed.xml",
      "/categories/人工智能/feed.xml",
    ]);
    expect(page('link[rel="alternate"][type="application/feed+json"]').attr("href")).toBe("/feed.json");
  });

  it("lists every page in the sitemap with lastmod, each URL mapping to a file; robots.txt points to it", async () => {
    const $ = load(await site.text("sitemap.xml"), { xml: true });
    const locs = $("url > loc").map((_, l) => $(l).text()).get();
    const paths = locs.map((loc) => decodeURIComponent(new URL(loc).pathname));
    for (const path of paths) expect(existsSync(join(site.output, path, "index.html")), path).toBe(true);
    const pages = (await readdir(site.output, { recursive: true }))
      .filter((file) => file.endsWith("index.html") && !file.startsWith("search/"))
      .map((file) => `/${file.replace(/index\.html$/, "")}`);
    expect([...paths].sort()).toEqual(pages.sort());
    expect($("url > lastmod").length).toBeGreaterThan(10);
    expect(await site.text("robots.txt")).toContain("Sitemap: https://example.org/sitemap.xml");
  });

  it("gives every page a canonical URL, a description and Open Graph tags", async () => {
    for (const path of ["index.html", "ai/neural-network-basics/index.html", "tags/index.html", "archive/index.html"]) {
      const $ = await site.page(path);
      const canonical = $('link[rel="canonical"]').attr("href") ?? "";
      expect(canonical, path).toBe(new URL(`/${path.replace(/index\.html$/, "")}`, "https://example.org").href);
      expect($('meta[property="og:url"]').attr("content")).toBe(canonical);
      expect($('meta[name="description"]').attr("content"), path).toBeTruthy();
      expect($('meta[property="og:title"]').attr("content"), path).toBeTruthy();
    }
    const article = await site.page("ai/neural-network-basics/index.html");
    expect(article('meta[property="og:type"]').attr("content")).toBe("article");
    expect(article('meta[property="og:image"]').attr("content")).toMatch(/^https:\/\//);
  });
});
