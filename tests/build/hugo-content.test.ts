// A Hugo-style content folder builds unchanged: Hugo's front matter fields, <!--more-->, shortcodes, page bundles.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { load } from "cheerio";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { buildSite, projectRoot, runKiln, type BuiltSite } from "./run-kiln.ts";

describe("Hugo content", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite("tests/fixtures/sites/hugo");
  });

  it("builds", () => {
    expect(site.code, site.stderr).toBe(0);
  });

  it("shows lastmod as the updated date and keywords and images as metadata", async () => {
    const $ = await site.page("post/index.html");
    expect($("time.article__updated").attr("datetime")).toBe("2024-05-20T09:00:00+08:00");
    expect($('meta[name="keywords"]').attr("content")).toBe("hugo, 迁移");
    expect($('meta[property="og:image"]').attr("content")).toBe("https://images.example.com/card.jpg");
  });

  it("lists the text before <!--more--> and a summary field as excerpts", async () => {
    const $ = await site.page("index.html");
    const excerpts = Object.fromEntries(
      $(".card").map((_, card) => [[$(card).find(".card__title a").attr("href"), $(card).find(".card__description").text()]]).get(),
    );
    expect(excerpts).toEqual({
      "/post/": "这是摘要部分，只有这一段会出现在列表里。",
      "/bundle/": "手写的摘要。",
      "/local-time/": "",
      "/guide/step-one/": "",
      "/guide/step-two/": "",
      "/guide/appendix/": "",
      "/toml-post/": "",
      "/notes/": "",
      "/multilingual/hello/": "",
      "/multilingual/short/": "",
      "/multilingual/file.v2/": "",
      "/multilingual/notes.old/": "",
      "/author-link/": "",
      "/authors-list/": "",
      "/search/": "",
      "/cjk-lines/": "",
      "/2019/05/old-style/": "",
    });
  });

  it("renders the Chinese line shapes that crashed markdown-it-cjk-breaks, breaks between Han characters joined", async () => {
    const $ = await site.page("cjk-lines/index.html");
    const paragraphs = $(".article__body > p").map((_, p) => $(p).text()).get();
    // A break next to an image or Latin inline code stays a space; one between two Han characters is removed.
    expect(paragraphs.slice(0, 4)).toEqual([
      "第一行写完了。\n\n图片下面接着写。",
      "命令是\nhugo server\n然后打开浏览器。",
      "重点内容\n{.highlight}",
      "这一段换行了但不该有空格。见旧地址。",
    ]);
    expect($(".article__body img").attr("alt")).toBe("流程图");
  });

  it("writes an article with Hugo's url at that path, and links to its source file reach it", async () => {
    expect((await site.page("2019/05/old-style/index.html"))("h1").text()).toBe("旧地址的文章");
    expect((await site.page("cjk-lines/index.html"))('.article__body a:contains("旧地址")').attr("href")).toBe("/2019/05/old-style/");
  });

  it("keeps an unknown shortcode as text, warning once with its count and lines; a Mermaid fence is its readable source", async () => {
    const $ = await site.page("cjk-lines/index.html");
    expect($(".article__body").text()).toContain("{{< bilibili BV1xx >}}");
    const output = site.stdout + site.stderr;
    const file = "tests/fixtures/sites/hugo/cjk-lines.md";
    expect(output.split("\n").filter((line) => line.includes('"bilibili"'))).toEqual([
      `[kiln] warning: ${file}:22: Hugo shortcode "bilibili" is not supported (2 times, lines 22, 24); it is shown as text`,
    ]);
    expect($(".diagram-note").text()).toBeTruthy();
    expect($(".code-block pre").last().text()).toBe("graph TD\n  写作 --> 发布");
    expect(output).not.toContain('unknown code language "mermaid"');
  });

  it("lets an article have /search/, moving Kiln's search page to /kiln-search/ and every search box with it", async () => {
    expect((await site.page("search/index.html"))("h1").text()).toBe("关于本站搜索");
    const search = await site.page("kiln-search/index.html");
    expect(search("form.search-page__form").attr("action")).toBe("/kiln-search/");
    expect(search("[data-search-input]")).toHaveLength(1);
    for (const page of ["index.html", "post/index.html", "search/index.html"]) {
      expect((await site.page(page))("form.site-search").attr("action"), page).toBe("/kiln-search/");
    }
    expect((site.stdout + site.stderr).split("\n").filter((line) => line.includes("search page moves"))).toEqual([
      "[kiln] tests/fixtures/sites/hugo/search/index.md is at /search/, so Kiln's search page moves to /kiln-search/ (the search boxes follow)",
    ]);
  });

  it("reads Hugo's author mapping, a link making the byline a link, and an authors list", async () => {
    const $ = await site.page("author-link/index.html");
    const link = $(".article__author a");
    expect(link.text()).toBe("张三");
    expect(link.attr("href")).toBe("https://example.com/zhang?from=kiln&lang=zh");
    expect(await site.text("author-link/index.html")).toContain('href="https://example.com/zhang?from=kiln&amp;lang=zh"');
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as { author: unknown };
    expect(jsonLd.author).toEqual({ "@type": "Person", name: "张三", url: "https://example.com/zhang?from=kiln&lang=zh" });
    const atom = load(await site.text("feed.xml"), { xml: true });
    const entry = atom("entry").filter((_, e) => atom(e).find("id").text() === "https://example.org/author-link/");
    expect(entry.find("author name").text()).toBe("张三");
    expect(entry.find("author email").text()).toBe("zhangsan@example.com");
    const list = await site.page("authors-list/index.html");
    expect(list(".article__author").text()).toBe("张三、李四");
    expect(list(".article__author a")).toHaveLength(0);
  });

  it("reads a one-digit hour, one alias written as a string and a repeated key (last wins), warning once each", async () => {
    const $ = await site.page("author-link/index.html");
    expect($("time.article__date").attr("datetime")).toBe("2019-05-28T07:15:43+08:00");
    expect((await site.page("2019/05/author-link/index.html"))('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/author-link/");
    expect((await site.page("authors-list/index.html"))("h1").text()).toBe("两位作者的文章");
    const hugo = "tests/fixtures/sites/hugo";
    const warnings = site.stderr.split("\n").filter((line) => line.includes("one-digit hour") || line.includes("written twice"));
    expect(warnings).toEqual([
      `[kiln] warning: ${hugo}/author-link.md:3 front matter "date": 2019-05-28T7:15:43+08:00 has a one-digit hour; it is read as 2019-05-28T07:15:43+08:00`,
      `[kiln] warning: ${hugo}/authors-list.md:5 front matter "title": "title" is written twice; the last value wins, as in Hugo`,
    ]);
  });

  it("builds the site's language alone from multilingual file names, and says once what it skipped", async () => {
    const lines = (site.stdout + site.stderr).split("\n").filter((line) => line.includes("other languages"));
    expect(lines).toEqual([
      "[kiln] skipped 5 files in other languages (en: 4, fr: 1); Kiln builds one language, the site's (zh-CN)",
    ]);
    expect(site.stderr).not.toMatch(/error/i);
    const hello = await site.page("multilingual/hello/index.html");
    expect(hello("h1").text()).toBe("你好，多语言");
    for (const path of ["multilingual/hello.zh-cn", "multilingual/hello.en", "multilingual/only-english", "multilingual/only-english.en"]) {
      expect(existsSync(join(site.output, path, "index.html")), path).toBe(false);
    }
    // A suffix that is no language stays part of the name: v2 and old are not languages.
    expect((await site.page("multilingual/file.v2/index.html"))("h1").text()).toBe("第二版文件");
    expect((await site.page("multilingual/notes.old/index.html"))("h1").text()).toBe("旧笔记");
    expect((await site.page("multilingual/short/index.html"))("h1").text()).toBe("只写了 zh 的文件");
  });

  it("reads _index.<lang>.md of the site's language as the section's description", async () => {
    const $ = await site.page("multilingual/index.html");
    expect($("h1").text()).toBe("多语言栏目");
    expect($(".page-description").text()).toBe("只构建站点语言的文件。");
    expect($(".section__body strong").text()).toBe("_index.zh-cn.md");
    expect($(".card__title a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "/multilingual/hello/",
      "/multilingual/short/",
      "/multilingual/file.v2/",
      "/multilingual/notes.old/",
    ]);
  });

  it("builds a page bundle without date (its translation beside it does not make it a section), dated by git", async () => {
    const $ = await site.page("notes/index.html");
    expect($("h1").text()).toBe("没有日期的页面包");
    const commit = execFileSync("git", ["log", "-1", "--format=%aI", "--", "tests/fixtures/sites/hugo/notes/index.md"], {
      cwd: projectRoot,
      encoding: "utf8",
    }).trim();
    // Committed, the file's last commit is its date; not yet committed (a working copy), it has none.
    expect($("time.article__date").attr("datetime")).toBe(commit === "" ? undefined : commit);
  });

  it("leaves out articles whose publishDate is ahead or whose expiryDate has passed, and says so", () => {
    expect(existsSync(join(site.output, "later/index.html"))).toBe(false);
    expect(existsSync(join(site.output, "expired/index.html"))).toBe(false);
    expect(site.stdout + site.stderr).toContain("skipped tests/fixtures/sites/hugo/expired.md: expired at 2024-02-01T00:00:00+08:00 (expiryDate)");
    expect(site.stdout + site.stderr).toContain("skipped tests/fixtures/sites/hugo/later.md: dated 2999-01-01T00:00:00+08:00, after the build time");
  });

  it("gives a folder with an _index.md a section page: its text, then its articles by weight", async () => {
    const $ = await site.page("guide/index.html");
    expect($("h1").text()).toBe("入门指南");
    expect($(".page-description").text()).toBe("按顺序阅读的三篇教程。");
    expect($(".section__body strong").text()).toBe("第一步");
    expect($(".card__title a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "/guide/step-one/",
      "/guide/step-two/",
      "/guide/appendix/",
    ]);
    expect(existsSync(join(site.output, "_index/index.html"))).toBe(false);
    expect(existsSync(join(site.output, "guide/_index/index.html"))).toBe(false);
  });

  it("reads TOML front matter between +++ lines and renders only the body", async () => {
    const $ = await site.page("toml-post/index.html");
    expect($("h1").text()).toBe("TOML 写的文章");
    expect($("time.article__date").attr("datetime")).toBe("2024-04-01T10:00:00+08:00");
    expect($(".article__body").text()).not.toContain("+++");
    expect($(".article__body strong").text()).toBe("TOML");
    expect($(".article__terms a").map((_, a) => $(a).text()).get()).toEqual(["迁移", "#hugo", "#toml"]);
  });

  it("writes a redirect page for every alias", async () => {
    for (const alias of ["2019/01/old-post", "old-name"]) {
      const $ = await site.page(`${alias}/index.html`);
      expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/post/");
      expect($('link[rel="canonical"]').attr("href")).toBe("/post/");
      expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    }
  });

  it("renders shortcodes, {#custom-id} headings and page bundles", async () => {
    const $ = await site.page("post/index.html");
    expect($("h2#install").text()).toContain("安装步骤");
    expect($("figure.figure figcaption").text()).toBe("图 1");
    expect($(".admonition--tip .admonition__title").text()).toBe("提示");
    expect($('a[href="/bundle/"]').text()).toBe("回到包");
    expect($('a[href="https://gohugo.io/"]').text()).toBe("Hugo 文档");
    expect($(".version-badge--changed").text()).toBe("0.2.0");
    expect($(".tabs details.tabs__tab > summary").map((_, s) => $(s).text()).get()).toEqual(["macOS", "Linux"]);
    expect($(".tabs details.tabs__tab").first().find("strong").text()).toBe("Homebrew");
    expect($(".tabs details.tabs__tab").last().find("figure.code-block").attr("data-lang")).toBe("bash");
    expect($("p.diagram-note + figure.code-block code").text()).toBe("graph LR\n  旧站 --> 新站");
    expect(existsSync(join(site.output, "bundle/index.html"))).toBe(true);
    const bundle = await site.page("bundle/index.html");
    // eleventy-img gives the SVG its width and height and a content-hashed name; the original is copied too.
    const src = bundle(".article__body img").attr("src") ?? "";
    expect(src).toMatch(/^\/img\/[\w-]+\.svg$/);
    expect(await site.text(src.slice(1))).toContain("<svg");
    expect(await site.text("bundle/diagram.svg")).toContain("<svg");
  });
});

