// What the link and image checks read from an article: its links, images and element ids with their file lines,
// taken from markdown-it's tokens once, by `npm run check`'s parse or by the build's render, so both run one check.
import type { Token } from "markdown-it";

/** A link or image of the body and the file line of the block that holds it. */
export interface LocatedReference {
  /** `href` of a link, `src` of an image, as markdown-it normalised it. */
  target: string;
  line: number | undefined;
}

/** One article as the link and image checks see it. */
export interface LinkSource {
  /** Absolute path of the source file. */
  path: string;
  /** Path shown in messages. */
  file: string;
  links: LocatedReference[];
  images: LocatedReference[];
  /** Every id an element of the rendered body will carry (headings, footnotes, raw HTML). */
  ids: Set<string>;
  /** Files the build writes beside the page, which its images may name: a notebook's pasted images. */
  beside: ReadonlySet<string>;
}

/** Ids that raw HTML in the body declares. */
const HTML_ID = /\sid\s*=\s*["']([^"']+)["']/g;

/**
 * Reads an article's links, images and ids from its block tokens; `bodyLine` is the file line where the body starts,
 * `beside` the files its build writes next to the page.
 */
export function linkSourceOf(
  path: string,
  file: string,
  tokens: readonly Token[],
  bodyLine: number,
  beside: ReadonlySet<string> = new Set(),
): LinkSource {
  const source: LinkSource = { path, file, links: [], images: [], ids: new Set(), beside };
  for (const token of tokens) {
    const id = token.attrGet("id");
    if (id !== null) source.ids.add(String(id));
    if (token.type === "html_block") for (const match of token.content.matchAll(HTML_ID)) source.ids.add(match[1] ?? "");
    if (token.type === "footnote_open") source.ids.add(`fn${Number(token.meta?.id ?? 0) + 1}`);
    const line = token.map ? bodyLine + token.map[0] : undefined;
    for (const child of token.children ?? []) {
      if (child.type === "html_inline") for (const match of child.content.matchAll(HTML_ID)) source.ids.add(match[1] ?? "");
      if (child.type === "footnote_ref") source.ids.add(`fnref${Number(child.meta?.id ?? 0) + 1}`);
      // A `.md` link the build rewrote to its page's URL is checked as written (article-links.ts keeps it).
      if (child.type === "link_open") source.links.push({ target: String(child.meta?.sourceHref ?? child.attrGet("href") ?? ""), line });
      if (child.type === "image") source.images.push({ target: String(child.attrGet("src") ?? ""), line });
    }
  }
  return source;
}
