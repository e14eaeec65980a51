// Highlighting on every core: jobs split across worker threads, each with its own shiki instance.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { HighlightJob } from "./highlight-cache.ts";
import { tsxBootstrap, workerScript } from "./worker-script.ts";

/** How many workers a build uses by default: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/** A worker thread running the highlight worker, bundled (see worker-script.ts) or through tsx. */
function spawnWorker(workerData?: WorkerFiles): Worker {
  const script = workerScript("highlight-worker.ts");
  return script === undefined ? new Worker(tsxBootstrap("highlight-worker.ts"), { eval: true, workerData }) : new Worker(script, { workerData });
}

/** Starts a worker for jobs and resolves when its highlighter is ready. */
function startWorker(): Promise<Worker> {
  const worker = spawnWorker();
  return new Promise((ready, fail) => {
    worker.once("message", () => ready(worker));
    worker.once("error", fail);
  });
}

/** The article files a worker is started with, in messages' worth: it answers each group with a message. */
export interface WorkerFiles {
  files: string[][];
}

/** The blocks of one article file: each one's cache key and HTML. */
export interface FileBlocks {
  file: string;
  blocks: Array<[key: string, html: string]>;
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
 * Highlights `jobs` on `workers` threads (no more than there are 50 jobs for); returns the HTML in job order.
 * Batches are dealt to the workers in turn (long and short blocks spread evenly) and come back in about the order
 * of the jobs; `onBatch` hears of each (first job's index, its HTML) as it comes.
 */
export async function highlightInPool(
  jobs: readonly HighlightJob[],
  workers: number,
  onBatch?: (start: number, html: readonly string[]) => void,
): Promise<string[]> {
  const count = Math.max(1, Math.min(workers, Math.ceil(jobs.length / 50)));
  const pool = await Promise.all(Array.from({ length: count }, () => startWorker()));
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

/** Article files per answer: about the blocks of a job batch. */
export const POOL_FILES = 4;

/**
 * Highlights the code blocks of article files on `workers` threads that read the files themselves, so the pool
 * can start before anything has read the articles. Each worker is started with its files (dealt in turn, in the
 * order given: the order pages render in) and works through them without waiting for this thread, which may be
 * busy for seconds starting Eleventy; `onFile` hears of each file's blocks as they come.
 */
export async function highlightFilesInPool(
  files: readonly string[],
  workers: number,
  onFile: (blocks: FileBlocks) => void,
): Promise<void> {
  const groups: string[][] = [];
  for (let start = 0; start < files.length; start += POOL_FILES) groups.push(files.slice(start, start + POOL_FILES));
  const count = Math.max(1, Math.min(workers, groups.length));
  const shares = Array.from({ length: count }, (_, index) => groups.filter((_, position) => position % count === index));
  const pool = shares.map((share) => spawnWorker({ files: share }));
  try {
    await Promise.all(
      pool.map(
        (worker, index) =>
          new Promise<void>((done, fail) => {
            let answered = 0;
            const expected = shares[index]!.length;
            if (expected === 0) return done();
            worker.on("message", (answer: FileBlocks[]) => {
              for (const blocks of answer) onFile(blocks);
              if (++answered === expected) done();
            });
            worker.once("error", fail);
            worker.once("exit", (code) => fail(new Error(`a worker stopped (exit code ${code})`)));
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
