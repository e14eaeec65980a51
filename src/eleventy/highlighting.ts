// Highlighting for a whole build: every code block of every article is highlighted before rendering, once,
// on all cores, and kept in a cache on disk; pages then find their blocks ready.
import { join } from "node:path";
import { withHighlightCache } from "../markdown/cached-highlighter.ts";
import { HighlightCache, highlightKey, highlightSalt, type HighlightJob } from "../markdown/highlight-cache.ts";
import { highlightJobs } from "../markdown/highlight-jobs.ts";
import { defaultWorkers, highlightInPool } from "../markdown/highlight-pool.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../markdown/highlighter.ts";
import type { ContentRegistry } from "./content-registry.ts";
import type { Reporter } from "./reporter.ts";

/** How a build highlights: set by `npm run build -- --workers=N --cache=off` through the environment. */
export interface HighlightingOptions {
  /** Worker threads for the cold part of a build; 1 highlights on the main thread. @default one per core */
  workers: number;
  /** The cache file, or null to keep the cache in memory for this run only. */
  cacheFile: string | null;
  /** Fewest uncached blocks worth starting workers for. @default 300 */
  poolThreshold: number;
}

/** Reads KILN_WORKERS (a count) and KILN_CACHE (`off`, or the cache file's path). */
export function highlightingOptions(projectRoot: string, env: NodeJS.ProcessEnv = process.env): HighlightingOptions {
  const workers = Number(env["KILN_WORKERS"] ?? defaultWorkers());
  const cache = env["KILN_CACHE"];
  return {
    workers: Number.isInteger(workers) && workers > 0 ? workers : defaultWorkers(),
    cacheFile: cache === "off" ? null : cache || join(projectRoot, ".cache", "kiln", "highlight.json"),
    // KILN_POOL_THRESHOLD lets tests drive the worker pool with a small site.
    poolThreshold: Number(env["KILN_POOL_THRESHOLD"] ?? 300),
  };
}

/** The build's highlighter, wrapped by the cache, and the pass that fills the cache before rendering. */
export interface BuildHighlighting {
  highlighter: KilnHighlighter;
  /** Highlights every block of the registry's articles that the cache lacks. */
  prepare(registry: ContentRegistry): Promise<void>;
  /** Writes the cache to disk. */
  save(): Promise<void>;
}

/** Creates the highlighting of a build. */
export async function createBuildHighlighting(
  projectRoot: string,
  options: HighlightingOptions,
  reporter: Reporter,
): Promise<BuildHighlighting> {
  const { version } = (await import("shiki/package.json", { with: { type: "json" } })).default as { version: string };
  const cache = new HighlightCache(options.cacheFile, await highlightSalt(join(projectRoot, "src", "markdown"), version));
  await cache.load((reason) =>
    reporter.warn({
      location: { file: options.cacheFile ?? "" },
      message: `the highlight cache could not be read (${reason}) and was discarded`,
      hint: "nothing to do: it is rebuilt by this build",
    }),
  );
  const base = await createKilnHighlighter();
  // The blocks of each article body seen by the last pass: a dev-server rebuild parses only the bodies that changed.
  let blocksByBody = new Map<string, Array<[key: string, job: HighlightJob]>>();
  return {
    highlighter: withHighlightCache(base, cache),
    async prepare(registry) {
      const missing = new Map<string, HighlightJob>();
      const seen = new Map<string, Array<[string, HighlightJob]>>();
      for (const record of registry.all()) {
        const blocks =
          blocksByBody.get(record.body) ??
          highlightJobs(record.body, base.resolveLanguage).map((job): [string, HighlightJob] => [highlightKey(job), job]);
        seen.set(record.body, blocks);
        for (const [key, job] of blocks) if (cache.get(key) === undefined) missing.set(key, job);
      }
      blocksByBody = seen;
      // Worker start-up costs about a second: below a few hundred blocks the main thread is faster.
      if (options.workers < 2 || missing.size < options.poolThreshold) return;
      const jobs = [...missing.values()];
      const html = await highlightInPool(jobs, options.workers);
      jobs.forEach((job, index) => cache.set(highlightKey(job), html[index]!));
    },
    save: () => cache.save(),
  };
}
