// Search index: Pagefind indexes the written site after every build (production and dev server), as one index
// for every language, so a single search box finds Chinese and English articles alike.
import { rmSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { KilnError } from "../errors.ts";
import { BackgroundRuns } from "../dev/background-runs.ts";
import type { BuildEventArgs } from "../eleventy/eleventy-config.ts";
import { PagefindMissingError, runPagefind } from "./pagefind-binary.ts";
import type { Reporter } from "../report/reporter.ts";

/** Folder of the Pagefind bundle inside the site; the search page loads `<prefix>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_FOLDER = "pagefind";

/**
 * Interface text inside indexed articles that is no content: heading permalinks (`#`), a code block's language
 * label and buttons (copy), the draft/scheduled badge, a notebook's prompts and tracebacks, and KaTeX's MathML copy of each formula (its visible HTML
 * copy is indexed; both would double every symbol). Layouts mark their own parts with `data-pagefind-ignore`
 * (the TOC); these selectors cover markup that the Markdown plugins and scripts write.
 */
export const SEARCH_EXCLUDE_SELECTORS = [
  ".heading-anchor",
  ".code-block__lang",
  ".code-block button",
  ".badge",
  ".katex-mathml",
  // A notebook's prompts (`In [3]:`) and tracebacks: noise that would match every query for "error" or a file path.
  ".nb-prompt",
  ".nb-error",
] as const;

/** Options of {@link writeSearchIndex}. */
export interface SearchIndexOptions {
  /** The site's language (`zh-CN`): every page is indexed in it, whatever its own `<html lang>`. */
  language: string;
  /** Pages one Pagefind run indexes at most. @default SHARD_PAGES */
  shardPages?: number | undefined;
}

/**
 * Pages one Pagefind run indexes at most. Pagefind holds every page it indexes in memory, copied once more per
 * language before it writes (about 0.8 MB a page with Chinese segmentation, half that for English): 9,491 pages
 * took 7.6 GB. A larger site is indexed in several runs, one after another, each into its own bundle, and the
 * browser merges them (Pagefind's `mergeIndex`, its multisite search): about 1.6 GB at most.
 */
export const SHARD_PAGES = 2000;

/** The file in the bundle folder that lists the other runs' bundles (`["shard-2/"]`), for pagefind-bundle.js. */
export const SHARDS_FILE = "kiln-shards.json";

/** What one indexing run produced. */
export interface SearchIndexStats {
  /** Pages in the index (pages with `data-pagefind-body`: published articles). */
  pages: number;
  /** Bytes of the index proper: word index, fragments, metadata. */
  indexBytes: number;
  /** Bytes of the whole bundle folder: index plus Pagefind's scripts and WebAssembly. */
  bundleBytes: number;
  /** Seconds spent indexing and writing. */
  seconds: number;
}

/** Files of the bundle that are search code rather than index data. */
const CODE_FILE = /\.(js|css|json)$|^wasm\./;

/** Sums file sizes below a folder: all files, and those that are index data. */
async function bundleSizes(folder: string): Promise<{ total: number; index: number }> {
  let total = 0;
  let index = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const { size } = await stat(join(entry.parentPath, entry.name));
    total += size;
    if (!CODE_FILE.test(entry.name)) index += size;
  }
  return { total, index };
}

