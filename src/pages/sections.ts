// Sections: one page per folder holding articles (its `_index.md` text, subsections and articles in reading order),
// the sidebar of article and section pages, and section breadcrumbs — all computed once per build.
import { publishedArticles } from "./collections.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { CollectionItem, EleventyConfig } from "../eleventy/eleventy-config.ts";
import { buildSectionTree, type SectionLink, type SectionNode } from "./section-tree.ts";
import { renderSidebar, sidebarFor, type SidebarHtml } from "./sidebar-html.ts";
import { uiText } from "./ui-text.ts";

/** Options of {@link sectionsPlugin}. */
export interface SectionsOptions {
  registry: ContentRegistry;
  /** The site's language: the sidebar is rendered once, in it. */
  language: string;
}

/**
 * Registers the `sections` collection (every section, depth first), one page per section, and the filters
 * `sidebar` (the tree's HTML for a page) and `sectionTrail` (the sections above a page, for breadcrumbs).
 */
export function sectionsPlugin(eleventyConfig: EleventyConfig, { registry, language }: SectionsOptions): void {
  let inputFolder = eleventyConfig.directories.input;
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    inputFolder = directories.input;
  });
  eleventyConfig.addCollection("sections", (api): SectionNode[] =>
    buildSectionTree(inputFolder, publishedArticles(api, registry), registry),
  );

  // Every page passes the same `collections.sections` array: render the tree on first use, once per build.
  const cache = new WeakMap<readonly SectionNode[], SidebarHtml>();
  const sidebarOf = (sections: readonly SectionNode[]): SidebarHtml => {
    let sidebar = cache.get(sections);
    if (!sidebar) {
      const titleOf = (item: CollectionItem) => registry.get(item.inputPath)?.article.title ?? item.url;
      sidebar = renderSidebar(sections, uiText("sectionOverview", language), titleOf);
      cache.set(sections, sidebar);
    }
    return sidebar;
  };
  eleventyConfig.addFilter("sidebar", (sections: readonly SectionNode[], pageUrl: string) =>
    sections.length === 0 ? "" : sidebarFor(sidebarOf(sections), pageUrl),
  );
  eleventyConfig.addFilter("sectionTrail", (sections: readonly SectionNode[], pageUrl: string): SectionLink[] => {
    const section = sidebarOf(sections).sectionOf.get(pageUrl);
    if (!section) return [];
    // A section page's trail stops above it; an article's includes its own section.
    return section.url === pageUrl ? section.trail : [...section.trail, { url: section.url, title: section.title }];
  });

  eleventyConfig.addTemplate("kiln-pages/section.njk", "", {
    eleventyExcludeFromCollections: true,
    layout: "section.njk",
    pagination: { data: "collections.sections", size: 1, alias: "section" },
    eleventyComputed: {
      title: (data: { section: SectionNode }) => data.section.title,
      pageDescription: (data: { section: SectionNode }) => data.section.description,
    },
    permalink: (data: { section: SectionNode }) => data.section.url,
  });
}
