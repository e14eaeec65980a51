// The search dialog in headless Chromium, on a small Chinese/English fixture site: opened by `/`, Ctrl-K and the
// header button from any page; results as the reader types, reached by the keyboard (combobox and listbox) and the
// mouse; filter chips; axe in light and dark with results shown; a site under a path prefix; Pagefind loaded only
// once the dialog opens; and the header form that stays without JavaScript.
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, type BuiltSite } from "../build/run-kiln.ts";
import { launchChromium, serveStatic, type StaticServer } from "./chromium.ts";

const fixture = join(projectRoot, "tests/fixtures/sites/search-dialog");
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const DIALOG = "[data-search-dialog]";
const INPUT = "[data-search-dialog-input]";
const OPTION = `${DIALOG} [role="option"]`;

/** A page that may only talk to the local server. */
async function localPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return page;
}

/** Opens a page and waits until its scripts have run (search.js shows the header button). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("[data-search-open]:not([hidden])");
}

/** Waits until the dialog lists the options of `term` (search-dialog.js sets `data-query` once they are shown). */
async function resultsFor(page: Page, term: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector("[data-search-dialog-results]")?.getAttribute("data-query") === expected,
    term,
  );
}

/** Types a query into the open dialog (replacing its text) and waits for its options. */
async function search(page: Page, term: string): Promise<void> {
  await page.fill(INPUT, term);
  await resultsFor(page, term);
}

const isOpen = (page: Page) => page.locator(DIALOG).evaluate((dialog) => (dialog as HTMLDialogElement).open);

/** The options' links, decoded, as path and hash (`/gradient-descent/#学习率怎么选`). */
async function optionTargets(page: Page): Promise<string[]> {
  const hrefs = await page.locator(OPTION).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => decodeURI(new URL(href).pathname + new URL(href).hash));
}

/** The pages among the options (headings left out), in order. */
async function resultPages(page: Page): Promise<string[]> {
  return (await optionTargets(page)).filter((target) => !target.includes("#"));
}

/** The title of the option the input points at with aria-activedescendant, or null. */
function activeTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const id = document.querySelector("[data-search-dialog-input]")?.getAttribute("aria-activedescendant");
    const option = id ? document.getElementById(id) : null;
    return option?.getAttribute("aria-selected") === "true"
      ? (option.querySelector(".search-option__title")?.textContent ?? null)
      : null;
  });
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

