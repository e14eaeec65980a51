// Quality bar on the example site: axe-core finds no violations on home, an article with every feature, a section
// page, a notebook article (cells, outputs, a traceback), an article in a nested section (sidebar open two levels), a tag
// page, the 404 page and an article with display math wider than the column and a table whose corner header cell is
// empty, in light and dark. A keyboard reaches and scrolls such a formula.
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveBuiltSite, type ServedSite, type StaticServer } from "./chromium.ts";

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGES = [
  "",
  "ai/gradient-descent/",
  "ai/classification-metrics/",
  "ai/numpy-broadcasting/",
  "ai/",
  "ai/llm-basics/tokenization/",
  "tags/python/",
  "404.html",
] as const;

interface AxeViolation {
  id: string;
  nodes: Array<{ target: string[] }>;
}

describe("accessibility", () => {
  let served: ServedSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuiltSite("content");
    ({ server, browser } = served);
  });

  afterAll(() => served?.close());

  for (const scheme of ["light", "dark"] as const) {
    it.each(PAGES)(`axe finds no violations on /%s in ${scheme}`, async (path) => {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${server.url}${path}`);
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ["violations"] })).violations;
      });
      await page.close();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    });
  }

  it("checks a page whose content axe must see: a formula wider than the column, an empty corner header cell", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}ai/classification-metrics/`);
    const wide = await page.$$eval(".katex-block", (blocks) => blocks.filter((block) => block.scrollWidth > block.clientWidth).length);
    expect(wide).toBeGreaterThan(0);
    expect(await page.locator(".prose thead tr").first().evaluate((row) => [...row.children].map((cell) => cell.tagName))).toEqual(["TD", "TH", "TH"]);
    await page.close();
  });

  it("lets a keyboard reach a wide formula with Tab, see where focus is, and scroll it with the arrow keys", async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${server.url}ai/classification-metrics/`);
    const focusedWideFormula = (p: Page) =>
      p.evaluate(() => {
        const focused = document.activeElement;
        return focused instanceof HTMLElement && focused.matches(".katex-block") && focused.scrollWidth > focused.clientWidth;
      });
    let presses = 0;
    while (!(await focusedWideFormula(page)) && presses < 200) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    expect(await focusedWideFormula(page)).toBe(true);
    const formula = page.locator(".katex-block:focus");
    expect(await formula.evaluate((el) => [el.matches(":focus-visible"), getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth])).toEqual([
      true,
      "solid",
      "2px",
    ]);
    expect(await formula.getAttribute("aria-label")).toBe("公式");
    expect(await formula.evaluate((el) => el.scrollLeft)).toBe(0);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => formula.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });

});
