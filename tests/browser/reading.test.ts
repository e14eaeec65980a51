// Browser tests for the reading experience in headless Chromium: theme toggle, copy button, TOC highlighting,
// details, and the page with JavaScript off. Every non-local request is blocked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { join } from "node:path";
import { buildSite, projectRoot, type BuiltSite } from "../build/run-kiln.ts";
import { launchChromium, serveStatic, type StaticServer } from "./chromium.ts";

const LIGHT_BG = "rgb(253, 253, 252)";
const DARK_BG = "rgb(17, 20, 24)";

describe("reading experience in Chromium", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    site = await buildSite(join(projectRoot, "tests/fixtures/sites/reading"));
    server = await serveStatic(site.output);
    // Each test opens its own context with its own options (scheme, permissions, no JS).
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, options: BrowserContextOptions = {}, init?: () => void): Promise<Page> {
    const context = await browser.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    if (init) await page.addInitScript(init);
    await page.goto(`${server.url}${path}`);
    return page;
  }
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it("applies a saved theme before the body is parsed (no flash)", async () => {
    const page = await open("features/", { colorScheme: "dark" }, () => {
      localStorage.setItem("kiln-theme", "light");
      // Records the theme at the moment <body> exists, before anything below <head> is parsed.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute("data-theme");
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe("light");
    expect(await background(page)).toBe(LIGHT_BG);
  });

  it("cycles system → light → dark with the toggle and remembers the choice", async () => {
    const page = await open("features/", { colorScheme: "light" });
    const toggle = page.getByRole("button", { name: /颜色主题/ });
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.textContent()).toContain("跟随系统");
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("light");
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
    expect(await toggle.textContent()).toContain("深色");
    expect(await background(page)).toBe(DARK_BG);
    await page.reload();
    expect(await page.evaluate(() => localStorage.getItem("kiln-theme"))).toBe("dark");
    expect(await background(page)).toBe(DARK_BG);
    await page.goto(`${server.url}`);
    expect(await background(page)).toBe(DARK_BG);
    await page.getByRole("button", { name: /颜色主题/ }).click();
    expect(await page.evaluate(() => [document.documentElement.dataset["theme"], localStorage.getItem("kiln-theme")])).toEqual([undefined, null]);
    expect(await background(page)).toBe(LIGHT_BG);
  });

  it("lets an article's theme win over the saved choice, and hides the toggle there", async () => {
    const page = await open("forced-dark/", { colorScheme: "light" }, () => localStorage.setItem("kiln-theme", "light"));
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.locator("[data-theme-toggle]").isHidden()).toBe(true);
  });

  it("copies shell commands without prompts or output, and says so visibly and to screen readers", async () => {
    const page = await open("features/", { permissions: ["clipboard-read", "clipboard-write"] });
    const terminal = page.locator("figure.code-block--terminal");
    const button = terminal.getByRole("button", { name: "复制代码" });
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("npm install \\\n  --save-dev kiln\nnpm run build");
    expect(await button.textContent()).toBe("已复制");
    expect(await page.getByRole("status").textContent()).toBe("代码已复制到剪贴板");
  });

  it("copies a diff without its removed lines", async () => {
    const page = await open("features/", { permissions: ["clipboard-read", "clipboard-write"] });
    await page.locator('figure[data-lang="javascript"]').getByRole("button", { name: "复制代码" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("const a = 2\nconsole.log(a)");
  });

  it("highlights the section being read in the sidebar contents", async () => {
    const page = await open("features/", { viewport: { width: 1400, height: 900 } });
    expect(await page.locator("nav.toc--side").isVisible()).toBe(true);
    expect(await page.locator("nav.toc--inline").isVisible()).toBe(false);
    const current = () => page.locator('nav.toc--side a[aria-current="true"]').textContent();
    await expect.poll(current).toBe("安装");
    await page.locator("#第三节").evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 50));
    await expect.poll(current).toBe("第三节");
    await page.locator("#小节甲").evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 50));
    await expect.poll(current).toBe("小节甲");
    const sticky = await page.locator("nav.toc--side").evaluate((nav) => nav.getBoundingClientRect().top);
    expect(sticky).toBeGreaterThanOrEqual(0);
    expect(sticky).toBeLessThan(100);
  });

  it("folds the contents into a <details> on a phone; long code lines scroll inside their block", async () => {
    const page = await open("features/", { viewport: { width: 390, height: 800 } });
    expect(await page.locator("nav.toc--side").isVisible()).toBe(false);
    const link = page.locator("nav.toc--inline a").first();
    expect(await link.isVisible()).toBe(false);
    await page.locator("nav.toc--inline summary").click();
    expect(await link.isVisible()).toBe(true);
    const pre = page.locator('figure[data-lang="text"] pre');
    expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await pre.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it("opens a details block and shows admonitions in their colour", async () => {
    const page = await open("features/");
    const details = page.locator("details.admonition--details");
    expect(await page.getByText("藏起来的内容").isVisible()).toBe(false);
    await details.locator("summary").click();
    expect(await page.getByText("藏起来的内容").isVisible()).toBe(true);
    const border = await page.locator(".admonition--tip").evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(border).toBe("rgb(17, 99, 41)");
  });

  it("reads fully with JavaScript off", async () => {
    const page = await open("features/", { javaScriptEnabled: false, colorScheme: "dark", viewport: { width: 390, height: 800 } });
    expect(await page.locator("h1").textContent()).toBe("阅读体验示例");
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.locator(".katex").first().isVisible()).toBe(true);
    expect(await page.locator("figure.code-block pre").first().isVisible()).toBe(true);
    expect(await page.locator(".code-copy").count()).toBe(0);
    expect(await page.locator("[data-theme-toggle]").isHidden()).toBe(true);
    await page.locator("nav.toc--inline summary").click();
    expect(await page.locator("nav.toc--inline a").first().isVisible()).toBe(true);
  });
});
