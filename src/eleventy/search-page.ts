// The search page (`/search/`): a virtual template whose layout holds the form; public/js/search-page.js runs the
// queries in the browser against the Pagefind bundle that search-index.ts writes.
import type { EleventyConfig } from "./eleventy-config.ts";
import { uiText } from "./ui-text.ts";

/** Adds `/search/` (layouts/search.njk), in the site's language: the language the index was built in. */
export function searchPagePlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate("kiln-pages/search.njk", "", {
    eleventyExcludeFromCollections: true,
    layout: "search.njk",
    eleventyComputed: { title: (data: { site: { language: string } }) => uiText("search", data.site.language) },
    permalink: "/search/",
  });
}
