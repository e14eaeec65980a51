// Link integrity: after every build, broken internal links and anchors are listed by source file and line;
// they fail a production build (before the new site replaces the old one) unless `linkCheck: "warn"`.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Problem } from "../errors.ts";
import type { SiteOptions } from "../schema/site-options.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import { checkImages } from "./images.ts";
import type { LinkSource } from "./link-sources.ts";
import { checkLinks, type LinkTargets } from "./links.ts";
import { displayPath } from "../report/display-path.ts";
import { unpublished } from "../content/drafts.ts";
import type { BuildEventArgs } from "../eleventy/eleventy-config.ts";
import { checkScannedLinks, PageScans, safeDecode, type BrokenLink, type ScannedPage } from "./link-checker.ts";
import type { Reporter } from "../report/reporter.ts";
import type { SiteUrls } from "../links/site-url.ts";

/** Options of {@link linkIntegrityPlugin}. */
export interface LinkIntegrityOptions {
  registry: ContentRegistry;
  reporter: Reporter;
  site: SiteOptions;
  urls: () => SiteUrls;
  /** Top-level output folders written by other `eleventy.after` steps (the search index). */
  generatedFolders: readonly string[];
  /** The project's public/ folder, where `/`-rooted images may be. */
  publicFolder: string;
}

