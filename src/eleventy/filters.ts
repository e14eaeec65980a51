// Filters layouts use: each turns Kiln-rendered data into what a template prints; none formats author HTML.
import { extractToc } from "../markdown/toc.ts";
import { readingStats } from "../markdown/text-stats.ts";
import { queryDimensions } from "../markdown/image-wide.ts";
import { formatArticleDay, type ArticleDate } from "../schema/article-date.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { uiText, type UiKey } from "../pages/ui-text.ts";

/** Options of {@link filtersPlugin}. */
export interface FiltersOptions {
  registry: ContentRegistry;
}

/** Registers `toc`, `readingStats`, `imageSize`, `articleDay`, `tagUrl`, `categoryUrl`, `t` (interface text). */
export function filtersPlugin(eleventyConfig: EleventyConfig, { registry }: FiltersOptions): void {
  eleventyConfig.addFilter("toc", (html: string) => extractToc(html));
  eleventyConfig.addFilter("readingStats", (html: string) => readingStats(html));
  // Cover images get width/height from `w=`/`h=` in their URL, so the page does not shift when they load.
  eleventyConfig.addFilter("imageSize", (url: string) => queryDimensions(url));
  eleventyConfig.addFilter("articleDay", (date: ArticleDate, lang: string) => formatArticleDay(date, lang));
  eleventyConfig.addFilter("tagUrl", (name: string) => registry.tags.get(name)?.url);
  eleventyConfig.addFilter("t", (key: UiKey, lang: string) => uiText(key, lang));
  eleventyConfig.addFilter("excerpt", (inputPath: string) => registry.get(inputPath)?.excerpt);
  eleventyConfig.addFilter("categoryUrl", (name: string) => registry.categories.get(name)?.url);
}
