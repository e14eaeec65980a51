// sitemap.xml (every published page with its last change) and robots.txt pointing to it.
import type { ContentRegistry } from "../content/content-registry.ts";
import type { CollectionItem, EleventyConfig } from "../eleventy/eleventy-config.ts";
import type { ListPage } from "./list-pages.ts";
import { LISTS_EVERY_ARTICLE } from "./pages.ts";
import type { SectionNode } from "./section-tree.ts";
import type { SiteUrls } from "../links/site-url.ts";

/** Options of {@link sitemapPlugin}. */
export interface SitemapOptions {
  registry: ContentRegistry;
  urls: () => SiteUrls;
}

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  loc: string;
  /** W3C datetime in the author's offset; undefined for a page that lists no article. */
  lastmod: string | undefined;
}

/** Site pages that always exist and list every article. */
const SITE_PAGES = ["/archive/", "/tags/", "/categories/"] as const;

/** The newest change among some articles, as the author wrote its date. */
function lastChange(items: readonly CollectionItem[], registry: ContentRegistry): string | undefined {
  let newest: { instant: Date; text: string } | undefined;
  for (const item of items) {
    const article = registry.get(item.inputPath)?.article;
    const date = article?.updated ?? article?.date;
    if (date && (!newest || date.instant > newest.instant)) newest = date;
  }
  return newest?.text;
}

/** A section's articles and those of every section below it. */
function articlesBelow(section: SectionNode): CollectionItem[] {
  return [...section.articles, ...section.children.flatMap(articlesBelow)];
}

/** Every published page: articles, sections, list pages (each page of a paginated list), archive and term indexes. */
export function sitemapEntries(
  articles: readonly CollectionItem[],
  sections: readonly SectionNode[],
  listPages: ReadonlyArray<readonly ListPage[]>,
  registry: ContentRegistry,
  urls: SiteUrls,
): SitemapEntry[] {
  const all = lastChange(articles, registry);
  return [
    ...listPages.flat().map((page) => ({ loc: urls.outside(page.url), lastmod: lastChange(page.items, registry) })),
    ...SITE_PAGES.map((path) => ({ loc: urls.outside(path), lastmod: all })),
    ...sections.map((section) => ({ loc: urls.outside(section.url), lastmod: lastChange(articlesBelow(section), registry) })),
    ...articles.map((item) => ({ loc: urls.outside(item.url), lastmod: lastChange([item], registry) })),
  ];
}

/** Registers `/sitemap.xml`, `/robots.txt` and the `sitemapEntries` filter. */
export function sitemapPlugin(eleventyConfig: EleventyConfig, { registry, urls }: SitemapOptions): void {
  eleventyConfig.addFilter(
    "sitemapEntries",
    (articles: readonly CollectionItem[], sections: readonly SectionNode[], ...listPages: ListPage[][]) =>
      sitemapEntries(articles, sections, listPages, registry, urls()),
  );
  eleventyConfig.addFilter("outsideUrl", (sitePath: string) => urls().outside(sitePath));
  const data = { eleventyExcludeFromCollections: true } as const;
  eleventyConfig.addTemplate("kiln-pages/sitemap.njk", "", {
    ...data,
    ...LISTS_EVERY_ARTICLE,
    layout: "sitemap.njk",
    permalink: "/sitemap.xml",
  });
  eleventyConfig.addTemplate("kiln-pages/robots.njk", "", { ...data, layout: "robots.njk", permalink: "/robots.txt" });
}
