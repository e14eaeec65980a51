// Series names and their URLs, and the reading order of a series' parts: what the content registry needs of series
// (to find a clash with a series page) without the pages themselves (series.ts).
import type { Article } from "../schema/article.ts";
import { compareDates } from "../schema/article-date.ts";
import { TermIndex } from "./terms.ts";

/** Where series pages live: `/series/` lists them, `/series/<term>/` lists one's parts. */
export const SERIES_BASE = "/series/";

/** Reading order of parts: `series_order`, else `weight` (absent last), then date (older first), then title. */
export function byPartOrder(a: Article, b: Article): number {
  const rank = (article: Article) => article.series_order ?? article.weight ?? Number.MAX_SAFE_INTEGER;
  return rank(a) - rank(b) || compareDates(a.date, b.date, "oldest") || a.title.localeCompare(b.title, "zh-CN");
}

/**
 * Series URLs from every article, drafts included, so a series' URL is the same in the dev server and in production.
 * Names that differ only in case are one series, shown as its first part (in reading order) spells it.
 */
export function seriesIndex(records: readonly { article: Article }[]): TermIndex {
  const parts = records.flatMap(({ article }) => (article.series === undefined ? [] : [article]));
  return new TermIndex(SERIES_BASE, parts.sort(byPartOrder).map((article) => article.series ?? ""));
}
