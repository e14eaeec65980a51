// CJK-safe slugs: one function for heading ids, the TOC, tag/category URLs and the link checker.

/** Returned when a text holds nothing a slug can keep (only punctuation, symbols or emoji). */
const FALLBACK_SLUG = "section";

/** Any run of characters that is not a letter, a number or a combining mark: folded into one `-`. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * Marks with no letter before them (left after an emoji was folded away), and the emoji
 * variation selectors, which are marks too: neither belongs in a slug.
 */
const STRAY_MARKS = /(^|-)\p{M}+|[\uFE0E\uFE0F]/gu;

/**
 * Turns a heading, tag or category name into a URL fragment/segment.
 *
 * Keeps Han, kana, hangul and every other Unicode letter or number; lowercases; folds each run of
 * spaces, punctuation (ASCII and full-width, e.g. `：，。（）、「」`) and symbols into one `-`;
 * trims `-` at both ends. NFKC first, so full-width Latin (`ＡＢＣ`) slugs like `abc`.
 * Never returns `""`: text with nothing to keep becomes `"section"`.
 *
 * @example slugify("实战项目：图像分类") // "实战项目-图像分类"
 * @example slugify("Getting Started!") // "getting-started"
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(SEPARATORS, "-")
    .replace(STRAY_MARKS, "$1")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? FALLBACK_SLUG : slug;
}

/** A page's slug function: each call returns an id not yet used on the page. */
export interface Slugger {
  /** Slugs `text` and dedupes it GitHub style: `foo`, `foo-1`, `foo-2`. */
  (text: string): string;
  /** Marks an id as taken (an explicit `id` on the page) so no slug will collide with it. */
  reserve(id: string): void;
}

/**
 * Creates a slugger for one page. Duplicates get `-1`, `-2`… in order of appearance, skipping
 * any id already taken (reserved or produced earlier), so a heading literally named `foo-1`
 * never clashes with the second `foo`.
 */
export function createSlugger(): Slugger {
  const taken = new Set<string>();
  /** How many duplicates each base slug has had: the next suffix to try. */
  const counts = new Map<string, number>();

  const slugger = (text: string): string => {
    const base = slugify(text);
    let slug = base;
    let count = counts.get(base) ?? 0;
    while (taken.has(slug)) {
      count += 1;
      slug = `${base}-${count}`;
    }
    counts.set(base, count);
    taken.add(slug);
    return slug;
  };
  slugger.reserve = (id: string): void => {
    taken.add(id);
  };
  return slugger;
}
