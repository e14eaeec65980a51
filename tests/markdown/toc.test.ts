// Tests for extractToc: nesting, anchor markup removed, entities decoded.
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { headingAnchorsPlugin } from "../../src/markdown/heading-anchors.ts";
import { extractToc } from "../../src/markdown/toc.ts";

const md = markdownit({ html: true }).use(headingAnchorsPlugin);

describe("extractToc", () => {
  it("nests h3 under the h2 before it", () => {
    const html = md.render("# 标题\n\n## 基础\n\n### 张量\n\n### 梯度\n\n#### 细节\n\n## 实战项目：图像分类\n\n### 数据");
    expect(extractToc(html)).toEqual([
      {
        id: "基础",
        text: "基础",
        level: 2,
        children: [
          { id: "张量", text: "张量", level: 3, children: [] },
          { id: "梯度", text: "梯度", level: 3, children: [] },
        ],
      },
      {
        id: "实战项目-图像分类",
        text: "实战项目：图像分类",
        level: 2,
        children: [{ id: "数据", text: "数据", level: 3, children: [] }],
      },
    ]);
  });

  it("puts an h3 before any h2 at the top level", () => {
    const toc = extractToc(md.render("### 前言\n\n## 正文\n\n### 小节"));
    expect(toc.map((e) => [e.id, e.level, e.children.map((c) => c.id)])).toEqual([
      ["前言", 3, []],
      ["正文", 2, ["小节"]],
    ]);
  });

  it("gives plain, decoded text without the anchor", () => {
    const toc = extractToc(md.render("## `<div>` & **C++** \"模板\"\n\n## A &copy; B&#x2014;C"));
    expect(toc.map((e) => e.text)).toEqual(['<div> & C++ "模板"', "A © B—C"]);
    expect(toc.map((e) => e.id)).toEqual(["div-c-模板", "a-b-c"]);
  });

  it("uses the deduped ids the heading plugin wrote", () => {
    expect(extractToc(md.render("## foo\n\n## foo")).map((e) => e.id)).toEqual(["foo", "foo-1"]);
  });

  it("skips headings without id and headings in comments", () => {
    const html = '<h2>raw</h2>\n<!-- <h2 id="old">old</h2> -->\n<h2 class="x" id=\'kept\'>Kept</h2>\n<h3 id="sub">Sub</h3>';
    expect(extractToc(html)).toEqual([
      { id: "kept", text: "Kept", level: 2, children: [{ id: "sub", text: "Sub", level: 3, children: [] }] },
    ]);
  });

  it("does not read headings shown inside code", () => {
    expect(extractToc(md.render('```html\n<h2 id="x">x</h2>\n```\n\n    <h3 id="y">y</h3>'))).toEqual([]);
  });

  it("returns an empty list for a page without h2/h3", () => {
    expect(extractToc(md.render("# Only\n\ntext"))).toEqual([]);
    expect(extractToc("")).toEqual([]);
  });
});
