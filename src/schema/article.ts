// ArticleSchema: one article's front matter, field by field, and what each does on the built site.
import { z } from "zod";
import { AliasSchema } from "./alias-schema.ts";
import { ArticleDateSchema } from "./article-date-schema.ts";
import { AuthorSchema } from "./author-schema.ts";
import { CoverSchema } from "./cover-schema.ts";
import { expected } from "./expected.ts";
import { LanguageTagSchema } from "./language-tag.ts";
import { PermalinkSchema, UrlPathSchema } from "./permalink-schema.ts";
import { SlugSchema } from "./slug-schema.ts";
import { TermListSchema } from "./term-list.ts";

/** The colour themes a page can ask for. */
export const ARTICLE_THEMES = ["light", "dark", "auto"] as const;

/**
 * One article's front matter. Wrong types are rejected, never coerced (`draft: "false"` is an
 * error, not `true`). Unknown fields are kept as they are (Hugo sites carry `weight`, `aliases`…).
 */
export const ArticleSchema = z.looseObject({
  /** The page's `<h1>`, its `<title>` and its entry in every list. */
  title: z.string(expected("a non-empty string")).trim().min(1),
  /**
   * Publication date: shown as the author's own calendar day, given in full in `<time datetime>`, orders lists.
   * Optional, as in Hugo: `publishDate`, else `updated`/`lastmod`, else the file's last git commit stands in.
   */
  date: ArticleDateSchema.optional(),
  /** Last change: "最后更新于 / Last updated" beside the date (when another day), `dateModified`, sitemap `lastmod`, feeds' `updated`; else the file's last git commit. */
  updated: ArticleDateSchema.optional(),
  /** The page's `<meta name="description">` and the article's summary in lists. */
  description: z.string(expected("a string")).optional(),
  /** The author shown under the title (a link when it has one), in JSON-LD and the feeds: a name, names, or `{name, link, email}`. */
  author: AuthorSchema.optional(),
  /** Hugo: the authors' names, used as `author` when there is none. */
  authors: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(z.string(expected("a string")), expected("a list of names or a single name")),
  ).optional(),
  /** The page's `<html lang>` (`zh-CN`, `en`…); when absent, detected from the text, else the site's language. */
  lang: LanguageTagSchema.optional(),
  /** `true` leaves the article out of `npm run build`; `npm start` shows it marked as a draft. */
  draft: z.boolean(expected("true or false")).default(false),
  /** The cover image above the article and its thumbnail in lists. */
  cover: CoverSchema.optional(),
  /** Links to `/tags/<term>/` pages; names that differ only in case are one tag. */
  tags: TermListSchema,
  /** Links to `/categories/<term>/` pages; categories form the header navigation. */
  categories: TermListSchema,
  /** Forces that colour scheme on this page; `auto` follows the reader's system. */
  theme: z.enum(ARTICLE_THEMES, expected("light, dark or auto")).default("auto"),
  /** Replaces the file name in the article's URL (one URL segment). */
  slug: SlugSchema.optional(),
  /** Hugo's name for `updated`, used when `updated` is absent. */
  lastmod: ArticleDateSchema.optional(),
  /** Hugo: the article stays out of production builds until this moment (like a future `date`). */
  publishDate: ArticleDateSchema.optional(),
  /** Hugo: the article leaves production builds after this moment. */
  expiryDate: ArticleDateSchema.optional(),
  /** Hugo: the summary in lists when there is no `description` (else the text before `<!--more-->`). */
  summary: z.string(expected("a string")).optional(),
  /** Hugo: `<meta name="keywords">`. */
  keywords: TermListSchema,
  /** Hugo: social-card images; the first is `og:image` when there is no `cover`. */
  images: z.array(CoverSchema, expected("a list of image URLs or paths")).default([]),
  /** Hugo: old URLs of the article; each gets a page that redirects here. */
  aliases: z
    .preprocess((value) => (typeof value === "string" ? [value] : value), z.array(AliasSchema, expected("a list of paths or a single path")))
    .default([]),
  /** Hugo: order within a section, lower first (read by section listings); a series' order when `series_order` is absent. */
  weight: z.number(expected("a whole number")).int().optional(),
  /** The multi-part tutorial this article belongs to: a series box, previous/next part links, a `/series/<term>/` page. */
  series: z.string(expected("a non-empty string")).trim().min(1).optional(),
  /** Position within its `series`, lower first (else `weight`, else date, then title). */
  series_order: z.number(expected("a positive whole number")).int().positive().optional(),
  /** Eleventy layout to render the article with, instead of Kiln's article layout. */
  layout: z.string(expected("a layout file name like article.njk")).optional(),
  /** Eleventy output URL, replacing Kiln's folder-plus-slug URL; `false` writes no page. */
  permalink: PermalinkSchema.optional(),
  /** Hugo: the page's whole URL path, as `permalink` sets it (`permalink` wins when both are given). */
  url: UrlPathSchema.optional(),
});

