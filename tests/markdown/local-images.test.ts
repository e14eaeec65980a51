// Tests for local images' tokens: found in a parsed document, and rendered as the picture they were given.
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { imageWidePlugin } from "../../src/markdown/image-wide.ts";
import { imageTokens, localImagesPlugin, setPicture } from "../../src/markdown/local-images.ts";

const md = markdownit().use(imageWidePlugin).use(localImagesPlugin);

describe("localImagesPlugin", () => {
  it("finds every image of a document, inside paragraphs, lists and tables", () => {
    const tokens = md.parse("![一](a.png)\n\n- 列表 ![二](b.png)\n\n| 表 |\n|---|\n| ![三](https://x.test/c.png) |\n", {});
    expect(imageTokens(tokens).map((token) => token.attrGet("src"))).toEqual(["a.png", "b.png", "https://x.test/c.png"]);
  });

  it("renders an image given a picture as that markup, handing it the <img>'s attributes and its alt text", () => {
    const tokens = md.parse('看 ![*强调*的图|wide](a.png "标题") 和 ![远程](https://x.test/b.png)', {});
    const seen: Array<Record<string, string>> = [];
    setPicture(imageTokens(tokens)[0]!, (attributes) => {
      seen.push(attributes);
      return "<picture>…</picture>";
    });
    const html = md.renderer.render(tokens, md.options, {});
    expect(html).toBe('<p>看 <picture>…</picture> 和 <img src="https://x.test/b.png" alt="远程" loading="lazy" decoding="async"></p>\n');
    expect(seen).toEqual([{ alt: "强调的图", title: "标题", class: "wide", loading: "lazy", decoding: "async" }]);
  });
});