describe("search dialog", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildSite(fixture);
    server = await serveStatic(site.output);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens with / on an article, shows results as a Chinese query is typed, and ArrowDown, Enter go to one", async () => {
    expect(site.code, site.stderr).toBe(0);
    const page = await localPage(browser);
    await open(page, `${server.url}gradient-descent/`);
    await page.keyboard.press("/");
    expect(await isOpen(page)).toBe(true);
    expect(await focusedId(page)).toBe("search-dialog-input");
    await page.keyboard.type("命令行");
    await resultsFor(page, "命令行");
    expect(await page.inputValue(INPUT)).toBe("命令行");
    expect(await page.locator("[data-search-dialog-status]").textContent()).toBe("找到 1 篇文章");
    expect(await page.getAttribute(INPUT, "aria-expanded")).toBe("true");
    expect(await activeTitle(page)).toBeNull();
    await page.keyboard.press("ArrowDown");
    expect(await activeTitle(page)).toBe("命令行入门：管道与重定向");
    expect(await focusedId(page)).toBe("search-dialog-input");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}shell-basics/`);
    expect(await page.locator("h1").textContent()).toBe("命令行入门：管道与重定向");
    await page.close();
  });

  it("lists each page with its category, date and marked excerpt, then its matching headings as options", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}shell-basics/`);
    await page.keyboard.press("/");
    await page.keyboard.type("学习率");
    await resultsFor(page, "学习率");
    expect(await optionTargets(page)).toEqual(["/gradient-descent/", "/gradient-descent/#学习率怎么选"]);
    const first = page.locator(OPTION).first();
    expect(await first.locator(".search-option__title").textContent()).toBe("梯度下降：从直觉到代码");
    expect(await first.locator(".search-option__meta").textContent()).toBe("人工智能 · 2025年11月2日");
    // Pagefind marks the words it matched: 学习率 is cut into 学习 and 率.
    expect(await first.locator(".search-option__excerpt mark").allTextContents()).toContain("学习");
    // Each option is named by its title; the heading's page is said after it.
    expect(await page.getByRole("option", { name: "学习率怎么选" }).count()).toBe(1);
    await page.close();
  });

  it("moves the active option with the arrows, wrapping round, and leaves Home and End to the caret", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}release-notes/`);
    await page.keyboard.press("/");
    await page.keyboard.type("缓存");
    await resultsFor(page, "缓存");
    const titles = await page.locator(`${OPTION} .search-option__title`).allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    await page.keyboard.press("ArrowUp");
    expect(await activeTitle(page)).toBe(titles.at(-1));
    await page.keyboard.press("ArrowDown");
    expect(await activeTitle(page)).toBe(titles[0]);
    await page.keyboard.press("ArrowDown");
    expect(await activeTitle(page)).toBe(titles[1]);
    await page.keyboard.press("Home");
    expect(await page.locator(INPUT).evaluate((input) => (input as HTMLInputElement).selectionStart)).toBe(0);
    await page.keyboard.press("End");
    expect(await page.locator(INPUT).evaluate((input) => (input as HTMLInputElement).selectionStart)).toBe(2);
    expect(await activeTitle(page)).toBe(titles[1]);
    // Hovering another option styles it, but the keyboard's choice stays.
    await page.locator(OPTION).nth(3).hover();
    expect(await activeTitle(page)).toBe(titles[1]);
    // A changed query forgets the choice: Enter would otherwise open a result of the old one.
    await page.keyboard.type("x");
    expect(await activeTitle(page)).toBeNull();
    await page.close();
  });

  it("closes with Esc and gives the focus back; Ctrl-K opens it from anywhere, a field included", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}gradient-descent/`);
    const link = page.locator(".breadcrumbs a").first();
    await link.focus();
    await page.keyboard.press("Control+K");
    expect(await isOpen(page)).toBe(true);
    expect(await focusedId(page)).toBe("search-dialog-input");
    await page.keyboard.type("缓存");
    await page.keyboard.press("Escape");
    expect(await isOpen(page)).toBe(false);
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    // Open again: the query is kept and selected, so typing replaces it.
    await page.keyboard.press("Control+K");
    expect(await page.locator(INPUT).evaluate((input) => [(input as HTMLInputElement).selectionStart, (input as HTMLInputElement).selectionEnd])).toEqual([0, 2]);
    await page.keyboard.press("Escape");
    // The search page's own field: Ctrl-K still opens the dialog from inside it.
    await open(page, `${server.url}search/`);
    await page.focus("[data-search-input]");
    await page.keyboard.press("Control+K");
    expect(await isOpen(page)).toBe(true);
    await page.close();
  });

  it("types / in a text field; on the search page / focuses the page's own field", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}gradient-descent/`);
    await page.keyboard.press("/");
    await page.keyboard.type("a/b");
    expect(await page.inputValue(INPUT)).toBe("a/b");
    expect(await isOpen(page)).toBe(true);
    await open(page, `${server.url}search/`);
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-search-input"))).toBe(true);
    await page.keyboard.type("io/");
    expect(await page.inputValue("[data-search-input]")).toBe("io/");
    await page.close();
  });

  it("opens from the header button; a click on a heading goes to that heading, on another page or this one", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}shell-basics/`);
    const button = page.getByRole("button", { name: "搜索" });
    expect(await button.getAttribute("aria-keyshortcuts")).toContain("Control+K");
    expect(await button.locator("kbd").textContent()).toBe("Ctrl K");
    await button.click();
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.type("学习率");
    await resultsFor(page, "学习率");
    await page.getByRole("option", { name: "学习率怎么选" }).click();
    await page.waitForURL(/\/gradient-descent\/#/);
    expect(decodeURI(new URL(page.url()).hash)).toBe("#学习率怎么选");
    // A heading of the page being read: the dialog closes and the page goes to the heading.
    await page.waitForSelector("[data-search-open]:not([hidden])");
    await page.getByRole("button", { name: "搜索" }).click();
    await search(page, "动量");
    await page.getByRole("option", { name: "动量" }).click();
    expect(await isOpen(page)).toBe(false);
    expect(decodeURI(new URL(page.url()).hash)).toBe("#动量");
    // Esc gave the focus back to the button (the opener) rather than to the page's start.
    await page.getByRole("button", { name: "搜索" }).click();
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-search-open"))).toBe(true);
    await page.close();
  });

  it("says when no page has the exact words, as the search page does", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}gradient-descent/`);
    await page.keyboard.press("/");
    await search(page, "优化器");
    expect(await resultPages(page)).toEqual(["/gradient-descent/"]);
    expect(await page.locator("[data-search-dialog-status]").textContent()).toBe(
      "没有文章完全包含“优化器”；以下 1 篇包含其中的部分词语。",
    );
    await search(page, "zanzibar");
    expect(await page.locator(OPTION).count()).toBe(0);
    expect(await page.getAttribute(INPUT, "aria-expanded")).toBe("false");
    expect(await page.locator("[data-search-dialog-status]").textContent()).toBe("没有找到相关文章，换个关键词试试。");
    await page.close();
  });

  it("cuts a Chinese query as Chinese on an English page, as the index was cut", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}release-notes/`);
    await page.keyboard.press("/");
    // Read as English, 缓存失效 would be its characters and find every page that has 缓存.
    await search(page, "缓存失效");
    expect(await resultPages(page)).toEqual(["/build-cache/"]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.close();
  });

  it("narrows the results with category and tag chips", async () => {
    const page = await localPage(browser);
    await open(page, `${server.url}release-notes/`);
    await page.keyboard.press("/");
    await search(page, "缓存");
    expect((await resultPages(page)).sort()).toEqual(["/build-cache/", "/dataloader-cache/", "/gradient-descent/"]);
    // The English page speaks English; the chips are the index's own categories.
    const devops = page.getByRole("group", { name: "Categories" }).getByRole("button", { name: "DevOps" });
    await devops.click();
    expect(await devops.getAttribute("aria-pressed")).toBe("true");
    await resultsFor(page, "缓存");
    expect(await resultPages(page)).toEqual(["/build-cache/"]);
    await devops.click();
    await page.getByRole("button", { name: "人工智能" }).click();
    await resultsFor(page, "缓存");
    expect((await resultPages(page)).sort()).toEqual(["/dataloader-cache/", "/gradient-descent/"]);
    for (const meta of await page.locator(`${OPTION} .search-option__meta`).allTextContents()) expect(meta).toMatch(/^人工智能 · /);
    // Tags wait behind their button; a category and a tag narrow each other.
    const tagsButton = page.getByRole("button", { name: "Tags" });
    expect(await tagsButton.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("button", { name: "性能" }).count()).toBe(0);
    await tagsButton.click();
    await page.getByRole("button", { name: "性能" }).click();
    await resultsFor(page, "缓存");
    expect(await resultPages(page)).toEqual(["/dataloader-cache/"]);
    // Closed again, the tags row keeps the chosen tag in view.
    await tagsButton.click();
    expect(await page.getByRole("group", { name: "Tags" }).getByRole("button").allTextContents()).toEqual(["性能"]);
    await page.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe violations with results shown, in ${scheme}`, async () => {
      const page = await localPage(browser);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await open(page, `${server.url}gradient-descent/`);
      await page.keyboard.press("/");
      await search(page, "缓存");
      await page.keyboard.press("ArrowDown");
      await page.getByRole("button", { name: "人工智能" }).click();
      await resultsFor(page, "缓存");
      await page.keyboard.press("ArrowDown");
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async () => {
        type Violation = { id: string; nodes: Array<{ target: string[] }> };
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ["violations"] })).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`,
        );
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it("fills the screen on a phone", async () => {
    const page = await localPage(browser, { viewport: { width: 375, height: 700 } });
    await open(page, `${server.url}gradient-descent/`);
    await page.getByRole("button", { name: "搜索" }).click();
    await search(page, "缓存");
    expect(await page.locator(DIALOG).boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 700 });
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await isOpen(page)).toBe(false);
    await page.close();
  });

  it("loads no Pagefind until the dialog opens, and the dialog's code only then", async () => {
    const page = await localPage(browser);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await open(page, `${server.url}gradient-descent/`);
    await page.mouse.wheel(0, 2000);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => path.startsWith("/pagefind/"))).toEqual([]);
    expect(requested).not.toContain("/js/search-dialog.js");
    await page.getByRole("button", { name: "搜索" }).click();
    await page.keyboard.type("缓存");
    await resultsFor(page, "缓存");
    expect(requested).toContain("/js/search-dialog.js");
    const bundle = requested.filter((path) => path.startsWith("/pagefind/"));
    expect(bundle).toContain("/pagefind/pagefind.js");
    expect(bundle.some((path) => path.startsWith("/pagefind/wasm."))).toBe(true);
    expect(bundle.some((path) => path.endsWith(".pf_index"))).toBe(true);
    expect(bundle.some((path) => path.endsWith(".pf_fragment"))).toBe(true);
    await page.close();
  });

  it("keeps the header form without JavaScript: it opens the search page with the query", async () => {
    const page = await localPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}gradient-descent/`);
    expect(await page.locator("[data-search-open]").isVisible()).toBe(false);
    await page.fill("#site-search-input", "缓存");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("缓存");
    await page.close();
  });
});

describe("search dialog under a path prefix", () => {
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

  it("loads Pagefind from the prefix, links results and the search page under it", async () => {
    expect(site.code, site.stderr).toBe(0);
    const page = await localPage(browser);
    const failed: string[] = [];
    page.on("response", (response) => response.status() >= 400 && failed.push(response.url()));
    await open(page, `${server.url}shell-basics/`);
    await page.keyboard.press("/");
    await page.keyboard.type("学习率");
    await resultsFor(page, "学习率");
    expect(await optionTargets(page)).toEqual(["/docs/gradient-descent/", "/docs/gradient-descent/#学习率怎么选"]);
    const all = new URL(await page.getByRole("link", { name: "在搜索页查看全部结果" }).evaluate((a) => (a as HTMLAnchorElement).href));
    expect([all.pathname, all.searchParams.get("q")]).toEqual(["/docs/search/", "学习率"]);
    await page.getByRole("option", { name: "学习率怎么选" }).click();
    await page.waitForURL(/\/docs\/gradient-descent\/#/);
    // Enter with no option chosen opens the search page with the query.
    await page.waitForSelector("[data-search-open]:not([hidden])");
    await page.keyboard.press("Control+K");
    await page.keyboard.type("缓存");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/docs\/search\/\?q=/);
    await page.waitForFunction(() => document.querySelector("[data-search-results]")?.getAttribute("data-query") === "缓存");
    expect(await page.locator(".search-result").count()).toBe(3);
    expect(failed).toEqual([]);
    await page.close();
  });
});
