// The heap of a production build. Eleventy renders the content of every page, then writes the pages one by one;
// V8 sizes the heap after each full collection as the live size times a factor of its choosing, and with a large
// live size (every page's content: 1.3 GB at 10,000 articles) it let the write phase's garbage grow the process from
// 1.6 to 2.3 GB before collecting. A production build of a large site asks V8 for 20 % of growth instead: more
// collections (about 7 % more CPU; meanwhile the pages written let their content go, lean-build-results.ts), and a
// 10,000-article build peaks at 1.8 GB. V8 reads the flag when it sizes the heap after a collection, so it is set as
// the build starts (set at the write phase, it came too late: the size chosen during the content phase held to the
// end).
import { setFlagsFromString } from "node:v8";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";

/** The growth asked for in a production build: 20 % above the live size after each full collection. */
export const BUILD_HEAP_GROWTH = "--heap-growing-percent=20";

/** V8's own choice again (0: the factor V8 computes from its collection speed). */
export const DEFAULT_HEAP_GROWTH = "--heap-growing-percent=0";

/** Articles from which a production build tightens heap growth: below, the heap stays small and V8's way is faster. */
export const TIGHT_HEAP_ARTICLES = 3000;

/**
 * Tightens heap growth for each production build of {@link TIGHT_HEAP_ARTICLES} articles or more (`articles` is
 * asked once they are read), and sets it back after it; every other build (the dev server, which keeps its pages for
 * live reload anyway) starts from V8's default, a failed production build's next build included.
 */
export function buildHeapPlugin(
  eleventyConfig: EleventyConfig,
  articles: () => number,
  setFlags: (flags: string) => void = setFlagsFromString,
): void {
  eleventyConfig.on("eleventy.before", ({ runMode }) =>
    setFlags(runMode === "build" && articles() >= TIGHT_HEAP_ARTICLES ? BUILD_HEAP_GROWTH : DEFAULT_HEAP_GROWTH),
  );
  eleventyConfig.on("eleventy.after", () => setFlags(DEFAULT_HEAP_GROWTH));
}
