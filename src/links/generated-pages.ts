// The URLs Kiln writes pages and files to on its own (home, lists, term and section pages, feeds, search), so an
// article whose URL takes one is reported with both names before anything is written; only the search page moves.
import type { Problem } from "../errors.ts";
import type { TermIndex } from "./terms.ts";

/**
 * Pages and files at fixed URLs, as pages.ts, search-page.ts, feeds.ts and sitemap.ts register them (a build test
 * checks every file of a built site against this list). `/404/` is not 404.html, but a static host serves only
 * 404.html for unknown paths: an article there reads as an attempt to replace the 404 page.
 */
const FIXED: Readonly<Record<string, string>> = {
  "/": "the home page",
  "/archive/": "the archive page",
  "/404.html": "the 404 page",
  "/404/": "the 404 page (404.html)",
  "/tags/": "the list of all tags",
  "/categories/": "the list of all categories",
  "/feed.xml": "the site's Atom feed",
  "/feed.json": "the site's JSON feed",
  "/sitemap.xml": "the sitemap",
  "/robots.txt": "robots.txt",
};

/** Where Kiln's search page lives when no article takes that URL. */
export const SEARCH_PAGE_URL = "/search/";

/** Where Kiln's search page moves when an article is at {@link SEARCH_PAGE_URL}. */
export const MOVED_SEARCH_PAGE_URL = "/kiln-search/";

/**
 * The search page's URL: `/search/`, unless an article is there (Hugo sites often have a `search.md` of their
 * own): the author's page wins and Kiln's moves to `/kiln-search/`, which the search boxes follow. No other generated
 * page moves: term, archive and list pages are linked from every article and the header, feeds and the sitemap are
 * URLs readers and search engines keep, so an article there stays an error the author settles.
 */
export function searchPageUrl(articleUrls: Iterable<string | undefined>): string {
  for (const url of articleUrls) if (url === SEARCH_PAGE_URL) return MOVED_SEARCH_PAGE_URL;
  return SEARCH_PAGE_URL;
}

/** The line that says the search page moved, naming the article that took its URL. */
export function searchPageMovedLine(file: string): string {
  return `${file} is at ${SEARCH_PAGE_URL}, so Kiln's search page moves to ${MOVED_SEARCH_PAGE_URL} (the search boxes follow)`;
}

/** What the generated pages depend on: the terms in use, the series and the sections. */
export interface GeneratedPageSources {
  /** The search page's URL ({@link searchPageUrl}). */
  searchUrl: string;
  tags: TermIndex;
  categories: TermIndex;
  /** Series pages (`/series/<name>/`); the `/series/` index exists when one does. */
  series: TermIndex;
  /** Section pages (`/ai/`), with the file that describes each when there is one. */
  sections: readonly { url: string; file?: string }[];
}

/** Every list whose later pages live at `<base>page/<n>/`, with its name. */
function paginatedLists(sources: GeneratedPageSources): Map<string, string> {
  const lists = new Map<string, string>([["/", "the home page"]]);
  for (const term of sources.tags.all()) lists.set(term.url, `the page of tag "${term.name}"`);
  for (const term of sources.categories.all()) lists.set(term.url, `the page of category "${term.name}"`);
  for (const term of sources.series.all()) lists.set(term.url, `the page of series "${term.name}"`);
  return lists;
}

/**
 * What Kiln generates at `url`, if anything: a fixed page, a tag, category or section page, a category feed, a later
 * page of a paginated list (`/page/2/`, reserved whether or not the list is that long yet, so an article never
 * breaks when the list grows), or a file in Pagefind's folder (replaced on every build).
 */
export function generatedPageAt(url: string, sources: GeneratedPageSources): string | undefined {
  const fixed = FIXED[url];
  if (fixed !== undefined) return fixed;
  if (url === sources.searchUrl) return sources.searchUrl === SEARCH_PAGE_URL ? "the search page" : `the search page (moved off ${SEARCH_PAGE_URL})`;
  if (url === "/pagefind/" || url.startsWith("/pagefind/")) return "the folder of the search index (pagefind/)";
  if (url === "/series/" && sources.series.all().length > 0) return "the list of all series";
  const lists = paginatedLists(sources);
  const list = lists.get(url);
  if (list !== undefined) return list;
  const later = /^(.*\/)page\/(\d+)\/$/.exec(url);
  const listOfLater = later && Number(later[2]) >= 2 ? lists.get(later[1] ?? "") : undefined;
  if (later && listOfLater !== undefined) return `page ${later[2]} of ${listOfLater}`;
  const categoryFeed = sources.categories.all().find((term) => `${term.url}feed.xml` === url);
  if (categoryFeed) return `the feed of category "${categoryFeed.name}"`;
  const section = sources.sections.find((candidate) => candidate.url === url);
  if (section) return section.file === undefined ? "a section page" : `the section page of ${section.file}`;
  return undefined;
}

/** What the clash check needs of an article: where it is, and whether its URL comes from a `permalink`. */
interface PageOwner {
  file: string;
  article: { permalink?: string | false | undefined; url?: string | undefined } | undefined;
}

/** How to move an article off a generated page's URL. */
function hintFor(url: string, owner: PageOwner): string {
  if (typeof owner.article?.permalink === "string") return "change its permalink to a URL of its own (permalink: /another-path/)";
  if (owner.article?.url !== undefined) return "change its url to a URL of its own (url: /another-path/)";
  if (url === "/") return "rename the file (index.md at the top of the content folder has the home page's URL), or give it a slug";
  return "give the article a slug in its front matter (slug: another-name), or rename its file";
}

/**
 * One problem per article whose URL is a page Kiln generates (`content/search.md` → `/search/`): Eleventy would
 * stop with its own stack trace, or one file would silently replace the other. `urlOf` gives `undefined` for an
 * article that writes no page.
 */
export function checkGeneratedPageClashes<T extends PageOwner>(
  articles: readonly T[],
  urlOf: (article: T) => string | undefined,
  sources: GeneratedPageSources,
): Problem[] {
  const problems: Problem[] = [];
  for (const article of articles) {
    const url = urlOf(article);
    const page = url === undefined ? undefined : generatedPageAt(url, sources);
    if (url === undefined || page === undefined) continue;
    problems.push({
      location: { file: article.file },
      message: `its URL ${url} is ${page}, which Kiln generates; one would overwrite the other`,
      hint: hintFor(url, article),
    });
  }
  return problems;
}
