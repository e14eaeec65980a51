// Link integrity: after every build, broken internal links and anchors are listed by source file and line;
// they fail a production build (before the new site replaces the old one) unless `linkCheck: "warn"`.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { KilnError, type Problem } from "../errors.ts";
import type { SiteOptions } from "../schema/site-options.ts";
import type { ContentRegistry } from "./content-registry.ts";
import type { BuildEventArgs } from "./eleventy-config.ts";
import { checkScannedLinks, PageScans, safeDecode, type BrokenLink, type ScannedPage } from "./link-checker.ts";
import type { Reporter } from "./reporter.ts";
import type { SiteUrls } from "./site-url.ts";

/** Options of {@link linkIntegrityPlugin}. */
export interface LinkIntegrityOptions {
  registry: ContentRegistry;
  reporter: Reporter;
  site: SiteOptions;
  urls: () => SiteUrls;
  /** Top-level output folders written by other `eleventy.after` steps (the search index). */
  generatedFolders: readonly string[];
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

/** Turns a broken link into a two-part problem located in its source. */
function toProblem(link: BrokenLink, registry: ContentRegistry, pathPrefix: string): Problem {
  const record = registry.get(link.page.inputPath);
  let location: Problem["location"] = { file: `page ${link.page.url} (from a layout)` };
  if (record) {
    const source = readFileSync(link.page.inputPath, "utf8");
    const line = lineOfLink(source, record.bodyLine, link, pathPrefix);
    location = line === undefined ? { file: record.file } : { file: record.file, line };
  }
  const kind = link.fragment === undefined ? "broken link" : "broken anchor";
  // A relative .md link to an article that exists but is not published (draft, future date): say so.
  const markdownTarget = /^([^:?#]*\.md)(?:#|$)/i.exec(safeDecode(link.href))?.[1];
  const unpublishedTarget =
    markdownTarget === undefined || markdownTarget.startsWith("/")
      ? undefined
      : registry.get(resolve(dirname(link.page.inputPath), markdownTarget));
  const reason = unpublishedTarget ? `${unpublishedTarget.file} is not published in this build` : link.reason;
  const hint =
    link.fragment !== undefined
      ? 'link to an id the page has: heading ids are the heading text, lowercased, punctuation folded to "-" (## 实战：训练 → #实战-训练)'
      : /\.md(#|$)/i.test(link.href)
        ? "no article of this build has that source path (drafts and future-dated articles are left out): fix the path, relative to this file or /-rooted at the content folder"
        : "fix the address, or link to an article by its source file (../ml/cnn.md) and Kiln writes its URL";
  return { location, message: `${kind} → ${safeDecode(link.href)}: ${reason}`, hint };
}

/** The link check of a build: pages are scanned as they are written, checked once all are. */
export interface LinkCheck {
  /** Forgets the scans of the last build (on `eleventy.before`). */
  reset(): void;
  /** Scans a page as it is written (the last transform): no page's HTML is kept until the check. */
  scan(page: { url: string; inputPath: string; outputPath: string }, html: string): void;
  /** Checks the build's pages (on `eleventy.after`); problems fail `npm run build` unless the site option says warn. */
  check(args: BuildEventArgs): void;
}

/** A whole HTML document: Eleventy also runs the transforms over feed entries (`renderTransforms`). */
const DOCUMENT = /^\s*<!doctype html/i;

/** Creates the link check of every build (kiln-plugin.ts runs it beside the search index). */
export function createLinkCheck(options: LinkIntegrityOptions): LinkCheck {
  const scans = new PageScans();
  return {
    reset: () => scans.clear(),
    scan(page, html) {
      if (page.outputPath.endsWith(".html") && DOCUMENT.test(html)) scans.add(page.outputPath, { ...page, content: html });
    },
    check: ({ directories, results, runMode }) => runCheck(options, scans, directories.output, results ?? [], runMode),
  };
}

/** Checks the pages of `results`, in their order, from their scans (or their files, for a page not scanned). */
function runCheck(
  options: LinkIntegrityOptions,
  scans: PageScans,
  outputFolder: string,
  results: NonNullable<BuildEventArgs["results"]>,
  runMode: BuildEventArgs["runMode"],
): void {
  const pages: ScannedPage[] = [];
  for (const { outputPath, url, inputPath } of results) {
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || typeof url !== "string") continue;
    if (scans.get(outputPath) === undefined) scans.add(outputPath, { url, inputPath, content: readFileSync(outputPath, "utf8") });
    pages.push(scans.get(outputPath)!);
  }
  const started = performance.now();
  const pathPrefix = options.urls().pathPrefix;
  const broken = checkScannedLinks(pages, scans.nav, { outputFolder, pathPrefix, generatedFolders: options.generatedFolders });
  const problems = broken.map((link) => toProblem(link, options.registry, pathPrefix));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  options.reporter.info(`link check: ${pages.length} pages, ${problems.length} broken in ${seconds} s`);
  if (problems.length === 0) return;
  // `npm run build -- --link-check=warn` (KILN_LINK_CHECK) overrides the site option for one build.
  const mode = process.env["KILN_LINK_CHECK"] ?? options.site.linkCheck;
  if (mode !== "warn" && runMode === "build") throw new KilnError("Broken links", problems);
  for (const problem of problems) options.reporter.warn(problem);
}
