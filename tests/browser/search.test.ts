// Search in headless Chromium: Chinese, English, mixed and code queries typed into the real search UI of a built
// fixture site; the `/` shortcut and the header's way in; escaping of author text; a site under a path prefix. The
// search dialog has its own tests (search-dialog.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildSite, projectRoot, type BuiltSite } from "../build/run-kiln.ts";
import { launchChromium, serveStatic, type StaticServer } from "./chromium.ts";

const fixture = join(projectRoot, "tests/fixtures/sites/search");

/** A page that may only talk to the local server. */
async function localPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return page;
}

/** Waits until the results list shows `term` (search-page.js sets `data-query` once a list is complete). */
async function resultsFor(page: Page, term: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector("[data-search-results]")?.getAttribute("data-query") === expected,
    term,
  );
}

/** Types a query into the search page's field and waits for its results. */
async function search(page: Page, term: string): Promise<void> {
  await page.fill("[data-search-input]", term);
  await resultsFor(page, term);
}

/** Result links in order, as paths (decoded). */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator(".search-result__title a").evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  return hrefs.map((href) => decodeURI(new URL(href).pathname));
}

/** Queries, and the article each must find first. */
const QUERIES: Array<[string, string]> = [
  ["神经网络", "/neural/"],
  ["优化器", "/neural/"],
  ["损失函数", "/neural/"],
  ["激活函数", "/neural/"],
  ["PyTorch 训练", "/pytorch-training/"],
  ["随机种子", "/pytorch-training/"],
  ["optimizer.zero_grad", "/neural/"],
  ["workflow", "/ci-cache/"],
  ["lockfile cache", "/ci-cache/"],
];

