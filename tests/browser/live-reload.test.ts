// `npm start` in a real browser: a text-only save shows on the open page in place (written before the rebuild, the
// dev server morphs the page: no navigation), and a new title shows too (the dev server reloads the page: its JSON-LD
// script changed).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../build/dev-server-process.ts";
import { launchChromium } from "./chromium.ts";

const port = 19_000 + (process.pid % 1000);

/** Opens a URL once the dev server answers it, retrying while it starts. */
async function openWhenServed(page: Page, url: string): Promise<void> {
  for (const until = Date.now() + 60_000; ; ) {
    const response = await page.goto(url).catch(() => null);
    if (response?.ok()) return;
    if (Date.now() > until) throw new Error(`the dev server never served ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("live reload (dev server, Chromium)", () => {
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDevServer("drafts", port);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it("shows a text-only save on the open page without reloading it, then a new title", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await openWhenServed(page, `http://localhost:${port}/published/`);
    // The reload client connects over a WebSocket once the page has loaded: wait for it, as a reader's tab would.
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => entry.name.includes("reload-client")));
    await page.waitForTimeout(500);
    await page.evaluate(() => Object.assign(window, { kilnOpenedOnce: true }));
    const file = join(server.input, "published.md");
    const original = await readFile(file, "utf8");

    await writeFile(file, original.replace("First version.", "Second version."));
    await page.waitForFunction(() => document.querySelector("article")?.textContent?.includes("Second version."), null, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { kilnOpenedOnce?: boolean }).kilnOpenedOnce)).toBe(true);

    await writeFile(file, original.replace("title: Published", "title: Renamed").replace("First version.", "Second version."));
    await expect.poll(() => page.title().catch(() => ""), { timeout: 30_000 }).toMatch(/^Renamed/);
    expect(errors, server.log()).toEqual([]);
  }, 90_000);
});
