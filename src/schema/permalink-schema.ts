// Permalinks: a URL path inside the site, or false — never one that climbs out of the output folder.
import { z } from "zod";
import { expected, expectedMessage } from "./expected.ts";

/** What a permalink is, as messages name it. */
const PERMALINK_FORM = "a URL path like /about/ or false";

/**
 * Why a permalink string cannot be used, in a few words; `undefined` when it can. Eleventy joins a
 * permalink to the output folder as a file path, so `../../x/` would write outside the site.
 */
export function permalinkProblem(permalink: string): string | undefined {
  if (permalink.trim() === "") return "it is empty";
  if (permalink.includes("\\")) return 'it contains "\\"; URL paths use "/"';
  if (permalink.split("/").some((segment) => segment === "..")) return 'it contains "..", which would write outside the site';
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(permalink) || permalink.startsWith("//")) return "it is a full URL, not a path on this site";
  if (/[\u0000-\u001f]/.test(permalink)) return "it contains a control character";
  return undefined;
}

/** Eleventy's output URL for a page, replacing Kiln's folder-plus-slug URL; `false` writes no page. */
export const PermalinkSchema = z
  .custom<string | false>((value) => typeof value === "string" || value === false, expected(PERMALINK_FORM))
  .check((context) => {
    const reason = typeof context.value === "string" ? permalinkProblem(context.value) : undefined;
    if (reason !== undefined) {
      const message = expectedMessage(PERMALINK_FORM, context.value, reason);
      context.issues.push({ code: "custom", input: context.value, message });
    }
  });

/** What Hugo's `url` is, as messages name it. */
const URL_PATH_FORM = "a URL path like /2019/05/hello/";

/**
 * Hugo's `url`: the page's whole URL path, as `permalink` sets it. Hugo reads `2019/hello` as `/2019/hello/`; a path
 * ending in a file name (`/about.html`) is kept as written.
 */
export const UrlPathSchema = z.string(expected(URL_PATH_FORM)).transform((url, context) => {
  const reason = permalinkProblem(url);
  if (reason !== undefined) {
    context.issues.push({ code: "custom", input: url, message: expectedMessage(URL_PATH_FORM, url, reason) });
    return z.NEVER;
  }
  const path = `/${url.trim().replace(/^\/+/, "")}`;
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith("/") ? path : `${path}/`;
});
