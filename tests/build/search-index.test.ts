// The example site's search index: which pages and parts are indexed, and 28 real queries with the article
// expected first, run by the site's own Pagefind bundle in headless Chromium (Pagefind's Node API cannot search).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, serveStatic, type StaticServer } from "../browser/chromium.ts";
import { frontMatterText, isArticleFile } from "./article-front-matter.ts";
import { buildSite, projectRoot, type BuiltSite } from "./run-kiln.ts";

/** Queries a reader would type, each with the article that must come first (drawn from content/). */
const QUERIES: Array<[string, string]> = [
  ["神经网络", "/ai/neural-network-basics/"],
  ["反向传播", "/ai/neural-network-basics/"],
  ["损失函数", "/ai/neural-network-basics/"],
  ["激活函数", "/ai/neural-network-basics/"],
  ["交叉熵", "/ai/neural-network-basics/"],
  ["PyTorch 训练", "/ai/neural-network-basics/"],
  ["optimizer.zero_grad", "/ai/neural-network-basics/"],
  ["健康检查", "/devops/compose-deploy-guide/"],
  ["命名卷", "/devops/compose-deploy-guide/"],
  ["重启策略", "/devops/compose-deploy-guide/"],
  ["Docker", "/devops/compose-deploy-guide/"],
  ["运行时校验", "/frontend/typescript-fetch-wrapper/"],
  ["状态码", "/frontend/typescript-fetch-wrapper/"],
  ["强制推送", "/tools/git-workflow-best-practices/"],
  ["变基", "/tools/git-workflow-best-practices/"],
  ["自定义元素", "/frontend/web-components-intro/"],
  ["disconnectedCallback", "/frontend/web-components-intro/"],
  ["Shadow DOM", "/frontend/web-components-intro/"],
  ["监控代理", "/devops/packer-machine-images/"],
  ["不可变基础设施", "/devops/packer-machine-images/"],
  ["workflow", "/devops/github-actions-ci/"],
  ["requirements-dev.txt", "/devops/github-actions-ci/"],
  ["Test Explorer", "/tools/vscode-python-setup/"],
  ["debugpy", "/tools/vscode-python-setup/"],
  ["autoescape", "/ai/jinja-prompt-templates/"],
  ["Jinja2", "/ai/jinja-prompt-templates/"],
  ["梯度下降", "/ai/gradient-descent/"],
  ["学习率", "/ai/gradient-descent/"],
];

/** Articles in content/ that are not drafts (the example site has no future-dated ones). */
async function publishedCount(): Promise<number> {
  // `_index.md` describes a section: its page lists articles and is not indexed.
  const files = (await readdir(join(projectRoot, "content"), { recursive: true })).filter(isArticleFile);
  const frontMatters = await Promise.all(files.map(async (file) => frontMatterText(file, await readFile(join(projectRoot, "content", file), "utf8"))));
  return frontMatters.filter((frontMatter) => !/^draft:\s*true\s*$/m.test(frontMatter)).length;
}

/** The search readers get (Pagefind through search-ranking.js), loaded onto `window` by the page. */
interface PagefindWindow {
  kilnSearch: {
    search(term: string): Promise<{
      results: Array<{ data(): Promise<{ url: string; content: string; sub_results: Array<{ title: string }> }> }>;
    }>;
  };
}