/** Pages in the index, as the bundle's entry file counts them (only pages with `data-pagefind-body`). */
async function indexedPages(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Pagefind's language code for a site language: the ISO 639-1 part (`zh-CN` → `zh`). */
export function searchLanguage(siteLanguage: string): string {
  return (siteLanguage.split("-")[0] ?? siteLanguage).toLowerCase();
}

/**
 * Indexes every HTML page of a built site into `<site>/pagefind/`.
 *
 * Pagefind would split a mixed site into one index per `<html lang>`, and a search page loads only the index of
 * its own language: from a Chinese page, English articles could never be found. `--force-language` makes one
 * index, and the site language (Chinese by default) turns on Chinese word segmentation for all of it; the search
 * page carries the same language, so the browser segments queries the same way.
 *
 * Pagefind's binary rather than its Node API (`createIndex`…): the same binary does the work, but through the
 * API's service mode the 1000-article benchmark corpus took about twice as long (80 s against 43 s, run side by
 * side on a busy 2-core machine; the command used 12 s of CPU).
 */
export async function writeSearchIndex(
  siteFolder: string,
  options: SearchIndexOptions,
  pages?: readonly string[],
): Promise<SearchIndexStats> {
  const started = performance.now();
  const site = resolve(siteFolder);
  const bundle = join(site, SEARCH_BUNDLE_FOLDER);
  // Start from an empty bundle folder: the dev server's output still holds the previous build's. Synchronous, so
  // that Pagefind has started when this function first yields: the link check then blocks this thread beside it.
  rmSync(bundle, { recursive: true, force: true });
  const shards = searchShards(pages, options.shardPages ?? SHARD_PAGES);
  // The first run's bundle is the one pages load; the others sit inside it and are merged in the browser.
  const folders = shards.map((_, index) => (index === 0 ? "" : `shard-${index + 1}/`));
  for (const [index, shard] of shards.entries()) {
    await runPagefind([
      "--site",
      site,
      "--output-subdir",
      index === 0 ? SEARCH_BUNDLE_FOLDER : `${SEARCH_BUNDLE_FOLDER}/${folders[index]}`,
      "--force-language",
      searchLanguage(options.language),
      // One CSS selector list.
      "--exclude-selectors",
      SEARCH_EXCLUDE_SELECTORS.join(", "),
      ...pagesGlob(shard),
      "--quiet",
    ]);
  }
  await writeFile(join(bundle, SHARDS_FILE), JSON.stringify(folders.slice(1)));
  const sizes = await bundleSizes(bundle);
  let indexed = 0;
  for (const folder of folders) indexed += await indexedPages(join(bundle, folder));
  const seconds = (performance.now() - started) / 1000;
  return { pages: indexed, indexBytes: sizes.index, bundleBytes: sizes.total, seconds };
}

/**
 * The pages of each Pagefind run: at most `shardPages` each, sorted, and each list short enough to pass as one
 * glob. One run of every page (`[undefined]`) when the list is unknown or empty (a dev server's rebuild), or when a
 * path holds a character a glob would read as a pattern: a run without a glob reads every page, so runs of parts
 * would each index them all.
 */
export function searchShards(pages: readonly string[] | undefined, shardPages: number): Array<readonly string[] | undefined> {
  if (pages === undefined || pages.length === 0 || pages.some((page) => GLOB_SPECIAL.test(page))) return [undefined];
  const shards: string[][] = [];
  let current: string[] = [];
  let bytes = 2;
  for (const page of [...pages].sort()) {
    const pageBytes = Buffer.byteLength(page) + 1;
    if (current.length > 0 && (current.length >= shardPages || bytes + pageBytes > MAX_GLOB_BYTES)) {
      shards.push(current);
      current = [];
      bytes = 2;
    }
    current.push(page);
    bytes += pageBytes;
  }
  shards.push(current);
  return shards;
}

/**
 * A brace glob of more bytes than this is not passed (Linux refuses one argument over 128 KiB, counted in bytes: a
 * Chinese path's characters are three each): all pages are read.
 */
const MAX_GLOB_BYTES = 100_000;
/** Characters a glob reads as a pattern: a path with one is not passed in a glob. */
const GLOB_SPECIAL = /[{}[\]*?,\\!]/;

/**
 * `--glob {a/index.html,b/index.html}`: Pagefind reads only the pages it indexes (those with `data-pagefind-body`,
 * paths relative to the site) instead of every page, list pages and 404 included: 20 % of its CPU time on the
 * realistic 1000-article corpus (13.1 s → 10.3 s). None when the list is unknown, empty, too long, or a path holds a
 * character a glob would read as a pattern.
 */
export function pagesGlob(pages: readonly string[] | undefined): string[] {
  if (pages === undefined || pages.length === 0 || pages.some((page) => GLOB_SPECIAL.test(page))) return [];
  const glob = `{${[...pages].sort().join(",")}}`;
  return Buffer.byteLength(glob) > MAX_GLOB_BYTES ? [] : ["--glob", glob];
}

/** One line for the end of the build: `search index: 9 pages, 96 KB (bundle 610 KB) in 0.21 s`. */
export function formatSearchStats(stats: SearchIndexStats): string {
  const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KB`;
  return (
    `search index: ${stats.pages} pages, ${kb(stats.indexBytes)} (bundle ${kb(stats.bundleBytes)}) ` +
    `in ${stats.seconds.toFixed(2)} s`
  );
}

/** Options of {@link searchIndexPlugin}. */
export interface SearchIndexPluginOptions extends SearchIndexOptions {
  reporter: Reporter;
  /** Writes the index; false (`npm run build -- --search=off`) builds without one. @default true */
  enabled?: boolean;
}

/** The search index of every build. */
export interface SearchIndexer {
  /** Notes a page as it is written (its path relative to the output folder): is it one Pagefind indexes? */
  notePage(html: string, path: string): void;
  /** Forgets the pages of the last build (on `eleventy.before`). */
  reset(): void;
  /** Writes the index once the pages are written (on `eleventy.after`). */
  index(args: BuildEventArgs): Promise<void>;
}

/**
 * The indexing of every build, run on `eleventy.after` (kiln-plugin.ts runs it beside the link check) rather than
 * as a step in build-site.ts: it also runs after each rebuild of the dev server, and a production build's output is
 * still the staging folder at this point, so a failed index fails the build before the swap and the previous site
 * stays untouched. Without Pagefind's binary a build fails with a two-part error and the dev server warns; the
 * search page tells readers search is unavailable.
 */
export function createSearchIndexer(options: SearchIndexPluginOptions): SearchIndexer {
  const index = async (output: string, runMode: BuildEventArgs["runMode"], pages?: readonly string[]) => {
    try {
      options.reporter.info(formatSearchStats(await writeSearchIndex(output, options, pages)));
    } catch (error) {
      if (!(error instanceof PagefindMissingError)) throw error;
      // A deploy must not ship a dead search box unnoticed: a build stops (--search=off is the explicit way out);
      // the dev server keeps serving and warns, since search is rarely what an author is previewing.
      if (runMode === "build") throw new KilnError("The search index cannot be written", [error.problem]);
      options.reporter.warn(error.problem);
    }
  };
  // The dev server indexes after the edited page is served, never holding up the next save's rebuild (indexing
  // 1000 pages takes seconds).
  const background = new BackgroundRuns((error) =>
    options.reporter.warn({
      location: { file: "search index" },
      message: `the dev server's search index was not updated: ${error instanceof Error ? error.message : String(error)}`,
      hint: "the next save indexes again; search works on the pages indexed before",
    }),
  );
  /** The pages with `data-pagefind-body` this build wrote. */
  let bodies: string[] = [];
  return {
    notePage(html, path) {
      if (html.includes("data-pagefind-body")) bodies.push(path);
    },
    reset() {
      bodies = [];
    },
    async index({ directories, runMode }) {
      // Without a single page marked `data-pagefind-body` Pagefind would index every page (home, lists, 404). Only
      // a full build knows every page; a dev server's rebuild notes just the pages it wrote.
      if (runMode === "build" && bodies.length === 0) {
        options.reporter.info("search index: no articles, none written");
        return;
      }
      if (options.enabled === false) {
        options.reporter.info("search index: off (--search=off); the search page tells readers search is unavailable");
        return;
      }
      // A dev server's rebuild wrote only some pages: Pagefind then reads them all.
      if (runMode === "build") await index(directories.output, runMode, bodies);
      else void background.request(() => index(directories.output, runMode));
    },
  };
}
