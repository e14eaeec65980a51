// Highlighting on every core: jobs split across worker threads, each with its own shiki instance.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { HighlightJob } from "./highlight-cache.ts";
import { workerScript } from "./worker-script.ts";

/** How many workers a build uses by default: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/** Starts a worker and resolves when its highlighter is ready. */
async function startWorker(): Promise<Worker> {
  const script = await workerScript("highlight-worker.ts");
  const worker = script === undefined ? new Worker(tsxBootstrap(), { eval: true }) : new Worker(script);
  return new Promise((ready, fail) => {
    worker.once("message", () => ready(worker));
    worker.once("error", fail);
  });
}

/**
 * The worker loading its TypeScript through tsx, when it could not be bundled: it registers tsx's loader itself,
 * since a worker thread does not reliably inherit the `--import tsx` its parent process was started with.
 */
function tsxBootstrap(): string {
  const entry = new URL("./highlight-worker.ts", import.meta.url).href;
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

/** Workers started ahead of their jobs by {@link startWorkers}. */
export type StartedWorkers = Promise<Worker[]>;

/**
 * Starts `count` workers now, so that their start-up (shiki and its grammars, most of a second of a core each)
 * overlaps other work; hand them to {@link highlightInPool}, or to {@link stopWorkers} when there is nothing to
 * highlight. Idle, they do not keep the process alive.
 */
export function startWorkers(count: number): StartedWorkers {
  const started = Promise.all(
    Array.from({ length: count }, async () => {
      const worker = await startWorker();
      worker.unref();
      return worker;
    }),
  );
  // Nobody may be waiting yet: a failure is seen by whoever awaits them, not reported as unhandled meanwhile.
  started.catch(() => {});
  return started;
}

/** Ends workers that were started but are not needed. */
export async function stopWorkers(started: StartedWorkers): Promise<void> {
  const workers = await started.catch(() => []);
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/**
 * Sends every batch at once and resolves when the worker has answered them all, calling `onAnswer` for each in
 * order. All at once, not one after the other: a worker waiting for the main thread to send its next batch would
 * idle whenever the main thread is busy, and it is (Eleventy prepares pages meanwhile).
 */
function runAll(
  worker: Worker,
  batches: ReadonlyArray<readonly HighlightJob[]>,
  onAnswer: (index: number, html: string[]) => void,
): Promise<void> {
  return new Promise((done, fail) => {
    let answered = 0;
    const failed = (error: Error) => {
      worker.off("message", answer);
      fail(error);
    };
    const answer = (html: string[]) => {
      onAnswer(answered++, html);
      if (answered < batches.length) return;
      worker.off("message", answer);
      worker.off("error", failed);
      done();
    };
    if (batches.length === 0) return done();
    worker.on("message", answer);
    worker.once("error", failed);
    for (const batch of batches) worker.postMessage(batch);
  });
}

/** Jobs per message: small enough that the first articles' blocks are ready early, large enough to cost no time. */
export const POOL_BATCH = 32;

/**
 * Highlights `jobs` on `workers` threads (a count, or workers already started); returns the HTML in job order.
 * Batches are dealt to the workers in turn (long and short blocks spread evenly) and come back in about the order
 * of the jobs; `onBatch` hears of each (first job's index, its HTML) as it comes. The workers end with it.
 */
export async function highlightInPool(
  jobs: readonly HighlightJob[],
  workers: number | StartedWorkers,
  onBatch?: (start: number, html: readonly string[]) => void,
): Promise<string[]> {
  // Started here: no more workers than there are 50 jobs for.
  const useful = (count: number) => Math.max(1, Math.min(count, Math.ceil(jobs.length / 50)));
  const pool = typeof workers === "number" ? await Promise.all(Array.from({ length: useful(workers) }, startWorker)) : await workers;
  for (const worker of pool) worker.ref();
  const count = pool.length;
  const html: string[] = new Array<string>(jobs.length);
  const starts = Array.from({ length: Math.ceil(jobs.length / POOL_BATCH) }, (_, index) => index * POOL_BATCH);
  const share = (worker: number) => starts.filter((_, index) => index % count === worker);
  try {
    await Promise.all(
      pool.map((worker, index) => {
        const mine = share(index);
        return runAll(worker, mine.map((start) => jobs.slice(start, start + POOL_BATCH)), (batch, answer) => {
          const start = mine[batch]!;
          answer.forEach((text, offset) => (html[start + offset] = text));
          onBatch?.(start, answer);
        });
      }),
    );
    return html;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
