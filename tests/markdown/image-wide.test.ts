// Tests for images: `|wide`, figures for lone images, lazy loading and query dimensions.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { imageWidePlugin } from "../../src/markdown/image-wide.ts";

const md = markdownit().use(imageWidePlugin);

describe("imageWidePlugin", () => {
  it("turns |wide into a class and a wide figure, with dimensions from the query", () => {
    expect(md.render("![深度学习|wide](https://images.unsplash.com/photo-1?w=1200&h=600&fit=crop)")).toBe(
      '<figure class="figure figure--wide"><img src="https://images.unsplash.com/photo-1?w=1200&amp;h=600&amp;fit=crop" alt="深度学习" class="wide" loading="lazy" decoding="async" width="1200" height="600"></figure>\n',
    );
  });

  it("accepts spaces and any case around the keyword", () => {
    expect(md.render("![深度学习 | WIDE ](/img/a.png)")).toBe(
      '<figure class="figure figure--wide"><img src="/img/a.png" alt="深度学习" class="wide" loading="lazy" decoding="async"></figure>\n',
    );
  });

  it("renders a normal lone image as a plain figure without dimensions", () => {
    expect(md.render('![图](/img/a.png "标题")')).toBe(
      '<figure class="figure"><img src="/img/a.png" alt="图" title="标题" loading="lazy" decoding="async"></figure>\n',
    );
  });

  it("keeps a paragraph for an image among text", () => {
    expect(md.render("看 ![图|wide](/a.png?w=10) 这里")).toBe(
      '<p>看 <img src="/a.png?w=10" alt="图" class="wide" loading="lazy" decoding="async" width="10"> 这里</p>\n',
    );
  });

  it("makes a figure of a linked lone image", () => {
    const $ = load(md.render("[![图](/a.png)](https://example.com)"), null, false);
    expect($("figure.figure > a > img").length).toBe(1);
    expect($("p").length).toBe(0);
  });

  it("leaves two images in one paragraph in the paragraph", () => {
    const $ = load(md.render("![a](/a.png) ![b](/b.png)"), null, false);
    expect($("p > img").length).toBe(2);
    expect($("figure").length).toBe(0);
  });

  it("ignores w/h that are not positive integers", () => {
    const $ = load(md.render("![a](/a.png?w=12.5&h=-3)\n\n![b](/b.png?w=0&h=abc)\n\n![c](/c.png#w=1)"), null, false);
    expect($("img[width], img[height]").length).toBe(0);
  });

  it("only strips wide as a whole suffix", () => {
    const $ = load(md.render("![worldwide](/a.png)\n\n![a|wider](/b.png)"), null, false);
    expect($("img").map((_, el) => $(el).attr("alt")).get()).toEqual(["worldwide", "a|wider"]);
    expect($("img.wide").length).toBe(0);
    expect($("figure.figure--wide").length).toBe(0);
  });

  it("keeps markup-free alt text when the alt has emphasis", () => {
    const $ = load(md.render("![**粗体**说明|wide](/a.png)"), null, false);
    expect($("img").attr("alt")).toBe("粗体说明");
  });

  it("does not turn hidden paragraphs of tight lists into figures", () => {
    expect(md.render("- ![a](/a.png)\n- b")).toBe(
      '<ul>\n<li><img src="/a.png" alt="a" loading="lazy" decoding="async"></li>\n<li>b</li>\n</ul>\n',
    );
  });

  it("takes another keyword", () => {
    const full = markdownit().use(imageWidePlugin, { keyword: "full" });
    expect(load(full.render("![a|full](/a.png)"), null, false)("figure").attr("class")).toBe("figure figure--wide");
  });
});
