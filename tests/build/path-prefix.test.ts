// A sub-path deploy: `--pathprefix=/docs/` gives a site whose every internal URL starts with /docs/ and resolves.
import { load } from "cheerio";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, type BuiltSite } from "./run-kiln.ts";

describe("example site built with --pathprefix=/docs/", () => {
  let site: BuiltSite;
  let files: string[];
  beforeAll(async () => {
    site = await buildSite("content", ["--pathprefix=/docs/"]);
    files = await readdir(site.output, { recursive: true });
  });

  /** The file a URL path under /docs/ is served from, or undefined when it is outside the prefix. */
  const fileOf = (path: string) => {
    if (!path.startsWith("/docs/")) return undefined;
    const local = decodeURIComponent(path.slice("/docs".length));
    return join(site.output, local.endsWith("/") ? `${local}index.html` : local);
  };

  it("starts every internal link and asset with the prefix, and each resolves to a file and an id", async () => {
    expect(site.code, site.stderr).toBe(0);
    let checked = 0;
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const $ = await site.page(file);
      const pageUrl = new URL(`/docs/${file.replace(/index\.html$/, "")}`, "http://host");
      $("[href], [src]").each((_, el) => {
        const raw = $(el).attr("href") ?? $(el).attr("src") ?? "";
        if (/^(https?:|mailto:|data:|#)/.test(raw) || raw === "") return;
        expect(raw, `${file}: ${raw}`).toMatch(/^\/docs\//);
        const target = new URL(raw, pageUrl);
        const local = fileOf(target.pathname);
        expect(local && existsSync(local), `${file}: ${raw}`).toBe(true);
        if (target.hash && local?.endsWith(".html")) checked++;
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("puts the prefix into canonical URLs, feeds, the sitemap and robots.txt", async () => {
    const $ = await site.page("ai/neural-network-basics/index.html");
    expect($('link[rel="canonical"]').attr("href")).toBe("https://example.org/docs/ai/neural-network-basics/");
    const feed = load(await site.text("feed.xml"), { xml: true });
    expect(feed("feed > link[rel=self]").attr("href")).toBe("https://example.org/docs/feed.xml");
    const entryLinks = feed("entry > link").map((_, l) => feed(l).attr("href")).get();
    expect(entryLinks.every((href) => href.startsWith("https://example.org/docs/"))).toBe(true);
    const content = load(feed("entry content").first().text());
    const internal = content("a[href^='https://example.org/']").map((_, a) => content(a).attr("href")).get();
    expect(internal.every((href) => href.startsWith("https://example.org/docs/"))).toBe(true);
    const json = JSON.parse(await site.text("feed.json")) as { feed_url: string; items: Array<{ url: string }> };
    expect(json.feed_url).toBe("https://example.org/docs/feed.json");
    expect(json.items.every((item) => item.url.startsWith("https://example.org/docs/"))).toBe(true);
    const sitemap = load(await site.text("sitemap.xml"), { xml: true });
    for (const loc of sitemap("loc").map((_, l) => sitemap(l).text()).get()) {
      expect(loc.startsWith("https://example.org/docs/"), loc).toBe(true);
      expect(existsSync(fileOf(new URL(loc).pathname) ?? ""), loc).toBe(true);
    }
    expect(await site.text("robots.txt")).toContain("Sitemap: https://example.org/docs/sitemap.xml");
  });

  it("has clean URLs and no filesystem path or localhost anywhere", async () => {
    for (const file of files.filter((f) => /\.(html|xml|json|txt|css|js)$/.test(f) && !f.startsWith("pagefind/"))) {
      const text = await site.text(file);
      expect(text, file).not.toContain(projectRoot);
      expect(text, file).not.toContain(site.output);
      // Tutorials may talk about localhost; no URL the site links to may point there.
      const urls = [...text.matchAll(/(?:href|src|content)="([^"]*)"|<(?:loc|id)>([^<]*)</g)].map((m) => m[1] ?? m[2] ?? "");
      expect(urls.filter((url) => /^https?:\/\/(localhost|127\.0\.0\.1)/.test(url)), file).toEqual([]);
    }
    expect(files.filter((f) => f.endsWith(".html") && !f.endsWith("index.html"))).toEqual(["404.html"]);
  });
});
