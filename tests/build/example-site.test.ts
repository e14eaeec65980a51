// Builds the example site (content/) into a temp folder and checks the pages with a real HTML parser.
import { load } from "js-yaml";
import { CORE_SCHEMA } from "js-yaml";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { frontMatterText, isArticleFile } from "./article-front-matter.ts";
import { buildSite, projectRoot, type BuiltSite } from "./run-kiln.ts";

interface SourceArticle {
  file: string;
  url: string;
  fm: Record<string, unknown>;
}

/** Reads every article's front matter on its own (js-yaml, timestamps kept as text), independent of Kiln. */
async function readArticles(): Promise<SourceArticle[]> {
  const root = join(projectRoot, "content");
  const files = (await readdir(root, { recursive: true })).filter(isArticleFile).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(root, file), "utf8");
      const fm = load(frontMatterText(file, text), { schema: CORE_SCHEMA }) as Record<string, unknown>;
      const folder = file.split("/").slice(0, -1).join("/");
      const slug = (fm["slug"] as string | undefined) ?? file.split("/").at(-1)!.replace(/\.(md|ipynb)$/, "");
      return { file, url: `/${folder}/${slug}/`, fm };
    }),
  );
}

const asList = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);

describe("example site", () => {
  let site: BuiltSite;
  let articles: SourceArticle[];
  let published: SourceArticle[];

  beforeAll(async () => {
    [site, articles] = await Promise.all([buildSite("content"), readArticles()]);
    published = articles.filter((a) => a.fm["draft"] !== true);
  });

  it("builds without errors and with the content the brief asks for", () => {
    expect(site.code, site.stderr).toBe(0);
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(articles.filter((a) => a.fm["draft"] === true)).toHaveLength(1);
    expect(new Set(articles.flatMap((a) => asList(a.fm["categories"]))).size).toBeGreaterThanOrEqual(3);
  });

  it("ends with a summary: pages written, articles published and skipped, warnings", () => {
    const line = new RegExp(
      `\\[kiln\\] \\d+ pages written: ${published.length} articles published, ${articles.length - published.length} skipped \\(drafts, scheduled or expired\\), \\d+ warning\\(s\\)`,
    );
    expect(site.stderr).toMatch(line);
  });

  it("writes one page per published article with its title, description and date", async () => {
    for (const article of published) {
      const $ = await site.page(join(article.url, "index.html"));
      expect($("h1").text(), article.file).toBe(article.fm["title"]);
      expect($("title").text()).toContain(String(article.fm["title"]));
      if (article.fm["description"]) expect($('meta[name="description"]').attr("content")).toBe(article.fm["description"]);
      expect($("time.article__date").attr("datetime"), article.file).toBe(String(article.fm["date"]));
      if (article.fm["author"]) expect($(".article__author").text()).toBe(article.fm["author"]);
    }
  });

  it("shows a +08:00 midnight date as that day, never the UTC day before", async () => {
    const midnight = published.find((a) => /T00:00:00\+08:00$/.test(String(a.fm["date"])));
    expect(midnight, "an example article dated at +08:00 midnight").toBeDefined();
    const $ = await site.page(join(midnight!.url, "index.html"));
    const [year, month, day] = String(midnight!.fm["date"]).slice(0, 10).split("-").map(Number);
    expect($("time.article__date").text()).toBe(`${year}年${month}月${day}日`);
  });

  it("leaves the draft out of the site and every list", async () => {
    const draft = articles.find((a) => a.fm["draft"] === true)!;
    expect(existsSync(join(site.output, draft.url, "index.html"))).toBe(false);
    const home = await site.text("index.html");
    expect(home).not.toContain(String(draft.fm["title"]));
    for (const file of await readdir(site.output, { recursive: true })) {
      if (file.endsWith(".html")) expect(await site.text(file), file).not.toContain(draft.url);
    }
  });

  it("lists published articles newest first on the home page", async () => {
    const $ = await site.page("index.html");
    const links = $(".card__title a").map((_, a) => $(a).attr("href")).get();
    const expected = [...published]
      .sort((a, b) => Date.parse(String(b.fm["date"])) - Date.parse(String(a.fm["date"])))
      .map((a) => a.url);
    expect(links).toEqual(expected);
  });

  it("announces each page in its language: lang front matter, else detected, never English for Chinese", async () => {
    for (const article of published) {
      const $ = await site.page(join(article.url, "index.html"));
      const expected = (article.fm["lang"] as string | undefined) ?? (/[\u4e00-\u9fff]/.test(String(article.fm["title"])) ? "zh-CN" : "en");
      expect($("html").attr("lang"), article.file).toBe(expected);
    }
  });

  it("forces the article's theme through data-theme", async () => {
    for (const article of published) {
      const $ = await site.page(join(article.url, "index.html"));
      const theme = article.fm["theme"];
      expect($("html").attr("data-theme"), article.file).toBe(theme === "light" || theme === "dark" ? theme : undefined);
    }
  });

  it("links every tag and category to a page that lists the article", async () => {
    for (const article of published) {
      const $ = await site.page(join(article.url, "index.html"));
      const terms = $(".article__terms a").map((_, a) => ({ href: $(a).attr("href")!, text: $(a).text() })).get();
      expect(terms).toHaveLength(asList(article.fm["tags"]).length + asList(article.fm["categories"]).length);
      for (const term of terms) {
        const $term = await site.page(join(term.href, "index.html"));
        const listed = $term(".card__title a").map((_, a) => $term(a).attr("href")).get();
        expect(listed, term.href).toContain(article.url);
      }
    }
  });

  it("gives every h2/h3 an id, an anchor and a table-of-contents entry", async () => {
    for (const article of published) {
      const $ = await site.page(join(article.url, "index.html"));
      const headings = $(".article__body :is(h2, h3)");
      expect(headings.length, article.file).toBeGreaterThan(0);
      const ids = headings.map((_, h) => $(h).attr("id")).get();
      expect(new Set(ids).size).toBe(ids.length);
      headings.each((_, h) => {
        expect($(h).find("a.heading-anchor").attr("href")).toBe(`#${$(h).attr("id")}`);
      });
      for (const toc of [".toc--side", ".toc--inline"]) {
        expect($(`${toc} a`).map((_, a) => decodeURIComponent($(a).attr("href")!.slice(1))).get()).toEqual(ids);
      }
    }
  });

  it("highlights fenced code in light and dark, labelled, with template syntax kept verbatim", async () => {
    const source = await readFile(join(projectRoot, "content/ai/jinja-prompt-templates.md"), "utf8");
    expect(source).toContain("{{ user.name }}");
    const $ = await site.page("ai/jinja-prompt-templates/index.html");
    const code = $("figure.code-block").map((_, f) => $(f).find("code").text()).get().join("\n");
    expect(code).toContain("{{ user.name }}");
    expect(code).toMatch(/\{% for \w+ in \w+ %\}/);
    const python = $('figure.code-block[data-lang="python"]').first();
    expect(python.find(".code-block__lang").text()).toBe("python");
    expect(python.find("span[style*='--shiki-light']").length).toBeGreaterThan(0);
    expect(python.find("span[style*='--shiki-dark']").length).toBeGreaterThan(0);
  });

  it("makes |wide images wide figures with lazy loading and sizes from the URL", async () => {
    const $ = await site.page("ai/neural-network-basics/index.html");
    const wide = $("figure.figure--wide img");
    expect(wide.length).toBe(1);
    expect(wide.attr("alt")).not.toMatch(/\|wide/);
    expect(wide.attr("loading")).toBe("lazy");
    expect(wide.attr("width")).toBe("1200");
    expect(wide.attr("height")).toBe("600");
  });

  it("serves the local diagram of the gradient-descent article as WebP at several widths and one PNG", async () => {
    const $ = await site.page("ai/gradient-descent/index.html");
    const img = $("figure.figure > picture > img").first();
    expect(img.attr("alt")).toMatch(/^损失函数的等高线/);
    expect([img.attr("width"), img.attr("height")]).toEqual(["1200", "600"]);
    const source = img.siblings("source");
    expect(source.map((_, s) => $(s).attr("type")).get()).toEqual(["image/webp"]);
    const files = (source.attr("srcset") ?? "").split(", ").map((candidate) => candidate.split(" ")[0]!);
    expect(files.length).toBe(3); // 480, 960 and the original 1200
    expect(img.attr("src")).toMatch(/-960\.png$/);
    for (const file of [...files, img.attr("src")!]) expect(existsSync(join(site.output, file)), file).toBe(true);
  });

  it("writes no filesystem paths, and no links to localhost, into the site", async () => {
    for (const file of await readdir(site.output, { recursive: true })) {
      if (!/\.(html|css|xml|json)$/.test(file)) continue;
      const text = await site.text(file);
      expect(text, file).not.toContain(projectRoot);
      if (!file.endsWith(".html")) continue;
      const $ = await site.page(file);
      const urls = $("[href], [src]").map((_, el) => $(el).attr("href") ?? $(el).attr("src")).get();
      expect(urls.filter((url) => /localhost|127\.0\.0\.1|^file:/.test(url)), file).toEqual([]);
    }
    expect(existsSync(join(site.output, "404.html"))).toBe(true);
  });
});