describe("dates without an offset", () => {
  it("are read in the machine's time zone (TZ=Asia/Shanghai here), with one warning", async () => {
    const output = join(await mkdtemp(join(tmpdir(), "kiln-tz-")), "site");
    const result = await runKiln("build", ["--input=tests/fixtures/sites/hugo", `--output=${output}`], { TZ: "Asia/Shanghai" });
    expect(result.code, result.stderr).toBe(0);
    const $ = load(await readFile(join(output, "local-time/index.html"), "utf8"));
    expect($("time.article__date").attr("datetime")).toBe("2024-02-10T09:30:00+08:00");
    expect(result.stderr.split("\n").filter((line) => line.includes("a date without a UTC offset"))).toEqual([
      '[kiln] warning: tests/fixtures/sites/hugo/local-time.md front matter "date": a date without a UTC offset is read in the time zone Asia/Shanghai (and so are the others like it)',
    ]);
  });
});

describe("articles without a date (outside git, so no commit date stands in)", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    const input = await mkdtemp(join(tmpdir(), "kiln-undated-"));
    await writeFile(join(input, "dated.md"), "---\ntitle: 有日期的文章\ndate: 2024-01-05T10:00:00+08:00\ncategories: [笔记]\n---\n\n正文。\n");
    await writeFile(join(input, "also-undated.md"), "---\ntitle: 另一篇没有日期的文章\n---\n\n正文。\n");
    await mkdir(join(input, "notes"));
    await writeFile(join(input, "notes/index.md"), "---\ntitle: 没有日期的页面包\ncategories: [笔记]\n---\n\n没有写日期。\n");
    site = await buildSite(input);
  });

  it("build, each page without a date line and without datePublished", async () => {
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("notes/index.html");
    expect($("h1").text()).toBe("没有日期的页面包");
    expect($(".article__meta time")).toHaveLength(0);
    expect($(".article__meta").text().trim()).toMatch(/^1 分钟阅读$/);
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(jsonLd["headline"]).toBe("没有日期的页面包");
    expect(jsonLd).not.toHaveProperty("datePublished");
    expect(jsonLd).not.toHaveProperty("dateModified");
  });

  it("come after dated articles in lists, then by title", async () => {
    const $ = await site.page("index.html");
    expect($(".card__title a").map((_, a) => $(a).attr("href")).get()).toEqual(["/dated/", "/also-undated/", "/notes/"]);
    expect($('.card:has(a[href="/notes/"]) .card__meta').text()).toBe("笔记");
    const archive = await site.page("archive/index.html");
    expect(archive(".archive__year h2").map((_, h2) => archive(h2).text()).get()).toEqual(["2024 1", "未注明日期 2"]);
  });

  it("stay in the feeds and the sitemap, without their date fields", async () => {
    const feed = JSON.parse(await site.text("feed.json")) as { items: Record<string, unknown>[] };
    const notes = feed.items.find((item) => item["url"] === "https://example.org/notes/");
    expect(notes).toBeDefined();
    expect(notes).not.toHaveProperty("date_published");
    const sitemap = load(await site.text("sitemap.xml"), { xml: true });
    const entry = sitemap("url").filter((_, url) => sitemap(url).find("loc").text() === "https://example.org/notes/");
    expect(entry).toHaveLength(1);
    expect(entry.find("lastmod")).toHaveLength(0);
  });
});
