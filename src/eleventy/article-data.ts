// Article data: what layouts print about an article, shaped once from the validated front matter.
import { basename, dirname } from "node:path/posix";
import type { SiteOptions } from "../schema/site-options.ts";
import type { ContentRegistry } from "./content-registry.ts";
import type { EleventyConfig, PageData } from "./eleventy-config.ts";
import { languageSuffix } from "./language-files.ts";

/** Options of {@link articleDataPlugin}. */
export interface ArticleDataOptions {
  registry: ContentRegistry;
  site: SiteOptions;
}

/**
 * Clean URL of an article: its folder, then `slug` from front matter or the file name. Hugo's language suffix is
 * not part of it (`post.zh-cn.md` → `/post/`, `bundle/index.zh-cn.md` → `/bundle/`): only one language is built.
 */
export function articlePermalink(page: Pick<PageData["page"], "filePathStem" | "fileSlug">, slug: string | undefined): string {
  const folder = dirname(page.filePathStem).replace(/\/$/, "");
  const name = basename(page.filePathStem);
  const language = languageSuffix(`${name}.md`);
  const isIndex = (language?.name ?? name) === "index";
  if (isIndex && slug === undefined) return `${folder}/`;
  // Eleventy's fileSlug of `post.en.md` is `post.en` (any date prefix already gone).
  return `${folder}/${slug ?? languageSuffix(`${page.fileSlug}.md`)?.name ?? page.fileSlug}/`;
}

/** Default layout, permalinks and computed page data (`article`, `pageTitle`, `pageLang`…) for every page. */
export function articleDataPlugin(eleventyConfig: EleventyConfig, { registry, site }: ArticleDataOptions): void {
  const recordOf = (data: PageData) => registry.get(data.page.inputPath);
  eleventyConfig.addGlobalData("layout", "article.njk");
  // A function-valued global is called once; what it returns (a function) becomes every page's permalink.
  // Front matter `permalink` replaces it; Hugo's `url` is the same, read from the validated record.
  eleventyConfig.addGlobalData("permalink", () => (data: PageData) => {
    const article = recordOf(data)?.article;
    return article?.url ?? articlePermalink(data.page, article?.slug);
  });
  eleventyConfig.addGlobalData("eleventyComputed", {
    /** The validated front matter of an article page; undefined on other pages. */
    article: (data: PageData) => recordOf(data)?.article,
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