describe("search index of the example site", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  /** Result URLs of a query, best first, from the built `pagefind/pagefind.js`. */
  const search = (term: string): Promise<string[]> =>
    page.evaluate(async (term) => {
      const found = await (window as unknown as PagefindWindow).kilnSearch.search(term);
      const data = await Promise.all(found.results.map((result) => result.data()));
      return data.map((entry) => decodeURI(entry.url));
    }, term);

  beforeAll(async () => {
    site = await buildSite("content");
    server = await serveStatic(site.output);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${server.url}search/`);
    // A module script rather than import() inside evaluate: vitest rewrites import() in test code.
    await page.addScriptTag({
      type: "module",
      content: [
        `import * as pagefind from "${server.url}pagefind/pagefind.js";`,
        `import { rankedSearch } from "${server.url}js/search-ranking.js";`,
        "window.kilnSearch = { search: (term) => rankedSearch(pagefind, term) };",
      ].join("\n"),
    });
    await page.waitForFunction(() => "kilnSearch" in window);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("indexes one language for the whole site: every published article, section page and series", async () => {
    const entry = JSON.parse(await site.text("pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    const files = ((await readdir(site.output, { recursive: true })) as string[]).filter((file) => file.endsWith(".html"));
    const indexed = [];
    for (const file of files) if ((await site.text(file)).includes("data-pagefind-body")) indexed.push(`/${file.replace(/index\.html$/, "")}`);
    const articles = indexed.filter((url) => !/^\/(series\/|ai\/$|ai\/llm-basics\/$|devops\/$|frontend\/$|tools\/$)/.test(url));
    expect(articles.length).toBe(await publishedCount());
    expect(indexed).toEqual(expect.arrayContaining(["/ai/", "/ai/llm-basics/", "/devops/", "/series/机器学习入门/"]));
    // A folder without an _index.md has no words of its own: its page is a list, like a tag's.
    expect(indexed).not.toContain("/frontend/");
    expect(Object.keys(entry.languages)).toEqual(["zh"]);
    expect(entry.languages["zh"]?.page_count).toBe(indexed.length);
    expect(site.stderr).toMatch(new RegExp(`\\[kiln\\] search index: ${indexed.length} pages, \\d+ KB \\(bundle \\d+ KB\\) in `));
  });

  it("indexes a section by its own words and a series by its name, not by their lists of articles", async () => {
    const section = await site.page("ai/index.html");
    expect(section("[data-pagefind-body]").find(".cards").length).toBe(0);
    expect(section("[data-pagefind-body] h1").text()).toBe("人工智能");
    expect(await search("由浅入深")).toContain("/ai/");
    const series = await site.page("series/机器学习入门/index.html");
    expect(series("[data-pagefind-body]").text()).toBe("机器学习入门");
    expect((await search("机器学习入门"))[0]).toBe("/series/机器学习入门/");
  });

  it("marks the article as the indexed body, its terms as filters and its date as meta", async () => {
    const $ = await site.page("ai/neural-network-basics/index.html");
    expect($("[data-pagefind-body]").is("article")).toBe(true);
    expect($("article .toc").attr("data-pagefind-ignore")).toBeDefined();
    expect($(".article__date").attr("data-pagefind-meta")).toBe("date[datetime]");
    expect($('a[data-pagefind-filter="category"]').text()).toBe("人工智能");
    expect($('a[data-pagefind-filter="tag[data-term]"]').map((_, a) => $(a).attr("data-term")).get()).toEqual([
      "百科",
      "知识",
      "入门",
      "Python",
    ]);
    const home = await site.page("index.html");
    expect(home("[data-pagefind-body]").length).toBe(0);
  });

  it.each(QUERIES)("%s → %s first", async (term, expected) => {
    expect((await search(term))[0]).toBe(expected);
  });

  it("leaves out interface text: heading permalinks, code language labels, the TOC", async () => {
    const titles = await page.evaluate(async () => {
      const found = await (window as unknown as PagefindWindow).kilnSearch.search("损失函数");
      const data = await found.results[0]?.data();
      return { titles: data?.sub_results.map((section) => section.title) ?? [], content: data?.content ?? "" };
    });
    expect(titles.titles).toContain("损失函数：告诉网络错了多少");
    expect(titles.titles.every((title) => !title.includes("#"))).toBe(true);
    expect(titles.content).not.toContain("目录");
    expect(titles.content).not.toContain("分钟阅读");
  });

  it("never indexes drafts", async () => {
    // Words only the draft (content/ai/semantic-search-embeddings.md) uses; a Chinese query may still match
    // other articles through its parts (相似 → 相似度), so the check is that the draft is absent.
    for (const term of ["余弦相似度", "语义搜索", "sentence-transformers", "夜间主题"]) {
      expect(await search(term)).not.toContain("/ai/semantic-search-embeddings/");
    }
    expect(await search("sentence-transformers")).toEqual([]);
  });
});

describe("search index of a site without articles", () => {
  it("writes none, rather than indexing the home and list pages", async () => {
    const input = await mkdtemp(join(tmpdir(), "kiln-no-articles-"));
    await writeFile(join(input, "draft.md"), '---\ntitle: "草稿"\ndate: 2025-01-01\ndraft: true\n---\n\n还没写完。\n');
    const site = await buildSite(input);
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).toContain("[kiln] search index: no articles, none written");
    expect(existsSync(join(site.output, "pagefind"))).toBe(false);
    expect(existsSync(join(site.output, "search/index.html"))).toBe(true);
  });
});
