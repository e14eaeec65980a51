// The search page (`/search/`, or `/kiln-search/` when an article takes `/search/`): a virtual template whose layout
// holds the form; public/js/search-page.js runs the queries in the browser against the Pagefind bundle that
// search-index.ts writes, found relative to the script, so the page's own URL does not matter to it.
import type { ContentRegistry } from "../content/content-registry.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";
import { uiText } from "../pages/ui-text.ts";

/** Options of {@link searchPagePlugin}. */
export interface SearchPageOptions {
  /** Knows, once it has loaded the articles, where the search page goes ({@link ContentRegistry.searchUrl}). */
  registry: ContentRegistry;
}

/**
 * Adds the search page (layouts/search.njk), in the site's language: the language the index was built in. Its URL is
 * read when the page's data is computed, after the registry has loaded; layouts print it through `kilnSearchUrl()`.
 */
export function searchPagePlugin(eleventyConfig: EleventyConfig, { registry }: SearchPageOptions): void {
  eleventyConfig.addNunjucksGlobal("kilnSearchUrl", () => registry.searchUrl);
  eleventyConfig.addTemplate("kiln-pages/search.njk", "", {
    eleventyExcludeFromCollections: true,
    layout: "search.njk",
    eleventyComputed: { title: (data: { site: { language: string } }) => uiText("search", data.site.language) },
    permalink: () => registry.searchUrl,
  });
}
