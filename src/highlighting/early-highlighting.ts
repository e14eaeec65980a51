// A first build's highlighting, started with the Kiln plugin: the workers read the article files themselves.
// Highlighting is the longest part of a build with nothing cached; handing out jobs had to wait for the registry to
// read the articles and for a turn of the main thread, which is busy for seconds starting Eleventy.
import { resolve } from "node:path";
import { highlightFilesInPool } from "../markdown/highlight/highlight-pool.ts";
import type { HighlightCache } from "../markdown/highlight/highlight-cache.ts";
import type { HighlightingOptions } from "./highlighting-options.ts";
import { listArticleFiles } from "../content/article-files.ts";

/**
 * Code blocks an article has, at the least, for the workers to start before the articles are read: tutorials
 * have several (the benchmark corpus 4–8), and a site of this many blocks per article is worth the workers anyway.
 */
const EARLY_BLOCKS_PER_ARTICLE = 3;

/**
 * The article files to hand the workers before anything has read them, or undefined: only when nothing is cached
 * (a first build, or after the highlighting code changed) and there are enough articles to reach the pool's
 * threshold. Absolute paths, in the order pages render in.
 */
export async function earlyFiles(input: string, cached: boolean, options: HighlightingOptions): Promise<string[] | undefined> {
  if (options.workers < 2 || cached) return undefined;
  const files = await listArticleFiles(input).catch(() => []);
  return files.length * EARLY_BLOCKS_PER_ARTICLE >= options.poolThreshold ? files.map((file) => resolve(file)) : undefined;
}

/** A promise and its resolver. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Workers highlighting article files into the build's cache. */
export class EarlyPass {
  /** By absolute path: resolves once the file's blocks are in (or the pool failed: pages then highlight them). */
  readonly done: Map<string, Promise<void>>;
  /** Resolves when the pool is over: undefined, or the error that ended it. */
  readonly finished: Promise<unknown>;

  constructor(files: readonly string[], workers: number, cache: HighlightCache) {
    const waits = new Map(files.map((file) => [file, deferred()]));
    this.done = new Map([...waits].map(([file, wait]) => [file, wait.promise]));
    this.finished = highlightFilesInPool(files, workers, ({ file, blocks }) => {
      for (const [key, html] of blocks) cache.set(key, html);
      waits.get(file)?.resolve();
    })
      .then(
        () => undefined,
        (error: unknown) => error,
      )
      .finally(() => {
        for (const wait of waits.values()) wait.resolve();
      });
  }
}
