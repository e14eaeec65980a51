// Series: multi-part tutorials across sections. Parts are ordered once per build; each article looks up its place.
import type { Problem } from "../errors.ts";
import type { SiteOptions } from "../schema/site-options.ts";
import { publishedArticles, type TermWithArticles } from "./collections.ts";
import type { ArticleRecord, ContentRegistry } from "../content/content-registry.ts";
import type { CollectionApi, CollectionItem, EleventyConfig } from "../eleventy/eleventy-config.ts";
import { paginate, type ListPage } from "./list-pages.ts";
import type { TermPage } from "./navigation.ts";
import type { Reporter } from "../report/reporter.ts";
import { byPartOrder, SERIES_BASE, seriesIndex } from "../links/series-index.ts";

/** Options of {@link seriesPlugin}. */
export interface SeriesOptions {
  registry: ContentRegistry;
  reporter: Reporter;
  site: SiteOptions;
}

/** An article's place in its series, for the series box and the previous/next part links. */
export interface SeriesPart {
  series: TermWithArticles;
  /** 1-based position of the article among the published parts. */
  number: number;
  total: number;
  previous: CollectionItem | undefined;
  next: CollectionItem | undefined;
}

/** Every series with its published parts in reading order; series sorted by name. */
export function groupSeries(articles: readonly CollectionItem[], registry: ContentRegistry): TermWithArticles[] {
  const index = seriesIndex(registry.all());
  const groups = new Map<string, TermWithArticles>();
  for (const item of articles) {
    const name = registry.get(item.inputPath)?.article.series;
    const term = name === undefined ? undefined : index.get(name);
    if (term === undefined) continue;
    const group = groups.get(term.slug) ?? { ...term, articles: [] };
    group.articles.push(item);
    groups.set(term.slug, group);
  }
  const articleOf = (item: CollectionItem) => registry.get(item.inputPath)?.article;
  for (const group of groups.values()) {
    group.articles.sort((a, b) => {
      const [first, second] = [articleOf(a), articleOf(b)];
      return first && second ? byPartOrder(first, second) : 0;
    });
  }
  return index.all().flatMap((term) => groups.get(term.slug) ?? []);
}

/** Two parts of one series with the same `series_order`, and `series_order` without a `series`: one warning each. */
export function seriesOrderProblems(records: readonly ArticleRecord[]): Problem[] {
  const index = seriesIndex(records);
  const seen = new Map<string, ArticleRecord>();
  const problems: Problem[] = [];
  for (const record of records) {
    const { series, series_order: order } = record.article;
    if (order === undefined) continue;
    const term = series === undefined ? undefined : index.get(series);
    if (term === undefined) {
      problems.push({
        location: { file: record.file, field: "series_order" },
        message: "series_order has no effect without series",
        hint: 'add the series this article belongs to (series: "PyTorch 入门"), or remove series_order',
      });
      continue;
    }
    const key = `${term.slug}\n${order}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, record);
      continue;
    }
    problems.push({
      location: { file: record.file, field: "series_order" },
      message: `series "${term.name}" has two parts with series_order ${order}: ${first.file} and ${record.file}; their order falls back to weight, date and title`,
      hint: "give each part of the series its own series_order (1, 2, 3…)",
    });
  }
  return problems;
}

/** The place of every part, built in one pass over the series. */
export function seriesParts(series: readonly TermWithArticles[]): Map<string, SeriesPart> {
  const parts = new Map<string, SeriesPart>();
  for (const group of series) {
    group.articles.forEach((item, index) => {
      parts.set(item.inputPath, {
        series: group,
        number: index + 1,
        total: group.articles.length,
        previous: group.articles[index - 1],
        next: group.articles[index + 1],
      });
    });
  }
  return parts;
}

/**
 * Registers the `seriesTerms`, `seriesPages` and `seriesIndex` collections, the pages `/series/` (only when a
 * series exists) and `/series/<term>/` (Kiln's term layouts, parts in reading order), and the `seriesPart` filter.
 */
export function seriesPlugin(eleventyConfig: EleventyConfig, { registry, reporter, site }: SeriesOptions): void {
  const seriesOf = (api: CollectionApi) => groupSeries(publishedArticles(api, registry), registry);
  eleventyConfig.addCollection("seriesTerms", (api) => {
    for (const problem of seriesOrderProblems(registry.all())) reporter.warn(problem);
    return seriesOf(api);
  });
  eleventyConfig.addCollection("seriesPages", (api): TermPage[] =>
    seriesOf(api).flatMap((term) => paginate(term.url, term.articles, site.pageSize).map((page) => ({ ...page, term }))),
  );
  // A one-page list when there is a series, none otherwise: no empty /series/ page on a site without series.
  eleventyConfig.addCollection("seriesIndex", (api): ListPage[] => {
    const parts = seriesOf(api).flatMap((term) => term.articles);
    return parts.length === 0 ? [] : paginate(SERIES_BASE, parts, parts.length);
  });

  // Every article page asks with the same `collections.seriesTerms` array: build the lookup once per build.
  const cache = new WeakMap<readonly TermWithArticles[], Map<string, SeriesPart>>();
  eleventyConfig.addFilter("seriesPart", (series: readonly TermWithArticles[], inputPath: string) => {
    let parts = cache.get(series);
    if (!parts) cache.set(series, (parts = seriesParts(series)));
    return parts.get(inputPath);
  });

  const taxonomy = { key: "series", collection: "seriesTerms", pages: "seriesPages" } as const;
  const generated = { eleventyExcludeFromCollections: true, taxonomy } as const;
  eleventyConfig.addTemplate("kiln-pages/series-index.njk", "", {
    ...generated,
    layout: "terms.njk",
    pagination: { data: "collections.seriesIndex", size: 1, alias: "listPage" },
    permalink: SERIES_BASE,
  });
  eleventyConfig.addTemplate("kiln-pages/series-term.njk", "", {
    ...generated,
    layout: "term.njk",
    pagination: { data: "collections.seriesPages", size: 1, alias: "listPage" },
    eleventyComputed: { term: (data: { listPage: TermPage }) => data.listPage.term },
    permalink: (data: { listPage: ListPage }) => data.listPage.url,
  });
}
