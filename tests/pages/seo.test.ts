// The og:image rule of seoMeta: front matter `images:` first, then the page's card, then the cover.
import { describe, expect, it } from "vitest";
import { createSiteUrls } from "../../src/links/site-url.ts";
import { seoMeta, type CardImage } from "../../src/pages/seo.ts";
import { ArticleSchema } from "../../src/schema/article.ts";
import { parseSiteOptions } from "../../src/schema/site-options.ts";

const site = parseSiteOptions({ title: "Kiln 教程", url: "https://example.org/" });
const urls = createSiteUrls(site.url, "/docs/");
const card: CardImage = { url: "/cards/0123456789abcdef0123.png", width: 1200, height: 630, alt: "标题 · Kiln 教程" };

function meta(front: Record<string, unknown>, pageCard: CardImage | undefined, siteUrls = urls) {
  const article = ArticleSchema.parse({ title: "标题", ...front });
  return seoMeta(site, siteUrls, { url: "/ai/x/", lang: "zh-CN", title: "标题", description: undefined, article, series: undefined, card: pageCard });
}

describe("seoMeta's social image", () => {
  it("is the card, absolute under the path prefix, with its size and alt text", () => {
    const seo = meta({ cover: "cover.png" }, card);
    expect(seo.image).toBe("https://example.org/docs/cards/0123456789abcdef0123.png");
    expect(seo.imageFacts).toEqual({ width: 1200, height: 630, alt: "标题 · Kiln 教程" });
    expect(JSON.parse(seo.jsonLd ?? "{}")).toMatchObject({ image: seo.image });
  });

  it("is the first of front matter images: when there are some, whatever the card", () => {
    const seo = meta({ images: ["https://cdn.example.com/social.jpg", "b.jpg"], cover: "cover.png" }, card);
    expect(seo.image).toBe("https://cdn.example.com/social.jpg");
    expect(seo.imageFacts).toBeUndefined();
  });

  it("is the cover, relative to the page, without a card (cards off, or unless-cover)", () => {
    expect(meta({ cover: "cover.png" }, undefined).image).toBe("https://example.org/docs/ai/x/cover.png");
    expect(meta({}, undefined).image).toBeUndefined();
  });

  it("is absent without the url site option: og:image must be absolute", () => {
    const seo = meta({}, card, createSiteUrls(undefined, "/"));
    expect(seo.image).toBeUndefined();
    expect(seo.imageFacts).toBeUndefined();
  });
});
