// Tests for heading ids and permalink anchors.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { headingAnchorsPlugin } from "../../src/markdown/heading-anchors.ts";

const md = markdownit({ html: true }).use(headingAnchorsPlugin);

describe("headingAnchorsPlugin", () => {
  it("keeps Chinese in the id and appends an anchor to h2", () => {
    expect(md.render("## 深度学习基础概念")).toBe(
      '<h2 id="深度学习基础概念">深度学习基础概念 <a class="heading-anchor" href="#深度学习基础概念" aria-label="Permalink to “深度学习基础概念”">#</a></h2>\n',
    );
  });

  it("folds punctuation in the id but keeps it in the text", () => {
    expect(md.render("### 实战项目：图像分类")).toBe(
      '<h3 id="实战项目-图像分类">实战项目：图像分类 <a class="heading-anchor" href="#实战项目-图像分类" aria-label="Permalink to “实战项目：图像分类”">#</a></h3>\n',
    );
  });

  it("gives h1 and h4–h6 an id but no anchor", () => {
    expect(md.render("# Title\n\n#### Deep\n\n###### Deeper")).toBe(
      '<h1 id="title">Title</h1>\n<h4 id="deep">Deep</h4>\n<h6 id="deeper">Deeper</h6>\n',
    );
  });

  it("numbers duplicate headings across levels", () => {
    const $ = load(md.render("## foo\n\n### foo\n\n## Foo!\n\n## bar"), null, false);
    expect($("h2, h3").map((_, el) => $(el).attr("id")).get()).toEqual(["foo", "foo-1", "foo-2", "bar"]);
    expect($("h3 a.heading-anchor").attr("href")).toBe("#foo-1");
  });

  it("starts afresh on every render", () => {
    const first = md.render("## foo");
    expect(md.render("## foo")).toBe(first);
    expect(first).toContain('id="foo"');
  });

  it("slugs the plain text, without markup", () => {
    const $ = load(md.render("## Use `npm` **now** [link](https://a.example)"), null, false);
    expect($("h2").attr("id")).toBe("use-npm-now-link");
    expect($("h2 a.heading-anchor").attr("aria-label")).toBe("Permalink to “Use npm now link”");
  });

  it("escapes the heading text in the aria-label", () => {
    const html = md.render('## A "quoted" & <b>bold</b> word');
    expect(html).toContain('aria-label="Permalink to “A &quot;quoted&quot; &amp; bold word”"');
    expect(load(html, null, false)("h2").attr("id")).toBe("a-quoted-bold-word");
  });

  it("never reuses an id written in raw HTML", () => {
    const $ = load(md.render('<div id="概述"></div>\n\n## 概述\n\nSee <span id=\'intro\'>x</span>\n\n## Intro'), null, false);
    expect($("h2").map((_, el) => $(el).attr("id")).get()).toEqual(["概述-1", "intro-1"]);
  });

  it("gives a heading of only emoji or punctuation a usable id", () => {
    const $ = load(md.render("## 🎉\n\n## ？！"), null, false);
    expect($("h2").map((_, el) => $(el).attr("id")).get()).toEqual(["section", "section-1"]);
  });

  it("anchors the levels it is told to", () => {
    const only4 = markdownit().use(headingAnchorsPlugin, { anchorLevels: [4] });
    const $ = load(only4.render("## a\n\n#### b"), null, false);
    expect($("h2 a").length).toBe(0);
    expect($("h4 a.heading-anchor").attr("href")).toBe("#b");
  });

  it("wraps the previous heading_close rule instead of replacing it", () => {
    const wrapped = markdownit();
    wrapped.renderer.rules["heading_close"] = (tokens, idx) => `</${tokens[idx]?.tag ?? ""}><!-- closed -->\n`;
    wrapped.use(headingAnchorsPlugin);
    expect(wrapped.render("## x")).toBe(
      '<h2 id="x">x <a class="heading-anchor" href="#x" aria-label="Permalink to “x”">#</a></h2><!-- closed -->\n',
    );
  });
});
