// Link checker: every internal href/src of the built HTML must reach a file, and every #fragment an element id.
import { existsSync } from "node:fs";
import { join } from "node:path";

/** One HTML page of the build, as Eleventy reports it after writing. */
export interface BuiltPage {
  /** Site path of the page without the path prefix (`/ai/intro/`). */
  url: string;
  /** Where the page came from (`./content/ai/intro.md`, or a virtual template). */
  inputPath: string;
  /** The HTML as written (path prefix applied). */
  content: string;
}

/** A link that leads nowhere. */
export interface BrokenLink {
  page: Pick<BuiltPage, "url" | "inputPath">;
  /** The attribute value as written in the HTML. */
  href: string;
  /** Why it is broken, in a few words. */
  reason: string;
  /** The fragment (decoded) when the page exists but the element does not. */
  fragment: string | undefined;
}

/** Options of {@link checkLinks}. */
export interface CheckLinksOptions {
  /** The folder the site was written to (for files that are not pages: CSS, images…). */
  outputFolder: string;
  /** `/docs/` or `/`. */
  pathPrefix: string;
  /** Top-level folders written after the pages (the search index): links into them are not checked. */
  generatedFolders?: readonly string[];
}

/** An opening tag and its attributes; text inside code is escaped (`&lt;a`), so it never matches. */
const TAG = /<([a-zA-Z][\w-]*)(\s[^<>]*)>/g;
const ATTRIBUTE = /\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const LINK_ATTRIBUTES = new Set(["href", "src", "srcset", "poster"]);
/** A tag whose attributes may hold a link or an id (a cheap test before parsing them). */
const MAY_MATTER = /(?:href|src|srcset|poster|id|name)\s*=/i;
/** Scheme-relative or with a scheme (`https:`, `mailto:`, `data:`…): not this site's to check. */
const OUTSIDE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const ORIGIN = "http://kiln.invalid";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references an attribute value can hold. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** Percent-decoding that never throws (a lone `%` stays as it is). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every link (href, src, srcset candidates) and every id (and `<a name>`) of a page. */
export function scanHtml(html: string): { links: string[]; ids: Set<string> } {
  const links: string[] = [];
  const ids = new Set<string>();
  for (const tag of html.matchAll(TAG)) {
    const attributes = tag[2] ?? "";
    // Most tags carry no link and no id (`<li class="…">`): skip them before parsing attributes.
    if (!MAY_MATTER.test(attributes)) continue;
    const name = (tag[1] ?? "").toLowerCase();
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      const key = (attribute[1] ?? "").toLowerCase();
      const raw = attribute[2] ?? attribute[3] ?? attribute[4] ?? "";
      const value = raw.includes("&") ? decodeEntities(raw) : raw;
      if (key === "id" || (key === "name" && name === "a")) ids.add(value);
      else if (key === "srcset") links.push(...value.split(",").flatMap((part) => part.trim().split(/\s+/)[0] || []));
      else if (LINK_ATTRIBUTES.has(key)) links.push(value.trim());
    }
  }
  return { links, ids };
}

/** Marks a `<nav>` with the same links on every page (the sidebar): they are checked on the first page only. */
const SAME_LINKS = "data-kiln-same-links";

/** A page without its same-links `<nav>`, and that nav's HTML when it has one. */
function splitSameLinksNav(html: string): { rest: string; nav: string | undefined } {
  const marker = html.indexOf(SAME_LINKS);
  // String search rather than a regex: the nav is most of a page on a large site, on every page.
  const start = marker < 0 ? -1 : html.lastIndexOf("<nav", marker);
  const end = marker < 0 ? -1 : html.indexOf("</nav>", marker);
  if (start < 0 || end < 0) return { rest: html, nav: undefined };
  const close = end + "</nav>".length;
  return { rest: html.slice(0, start) + html.slice(close), nav: html.slice(start, close) };
}

/** What the link check keeps of a page: its links and ids, not its HTML. */
export interface ScannedPage {
  url: string;
  inputPath: string;
  links: string[];
  ids: Set<string>;
  /** Whether the page has the same-links nav, whose links and ids {@link PageScans} keeps once. */
  hasSameLinksNav: boolean;
}

/**
 * The scans of a build's pages, taken as each page is written so that no page's HTML is kept until the check.
 * The same-links nav is scanned on the first page that has one.
 */
export class PageScans {
  #pages = new Map<string, ScannedPage>();
  #nav: { links: string[]; ids: Set<string> } | undefined;
  /** One copy of each link and id: most repeat across pages. */
  #strings = new Map<string, string>();

