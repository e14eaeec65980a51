// Highlighting for a whole build: every code block of every article is highlighted once, on worker threads while
// Eleventy prepares the pages, and kept in a cache on disk; each page waits for its own blocks only. A first build
// hands the workers the article files before Eleventy has read them (early-highlighting.ts).
import { rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { withHighlightCache } from "../markdown/highlight/cached-highlighter.ts";
import { HighlightCache, highlightKey, highlightSalt, type HighlightJob } from "../markdown/highlight/highlight-cache.ts";
import { highlightJobs } from "../markdown/highlight/highlight-jobs.ts";
import { highlightInPool, POOL_BATCH } from "../markdown/highlight/highlight-pool.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../markdown/highlight/highlighter.ts";
import type { ArticleRecord, ContentRegistry } from "../content/content-registry.ts";
import { deferred, EarlyPass, earlyFiles } from "./early-highlighting.ts";
import type { HighlightingOptions } from "./highlighting-options.ts";
import type { Reporter } from "../report/reporter.ts";

/** The build's highlighter, wrapped by the cache, and the pass that fills the cache while pages render. */
export interface BuildHighlighting {
  highlighter: KilnHighlighter;
  /**
   * Starts highlighting every block of the registry's articles that the cache lacks, on worker threads, and
   * returns without waiting: Eleventy prepares its pages meanwhile (one core would otherwise idle). With
   * `keepForRebuilds` (dev server) each body's blocks are kept for the next pass.
   */
  prepare(registry: ContentRegistry, keepForRebuilds?: boolean): Promise<void>;
  /** Resolves once the blocks of the article at `inputPath` are in the cache; undefined when none are pending. */
  whenReady(inputPath: string): Promise<void> | undefined;
  /** Waits for the workers and writes the cache to disk. */
  save(): Promise<void>;
}

/** The warning of a failed pool; nothing depends on the workers for its HTML, so the build goes on. */
function warnPoolFailed(reporter: Reporter, error: unknown): void {
  reporter.warn({
    location: { file: "highlighting" },
    message: `the worker threads failed (${error instanceof Error ? error.message : String(error)})`,
    hint: "nothing to do: this build highlights on the main thread instead",
  });
}

/** Creates the highlighting of a build whose articles are in `input`. */
export async function createBuildHighlighting(
  projectRoot: string,
  input: string,
  options: HighlightingOptions,
  reporter: Reporter,
): Promise<BuildHighlighting> {
  const { version } = (await import("shiki/package.json", { with: { type: "json" } })).default as { version: string };
  // An older Kiln's cache, one JSON file beside this one: up to hundreds of MB that a CI cache would carry forever.
  if (options.cacheFile !== null && basename(options.cacheFile) === "highlight.bin") {
    await rm(join(dirname(options.cacheFile), "highlight.json"), { force: true });
  }
  const cache = new HighlightCache(options.cacheFile, await highlightSalt(join(projectRoot, "src", "markdown", "highlight"), version));
  await cache.load((reason) =>
    reporter.warn({
      location: { file: options.cacheFile ?? "" },
      message: `the highlight cache could not be read (${reason}) and was discarded`,
      hint: "nothing to do: it is rebuilt by this build",
    }),
  );
  // A first build's workers, on the article files from now on (early-highlighting.ts). Taken by the first pass
  // (prepare); each page of that build waits for its own file.
  const files = await earlyFiles(input, cache.size > 0, options);
  let early = files === undefined ? undefined : new EarlyPass(files, options.workers, cache);
  let earlyOfBuild: EarlyPass | undefined;
  const base = await createKilnHighlighter();
  // The blocks of each article body seen by the last pass: a dev-server rebuild parses only the bodies that changed.
  let blocksByBody = new Map<string, Array<[key: string, job: HighlightJob]>>();
  let registryOfBuild: ContentRegistry | undefined;
  let pending = new Map<ArticleRecord, Promise<void>>();
  let pool: Promise<void> = Promise.resolve();
  return {
    highlighter: withHighlightCache(base, cache),
    async prepare(registry, keepForRebuilds = false) {
      registryOfBuild = registry;
      pending = new Map();
      earlyOfBuild = early;
      early = undefined;
      if (earlyOfBuild !== undefined) {
        pool = earlyOfBuild.finished.then((error) => {
          if (error !== undefined) warnPoolFailed(reporter, error);
        });
        return;
      }
      const missing = new Map<string, HighlightJob>();
      const seen = new Map<string, Array<[string, HighlightJob]>>();
      const missingOf = new Map<ArticleRecord, string[]>();
      for (const record of registry.all()) {
        const blocks =
          blocksByBody.get(record.body) ??
          highlightJobs(record.body, base.resolveLanguage).map((job): [string, HighlightJob] => [highlightKey(job), job]);
        seen.set(record.body, blocks);
        const lacking = blocks.filter(([key]) => !cache.has(key));
        if (lacking.length > 0) missingOf.set(record, lacking.map(([key]) => key));
        for (const [key, job] of lacking) missing.set(key, job);
      }
      blocksByBody = keepForRebuilds ? seen : new Map();
      // Worker start-up costs about a second: below a few hundred blocks the main thread is faster.
      if (options.workers < 2 || missing.size < options.poolThreshold) return;
      // Jobs in article order, batches of them finishing in about that order: the first pages wait least. A page
      // whose batch is not back yet waits for it; nothing ever depends on the workers for its HTML (a block missing
      // from the cache is highlighted where it is needed), so a failed pool is only slower.
      const keys = [...missing.keys()];
      const indexOf = new Map(keys.map((key, index) => [key, index]));
      const batches = new Map<number, ReturnType<typeof deferred>>();
      const batchOf = (index: number) => {
        const start = index - (index % POOL_BATCH);
        if (!batches.has(start)) batches.set(start, deferred());
        return batches.get(start)!;
      };
      for (const [record, recordKeys] of missingOf) {
        const waits = new Set(recordKeys.map((key) => batchOf(indexOf.get(key)!).promise));
        pending.set(record, Promise.all(waits).then(() => undefined));
      }
      pool = highlightInPool([...missing.values()], options.workers, (start, html) => {
        html.forEach((text, index) => cache.set(keys[start + index]!, text));
        batchOf(start).resolve();
      }).then(
        () => undefined,
        (error: unknown) => warnPoolFailed(reporter, error),
      ).finally(() => {
        for (const batch of batches.values()) batch.resolve();
      });
    },
    whenReady: (inputPath) => {
      if (earlyOfBuild !== undefined) return earlyOfBuild.done.get(resolve(inputPath));
      const record = registryOfBuild?.get(inputPath);
      return record === undefined ? undefined : pending.get(record);
    },
    async save() {
      await pool;
      await cache.save();
    },
  };
}
