// Feeds: Atom and JSON Feed for the site, one Atom feed per category. Virtual templates print what
// `feedData` shapes here; entry content goes through Eleventy's `renderTransforms` for absolute URLs.
import type { Article } from "../schema/article.ts";
import type { Author } from "../schema/author-schema.ts";
import type { SiteOptions } from "../schema/site-options.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { CollectionItem, EleventyConfig } from "../eleventy/eleventy-config.ts";
import type { SiteUrls } from "../links/site-url.ts";

/** How many of the newest articles a feed carries, each with its full content. */
export const FEED_SIZE = 20;

/** Options of {@link feedsPlugin}. */
export interface FeedsOptions {
  registry: ContentRegistry;
  site: SiteOptions;
  urls: () => SiteUrls;
}

/** One entry of a feed. */
export interface FeedEntry {
  /** The collection item, for its rendered content. */
  item: CollectionItem;
  url: string;
  title: string;
  summary: string | undefined;
  /** RFC 3339 in the author's own offset; undefined for an undated article (the feeds leave the field out). */
  published: string | undefined;
  /** The last change (else `published`); undefined when undated: Atom, which requires it, prints the feed's. */
  updated: string | undefined;
  /** The article's author (else the site's): name, and the link and email when the front matter gives them. */
  author: Author | undefined;
  categories: readonly string[];
  tags: readonly string[];
}

/** What the feed layouts print. */
export interface FeedData {
  title: string;
  description: string;
  language: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  home: string;
  /** The newest `updated` (or date) of the entries; the build's articles' newest when empty. */
  updated: string;
  author: string;
  entries: FeedEntry[];
  /** Base for `renderTransforms`: the site's origin, to which Eleventy adds the path prefix. */
  contentBase: string;
}

/** The date text of the article that changed last. */
function newest(articles: readonly Article[]): string | undefined {
  const dates = articles.flatMap((article) => article.updated ?? article.date ?? []);
  return dates.sort((a, b) => b.instant.getTime() - a.instant.getTime())[0]?.text;
}

/** The items a feed prints: the newest {@link FEED_SIZE}. */
function feedItems<Item>(items: readonly Item[]): Item[] {
  return items.slice(0, FEED_SIZE);
}

/**
 * The input paths of the articles whose content some feed prints: the newest of the site (its Atom and JSON feeds)
 * and of each category (its Atom feed). `articles` and each category's articles are newest first, as collected.
 */
export function feedArticlePaths(
  articles: readonly CollectionItem[],
  categories: ReadonlyArray<{ articles: readonly CollectionItem[] }>,
): Set<string> {
  return new Set([articles, ...categories.map((category) => category.articles)].flatMap((items) => feedItems(items).map((item) => item.inputPath)));
}

/** Shapes one feed from the newest articles of a list. */
export function feedData(
  items: readonly CollectionItem[],
  { registry, site, urls }: { registry: ContentRegistry; site: SiteOptions; urls: SiteUrls },
  feed: { path: string; home: string; title: string },
): FeedData {
  const entries = feedItems(items).flatMap((item): FeedEntry[] => {
    const article = registry.get(item.inputPath)?.article;
    if (article === undefined) return [];
    return [
      {
        item,
        url: urls.outside(item.url),
        title: article.title,
        summary: article.description,
        published: article.date?.text,
        updated: (article.updated ?? article.date)?.text,
        author: article.author ?? (site.author === undefined ? undefined : { name: site.author }),
        categories: article.categories,
        tags: article.tags,
      },
    ];
  });
  const articles = entries.flatMap((entry) => registry.get(entry.item.inputPath)?.article ?? []);
  return {
    title: feed.title,
    description: site.description,
    language: site.language,
    self: urls.outside(feed.path),
    home: urls.outside(feed.home),
    updated: newest(articles) ?? newest(registry.all().map((record) => record.article)) ?? "1970-01-01T00:00:00Z",
    author: site.author ?? site.title,
    entries,
    contentBase: urls.origin === undefined ? urls.pathPrefix : `${urls.origin}/`,
  };
}

/** Registers the feed templates and the `feedData` filter. */
export function feedsPlugin(eleventyConfig: EleventyConfig, { registry, site, urls }: FeedsOptions): void {
  eleventyConfig.addFilter(
    "feedData",
    (items: readonly CollectionItem[], path: string, home: string, title: string) =>
      feedData(items, { registry, site, urls: urls() }, { path, home, title }),
  );
  const data = { eleventyExcludeFromCollections: true } as const;
  eleventyConfig.addTemplate("kiln-feeds/atom.njk", "", { ...data, layout: "feeds/atom.njk", permalink: "/feed.xml" });
  eleventyConfig.addTemplate("kiln-feeds/json.njk", "", { ...data, layout: "feeds/json.njk", permalink: "/feed.json" });
  eleventyConfig.addTemplate("kiln-feeds/category-atom.njk", "", {
    ...data,
    layout: "feeds/atom.njk",
    pagination: { data: "collections.categoryTerms", size: 1, alias: "term" },
    permalink: (pageData: { term: { url: string } }) => `${pageData.term.url}feed.xml`,
  });
}
