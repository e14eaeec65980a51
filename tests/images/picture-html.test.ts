// Tests for an encoded image's markup: eleventy-img's elements, every attribute escaped.
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import type { EncodedImage } from "../../src/images/image-encoder.ts";
import { pictureHtml } from "../../src/images/picture-html.ts";

const file = (format: string, width: number, type: string) => ({
  format,
  width,
  height: width / 2,
  url: `/img/abcdefghij-${width}.${format}`,
  sourceType: type,
  srcset: `/img/abcdefghij-${width}.${format} ${width}w`,
});
const image: EncodedImage = {
  webp: [file("webp", 480, "image/webp"), file("webp", 960, "image/webp")],
  png: [file("png", 480, "image/png"), file("png", 960, "image/png")],
};

describe("pictureHtml", () => {
  it("writes a <picture> with a WebP <source> and the original format's <img>, sized by the largest file", () => {
    const html = pictureHtml(image, { alt: "图", class: "wide", loading: "lazy", sizes: "100vw" });
    expect(html).toBe(
      '<picture><source type="image/webp" srcset="/img/abcdefghij-480.webp 480w, /img/abcdefghij-960.webp 960w" sizes="100vw">' +
        '<img alt="图" class="wide" loading="lazy" src="/img/abcdefghij-480.png" width="960" height="480" ' +
        'srcset="/img/abcdefghij-480.png 480w, /img/abcdefghij-960.png 960w" sizes="100vw"></picture>',
    );
  });

  it("sizes the <img> by the largest file of any format when the fallback has one width", () => {
    const oneFallback: EncodedImage = { webp: image["webp"]!, png: [file("png", 480, "image/png")] };
    const $ = load(pictureHtml(oneFallback, { alt: "", sizes: "100vw" }));
    expect([$("img").attr("src"), $("img").attr("width"), $("img").attr("height"), $("img").attr("srcset")]).toEqual([
      "/img/abcdefghij-480.png",
      "960",
      "480",
      undefined,
    ]);
    expect($("source").attr("sizes")).toBe("100vw");
  });

  it("escapes every attribute, not only alt", () => {
    const html = pictureHtml(image, { alt: '"><script>', title: 'a" onload="x()', sizes: "100vw" });
    const $ = load(html);
    expect($("script").length).toBe(0);
    expect($("img").attr("title")).toBe('a" onload="x()');
    expect($("img").attr("onload")).toBeUndefined();
    expect($("img").attr("alt")).toBe('"><script>');
  });

  it("writes a lone <img> for an image with one file (an SVG)", () => {
    const svg: EncodedImage = { svg: [{ ...file("svg", 120, "image/svg+xml"), url: "/img/abcdefghij-120.svg" }] };
    expect(pictureHtml(svg, { alt: "形状", sizes: "100vw" })).toBe('<img alt="形状" src="/img/abcdefghij-120.svg" width="120" height="60">');
  });
});
