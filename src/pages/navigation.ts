// Navigation: paginated home and term pages, the archive by year, and each article's breadcrumbs,
// previous/next in its category and related articles — computed once per build, looked up per page.
import type { SiteOptions } from "../schema/site-options.ts";
import { groupByTerm, publishedArticles, type TermWithArticles } from "./collections.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { CollectionItem, EleventyConfig } from "../eleventy/eleventy-config.ts";
import { paginate, type ListPage } from "./list-pages.ts";
import type { Term } from "../links/terms.ts";

/** How many related articles an article lists at most. */
const RELATED_LIMIT = 5;

/** Options of {@link navigationPlugin}. */
export interface NavigationOptions {
  registry: ContentRegistry;
  site: SiteOptions;
}

/** One page of a tag or category. */
export interface TermPage extends ListPage {
  term: TermWithArticles;
}

/** The articles of one year, newest first. */
export interface ArchiveYear {
  year: string;
  items: CollectionItem[];
}

/** What an article page shows around its body. */
export interface ArticleNav {
  /** The article's first category, when it has one: the middle breadcrumb and the scope of previous/next. */
  category: Term | undefined;
  /** The article published just before this one in its category. */
  previous: CollectionItem | undefined;
  /** The article published just after this one in its category. */
  next: CollectionItem | undefined;
  /** Up to five articles sharing the most tags with this one (newest first among equals). */
  related: CollectionItem[];
}

/** The navigation of each article of one build, by input path. */
export interface ArticleNavIndex {
  get(inputPath: string): ArticleNav | undefined;
}

/** The per-article navigation of one build: one pass over the articles, then each article's entry on request. */
export function buildArticleNav(articles: readonly CollectionItem[], registry: ContentRegistry): ArticleNavIndex {
  const articleOf = (item: CollectionItem) => registry.get(item.inputPath)?.article;
  const byCategory = new Map<string, CollectionItem[]>();
  /** Positions (in `articles`) of the articles with each tag. */
  const byTag = new Map<string, number[]>();
  const add = <T>(index: Map<string, T[]>, key: string, value: T) => {
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  };
  /** Position of each article within its category's list, and within `articles`. */
  const positionInCategory = new Map<CollectionItem, number>();
  const positionOf = new Map<string, number>();
  for (const [at, item] of articles.entries()) {
    positionOf.set(item.inputPath, at);
    const first = articleOf(item)?.categories[0];
    const category = first === undefined ? undefined : registry.categories.get(first);
    if (category) {
      positionInCategory.set(item, byCategory.get(category.slug)?.length ?? 0);
      add(byCategory, category.slug, item);
    }
    const tagSlugs = new Set((articleOf(item)?.tags ?? []).flatMap((name) => registry.tags.get(name)?.slug ?? []));
    for (const slug of tagSlugs) add(byTag, slug, at);
  }
  // Shared-tag counts by position, reset after each article: a Map and a full sort per article made this
  // quadratic in practice (73 s of a 10,000-article build).
  const shared = new Int32Array(articles.length);
  const navOf = (at: number): ArticleNav => {
    const item = articles[at] as CollectionItem;
    const article = articleOf(item);
    const first = article?.categories[0];
    const category = first === undefined ? undefined : registry.categories.get(first);
    // Lists are newest first: the article before in time is the next entry in the list.
    const siblings = category ? (byCategory.get(category.slug) ?? []) : [];
    const position = positionInCategory.get(item) ?? -1;
    const touched: number[] = [];
    for (const name of new Set(article?.tags.flatMap((tag) => registry.tags.get(tag)?.slug ?? []))) {
      for (const other of byTag.get(name) ?? []) {
        if (other === at) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = (shared[other] ?? 0) + 1;
      }
    }
    const related = mostShared(touched, shared, RELATED_LIMIT).map((other) => articles[other] as CollectionItem);
    for (const other of touched) shared[other] = 0;
    return {
      category,
      previous: position < 0 ? undefined : siblings[position + 1],
      next: position <= 0 ? undefined : siblings[position - 1],
      related,
    };
  };
  // Each article's entry is worked out when its page asks: a dev-server rebuild renders one article page, and
  // working out all 10,000 articles' related lists took a second of every save.
  const navigation = new Map<string, ArticleNav>();
  return {
    get(inputPath) {
      let nav = navigation.get(inputPath);
      const at = positionOf.get(inputPath);
      if (nav === undefined && at !== undefined) navigation.set(inputPath, (nav = navOf(at)));
      return nav;
    },
  };
}

/** The `limit` positions with the most shared tags, ties to the earlier position (the newer article). */
function mostShared(positions: readonly number[], shared: Int32Array, limit: number): number[] {
  const best: number[] = [];
  const before = (a: number, b: number) => (shared[a] ?? 0) > (shared[b] ?? 0) || (shared[a] === shared[b] && a < b);
  for (const position of positions) {
    if (best.length === limit && !before(position, best[limit - 1] ?? 0)) continue;
    let at = best.length;
    while (at > 0 && before(position, best[at - 1] ?? 0)) at--;
    best.splice(at, 0, position);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Groups articles (newest first) by the year of their date in the author's own offset. */
export function archiveByYear(articles: readonly CollectionItem[], registry: ContentRegistry): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const item of articles) {
    // Undated articles come last (see publishedArticles) and form a group of their own, with no year.
    const year = registry.get(item.inputPath)?.article.date?.day.slice(0, 4) ?? "";
    const last = years.at(-1);
    if (last?.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return years;
}

/** Registers `homePages`, `tagPages`, `categoryPages`, `archiveYears` and the `articleNav` filter. */
export function navigationPlugin(eleventyConfig: EleventyConfig, { registry, site }: NavigationOptions): void {
  const termPages = (terms: TermWithArticles[]): TermPage[] =>
    terms.flatMap((term) => paginate(term.url, term.articles, site.pageSize).map((page) => ({ ...page, term })));
  eleventyConfig.addCollection("homePages", (api) => paginate("/", publishedArticles(api, registry), site.pageSize));
  eleventyConfig.addCollection("tagPages", (api) =>
    termPages(groupByTerm(publishedArticles(api, registry), registry.tags, (item) => registry.get(item.inputPath)?.article.tags ?? [])),
  );
  eleventyConfig.addCollection("categoryPages", (api) =>
    termPages(
      groupByTerm(publishedArticles(api, registry), registry.categories, (item) => registry.get(item.inputPath)?.article.categories ?? []),
    ),
  );
  eleventyConfig.addCollection("archiveYears", (api) => archiveByYear(publishedArticles(api, registry), registry));

  // Every article page asks with the same `collections.articles` array: build the index once per build.
  const cache = new WeakMap<readonly CollectionItem[], ArticleNavIndex>();
  eleventyConfig.addFilter("articleNav", (articles: readonly CollectionItem[], inputPath: string) => {
    let navigation = cache.get(articles);
    if (!navigation) cache.set(articles, (navigation = buildArticleNav(articles, registry)));
    return navigation.get(inputPath);
  });
}
