// Site pages that no author writes: home, tag and category pages (paginated) and their indexes, archive, 404.
// Each is an empty virtual template whose layout (in layouts/) does the printing.
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";
import type { ListPage } from "./list-pages.ts";
import { uiText } from "./ui-text.ts";

/** The taxonomies Kiln publishes, each with its collection and URL base. */
const TAXONOMIES = [
  { key: "tags", collection: "tagTerms", pages: "tagPages", label: { zh: "标签", en: "Tags" } },
  { key: "categories", collection: "categoryTerms", pages: "categoryPages", label: { zh: "分类", en: "Categories" } },
] as const;

/** Data every generated page shares: not an article, not part of any collection. */
const GENERATED = { eleventyExcludeFromCollections: true } as const;

/**
 * For a page that lists every article without paginating over a collection: tells Eleventy's dependency graph
 * so, or the dev server would never rewrite it after a save (a paginated page's collection says it already).
 */
export const LISTS_EVERY_ARTICLE = { eleventyImport: { collections: ["all"] } } as const;

/** Adds the generated pages as virtual templates. */
export function pagesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate("kiln-pages/home.njk", "", {
    ...GENERATED,
    layout: "home.njk",
    pagination: { data: "collections.homePages", size: 1, alias: "listPage" },
    permalink: (data: { listPage: ListPage }) => data.listPage.url,
  });
  eleventyConfig.addTemplate("kiln-pages/archive.njk", "", {
    ...GENERATED,
    ...LISTS_EVERY_ARTICLE,
    layout: "archive.njk",
    eleventyComputed: { title: (data: { site: { language: string } }) => uiText("archive", data.site.language) },
    permalink: "/archive/",
  });
  eleventyConfig.addTemplate("kiln-pages/404.njk", "", { ...GENERATED, layout: "404.njk", permalink: "/404.html" });
  for (const taxonomy of TAXONOMIES) {
    eleventyConfig.addTemplate(`kiln-pages/${taxonomy.key}-index.njk`, "", {
      ...GENERATED,
      ...LISTS_EVERY_ARTICLE,
      layout: "terms.njk",
      taxonomy,
      permalink: `/${taxonomy.key}/`,
    });
    eleventyConfig.addTemplate(`kiln-pages/${taxonomy.key}-term.njk`, "", {
      ...GENERATED,
      layout: "term.njk",
      taxonomy,
      pagination: { data: `collections.${taxonomy.pages}`, size: 1, alias: "listPage" },
      eleventyComputed: { term: (data: { listPage: { term: unknown } }) => data.listPage.term },
      permalink: (data: { listPage: ListPage }) => data.listPage.url,
    });
  }
}
