// A site built without a search index (`--search=off`, as where Pagefind's binary is missing): its search page tells
// readers at once that search is unavailable, and a query does not turn that into "nothing found"; so does the search
// dialog of every page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { join } from "node:path";
import { buildSite, projectRoot, type BuiltSite } from "../build/run-kiln.ts";
import { launchChromium, serveStatic, type StaticServer } from "./chromium.ts";

describe("the search page of a site without an index", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildSite(join(projectRoot, "tests/fixtures/sites/search"), ["--search=off"]);
    server = await serveStatic(site.output);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("says that search is unavailable, before and after a query", async () => {
    expect(site.code, site.stderr).toBe(0);
    const page = await browser.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${server.url}search/?q=神经网络`);
    await page.waitForSelector("[data-search-unavailable]");
    const status = page.locator("[data-search-status]");
    const unavailable = "本站暂时无法搜索。可以按分类和标签浏览文章。";
    expect(await status.textContent()).toBe(unavailable);
    await page.fill("[data-search-input]", "优化器");
    // The query reaches search() (it writes the URL first); the status must not turn into "nothing found".
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "优化器");
    expect(await status.textContent()).toBe(unavailable);
    expect(await page.locator(".search-result").count()).toBe(0);
  });

  it("says so in the search dialog too, whatever is typed", async () => {
    const page = await browser.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${server.url}neural/`);
    await page.waitForSelector("[data-search-open]:not([hidden])");
    await page.keyboard.press("/");
    await page.waitForSelector("[data-search-dialog-status][data-search-unavailable]");
    await page.keyboard.type("优化器");
    await page.waitForTimeout(400); // past the typing pause: a query would have answered by now
    const status = page.locator("[data-search-dialog-status]");
    expect(await status.textContent()).toBe("本站暂时无法搜索。可以按分类和标签浏览文章。");
    expect(await page.locator('[data-search-dialog] [role="option"]').count()).toBe(0);
  });
});
