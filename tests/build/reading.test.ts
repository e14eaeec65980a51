// Build test for the reading experience: every Markdown feature, KaTeX assets, theme and TOC markup on a built site.
import type { CheerioAPI } from "cheerio";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, type BuiltSite } from "./run-kiln.ts";

describe("reading experience (fixture site)", () => {
  let site: BuiltSite;
  let $: CheerioAPI;

  beforeAll(async () => {
    site = await buildSite(join(projectRoot, "tests/fixtures/sites/reading"));
    $ = await site.page("features/index.html");
  });

  it("builds without warnings", () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).not.toMatch(/warning:/);
  });

  it("loads the theme script blocking in <head>, before the stylesheet, and the features as one module", () => {
    const head = $("head").children().toArray();
    const init = head.findIndex((el) => $(el).attr("src") === "/js/theme-init.js");
    const css = head.findIndex((el) => $(el).attr("href") === "/css/kiln.css");
    expect(init).toBeGreaterThanOrEqual(0);
    expect(init).toBeLessThan(css);
    const script = $('script[src="/js/theme-init.js"]');
    expect([script.attr("async"), script.attr("defer"), script.attr("type")]).toEqual([undefined, undefined, undefined]);
    expect($('head script[type="module"][src="/js/kiln.js"]').length).toBe(1);
    expect($("script:not([src]):not([type='application/ld+json'])").length).toBe(0);
  });

  it("has a theme toggle, hidden until JavaScript shows it", () => {
    const toggle = $("header .theme-toggle[data-theme-toggle]");
    expect(toggle.attr("hidden")).toBeDefined();
    expect(toggle.attr("type")).toBe("button");
    expect(toggle.attr("data-label-dark")).toBe("深色");
  });

  it("forces the front matter theme on its page", async () => {
    const dark = await site.page("forced-dark/index.html");
    expect(dark("html").attr("data-theme")).toBe("dark");
    expect(dark('meta[name="color-scheme"]').attr("content")).toBe("dark");
    expect($("html").attr("data-theme")).toBeUndefined();
  });

  it("links KaTeX's stylesheet only where there is math, and serves it with its fonts", async () => {
    expect($('link[href="/css/katex/katex.min.css"]').length).toBe(1);
    const dark = await site.page("forced-dark/index.html");
    expect(dark('link[href*="katex"]').length).toBe(0);
    expect(existsSync(join(site.output, "css/katex/katex.min.css"))).toBe(true);
    const fonts = await readdir(join(site.output, "css/katex/fonts"));
    expect(fonts).toContain("KaTeX_Main-Regular.woff2");
  });

  it("renders math, and keeps lone dollars as text", () => {
    expect($(".article__body .katex").length).toBe(2);
    expect($(".article__body .katex-block").length).toBe(1);
    expect($(".article__body > p").first().text()).toContain("价格 $5 到 $10 之间，提示符 $ 后面是命令。");
  });

  it("requests nothing from another host except article images", () => {
    // Links that load something (canonical and alternate links are only addresses).
    const urls = $("link[rel~='stylesheet'][href], link[rel~='preload'][href], link[rel~='icon'][href], script[src], iframe[src]").map((_, el) => $(el).attr("href") ?? $(el).attr("src")).get();
    expect(urls.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });

  it("sizes the cover from its URL", () => {
    const cover = $(".article__cover");
    expect([cover.attr("width"), cover.attr("height")]).toEqual(["1200", "600"]);
  });

  it("prints the table of contents twice: a sidebar nav and a closed <details>", () => {
    const side = $("nav.toc--side a").map((_, a) => $(a).attr("href")).get();
    const inline = $("nav.toc--inline details:not([open]) a").map((_, a) => $(a).attr("href")).get();
    expect(side).toEqual(["#安装", "#第二节", "#小节甲", "#第三节"]);
    expect(inline).toEqual(side);
    expect($("nav.toc--inline summary").text()).toBe("目录");
  });

  it("renders code titles, terminals, highlights, diffs and line numbers", () => {
    const terminal = $("figure.code-block--terminal");
    expect(terminal.find(".code-block__title").text()).toBe("终端");
    expect(terminal.find(".line__prompt")).toHaveLength(2);
    expect(terminal.find(".line--output").text()).toBe("added 1 package");
    const python = $('figure[data-lang="python"]');
    expect(python.find(".code-block__title").text()).toBe("train.py");
    expect(python.find("pre").hasClass("line-numbers")).toBe(true);
    expect(python.find(".line").map((_, l) => $(l).hasClass("highlighted")).get()).toEqual([false, true, false]);
    const js = $('figure[data-lang="javascript"] .line');
    expect(js.map((_, l) => $(l).attr("class")).get()).toEqual(["line diff remove", "line diff add", "line highlighted error"]);
    expect($("figure.code-block pre[tabindex='0']")).toHaveLength(4);
  });

  it("renders admonitions, details and alerts in the page's language", () => {
    expect($(".admonition--tip .admonition__title").text()).toBe("小技巧");
    expect($(".admonition--warning .admonition__title").text()).toBe("警告");
    expect($("details.admonition--details > summary").text()).toBe("展开看看");
    expect($(".markdown-alert-note .markdown-alert-title").text()).toBe("注意");
  });
});
