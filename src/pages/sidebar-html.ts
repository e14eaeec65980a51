// The sidebar's HTML, rendered once per build: the whole section tree with every section closed, plus where to write
// `open` and `aria-current` for a given page. Each page then costs one splice of a few attributes, never a render.
// On a large site, a closed section's article links are left out, so a page's sidebar grows with its own section,
// not with the site (10,000 articles would otherwise put ~900 KB of links on every page).
import type { CollectionItem } from "../eleventy/eleventy-config.ts";
import type { SectionNode } from "./section-tree.ts";

/** The rendered tree and the offsets a page's marks go to. */
export interface SidebarHtml {
  /** The tree with every section closed and no page marked. */
  html: string;
  /** Offset in `html` where ` open` opens a section's `<details>`, by section URL. */
  openAt: ReadonlyMap<string, number>;
  /** Offset in `html` where ` aria-current="page"` marks a link, by page URL. */
  currentAt: ReadonlyMap<string, number>;
  /** The section a page is in (an article's section, or a section page's own), by page URL. */
  sectionOf: ReadonlyMap<string, SectionNode>;
  /** Section URLs by section URL: the section and the ones above it, to open together. */
  openPath: ReadonlyMap<string, readonly string[]>;
  /** On a large site, each section's article links, spliced in at `at` only where the section is open. */
  lists: ReadonlyMap<string, ArticleList>;
}

/** A section's article links, kept apart from the tree. */
interface ArticleList {
  /** Offset in the tree's `html` where the links go. */
  at: number;
  html: string;
  /** Offset in `html` where ` aria-current="page"` marks a link, by page URL. */
  currentAt: ReadonlyMap<string, number>;
  /** Each link's `<li>`, split where ` aria-current="page"` goes, in reading order. */
  links: ReadonlyArray<readonly [url: string, before: string, after: string]>;
}

/** In a section longer than this, a page shows the links around its own (the section page lists them all). */
export const SECTION_WINDOW_LIMIT = 100;
/** Links shown on each side of the current one in a long section. */
const WINDOW = 5;

/** Above this many articles, closed sections list only their subsections and their own page. */
export const FULL_SIDEBAR_LIMIT = 300;

/** Inserts texts at offsets of `html` (offsets in any order). */
function splice(html: string, marks: Array<[number, string]>): string {
  marks.sort(([a], [b]) => a - b);
  let result = "";
  let from = 0;
  for (const [at, text] of marks) {
    result += html.slice(from, at) + text;
    from = at;
  }
  return result + html.slice(from);
}

/** Author text (titles, URLs from file names) inside generated HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Renders the tree once. `overview` labels each section's link to its own page (the section's title is the
 * `<summary>` that folds it); `titleOf` gives an article's title.
 */
export function renderSidebar(
  sections: readonly SectionNode[],
  overview: string,
  titleOf: (item: CollectionItem) => string,
  fullLimit = FULL_SIDEBAR_LIMIT,
): SidebarHtml {
  const folded = sections.reduce((count, node) => count + node.articles.length, 0) > fullLimit;
  const lists = new Map<string, ArticleList>();
  const parts: string[] = [];
  let length = 0;
  const write = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const openAt = new Map<string, number>();
  const currentAt = new Map<string, number>();
  const sectionOf = new Map<string, SectionNode>();
  const openPath = new Map<string, readonly string[]>();
  const link = (url: string, text: string, className: string) => {
    write(`<li class="${className}"><a href="${escapeHtml(url)}"`);
    currentAt.set(url, length);
    write(`>${escapeHtml(text)}</a></li>`);
  };
  const articleLinks = (node: SectionNode): ArticleList => {
    let html = "";
    const marks = new Map<string, number>();
    const links: Array<readonly [string, string, string]> = [];
    for (const item of node.articles) {
      const before = `<li class="sidebar__article"><a href="${escapeHtml(item.url)}"`;
      const after = `>${escapeHtml(titleOf(item))}</a></li>`;
      links.push([item.url, before, after]);
      marks.set(item.url, html.length + before.length);
      html += before + after;
    }
    return { at: length, html, currentAt: marks, links };
  };
  const section = (node: SectionNode) => {
    sectionOf.set(node.url, node);
    openPath.set(node.url, [...node.trail.map((above) => above.url), node.url]);
    write(`<li class="sidebar__section"><details`);
    openAt.set(node.url, length);
    write(`><summary>${escapeHtml(node.title)}</summary><ul class="sidebar__list">`);
    link(node.url, overview, "sidebar__overview");
    for (const item of node.articles) sectionOf.set(item.url, node);
    const list = articleLinks(node);
    if (folded) lists.set(node.url, list);
    else {
      for (const [url, at] of list.currentAt) currentAt.set(url, length + at);
      write(list.html);
    }
    for (const child of node.children) section(child);
    write("</ul></details></li>");
  };
  write(`<ul class="sidebar__list sidebar__tree">`);
  for (const top of sections.filter((node) => node.depth === 0)) section(top);
  write("</ul>");
  return { html: parts.join(""), openAt, currentAt, sectionOf, openPath, lists };
}

/**
 * An open section's article links for one page, its own marked. A section of more than
 * {@link SECTION_WINDOW_LIMIT} articles shows the few around the page's own (the first few on other pages) with
 * an ellipsis where links are left out: a thousand-article section would put ~90 KB of links on each of its pages.
 */
function openList(list: ArticleList, pageUrl: string): string {
  const current = list.currentAt.get(pageUrl);
  if (list.links.length <= SECTION_WINDOW_LIMIT) {
    return current === undefined ? list.html : splice(list.html, [[current, ' aria-current="page"']]);
  }
  const index = Math.max(0, list.links.findIndex(([url]) => url === pageUrl));
  const from = Math.max(0, index - WINDOW);
  const to = Math.min(list.links.length, from + 2 * WINDOW + 1);
  const gap = `<li class="sidebar__gap" aria-hidden="true">…</li>`;
  const shown = list.links.slice(from, to).map(([url, before, after]) => (url === pageUrl ? `${before} aria-current="page"${after}` : before + after));
  return (from > 0 ? gap : "") + shown.join("") + (to < list.links.length ? gap : "");
}

/**
 * The sidebar of one page: the page's section and those above it open, its link marked `aria-current="page"`.
 * A page outside every section (the home page's articles) gets the tree closed and unmarked.
 */
export function sidebarFor(sidebar: SidebarHtml, pageUrl: string): string {
  const marks: Array<[number, string]> = [];
  const section = sidebar.sectionOf.get(pageUrl);
  for (const url of section ? (sidebar.openPath.get(section.url) ?? []) : []) {
    const at = sidebar.openAt.get(url);
    if (at !== undefined) marks.push([at, " open"]);
    const list = sidebar.lists.get(url);
    if (list) marks.push([list.at, openList(list, pageUrl)]);
  }
  const current = sidebar.currentAt.get(pageUrl);
  if (current !== undefined) marks.push([current, ' aria-current="page"']);
  return splice(sidebar.html, marks);
}
