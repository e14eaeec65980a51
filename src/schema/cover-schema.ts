// Cover images: an http(s) URL or a path on the site — never a javascript: or data: link.
import { z } from "zod";
import { expected, expectedMessage } from "./expected.ts";

/** What a cover is, as messages name it. */
const COVER_FORM = "an http(s) URL or a path";

/** A URL scheme at the start (`https:`, `javascript:`), as browsers read it. */
const SCHEME_PATTERN = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** Why a string is not a usable cover, in a few words; `undefined` when it is one. */
export function coverProblem(cover: string): string | undefined {
  if (cover.trim() === "") return "it is empty";
  // Browsers drop tabs and newlines anywhere in a URL and spaces or control characters around
  // it, so `java\tscript:` is still javascript: (https://url.spec.whatwg.org/#concept-basic-url-parser).
  const compact = cover.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = SCHEME_PATTERN.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme !== "http" && scheme !== "https") return `${scheme}: links are not allowed`;
  return URL.canParse(compact) && new URL(compact).hostname !== "" ? undefined : "not a valid URL";
}

/** A cover image: `https://…`, `/images/cover.jpg` or a path relative to the article. */
export const CoverSchema = z.string(expected(COVER_FORM)).check((context) => {
  const reason = coverProblem(context.value);
  if (reason !== undefined) {
    const message = expectedMessage(COVER_FORM, context.value, reason);
    context.issues.push({ code: "custom", input: context.value, message });
  }
});
