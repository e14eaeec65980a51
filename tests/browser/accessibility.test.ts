// Quality bar on the example site: axe-core finds no violations on home, an article with every feature, a section
// page, a notebook article (cells, outputs, a traceback), an article in a nested section (sidebar open two levels), a tag
// page and the 404 page, in light and dark.
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveBuiltSite, type ServedSite, type StaticServer } from "./chromium.ts";

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGES = [
  "",
  "ai/gradient-descent/",
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

});
