// Article URLs computed without Eleventy (for checks that run before it renders): the URL a page will get.
import type { Article } from "../schema/article.ts";
import { articlePermalink } from "./article-data.ts";

/** Eleventy drops a `YYYY-MM-DD-` date from file names (TemplateFileSlug#_stripDateFromSlug), anywhere in them. */
const stripDate = (name: string): string => /\d{4}-\d{2}-\d{2}-(.*)/.exec(name)?.[1] ?? name;

/** Eleventy's `page.filePathStem` and `page.fileSlug` for a file path relative to the input folder (`ai/intro.md`). */
export function pagePathOf(relativePath: string): { filePathStem: string; fileSlug: string } {
  const parts = relativePath.replace(/\\/g, "/").replace(/\.md$/, "").split("/");
  const name = stripDate(parts.pop() ?? "");
  const folders = parts.filter((part) => part !== "" && part !== ".");
  const fileSlug = name === "index" ? stripDate(folders.at(-1) ?? "") : name;
  return { filePathStem: `/${[...folders, name].join("/")}`, fileSlug };
}

/**
 * The URL an article is written to: its `permalink` (`/x/index.html` read as `/x/`), else Hugo's `url`, else the
 * folder plus slug URL ({@link articlePermalink}); `undefined` for `permalink: false` (no page written).
 */
export function articleUrl(relativePath: string, article: Article): string | undefined {
  if (article.permalink === false) return undefined;
  if (article.permalink !== undefined) return `/${article.permalink.replace(/^\/+/, "")}`.replace(/\/index\.html$/, "/");
  return article.url ?? articlePermalink(pagePathOf(relativePath), article.slug);
}
