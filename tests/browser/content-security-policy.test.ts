// The built site works under the strict Content-Security-Policy documented in README (Security): no violation is
// reported on any kind of page, Kiln's scripts run, and search (Pagefind's WebAssembly) answers, on the search page
// and in the search dialog.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { join } from "node:path";
import { buildSite, projectRoot, type BuiltSite } from "../build/run-kiln.ts";
import { launchChromium, serveStatic, type StaticServer } from "./chromium.ts";

/** The policy README recommends; keep the two in step. */
export const KILN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

describe("pages under a strict Content-Security-Policy", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildSite(join(projectRoot, "tests/fixtures/sites/search"));
    server = await serveStatic(site.output, "/", { "content-security-policy": KILN_CSP });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and returns it with the CSP violations it reports (directive and blocked URL). */
  async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
    const page = await browser.newPage();
    const console: string[] = [];
    page.on("console", (message) => message.text().includes("Content Security Policy") && console.push(message.text()));
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { kilnViolations: string[] }).kilnViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.headers()["content-security-policy"]).toBe(KILN_CSP);
    await page.waitForLoadState("networkidle");
    const violations = async () => [
      ...(await page.evaluate(() => (window as unknown as { kilnViolations: string[] }).kilnViolations)),
      ...console,
    ];
    return { page, violations };
  }

  it.each(["", "neural/", "escaping/", "tags/", "search/", "no/such/page/"])("/%s reports no violation and runs Kiln's scripts", async (path) => {
    expect(site.code, site.stderr).toBe(0);
    const { page, violations } = await open(path);
    // theme-toggle.js shows the (server-hidden) theme switch: proof that external module scripts ran.
    await page.waitForSelector("[data-theme-toggle]:not([hidden])");
    expect(await violations()).toEqual([]);
  });

  it("opens the search dialog and searches from an article under the policy", async () => {
    const { page, violations } = await open("ci-cache/");
    await page.waitForSelector("[data-search-open]:not([hidden])");
    // The dialog's stylesheet is added by search.js, its code and Pagefind imported on opening.
    await page.keyboard.press("Control+K");
    await page.keyboard.type("神经网络");
    await page.waitForFunction(() => document.querySelector("[data-search-dialog-results]")?.getAttribute("data-query") === "神经网络");
    expect(await page.locator('[data-search-dialog] [role="option"]').count()).toBeGreaterThan(0);
    expect(await page.locator("[data-search-dialog]").evaluate((dialog) => getComputedStyle(dialog).display)).toBe("flex");
    expect(await violations()).toEqual([]);
  });

  it("searches with Pagefind under the policy", async () => {
    const { page, violations } = await open("search/");
    await page.fill("[data-search-input]", "神经网络");
    await page.waitForFunction(() => document.querySelector("[data-search-results]")?.getAttribute("data-query") === "神经网络");
    expect(await page.locator(".search-result__title a").count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});