/** A validated article's front matter, as layouts and collections see it. */
export type Article = z.output<typeof ArticleSchema>;

/** Eleventy's own front matter keys: understood by Eleventy, so no warning, but not checked by Kiln. */
const ELEVENTY_FRONT_MATTER_KEYS = [
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyImport",
  "eleventyDataSchema",
  "pagination",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
  "templateEngineOverride",
] as const;

/** Every front matter field Kiln or Eleventy understands; any other is kept but warned about. */
export const KNOWN_ARTICLE_FIELDS: readonly string[] = [...Object.keys(ArticleSchema.shape), ...ELEVENTY_FRONT_MATTER_KEYS];

/** How each field is written: the fix shown when a field is wrong (error messages pin this wording). */
export const ARTICLE_FIELD_HINTS = {
  title: 'title: "My tutorial"',
  date: "date: 2025-11-29 or date: 2025-11-29T08:30:00+08:00",
  updated: "updated: 2025-11-30 or updated: 2025-11-30T08:30:00+08:00",
  description: 'description: "One sentence about the article"',
  author: 'author: "Your Name" or author: {name: "Your Name", link: "https://example.com/"}',
  authors: "authors: [张三, 李四]",
  lang: "lang: zh-CN or lang: en",
  draft: "write draft: true or draft: false without quotes",
  cover: "cover: https://example.com/cover.jpg or cover: /images/cover.jpg",
  tags: 'tags: [python, 入门] or tags: python (quote tags that look like numbers: "2025")',
  categories: "categories: [tutorials] or categories: tutorials",
  theme: "theme: light, theme: dark or theme: auto",
  slug: "use letters (Chinese too), numbers, - and _, e.g. slug: intro-to-python",
  lastmod: "lastmod: 2025-11-30 or lastmod: 2025-11-30T08:30:00+08:00",
  publishDate: "publishDate: 2025-12-01T08:00:00+08:00",
  expiryDate: "expiryDate: 2026-12-01",
  summary: 'summary: "One paragraph shown in lists"',
  keywords: "keywords: [python, 入门]",
  images: "images: [https://example.com/card.jpg]",
  aliases: "aliases: [/old/path/, /2019/01/old-name/]",
  weight: "weight: 10",
  series: 'series: "PyTorch 入门"',
  series_order: "series_order: 2",
  layout: "layout: article.njk",
  permalink: "permalink: /about/ or permalink: false",
  url: "url: /2019/05/hello/",
} as const satisfies Record<keyof typeof ArticleSchema.shape, string>;

/**
 * The first date field written as a clock time without an offset, if any. A bare day (2025-11-29) is
 * unambiguous to readers; a clock time without an offset is worth a word.
 */
export function clockWithoutOffset(article: Article): "date" | "updated" | undefined {
  return (["date", "updated"] as const).find((field) => {
    const date = article[field];
    return date !== undefined && !date.hasOffset && date.datetime !== date.day;
  });
}
