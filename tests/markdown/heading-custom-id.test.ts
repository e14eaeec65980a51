// Tests for headingCustomIdPlugin: `{#id}` after a heading sets its id, anchors and dedupe respect it.
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { headingAnchorsPlugin } from "../../src/markdown/heading-anchors.ts";
import { headingCustomIdPlugin } from "../../src/markdown/heading-custom-id.ts";

const md = markdownit().use(headingCustomIdPlugin).use(headingAnchorsPlugin);

describe("headingCustomIdPlugin", () => {
  it("uses {#id} as the heading's id and removes it from the text", () => {
    expect(md.render("## 安装步骤 {#install}")).toBe(
      '<h2 id="install">安装步骤 <a class="heading-anchor" href="#install" aria-label="Permalink to “安装步骤”">#</a></h2>\n',
    );
  });

  it("keeps Chinese ids and gives a later heading with the same text another id", () => {
    const html = md.render("## 概述 {#总览}\n\n## 总览");
    expect(html).toContain('<h2 id="总览">概述');
    expect(html).toContain('<h2 id="总览-1">总览');
  });

  it("leaves braces that are not a trailing {#id} alone", () => {
    expect(md.render("## Set {x} {#not an id}")).toContain('<h2 id="set-x-not-an-id">Set {x} {#not an id}');
    expect(md.render("# Title {#a} more")).toContain("Title {#a} more");
  });
});
