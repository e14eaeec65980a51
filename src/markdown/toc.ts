// Table of contents: nested h2 → h3 entries read from the HTML Kiln rendered (ids the heading plugin wrote).
import { htmlToText } from "./html-text.ts";

/** One heading in the table of contents. */
export interface TocEntry {
  /** The heading's id (the link target is `#id`). */
  id: string;
  /** Plain text of the heading, entities decoded (layouts escape it again). */
  text: string;
  /** 2 for h2, 3 for h3. */
  level: 2 | 3;
  /** The h3 entries under an h2 (always empty for an h3). */
  children: TocEntry[];
}

/** An h2/h3 element: level, attributes, inner HTML. Headings never nest, so lazy matching is safe. */
const HEADING = /<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1\s*>/gi;
const ID_ATTR = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const ANCHOR = /<a\s[^>]*class\s*=\s*"[^"]*\bheading-anchor\b[^"]*"[^>]*>[\s\S]*?<\/a>/gi;

/**
 * Builds the TOC from rendered HTML: each h2 with the h3s that follow it as children; an h3
 * before any h2 is a top-level entry. Headings without an id (raw HTML ones) cannot be linked
 * and are left out; so is anything inside an HTML comment.
 */
export function extractToc(html: string): TocEntry[] {
  const toc: TocEntry[] = [];
  let parent: TocEntry | undefined;
  for (const match of html.replace(/<!--[\s\S]*?-->/g, "").matchAll(HEADING)) {
    const idMatch = ID_ATTR.exec(match[2] ?? "");
    const id = idMatch?.[1] ?? idMatch?.[2] ?? idMatch?.[3];
    if (id === undefined) continue;
    const text = htmlToText((match[3] ?? "").replace(ANCHOR, "")).replace(/\s+/g, " ").trim();
    const entry: TocEntry = { id: htmlToText(id), text, level: match[1] === "2" ? 2 : 3, children: [] };
    if (entry.level === 2) {
      toc.push(entry);
      parent = entry;
    } else if (parent) {
      parent.children.push(entry);
    } else {
      toc.push(entry);
    }
  }
  return toc;
}
