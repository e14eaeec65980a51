// Tests for htmlToText and decodeEntities.
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../../src/markdown/html-text.ts";

describe("decodeEntities", () => {
  it.each([
    ["&amp;&lt;&gt;&quot;&apos;&#39;", "&<>\"''"],
    ["&#x3C;script&#x3E;", "<script>"],
    ["&#20013;&#x6587;", "中文"],
    ["A&nbsp;B", "A\u00a0B"],
    ["&mdash;&hellip;&copy;", "—…©"],
    ["&unknown; & &amp", "&unknown; & &amp"],
    ["&#0;&#xD800;&#x110000;", "\ufffd\ufffd\ufffd"],
    ["&amp;lt;", "&lt;"],
  ])("%j → %j", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe("htmlToText", () => {
  it("drops inline tags without adding space", () => {
    expect(htmlToText("深度<strong>学习</strong> is <em>fun</em>")).toBe("深度学习 is fun");
  });

  it("separates blocks with a space", () => {
    expect(htmlToText("<p>one</p><p>two</p><br><li>three</li>")).toBe(" one  two   three ");
  });

  it("drops comments and decodes what is left", () => {
    expect(htmlToText("<!-- <b>no</b> -->a &amp; <code>&lt;b&gt;</code>")).toBe("a & <b>");
  });
});
