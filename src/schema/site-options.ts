// SiteOptionsSchema: the options .eleventy.ts passes to Kiln, each with what it does on the site.
import { z } from "zod";
import { KilnError } from "../errors.ts";
import { expected, expectedMessage } from "./expected.ts";
import { LanguageTagSchema } from "./language-tag.ts";
import { toProblems } from "./zod-problems.ts";

/** Where site options are written, as problems name it. */
const SITE_OPTIONS_FILE = ".eleventy.ts";

/** Whether a string is an absolute http(s) URL with a host. */
function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

/** Where an article's path goes in the `editLink` pattern (VitePress's placeholder). */
export const EDIT_LINK_PATH = ":path";

/** Whether a string is an absolute https URL with a host. */
function isHttpsUrl(value: string): boolean {
  return isHttpUrl(value) && new URL(value).protocol === "https:";
}

/** Whether the JavaScript runtime knows an IANA time zone name. */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Kiln's site options; unknown options are an error (most likely a typo). */
export const SiteOptionsSchema = z.strictObject(
  {
    /** The site's name: in the header, after each page's `<title>`, and as the feeds' title. */
    title: z.string(expected("a non-empty string")).trim().min(1).default("Kiln"),
    /** Absolute base URL of the deployed site (ending in `/`) for canonical links, feeds and the sitemap; links stay relative without it. */
    url: z.string(expected("an absolute http(s) URL")).refine(isHttpUrl).transform((url) => (url.endsWith("/") ? url : `${url}/`)).optional(),
    /** The `<html lang>` of pages whose article gives none and whose text says no clearer. */
    language: LanguageTagSchema.default("zh-CN"),
    /** The author of articles that name none, in bylines and feeds. */
    author: z.string(expected("a string")).optional(),
    /** The home page's `<meta name="description">` and the feeds' description. */
    description: z.string(expected("a string")).default(""),
    /** IANA time zone (e.g. `Asia/Shanghai`) for dates written without an offset; the build machine's when absent. */
    timeZone: z.string(expected("an IANA time zone name like Asia/Shanghai")).refine(isTimeZone).optional(),
    /** How many articles a home or term page lists before paginating. */
    pageSize: z.number(expected("a positive whole number")).int().positive().default(20),
    /** What a broken internal link or `#fragment` found after the build does: fail the build (`error`) or only warn. */
    linkCheck: z.enum(["error", "warn"], expected('"error" or "warn"')).default("error"),
    /** Raw HTML in articles (`<iframe>`, `<script>`…): passed through (`true`, authors are trusted) or shown as text. */
    rawHtml: z.boolean(expected("true or false")).default(true),
    /**
     * Modern formats every local image is also encoded in, in the order browsers should prefer them; its own format
     * stays the fallback. WebP alone by default: AVIF files are smaller still, but take ~8× as long to encode.
     */
    imageFormats: z
      .array(z.enum(["avif", "webp"], expected('"avif" or "webp"')), expected('a list such as ["webp"]'))
      .refine((formats) => new Set(formats).size === formats.length, { error: 'each format once, e.g. ["avif", "webp"]' })
      .default(["webp"]),
    /** "编辑此页 / Edit this page" link on every article: an https URL in which `:path` becomes the article's path in the input folder. */
    editLink: z
      .string(expected("an https URL"))
      .refine(isHttpsUrl)
      .refine((url) => url.includes(EDIT_LINK_PATH), {
        error: (issue) => expectedMessage(`a URL containing ${EDIT_LINK_PATH} (replaced by the article's file path)`, issue.input),
      })
      .optional(),
    /**
     * A 1200×630 PNG card (`og:image`) for every article, described section and the home page: `"on"`; `"off"`; or
     * `"unless-cover"`, where an article's cover is its `og:image` instead. Front matter `images:` always wins.
     */
    socialCards: z.enum(["on", "unless-cover", "off"], expected('"on", "unless-cover" or "off"')).default("on"),
  },
  expected("an object of site options"),
);

/** Site options as Kiln uses them, defaults filled in. */
export type SiteOptions = z.output<typeof SiteOptionsSchema>;
/** Site options as written in `.eleventy.ts`: every option may be left out. */
export type SiteOptionsInput = z.input<typeof SiteOptionsSchema>;

/** How each option is written: the fix shown when it is wrong. */
export const SITE_OPTION_HINTS = {
  title: 'title: "My tutorials"',
  url: 'url: "https://example.com/"',
  language: 'language: "zh-CN"',
  author: 'author: "Your Name"',
  description: 'description: "What the site is about"',
  timeZone: 'timeZone: "Asia/Shanghai"',
  pageSize: "pageSize: 20",
  linkCheck: 'linkCheck: "error" or linkCheck: "warn"',
  rawHtml: "rawHtml: false (or true, the default)",
  imageFormats: 'imageFormats: ["webp"] (the default), ["avif", "webp"] or [] (the original format alone)',
  editLink: 'editLink: "https://github.com/owner/repo/edit/main/content/:path"',
  socialCards: 'socialCards: "on", socialCards: "unless-cover" or socialCards: "off"',
} as const satisfies Record<keyof typeof SiteOptionsSchema.shape, string>;

/** Validates site options, filling in defaults; throws a {@link KilnError} listing every bad option. */
export function parseSiteOptions(input: unknown): SiteOptions {
  const result = SiteOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = toProblems(SITE_OPTIONS_FILE, result.error.issues, "", undefined, SITE_OPTION_HINTS).map(
    (problem) =>
      problem.location.field === undefined
        ? problem
        : { ...problem, location: { ...problem.location, fieldKind: "site option" as const } },
  );
  throw new KilnError("Site options are invalid", problems);
}
