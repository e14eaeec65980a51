// Article URLs: the one place that decides them, for Eleventy's permalinks (article-data.ts) and for what runs
// before Eleventy renders (duplicate URLs, generated-page clashes, `npm run check`).
import type { Article } from "../schema/article.ts";
import { basename, dirname } from "node:path/posix";
import type { PageData } from "../eleventy/eleventy-config.ts";
import { languageSuffix } from "../content/language-files.ts";

/**
 * Clean URL of an article: its folder, then `slug` from front matter or the file name. Hugo's language suffix is
 * not part of it (`post.zh-cn.md` → `/post/`, `bundle/index.zh-cn.md` → `/bundle/`): only one language is built.
 */
function articlePermalink(page: PagePath, slug: string | undefined): string {
  const folder = dirname(page.filePathStem).replace(/\/$/, "");
  const name = basename(page.filePathStem);
  const language = languageSuffix(`${name}.md`);
  const isIndex = (language?.name ?? name) === "index";
  if (isIndex && slug === undefined) return `${folder}/`;
  // Eleventy's fileSlug of `post.en.md` is `post.en` (any date prefix already gone).
  return `${folder}/${slug ?? languageSuffix(`${page.fileSlug}.md`)?.name ?? page.fileSlug}/`;
}

/** Eleventy drops a `YYYY-MM-DD-` date from file names (TemplateFileSlug#_stripDateFromSlug), anywhere in them. */
const stripDate = (name: string): string => /\d{4}-\d{2}-\d{2}-(.*)/.exec(name)?.[1] ?? name;

/** Eleventy's `page.filePathStem` and `page.fileSlug` for a file path relative to the input folder (`ai/intro.md`). */
export function pagePathOf(relativePath: string): { filePathStem: string; fileSlug: string } {
  const parts = relativePath.replace(/\\/g, "/").replace(/\.(md|ipynb)$/, "").split("/");
  const name = stripDate(parts.pop() ?? "");
  const folders = parts.filter((part) => part !== "" && part !== ".");
  const fileSlug = name === "index" ? stripDate(folders.at(-1) ?? "") : name;
  return { filePathStem: `/${[...folders, name].join("/")}`, fileSlug };
}

/** Where a page's file is, as Eleventy names it (`page.filePathStem`, `page.fileSlug`). */
export type PagePath = Pick<PageData["page"], "filePathStem" | "fileSlug">;

/**
 * The URL an article is written to, decided here alone: its `permalink` (`/x/index.html` read as `/x/`), else
 * Hugo's `url`, else the folder plus slug URL ({@link articlePermalink}); `undefined` for `permalink: false` (no page
 * written). Eleventy's permalinks (article-data.ts), and through them `.md` link rewriting, aliases, feeds and the
 * sitemap, come from it; so do duplicate URLs, generated-page clashes and `npm run check`, before Eleventy runs.
 */
export function articleUrl(page: PagePath, article: Pick<Article, "permalink" | "url" | "slug"> | undefined): string | undefined {
  if (article?.permalink === false) return undefined;
  if (article?.permalink !== undefined) return `/${article.permalink.replace(/^\/+/, "")}`.replace(/\/index\.html$/, "/");
  return article?.url ?? articlePermalink(page, article?.slug);
}

/** {@link articleUrl} of a file given by its path relative to the input folder (`ai/intro.md`), before Eleventy reads it. */
export function articleUrlOf(relativePath: string, article: Article): string | undefined {
  return articleUrl(pagePathOf(relativePath), article);
}
