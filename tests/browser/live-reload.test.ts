// `npm start` in a real browser: a text-only save shows on the open page in place (written before the rebuild, the
// dev server morphs the page: no navigation), and a new title shows too (the dev server reloads the page: its JSON-LD
// script changed).
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../build/run-kiln.ts";
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
  let server: ChildProcess;
  let browser: Browser;
  let input: string;
  let log = "";

  beforeAll(async () => {
    // Inside the project: Eleventy's watcher only follows edits below the working folder (see serve-site.ts).
    input = join(projectRoot, "tests", `reload-input-${process.pid}`);
    await cp(join(projectRoot, "tests/fixtures/sites/drafts"), input, { recursive: true });
    const output = join(await mkdtemp(join(tmpdir(), "kiln-reload-")), "dev");
    server = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts", `--input=${input}`, `--output=${output}`, `--port=${port}`], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server.kill();
    await rm(input, { recursive: true, force: true });
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
    const file = join(input, "published.md");
    const original = await readFile(file, "utf8");

    await writeFile(file, original.replace("First version.", "Second version."));
    await page.waitForFunction(() => document.querySelector("article")?.textContent?.includes("Second version."), null, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { kilnOpenedOnce?: boolean }).kilnOpenedOnce)).toBe(true);

    await writeFile(file, original.replace("title: Published", "title: Renamed").replace("First version.", "Second version."));
    await expect.poll(() => page.title().catch(() => ""), { timeout: 30_000 }).toMatch(/^Renamed/);
    expect(errors, log).toEqual([]);
  }, 90_000);
});
