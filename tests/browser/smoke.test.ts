// Browser smoke test: the example site opens in headless Chromium, with its stylesheet applied and no console errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { serveBuiltSite, type ServedSite, type StaticServer } from "./chromium.ts";

describe("example site in Chromium", () => {
  let served: ServedSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuiltSite("content");
    ({ server, browser } = served);
  });

  afterAll(() => served?.close());

  it("renders an article in the forced light theme with highlighted code", async () => {
    const page = await browser.newPage({ colorScheme: "dark" });
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${server.url}ai/neural-network-basics/`);
    expect(await page.locator("h1").textContent()).toContain("神经网络入门");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(253, 253, 252)");
    const keyword = page.locator('figure.code-block[data-lang="python"] span[style*="--shiki-light"]').first();
    const color = await keyword.evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toBe(await page.evaluate(() => getComputedStyle(document.body).color));
    expect(errors.filter((e) => !e.includes("net::ERR_FAILED"))).toEqual([]);
  });

  it("follows the system's dark scheme on a page without a forced theme", async () => {
    const page = await browser.newPage({ colorScheme: "dark" });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(server.url);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(17, 20, 24)");
  });

  it("serves the 404 page for an unknown URL", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("页面不存在");
  });
});
