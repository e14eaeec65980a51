// The reference article (../shared/seeds/, present on the team's machines): every front matter field and every
// construct in it must show up correctly on its built page. Skipped, with the reason printed, where it is absent.
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, type BuiltSite } from "./run-kiln.ts";

const seed = resolve(projectRoot, "../shared/seeds/000_699460566fdba85d.txt");
const present = existsSync(seed);
if (!present) console.warn(`[kiln tests] reference article test skipped: ${seed} is not on this machine`);

describe.runIf(present)("reference article", () => {
  let site: BuiltSite;
  let $: CheerioAPI;
  let source: string;

  beforeAll(async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-ref-")), "articles");
    await mkdir(input);
    await copyFile(seed, join(input, "deep-learning-tutorial.md"));
    source = await readFile(seed, "utf8");
    site = await buildSite(input);
    $ = await site.page("deep-learning-tutorial/index.html");
  });

  it("builds without warnings", () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).not.toContain("warning:");
  });

  it("shows title, description and author", () => {
    expect($("h1").text()).toBe("deep-learning-tutorial");
    expect($("title").text()).toBe("deep-learning-tutorial · Kiln 教程");
    expect($('meta[name="description"]').attr("content")).toBe("deep-learning-tutorial - 详细的技术文章和知识介绍");
    expect($(".article__description").text()).toBe("deep-learning-tutorial - 详细的技术文章和知识介绍");
    expect($(".article__author").text()).toBe("AI知识库");
  });

  it("keeps the +08:00 date: shown as 29 November, full timestamp in datetime", () => {
    expect($("time.article__date").attr("datetime")).toBe("2025-11-29T00:00:00+08:00");
    expect($("time.article__date").text()).toBe("2025年11月29日");
  });

  it("is published (draft: false) and listed on the home page", async () => {
    const home = await site.page("index.html");
    expect(home(".card__title a").attr("href")).toBe("/deep-learning-tutorial/");
    expect(home(".card__cover").attr("src")).toMatch(/^https:\/\/images\.unsplash\.com\/photo-1516321318423/);
  });

  it("shows the cover image", () => {
    expect($(".article__cover").attr("src")).toBe(
      "https://images.unsplash.com/photo-1516321318423-f06f85e504b3?w=800&h=400&fit=crop",
    );
  });

  it("links its tags and category to pages that list it", async () => {
    const terms = $(".article__terms a").map((_, a) => [[$(a).text(), $(a).attr("href")]]).get();
    expect(terms).toEqual([
      ["encyclopedia", "/categories/encyclopedia/"],
      ["#百科", "/tags/百科/"],
      ["#知识", "/tags/知识/"],
      ["#概念", "/tags/概念/"],
    ]);
    for (const [, href] of terms) {
      const term = await site.page(join(href!, "index.html"));
      expect(term(".card__title a").attr("href")).toBe("/deep-learning-tutorial/");
    }
  });

  it("forces the light theme and is announced as Chinese", () => {
    expect($("html").attr("data-theme")).toBe("light");
    expect($("html").attr("lang")).toBe("zh-CN");
  });

  it("turns the |wide image into a wide, lazy, sized figure", () => {
    const img = $(".article__body figure.figure--wide img");
    expect(img.attr("alt")).toBe("深度学习神经网络");
    expect(img.attr("src")).toBe("https://images.unsplash.com/photo-1655721529465-ddfb9234f5ce?w=1200&h=600&fit=crop");
    expect([img.attr("width"), img.attr("height"), img.attr("loading"), img.attr("decoding")]).toEqual(["1200", "600", "lazy", "async"]);
  });

  it("links bare URLs, with rel=noopener", () => {
    for (const url of ["https://www.tensorflow.org/", "https://pytorch.org/"]) {
      const link = $(`.article__body a[href="${url}"]`);
      expect(link.text()).toBe(url);
      expect(link.attr("rel")).toContain("noopener");
    }
  });

  it("gives headings Chinese ids, anchors and a nested table of contents", () => {
    const ids = $(".article__body :is(h2, h3)").map((_, h) => $(h).attr("id")).get();
    expect(ids).toContain("深度学习基础概念");
    expect(ids).toContain("实战项目-图像分类");
    expect(ids).toContain("使用tensorflow-keras");
    expect(new Set(ids).size).toBe(ids.length);
    const h2Count = (source.match(/^## /gm) ?? []).length;
    // The contents are printed twice (sidebar and a <details> for narrow screens), with the same links.
    expect($(".toc--side > ol > li")).toHaveLength(h2Count);
    expect($(".toc--side a").map((_, a) => $(a).attr("href")!.slice(1)).get()).toEqual(ids);
    expect($(".toc--inline details > ol a").map((_, a) => $(a).attr("href")!.slice(1)).get()).toEqual(ids);
  });

  it("highlights every bash and python block, and keeps the code text exact", () => {
    const fences = [...source.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)];
    const blocks = $(".article__body figure.code-block");
    expect(blocks).toHaveLength(fences.length);
    fences.forEach(([, lang, code], i) => {
      const block = blocks.eq(i);
      expect(block.attr("data-lang")).toBe(lang);
      expect(block.find(".code-block__lang").text()).toBe(lang);
      expect(block.find("code").text()).toBe(code!.replace(/\n$/, ""));
      expect(block.find("span[style*='--shiki-dark']").length).toBeGreaterThan(0);
    });
  });

  it("renders bold list labels and counts reading time on prose only", () => {
    expect($(".article__body li strong").first().text()).toBe("神经网络");
    const han = Number($(".article__reading-time").attr("data-han"));
    expect(han).toBeGreaterThan(300);
    expect(han).toBeLessThan(800);
  });
});