/** The 1-based line of the Markdown source that holds the link, trying the forms an author may have written. */
export function lineOfLink(source: string, bodyLine: number, link: BrokenLink, pathPrefix: string): number | undefined {
  const href = link.href.startsWith(pathPrefix) && pathPrefix !== "/" ? `/${link.href.slice(pathPrefix.length)}` : link.href;
  const hash = href.indexOf("#");
  const candidates = [href, safeDecode(href), ...(hash < 0 ? [] : [safeDecode(href.slice(hash)), href.slice(hash)])];
  const lines = source.split(/\r?\n/);
  for (const candidate of candidates) {
    for (let index = bodyLine - 1; index < lines.length; index++) {
      if (lines[index]?.includes(`(${candidate}`) || lines[index]?.includes(`"${candidate}"`)) return index + 1;
    }
  }
  for (const candidate of candidates) {
    const index = lines.findIndex((line, i) => i >= bodyLine - 1 && line.includes(candidate));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/** The `.md` or `.ipynb` file a relative link names, resolved from the linking page's source; undefined for other links. */
function markdownTargetOf(link: BrokenLink): string | undefined {
  const target = /^([^:?#]*\.(?:md|ipynb))(?:#|$)/i.exec(safeDecode(link.href))?.[1];
  return target === undefined || target.startsWith("/") ? undefined : resolve(dirname(link.page.inputPath), target);
}

/** Turns a broken link into a two-part problem located in its source. */
function toProblem(link: BrokenLink, registry: ContentRegistry, pathPrefix: string): Problem {
  const record = registry.get(link.page.inputPath);
  let location: Problem["location"] = { file: `page ${link.page.url} (from a layout)` };
  if (record) {
    // The body as read (a notebook's file is JSON; its translation is what has lines), at its lines in the file.
    const source = "\n".repeat(record.bodyLine - 1) + record.body;
    const line = lineOfLink(source, record.bodyLine, link, pathPrefix);
    location = line === undefined ? { file: record.file } : { file: record.file, line };
  }
  const kind = link.fragment === undefined ? "broken link" : "broken anchor";
  // A relative .md link to an article that exists but is not published (draft, future date): say so.
  const markdownTarget = markdownTargetOf(link);
  const unpublishedTarget = markdownTarget === undefined ? undefined : registry.get(markdownTarget);
  const reason = unpublishedTarget ? `${unpublishedTarget.file} is not published in this build` : link.reason;
  const hint =
    link.fragment !== undefined
      ? 'link to an id the page has: heading ids are the heading text, lowercased, punctuation folded to "-" (## 实战：训练 → #实战-训练)'
      : /\.(md|ipynb)(#|$)/i.test(link.href)
        ? "no article of this build has that source path (drafts and future-dated articles are left out): fix the path, relative to this file or /-rooted at the content folder"
        : "fix the address, or link to an article by its source file (../ml/cnn.md) and Kiln writes its URL";
  return { location, message: `${kind} → ${safeDecode(link.href)}: ${reason}`, hint };
}

/**
 * The article check `npm run check` runs, over the articles this build rendered: `.md` links to missing or
 * unpublished articles and to missing ids, and missing local images, each at its line.
 */
function checkArticleLinks(options: LinkIntegrityOptions, articles: ReadonlyMap<string, LinkSource>, inputFolder: string): Problem[] {
  const { registry } = options;
  const now = new Date();
  // Only articles the registry still has: a dev server keeps the sources of files deleted since.
  const sources = [...articles.values()].filter((source) => registry.get(source.path) !== undefined);
  const problemFiles = new Set(registry.problems.map((problem) => problem.location.file));
  const targets: LinkTargets = {
    published: (path) => (registry.get(path) === undefined ? undefined : articles.get(path)),
    unpublished: (path) => {
      const record = registry.get(path);
      return record && { file: record.file, reason: unpublished(record.article, now) ?? "not written" };
    },
    hasProblems: (path) => problemFiles.has(displayPath(path)),
  };
  const input = resolve(inputFolder);
  return [...checkLinks(sources, targets, input), ...checkImages(sources, input, options.publicFolder)].map(
    ({ severity: _severity, ...problem }) => problem,
  );
}

/** The link check of a build: pages are scanned as they are written, checked once all are. */
export interface LinkCheck {
  /**
   * Forgets the scans of the last build (on `eleventy.before`). A dev-server rebuild renders only what changed, so
   * it keeps the articles' links and ids of the builds before (each replaced when its article renders again).
   */
  reset(runMode: BuildEventArgs["runMode"]): void;
  /** Scans a page as it is written (the last transform): no page's HTML is kept until the check. */
  scan(page: { url: string; inputPath: string; outputPath: string }, html: string): void;
  /** Keeps an article's links, images and ids as its Markdown is rendered, for the check `npm run check` runs too. */
  noteArticle(source: LinkSource): void;
  /**
   * Checks the build's pages (on `eleventy.after`). Returns the problems that fail `npm run build` (none when the
   * site option or `--link-check` says warn); the others are printed as warnings.
   */
  check(args: BuildEventArgs): Problem[];
}

/** A whole HTML document: Eleventy also runs the transforms over feed entries (`renderTransforms`). */
const DOCUMENT = /^\s*<!doctype html/i;

/** Creates the link check of every build (kiln-plugin.ts runs it beside the search index). */
export function createLinkCheck(options: LinkIntegrityOptions): LinkCheck {
  const scans = new PageScans();
  const articles = new Map<string, LinkSource>();
  return {
    reset: (runMode) => {
      scans.clear();
      if (runMode === "build") articles.clear();
    },
    noteArticle: (source) => articles.set(source.path, source),
    scan(page, html) {
      if (page.outputPath.endsWith(".html") && DOCUMENT.test(html)) scans.add(page.outputPath, { ...page, content: html });
    },
    check: ({ directories, results, runMode }) => {
      const byArticle = checkArticleLinks(options, articles, directories.input);
      return runCheck(options, scans, byArticle, directories.output, results ?? [], runMode);
    },
  };
}

/** Checks the pages of `results`, in their order, from their scans (or their files, for a page not scanned). */
function runCheck(
  options: LinkIntegrityOptions,
  scans: PageScans,
  byArticle: readonly Problem[],
  outputFolder: string,
  results: NonNullable<BuildEventArgs["results"]>,
  runMode: BuildEventArgs["runMode"],
): Problem[] {
  const pages: ScannedPage[] = [];
  for (const { outputPath, url, inputPath } of results) {
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || typeof url !== "string") continue;
    if (scans.get(outputPath) === undefined) scans.add(outputPath, { url, inputPath, content: readFileSync(outputPath, "utf8") });
    pages.push(scans.get(outputPath)!);
  }
  const started = performance.now();
  const pathPrefix = options.urls().pathPrefix;
  const broken = checkScannedLinks(pages, scans.nav, { outputFolder, pathPrefix, generatedFolders: options.generatedFolders })
    .filter((link) => markdownTargetOf(link) === undefined);
  // A link the article check found at a line is told once, in its words (the link as the author wrote it).
  const told = new Set(byArticle.map(({ location }) => `${location.file}:${location.line}`));
  const inPages = broken.map((link) => toProblem(link, options.registry, pathPrefix));
  const problems = [...byArticle, ...inPages.filter(({ location }) => !told.has(`${location.file}:${location.line}`))];
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  options.reporter.info(`link check: ${pages.length} pages, ${problems.length} broken in ${seconds} s`);
  if (problems.length === 0) return [];
  // `npm run build -- --link-check=warn` (KILN_LINK_CHECK) overrides the site option for one build.
  const mode = process.env["KILN_LINK_CHECK"] ?? options.site.linkCheck;
  if (mode !== "warn" && runMode === "build") return problems;
  for (const problem of problems) options.reporter.warn(problem);
  return [];
}
