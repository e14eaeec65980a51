// Section pages: a folder with an `_index.md` gets a page at its URL with the `_index.md` text and its articles,
// ordered as documentation is read: by `weight` (lower first), then date (older first), then title.
import { dirname, resolve } from "node:path";
import { publishedArticles } from "./collections.ts";
import type { ContentRegistry, SectionRecord } from "./content-registry.ts";
import type { CollectionItem, EleventyConfig } from "./eleventy-config.ts";

/** A section with its articles in reading order. */
export interface SectionWithArticles extends SectionRecord {
  articles: CollectionItem[];
}

/** Options of {@link sectionsPlugin}. */
export interface SectionsOptions {
  registry: ContentRegistry;
}

/** Weight (absent last), then the given tie-breaker, then title. */
function byWeight<T>(weightOf: (x: T) => number | undefined, titleOf: (x: T) => string, then: (a: T, b: T) => number = () => 0) {
  return (a: T, b: T) =>
    (weightOf(a) ?? Number.MAX_SAFE_INTEGER) - (weightOf(b) ?? Number.MAX_SAFE_INTEGER) ||
    then(a, b) ||
    titleOf(a).localeCompare(titleOf(b), "zh-CN");
}

/** Registers the `sections` collection and one page per section. */
export function sectionsPlugin(eleventyConfig: EleventyConfig, { registry }: SectionsOptions): void {
  eleventyConfig.addCollection("sections", (api): SectionWithArticles[] => {
    const articles = publishedArticles(api, registry);
    const article = (item: CollectionItem) => registry.get(item.inputPath)?.article;
    const order = byWeight<CollectionItem>(
      (item) => article(item)?.weight,
      (item) => article(item)?.title ?? "",
      (a, b) => a.date.getTime() - b.date.getTime(),
    );
    return registry
      .sections()
      .sort(byWeight((section) => section.weight, (section) => section.title))
      .map((section) => ({
        ...section,
        articles: articles.filter((item) => dirname(resolve(item.inputPath)) === section.folder).sort(order),
      }));
  });
  eleventyConfig.addTemplate("kiln-pages/section.njk", "", {
    eleventyExcludeFromCollections: true,
    layout: "section.njk",
    pagination: { data: "collections.sections", size: 1, alias: "section" },
    permalink: (data: { section: SectionRecord }) => data.section.url,
  });
}
