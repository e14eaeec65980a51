// Paginated lists: the home page and every tag and category page, split into pages of `pageSize` articles.
import type { CollectionItem } from "../eleventy/eleventy-config.ts";

/** One page of a paginated list, ready for a layout to print. */
export interface ListPage<T = CollectionItem> {
  /** Site path of this page: the list's own URL for page 1, `<url>page/<n>/` after it. */
  url: string;
  /** 1-based number of this page. */
  number: number;
  /** How many pages the list has (at least 1). */
  total: number;
  /** The entries shown on this page. */
  items: T[];
  /** Site path of the page before, if any. */
  previous: string | undefined;
  /** Site path of the page after, if any. */
  next: string | undefined;
}

/** Site path of page `n` of a list whose first page is `base` (ending in `/`). */
export function listPageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** Splits entries into pages; an empty list still has one (empty) page so its URL exists. */
export function paginate<T>(base: string, entries: readonly T[], pageSize: number): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(entries.length / pageSize));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      url: listPageUrl(base, number),
      number,
      total,
      items: entries.slice(index * pageSize, number * pageSize),
      previous: number > 1 ? listPageUrl(base, number - 1) : undefined,
      next: number < total ? listPageUrl(base, number + 1) : undefined,
    };
  });
}
