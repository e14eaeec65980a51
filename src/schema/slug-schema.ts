// Slugs: one URL path segment, Chinese letters welcome, nothing that could climb out of a folder.
import { z } from "zod";
import { expected, expectedMessage } from "./expected.ts";

/** What a slug is, as messages name it. */
const SLUG_FORM = "a URL-safe slug";

/** Letters of any script (Han included), marks, numbers, `-`, `_`; `.` anywhere but first. */
const SLUG_PATTERN = /^[\p{L}\p{N}_-][\p{L}\p{M}\p{N}_.-]*$/u;

/** Why a string is not a slug, in a few words; `undefined` when it is one. */
export function slugProblem(slug: string): string | undefined {
  if (slug === "") return "it is empty";
  if (/[/\\]/.test(slug)) return 'it contains "/"';
  if (/\s/u.test(slug)) return "it contains a space";
  if (slug.startsWith(".")) return 'it starts with "."';
  if (slug.includes("..")) return 'it contains ".."';
  if (!SLUG_PATTERN.test(slug)) {
    const bad = [...slug].find((char) => !/[\p{L}\p{M}\p{N}_.-]/u.test(char)) ?? slug;
    return `it contains ${JSON.stringify(bad)}`;
  }
  return undefined;
}

/** The last segment of an article's URL, e.g. `intro-to-python` or `深度学习入门`. */
export const SlugSchema = z.string(expected(SLUG_FORM)).check((context) => {
  const reason = slugProblem(context.value);
  if (reason !== undefined) {
    const message = expectedMessage(SLUG_FORM, context.value, reason);
    context.issues.push({ code: "custom", input: context.value, message });
  }
});
