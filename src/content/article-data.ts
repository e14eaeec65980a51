// Article data: what layouts print about an article, shaped once from the validated front matter.
import type { SiteOptions } from "../schema/site-options.ts";
import type { ContentRegistry } from "./content-registry.ts";
import type { EleventyConfig, PageData } from "../eleventy/eleventy-config.ts";
import { articleUrl } from "../links/article-url.ts";

/** Options of {@link articleDataPlugin}. */
export interface ArticleDataOptions {
  registry: ContentRegistry;
  site: SiteOptions;
  /** The encoded local cover of an article (images.ts), or undefined when it is remote. */
  coverImage?: (cover: string, inputPath: string) => Promise<unknown> | undefined;
}

/** Default layout, permalinks and computed page data (`article`, `pageTitle`, `pageLang`…) for every page. */
export function articleDataPlugin(eleventyConfig: EleventyConfig, { registry, site, coverImage }: ArticleDataOptions): void {
  const recordOf = (data: PageData) => registry.get(data.page.inputPath);
  eleventyConfig.addGlobalData("layout", "article.njk");
  // A function-valued global is called once; what it returns (a function) becomes every page's permalink.
  // Front matter `permalink` replaces it (Eleventy's data cascade), and articleUrl reads it the same way.
  eleventyConfig.addGlobalData("permalink", () => (data: PageData) => articleUrl(data.page, recordOf(data)?.article) ?? false);
  eleventyConfig.addGlobalData("eleventyComputed", {
    /** The validated front matter of an article page; undefined on other pages. */
    article: (data: PageData) => recordOf(data)?.article,
    /** A local cover, encoded once for its page and every list that shows it as a card; undefined otherwise. */
    coverImage: (data: PageData) => {
      const cover = recordOf(data)?.article.cover;
      return cover === undefined ? undefined : coverImage?.(cover, data.page.inputPath);
    },
    /** Where the body starts in the source file, so Markdown warnings name the file's line. */
    kilnBodyLine: (data: PageData) => recordOf(data)?.bodyLine,
    /** `<title>` before the site title: the article's title, a term's name, or a page's own `title`. */
    pageTitle: (data: PageData) =>
      recordOf(data)?.article.title ?? (data["term"] as { name?: string } | undefined)?.name ?? data["title"],
    /** `<meta name="description">`: the article's description (layouts fall back to the site's). */
    pageDescription: (data: PageData) => recordOf(data)?.article.description,
    /** `<html lang>`: front matter `lang`, else detected from the text, else the site's language. */
    pageLang: (data: PageData) => {
      const record = recordOf(data);
      return record?.article.lang ?? record?.detectedLang ?? site.language;
    },
  });
}
