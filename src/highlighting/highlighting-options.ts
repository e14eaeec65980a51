// How a build highlights (worker threads, cache file), read from the environment `npm run build` sets.
import { join } from "node:path";
import { defaultWorkers } from "../markdown/highlight/highlight-pool.ts";

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
    cacheFile: cache === "off" ? null : cache || join(projectRoot, ".cache", "kiln", "highlight.bin"),
    // KILN_POOL_THRESHOLD lets tests drive the worker pool with a small site.
    poolThreshold: Number(env["KILN_POOL_THRESHOLD"] ?? 300),
  };
}
