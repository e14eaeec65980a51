// Collections: the articles of the site newest first, and each tag and category with its articles.
import { compareDates } from "../schema/article-date.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { CollectionApi, CollectionItem, EleventyConfig } from "../eleventy/eleventy-config.ts";
import { feedArticlePaths } from "./feeds.ts";
import type { Term, TermIndex } from "../links/terms.ts";

/** A tag or category with the articles filed under it, newest first. */
export interface TermWithArticles extends Term {
  articles: CollectionItem[];
}

/** Options of {@link collectionsPlugin}. */
export interface CollectionsOptions {
  registry: ContentRegistry;
  /** Hears, once a build's categories are collected, which articles the feeds print (their input paths). */
  onFeedArticles?: (inputPaths: ReadonlySet<string>) => void;
}

/**
 * Newest first, undated articles last; ties broken by title so the order never depends on file-system order. The
 * registry's date, not Eleventy's `item.date`: for an undated article Eleventy falls back to the file's creation time.
 */
function byDateThenTitle(registry: ContentRegistry) {
  const articleOf = (item: CollectionItem) => registry.get(item.inputPath)?.article;
  return (a: CollectionItem, b: CollectionItem) =>
    compareDates(articleOf(a)?.date, articleOf(b)?.date, "newest") ||
    (articleOf(a)?.title ?? "").localeCompare(articleOf(b)?.title ?? "", "zh-CN");
}

/** Groups articles under the terms they name, in the index's order; terms without articles are left out. */
export function groupByTerm(
  articles: CollectionItem[],
  index: TermIndex,
  namesOf: (item: CollectionItem) => readonly string[],
): TermWithArticles[] {
  const groups = new Map<string, TermWithArticles>();
  for (const term of index.all()) groups.set(term.slug, { ...term, articles: [] });
  for (const item of articles) {
    for (const name of namesOf(item)) {
      const term = index.get(name);
      if (term) groups.get(term.slug)?.articles.push(item);
    }
  }
  return [...groups.values()].filter((group) => group.articles.length > 0);
}

/** The published articles of the build (drafts and future articles never reach Eleventy), newest first. */
export function publishedArticles(api: CollectionApi, registry: ContentRegistry): CollectionItem[] {
  let sorted = publishedOf.get(api);
  if (sorted === undefined) {
    sorted = api.getAll().filter((item) => registry.get(item.inputPath) !== undefined && item.url);
    sorted.sort(byDateThenTitle(registry));
    publishedOf.set(api, sorted);
  }
  return sorted.slice();
}

/**
 * The sorted articles of each build's collection API: a dozen collections ask for them, and filtering and sorting
 * 10,000 items each time took a second of every dev-server save. Eleventy makes one API per build.
 */
const publishedOf = new WeakMap<CollectionApi, CollectionItem[]>();

/** Registers `articles`, `tagTerms` and `categoryTerms`. */
export function collectionsPlugin(eleventyConfig: EleventyConfig, { registry, onFeedArticles }: CollectionsOptions): void {
  const articlesOf = (api: CollectionApi) => publishedArticles(api, registry);
  const articleOf = (item: CollectionItem) => registry.get(item.inputPath)?.article;
  eleventyConfig.addCollection("articles", articlesOf);
  eleventyConfig.addCollection("tagTerms", (api) =>
    groupByTerm(articlesOf(api), registry.tags, (item) => articleOf(item)?.tags ?? []),
  );
  eleventyConfig.addCollection("categoryTerms", (api) => {
    const categories = groupByTerm(articlesOf(api), registry.categories, (item) => articleOf(item)?.categories ?? []);
    onFeedArticles?.(feedArticlePaths(articlesOf(api), categories));
    return categories;
  });
}
