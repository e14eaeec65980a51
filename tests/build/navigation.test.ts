// Navigation on built sites: .md links, breadcrumbs, previous/next, related, archive, and pagination boundaries.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

describe("article navigation (fixture: links)", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite("tests/fixtures/sites/links");
  });

  it("rewrites .md links (relative, ./, /-rooted) to article URLs and keeps the fragment", async () => {
    expect(site.code, site.stderr).toBe(0);
    const intro = await site.page("ml/intro/index.html");
    const hrefs = intro(".article__body p a").map((_, a) => intro(a).attr("href")).get();
    expect(hrefs).toEqual([`/ml/cnn/#${encodeURIComponent("训练")}`, "/ml/cnn/"]);
    const cnn = await site.page("ml/cnn/index.html");
    expect(cnn(".article__body p a").attr("href")).toBe(`/ml/intro/#${encodeURIComponent("概念")}`);
    const start = await site.page("guide/begin/index.html");
    expect(start(".article__body p a").map((_, a) => start(a).attr("href")).get()).toEqual([
      "/ml/cnn/",
      `/ml/cnn/#${encodeURIComponent("训练")}`,
    ]);
  });

  it("shows breadcrumbs home › section (the folder, named as written without an _index.md) › article", async () => {
    const $ = await site.page("ml/cnn/index.html");
    const crumbs = $(".breadcrumbs li");
    expect(crumbs.map((_, li) => $(li).text().trim()).get()).toEqual(["首页", "ml", "卷积神经网络"]);
    expect(crumbs.eq(1).find("a").attr("href")).toBe("/ml/");
    expect(crumbs.eq(2).attr("aria-current")).toBe("page");
  });

  it("links the previous and next article of the same category, none past the ends", async () => {
    const nav = async (path: string) => {
      const $ = await site.page(path);
      return { previous: $(".article-nav__previous").attr("href"), next: $(".article-nav__next").attr("href") };
    };
    expect(await nav("ml/cnn/index.html")).toEqual({ previous: "/ml/intro/", next: "/ml/rnn/" });
    expect(await nav("ml/intro/index.html")).toEqual({ previous: undefined, next: "/ml/cnn/" });
    expect(await nav("ml/rnn/index.html")).toEqual({ previous: "/ml/cnn/", next: undefined });
    // The guide is alone in its category.
    expect(await nav("guide/begin/index.html")).toEqual({ previous: undefined, next: undefined });
  });

  it("lists related articles by shared tags, most shared first, never itself", async () => {
    const $ = await site.page("ml/cnn/index.html");
    expect($(".related a").map((_, a) => $(a).attr("href")).get()).toEqual(["/ml/intro/", "/guide/begin/"]);
    const rnn = await site.page("ml/rnn/index.html");
    expect(rnn(".related")).toHaveLength(0);
  });

  it("groups the archive by year, newest first", async () => {
    const $ = await site.page("archive/index.html");
    expect($(".archive__year h2").map((_, h) => $(h).contents().first().text().trim()).get()).toEqual(["2025"]);
    expect($(".archive__list a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "/ml/rnn/",
      "/ml/cnn/",
      "/ml/intro/",
      "/guide/begin/",
    ]);
  });
});

describe("pagination (41 generated articles, pageSize 20)", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-pages-")), "content");
    await mkdir(input, { recursive: true });
    for (let n = 1; n <= 41; n++) {
      const day = String(1 + (n % 28)).padStart(2, "0");
      const month = n <= 28 ? "01" : "02";
      const body = `---\ntitle: "Article ${n}"\ndate: 2025-${month}-${day}T08:00:00+08:00\ncategories: [Bulk]\ntags: [many]\n---\n\nText ${n}.\n`;
      await writeFile(join(input, `a${n}.md`), body);
    }
    site = await buildSite(input);
  });

  it.each([
    ["", "home"],
    ["tags/many/", "tag"],
    ["categories/bulk/", "category"],
  ])("splits /%s (%s) into 20 + 20 + 1 with working previous/next links", async (base) => {
    expect(site.code, site.stderr).toBe(0);
    const pages = [`${base}index.html`, `${base}page/2/index.html`, `${base}page/3/index.html`];
    const counts: number[] = [];
    for (const [index, path] of pages.entries()) {
      const $ = await site.page(path);
      counts.push($(".cards > li").length);
      const previous = $('.pager a[rel="prev"]').attr("href");
      const next = $('.pager a[rel="next"]').attr("href");
      expect(previous, path).toBe(index === 0 ? undefined : index === 1 ? `/${base}` : `/${base}page/2/`);
      expect(next, path).toBe(index === 2 ? undefined : `/${base}page/${index + 2}/`);
      expect($(".pager__position").text()).toBe(`${index + 1} / 3`);
    }
    expect(counts).toEqual([20, 20, 1]);
    expect(existsSync(join(site.output, base, "page/4/index.html"))).toBe(false);
    expect(existsSync(join(site.output, base, "page/1/index.html"))).toBe(false);
  });

  it("keeps the term index with article counts", async () => {
    const $ = await site.page("tags/index.html");
    expect($(".terms li").text()).toContain("many");
    expect($(".terms__count").first().text()).toBe("41");
  });
});
