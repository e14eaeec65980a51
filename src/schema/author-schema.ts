// Authors: Kiln's `author: "Name"`, Hugo's `author: {name, link, email}` mapping and a list of names, read as one.
import { z } from "zod";
import { expected, expectedMessage } from "./expected.ts";

/** What an author link is, as messages name it. */
const LINK_FORM = "an http(s) URL";

/** The author an article names: who, and where to find them. */
export interface Author {
  /** Shown under the title, in JSON-LD and in the feeds; several names are joined (`张三、李四`, `Ann, Bob`). */
  name: string;
  /** Makes the byline a link; JSON-LD `url`, the feeds' author URL. Only http(s). */
  link?: string;
  /** The Atom feed's author `<email>`; not shown on pages. */
  email?: string;
}

/** Several names as one byline: Chinese names with 、, others with a comma. */
export function joinNames(names: readonly string[]): string {
  const trimmed = names.map((name) => name.trim()).filter((name) => name !== "");
  return trimmed.join(trimmed.some((name) => /\p{Script=Han}/u.test(name)) ? "、" : ", ");
}

/** An http(s) URL with a host: a `javascript:` or relative link would make the byline a trap or a dead link. */
const LinkSchema = z.string(expected(LINK_FORM)).check((context) => {
  const url = URL.canParse(context.value.trim()) ? new URL(context.value.trim()) : undefined;
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
    context.issues.push({ code: "custom", input: context.value, message: expectedMessage(LINK_FORM, context.value) });
  }
});

/**
 * `author: "张三"`, `author: {name: "张三", link: "https://…", email: "…"}` (Hugo themes' form; other keys are
 * kept out) or `author: [张三, 李四]` (names joined). Out comes one {@link Author}.
 */
export const AuthorSchema = z
  .preprocess(
    (value) =>
      typeof value === "string"
        ? { name: value }
        : Array.isArray(value) && value.every((name) => typeof name === "string")
          ? { name: joinNames(value) }
          : value,
    z.looseObject(
      {
        name: z.string(expected("a non-empty string")).trim().min(1),
        link: LinkSchema.optional(),
        email: z.string(expected("a string")).trim().min(1).optional(),
      },
      expected('a name ("张三"), a list of names, or a mapping with name: and link:'),
    ),
  )
  .transform(({ name, link, email }): Author => ({
    name,
    ...(link === undefined ? {} : { link: link.trim() }),
    ...(email === undefined ? {} : { email }),
  }));