  /**
   * A copy of a string cut out of a page: V8 keeps a long substring as a view of the whole page, so keeping the
   * substring would keep every page's HTML alive until the check.
   */
  #own(text: string): string {
    let kept = this.#strings.get(text);
    if (kept === undefined) {
      kept = ` ${text}`.slice(1);
      this.#strings.set(kept, kept);
    }
    return kept;
  }

  #scan(html: string): { links: string[]; ids: Set<string> } {
    const { links, ids } = scanHtml(html);
    return { links: links.map((link) => this.#own(link)), ids: new Set([...ids].map((id) => this.#own(id))) };
  }

  /** Scans a page written to `outputPath` (a page written twice keeps its last scan). */
  add(outputPath: string, page: BuiltPage): void {
    const { rest, nav } = splitSameLinksNav(page.content);
    if (nav !== undefined && this.#nav === undefined) this.#nav = this.#scan(nav);
    this.#pages.set(outputPath, { url: page.url, inputPath: page.inputPath, ...this.#scan(rest), hasSameLinksNav: nav !== undefined });
  }

  /** The scan of the page written to `outputPath`, if it was scanned. */
  get(outputPath: string): ScannedPage | undefined {
    return this.#pages.get(outputPath);
  }

  /** The same-links nav's links and ids, if any page had one. */
  get nav(): { links: string[]; ids: Set<string> } | undefined {
    return this.#nav;
  }

  /** Forgets every scan (a new build starts). */
  clear(): void {
    this.#pages.clear();
    this.#nav = undefined;
    this.#strings.clear();
  }
}

/** Checks every internal link of the pages; returns the broken ones in page order. */
export function checkLinks(pages: readonly BuiltPage[], options: CheckLinksOptions): BrokenLink[] {
  const scans = new PageScans();
  pages.forEach((page, index) => scans.add(String(index), page));
  return checkScannedLinks(
    pages.map((_, index) => scans.get(String(index))!),
    scans.nav,
    options,
  );
}

/**
 * Checks the links of scanned pages, in their order; the same-links nav's links and ids count as the first such
 * page's (ahead of its own, as a sidebar comes first), where its broken links are reported.
 */
export function checkScannedLinks(
  pages: readonly ScannedPage[],
  nav: { links: string[]; ids: Set<string> } | undefined,
  options: CheckLinksOptions,
): BrokenLink[] {
  const prefix = options.pathPrefix;
  const generated = (options.generatedFolders ?? []).map((folder) => `/${folder.replace(/^\/|\/$/g, "")}/`);
  const navOwner = nav === undefined ? undefined : pages.find((page) => page.hasSameLinksNav);
  const scanned = pages.map((page) =>
    page === navOwner && nav !== undefined
      ? { page, links: [...nav.links, ...page.links], ids: new Set([...nav.ids, ...page.ids]) }
      : { page, links: page.links, ids: page.ids },
  );
  /** Pages by decoded site path; `/a/` and `/a/index.html` are one page. */
  const idsByPath = new Map<string, Set<string>>();
  for (const { page, ids } of scanned) {
    const path = safeDecode(new URL(page.url, ORIGIN).pathname);
    idsByPath.set(path, ids);
    if (path.endsWith("/")) idsByPath.set(`${path}index.html`, ids);
  }
  const fileExists = new Map<string, boolean>();
  const exists = (path: string) => {
    let found = fileExists.get(path);
    if (found === undefined) fileExists.set(path, (found = existsSync(join(options.outputFolder, path))));
    return found;
  };

  /** Why a link from a page at `base` is broken, if it is. */
  const problemOf = (href: string, base: URL): { reason: string; fragment?: string } | undefined => {
    const target = new URL(href, base);
    if (!target.pathname.startsWith(prefix)) return { reason: `outside the path prefix ${prefix}` };
    const path = `/${safeDecode(target.pathname.slice(prefix.length))}`;
    if (generated.some((folder) => path.startsWith(folder))) return undefined;
    const ids = idsByPath.get(path) ?? idsByPath.get(`${path}/`);
    if (ids === undefined && !exists(path.endsWith("/") ? `${path}index.html` : path)) return { reason: `no page or file at ${path}` };
    const fragment = safeDecode(target.hash.slice(1));
    if (fragment === "" || fragment === "top" || ids === undefined || ids.has(fragment)) return undefined;
    return { reason: `no element with id "${fragment}" on ${path}`, fragment };
  };
  // A `/`-rooted link means the same on every page (the sidebar repeats hundreds on each): check it once.
  const rooted = new Map<string, ReturnType<typeof problemOf>>();
  const broken: BrokenLink[] = [];
  for (const { page, links } of scanned) {
    const base = new URL(prefix + page.url.replace(/^\//, ""), ORIGIN);
    for (const href of new Set(links)) {
      if (href === "" || OUTSIDE.test(href)) continue;
      let problem: ReturnType<typeof problemOf>;
      if (href.startsWith("/")) {
        if (!rooted.has(href)) rooted.set(href, problemOf(href, base));
        problem = rooted.get(href);
      } else problem = problemOf(href, base);
      if (problem) broken.push({ page, href, reason: problem.reason, fragment: problem.fragment });
    }
  }
  return broken;
}
