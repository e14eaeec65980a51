// Highlighting on every core: jobs split across worker threads, each with its own shiki instance.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { HighlightJob } from "./highlight-cache.ts";

/** How many workers a build uses by default: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/** Starts a worker and resolves when its highlighter is ready. */
function startWorker(): Promise<Worker> {
  // The worker is TypeScript: it registers tsx's loader itself, since a worker thread does not
  // reliably inherit the `--import tsx` its parent process was started with.
  const entry = new URL("./highlight-worker.ts", import.meta.url).href;
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true });
  return new Promise((ready, fail) => {
    worker.once("message", () => ready(worker));
    worker.once("error", fail);
  });
}

/** Sends one batch and waits for its HTML. */
function run(worker: Worker, jobs: HighlightJob[]): Promise<string[]> {
  return new Promise((done, fail) => {
    worker.once("message", (html: string[]) => done(html));
    worker.once("error", fail);
    worker.postMessage(jobs);
  });
}

/**
 * Highlights `jobs` on `workers` threads; returns the HTML in job order. Jobs are dealt in
 * interleaved batches so that long and short blocks spread evenly.
 */
export async function highlightInPool(jobs: readonly HighlightJob[], workers: number): Promise<string[]> {
  const count = Math.max(1, Math.min(workers, Math.ceil(jobs.length / 50)));
  const pool = await Promise.all(Array.from({ length: count }, () => startWorker()));
  try {
    const shares = pool.map((_, index) => jobs.filter((__, job) => job % count === index));
    const results = await Promise.all(pool.map((worker, index) => run(worker, shares[index]!)));
    return jobs.map((_, job) => results[job % count]![Math.floor(job / count)]!);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
