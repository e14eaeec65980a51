// SEO metadata of every page (canonical, description, Open Graph, Twitter card, JSON-LD), shaped here so
// layouts/partials/seo.njk only prints it. Nunjucks escapes every attribute; JSON-LD is escaped for <script>.
import type { Article } from "../schema/article.ts";
import type { SiteOptions } from "../schema/site-options.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";
import type { SiteUrls } from "../links/site-url.ts";

/** Options of {@link seoPlugin}. */
export interface SeoOptions {
  site: SiteOptions;
  /** The build's absolute URLs; read when a page renders (the path prefix is known by then). */
  urls: () => SiteUrls;
}

/** A page's social card as the meta tags need it (src/cards/ draws it): site path, size and alt text. */
export interface CardImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** A feed a page advertises with `<link rel="alternate">`. */
export interface FeedLink {
  href: string;
  type: string;
  title: string;
}

/** What layouts/partials/seo.njk prints. */
export interface SeoMeta {
  title: string;
  description: string;
  /** Absolute URL of the page; undefined without the `url` site option. */
  canonical: string | undefined;
  type: "article" | "website";
  /** Absolute URL of og:image and twitter:image: front matter `images:`, else the page's card, else the cover. */
  image: string | undefined;
  /** Width, height and alt text of og:image, known when it is the page's card. */
  imageFacts: { width: number; height: number; alt: string } | undefined;
  siteName: string;
  locale: string;
  published: string | undefined;
  modified: string | undefined;
  tags: readonly string[];
  /** `Article` JSON-LD, already escaped for a `<script>` element; undefined on other pages. */
  jsonLd: string | undefined;
}

/**
 * JSON for inside `<script>`: `<`, `>` and `&` as `\u003c`… so `</script>` or `<!--` in a title cannot
 * end the element, and U+2028/U+2029 escaped for old JavaScript parsers. Still the same JSON value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Page facts the partial passes in. */
interface PageFacts {
  url: string | false;
  lang: string;
  title: string | undefined;
  description: string | undefined;
  article: Article | undefined;
  /** The series the article is a part of (JSON-LD `isPartOf`). */
  series: { name: string; url: string } | undefined;
  /** The page's social card, when the build makes one for it. */
  card?: CardImage | undefined;
}

/** JSON-LD of the series a part belongs to; its URL when the site has one. */
function seriesLd(series: { name: string; url: string }, urls: SiteUrls): Record<string, string> {
  const url = urls.absolute(series.url);
  return { "@type": "CreativeWorkSeries", name: series.name, ...(url === undefined ? {} : { url }) };
}

/** Shapes the SEO metadata of one page. */
export function seoMeta(site: SiteOptions, urls: SiteUrls, page: PageFacts): SeoMeta {
  const { article } = page;
  const canonical = page.url === false ? undefined : urls.absolute(page.url);
  // The social image: Hugo's `images` (named for exactly this), else the page's card, else the cover. A relative
  // path is relative to the article's own URL.
  const explicit = article?.images[0];
  const chosen = explicit ?? (page.card === undefined ? article?.cover : page.card.url);
  const image =
    chosen === undefined ? undefined : canonical === undefined || chosen === page.card?.url ? urls.absolute(chosen) : new URL(chosen, canonical).href;
  const card = explicit === undefined && image !== undefined ? page.card : undefined;
  const title = page.title ?? site.title;
  const description = page.description ?? site.description;
  const author = article?.author ?? (site.author === undefined ? undefined : { name: site.author });
  const jsonLd =
    article === undefined
      ? undefined
      : jsonForScript({
          "@context": "https://schema.org",
          "@type": "Article",
          headline: article.title,
          ...(article.description === undefined ? {} : { description: article.description }),
          ...(article.date === undefined ? {} : { datePublished: article.date.text }),
          ...((article.updated ?? article.date) === undefined ? {} : { dateModified: (article.updated ?? article.date)?.text }),
          ...(author === undefined
            ? {}
            : { author: { "@type": "Person", name: author.name, ...(author.link === undefined ? {} : { url: author.link }) } }),
          ...(image === undefined ? {} : { image }),
          ...(canonical === undefined ? {} : { url: canonical, mainEntityOfPage: canonical }),
          inLanguage: page.lang,
          ...(article.tags.length === 0 ? {} : { keywords: article.tags.join(", ") }),
          ...(page.series === undefined ? {} : { isPartOf: seriesLd(page.series, urls) }),
          publisher: { "@type": "Organization", name: site.title },
        });
  return {
    title,
    description,
    canonical,
    type: article === undefined ? "website" : "article",
    image,
    imageFacts: card === undefined ? undefined : { width: card.width, height: card.height, alt: card.alt },
    siteName: site.title,
    locale: page.lang.replace("-", "_"),
    published: article?.date?.text,
    modified: article?.updated?.text,
    tags: article?.tags ?? [],
    jsonLd,
  };
}

/** Registers the `seoMeta` filter: `{% set seo = page | seoMeta(lang, pageTitle, pageDescription, article, series, card) %}`. */
export function seoPlugin(eleventyConfig: EleventyConfig, { site, urls }: SeoOptions): void {
  eleventyConfig.addFilter(
    "seoMeta",
    (
      page: { url: string | false },
      lang: string,
      title?: string,
      description?: string,
      article?: Article,
      series?: { name: string; url: string },
      card?: CardImage,
    ) => seoMeta(site, urls(), { url: page.url, lang, title, description, article, series: series || undefined, card: card || undefined }),
  );
}
