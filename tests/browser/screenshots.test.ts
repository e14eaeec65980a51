// Screenshots of an example article with every reading feature — desktop and phone, light and dark — saved to
// .cache/screenshots/ (git-ignored) for a person to look at. Also checks the page never scrolls sideways.
import { mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { buildSite, projectRoot, type BuiltSite } from "../build/run-kiln.ts";
import { launchChromium, serveStatic, type StaticServer } from "./chromium.ts";

const folder = join(projectRoot, ".cache/screenshots");
const VIEWPORTS = { desktop: { width: 1366, height: 900 }, mobile: { width: 390, height: 844 } } as const;

describe("screenshots of the example article", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildSite("content");
    server = await serveStatic(site.output);
    browser = await launchChromium();
    await mkdir(folder, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${device}, ${colorScheme}`, async () => {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: device === "mobile" ? 2 : 1 });
        const page = await context.newPage();
        // Article images are the only third-party requests; the screenshots are taken offline.
        await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
        await page.goto(`${server.url}ai/gradient-descent/`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        // A full-page screenshot does not scroll, so lazy images below the fold would never load: load them all,
        // and check every local one decodes (the processed <picture> sources are real images).
        const local = await page.evaluate(async () => {
          const images = [...document.images];
          for (const image of images) image.loading = "eager";
          await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
          return images.filter((image) => image.currentSrc.startsWith(location.origin)).map((image) => image.naturalWidth);
        });
        expect(local.length).toBeGreaterThan(0);
        for (const width of local) expect(width).toBeGreaterThan(0);
        const path = join(folder, `gradient-descent-${device}-${colorScheme}.png`);
        await page.screenshot({ path, fullPage: true });
        expect(existsSync(path)).toBe(true);
        await context.close();
      });
    }
  }
});
