// Hugo's manual summary split: the text before `<!--more-->`, as plain text for lists and feeds.
import markdownit from "markdown-it";
import { htmlToText } from "./html-text.ts";

/** The marker, as Hugo writes it (spaces inside the comment allowed). */
const MORE = /<!--\s*more\s*-->/i;

/** A bare renderer: the summary is shown as text, so no plugin is needed to read it. */
const md = markdownit({ html: true });

/** The plain text before `<!--more-->`, whitespace collapsed; undefined when the body has no marker. */
export function moreExcerpt(body: string): string | undefined {
  const match = MORE.exec(body);
  if (match === null) return undefined;
  const text = htmlToText(md.render(body.slice(0, match.index))).replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}