describe("search UI", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await buildSite(fixture);
    server = await serveStatic(site.output);
    browser = await launchChromium();
    page = await localPage(browser);
    await page.goto(`${server.url}search/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("prints the index size and time at the end of the build", () => {
    expect(site.code).toBe(0);
    expect(site.stderr).toMatch(/\[kiln\] search index: 4 pages, \d+ KB \(bundle \d+ KB\) in \d+\.\d\d s/);
  });

  it.each(QUERIES)("finds %s first in %s, with the match highlighted", async (term, path) => {
    await search(page, term);
    expect((await resultPaths(page))[0]).toBe(path);
    const marks = await page.locator(".search-result").first().locator(".search-result__excerpt mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
  });

  it("shows category and the author's day, and links to the matching heading", async () => {
    await search(page, "优化器");
    const first = page.locator(".search-result").first();
    expect(await first.locator(".search-result__title").textContent()).toBe("从零理解神经网络");
    expect(await first.locator(".search-result__meta").textContent()).toBe("人工智能 · 2025年11月29日");
    const sections = await first.locator(".search-result__sections a").evaluateAll((links) =>
      links.map((link) => decodeURI((link as HTMLAnchorElement).hash)),
    );
    expect(sections[0]).toBe("#损失函数与优化器");
    expect(await first.locator(".search-result__sections a").first().textContent()).toBe("损失函数与优化器");
  });

  it("says when no article holds the query as typed, and shows the results for its parts", async () => {
    await search(page, "量子网络");
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    expect(await page.locator("[data-search-status]").textContent()).toMatch(/^没有文章完全包含“量子网络”；以下 \d+ 篇包含其中的部分词语。$/);
    await search(page, "神经网络");
    expect(await page.locator("[data-search-status]").textContent()).toMatch(/^找到 \d+ 篇文章$/);
  });

  it("never finds drafts", async () => {
    await search(page, "神经网络");
    expect(await resultPaths(page)).not.toContain("/unfinished-draft/");
    await search(page, "zanzibar");
    expect(await resultPaths(page)).toEqual([]);
    expect(await page.locator("[data-search-status]").textContent()).toBe("没有找到相关文章，换个关键词试试。");
  });

  it("prints author text from titles and excerpts as text", async () => {
    await search(page, "onerror");
    expect(await page.locator(".search-result__title a").first().textContent()).toBe('Escaping <b>tags</b> & "quotes"');
    expect(await page.locator(".search-results img, .search-results b").count()).toBe(0);
    expect(await page.locator(".search-result__excerpt").first().textContent()).toContain("<img src=x onerror=");
    expect(await page.evaluate(() => (window as unknown as { kilnXss?: number }).kilnXss)).toBeUndefined();
  });

  it("focuses its own field with /, and the header's dialog opens it with the query on Enter", async () => {
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-search-input"))).toBe(true);
    const article = await localPage(browser);
    await article.goto(`${server.url}ci-cache/`);
    await article.waitForSelector("[data-search-open]:not([hidden])");
    await article.keyboard.press("/");
    await article.keyboard.type("神经网络");
    await article.keyboard.press("Enter");
    await resultsFor(article, "神经网络");
    expect(new URL(article.url()).pathname).toBe("/search/");
    expect(await article.inputValue("[data-search-input]")).toBe("神经网络");
    expect((await resultPaths(article))[0]).toBe("/neural/");
  });
});

describe("search under a path prefix", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildSite(fixture, ["--pathprefix=/docs/"]);
    server = await serveStatic(site.output, "/docs/");
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads the bundle from the prefix and links results under it", async () => {
    const page = await localPage(browser);
    const failed: string[] = [];
    page.on("response", (response) => response.status() >= 400 && failed.push(response.url()));
    await page.goto(server.url);
    await page.waitForSelector("[data-search-open]:not([hidden])");
    await page.keyboard.press("/");
    await page.keyboard.type("损失函数");
    await page.keyboard.press("Enter");
    await resultsFor(page, "损失函数");
    expect(new URL(page.url()).pathname).toBe("/docs/search/");
    expect((await resultPaths(page))[0]).toBe("/docs/neural/");
    const section = await page.locator(".search-result__sections a").first().getAttribute("href");
    expect(decodeURI(section ?? "")).toBe("/docs/neural/#损失函数与优化器");
    await page.locator(".search-result__title a").first().click();
    await page.waitForURL(/\/docs\/neural\/$/);
    expect(await page.locator("h1").textContent()).toBe("从零理解神经网络");
    expect(failed).toEqual([]);
  });
});

describe("search of a large site, indexed in several runs, under a path prefix", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // One article a run: each of the four is in its own bundle, merged in the browser.
    site = await buildSite(fixture, ["--pathprefix=/docs/"], 0, { KILN_SEARCH_SHARD_PAGES: "1" });
    server = await serveStatic(site.output, "/docs/");
    browser = await launchChromium();
    page = await localPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("writes one bundle a run and lists the others for the browser", async () => {
    expect(site.code).toBe(0);
    expect(site.stderr).toMatch(/\[kiln\] search index: 4 pages, /);
    const shards = JSON.parse(await readFile(join(site.output, "pagefind/kiln-shards.json"), "utf8")) as string[];
    expect(shards).toEqual(["shard-2/", "shard-3/", "shard-4/"]);
    for (const folder of ["", ...shards]) {
      const entry = JSON.parse(await readFile(join(site.output, "pagefind", folder, "pagefind-entry.json"), "utf8"));
      expect(entry.languages.zh.page_count, folder).toBe(1);
    }
  });

  it.each(QUERIES)("finds %s first in %s across the bundles", async (term, path) => {
    const failed: string[] = [];
    page.on("response", (response) => response.status() >= 400 && failed.push(response.url()));
    if (!page.url().endsWith("/docs/search/")) await page.goto(`${server.url}search/`);
    await search(page, term);
    expect((await resultPaths(page))[0]).toBe(`/docs${path}`);
    expect(failed).toEqual([]);
  });

  it("counts each filter over every bundle", async () => {
    // A string, not a function: the test runner would rewrite a function's import().
    const filters = (await page.evaluate(
      `import("/docs/js/pagefind-bundle.js").then((bundle) => bundle.loadPagefind("zh-CN")).then((pagefind) => pagefind.filters())`,
    )) as Record<string, Record<string, number>>;
    expect(filters["category"]).toEqual({ 人工智能: 2, DevOps: 2 });
    // Each tag is on one published article (the draft's 入门 is not indexed), in one bundle or another.
    expect(filters["tag"]).toEqual({ "CI/CD": 1, 入门: 1, 深度学习: 1, PyTorch: 1, 最佳实践: 1 });
  });
});
