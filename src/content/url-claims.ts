// Which article gets which URL: two articles at one URL, or one at a URL Kiln generates, are problems and the later
// article is left out (Eleventy would stop with its own stack trace); an article at /search/ takes it, and Kiln's
// search page moves.
import { relative } from "node:path";
import type { Problem } from "../errors.ts";
import { articleUrlOf } from "../links/article-url.ts";
import { checkDuplicateUrls } from "../links/duplicate-urls.ts";
import { checkGeneratedPageClashes, SEARCH_PAGE_URL, searchPageUrl } from "../links/generated-pages.ts";
import { seriesIndex } from "../links/series-index.ts";
import { TermIndex } from "../links/terms.ts";
import type { ArticleRecord, SectionRecord } from "./records.ts";
import { sectionFolderUrls } from "./section-files.ts";

/** What {@link settleUrls} decided. */
export interface UrlClaims {
  /** A problem for every article left out, naming the file or page it clashed with. */
  problems: Problem[];
  /** Where Kiln's search page goes: `/search/`, or elsewhere when an article is there. */
  searchUrl: string;
  /** The file of the article at `/search/`, if any. */
  searchOwner: string | undefined;
}

/**
 * Settles the URLs of `records` (by absolute source path), deleting from it every article that loses its URL. The
 * dev server builds the rest; a production build fails on the problems at its end.
 */
export function settleUrls(inputFolder: string, records: Map<string, ArticleRecord>, sections: readonly SectionRecord[]): UrlClaims {
  const problems: Problem[] = [];
  const owners = [...records].map(([path, { file, article }]) => ({ path, file, article }));
  const urlOf = ({ path, article }: (typeof owners)[number]) => articleUrlOf(relative(inputFolder, path), article);
  for (const clash of checkDuplicateUrls(owners, urlOf)) {
    problems.push(clash);
    // Leave out the article that came second.
    for (const owner of owners) if (owner.file === clash.location.file) records.delete(owner.path);
  }
  const kept = owners.filter(({ path }) => records.has(path));
  const searchUrl = searchPageUrl(kept.map(urlOf));
  const searchOwner = kept.find((owner) => urlOf(owner) === SEARCH_PAGE_URL)?.file;
  // An article at another URL Kiln generates (permalink: /feed.xml, a tag's page): name that page.
  const keptArticles = [...records.values()].map((record) => record.article);
  const generated = {
    searchUrl,
    tags: new TermIndex("/tags/", keptArticles.flatMap((article) => article.tags)),
    categories: new TermIndex("/categories/", keptArticles.flatMap((article) => article.categories)),
    series: seriesIndex([...records.values()]),
    // Every folder holding articles gets a section page, described or not.
    sections: [...sections, ...sectionFolderUrls(inputFolder, [...records.keys()])],
  };
  for (const clash of checkGeneratedPageClashes(kept, urlOf, generated)) {
    problems.push(clash);
    records.delete(owners.find((owner) => owner.file === clash.location.file)?.path ?? "");
  }
  return { problems, searchUrl, searchOwner };
}
