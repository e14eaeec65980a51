// Worker thread of the highlight pool: its own shiki highlighter, highlighting the jobs it is sent or the code
// blocks of the article files it was started with.
import { parentPort, workerData } from "node:worker_threads";
import { highlightKey, type HighlightJob } from "./highlight-cache.ts";
import { fileHighlightJobs } from "./highlight-jobs.ts";
import type { FileBlocks, WorkerFiles } from "./highlight-pool.ts";
import { createKilnHighlighter, type KilnLanguage } from "./highlighter.ts";
import { lowerThreadPriority } from "./thread-priority.ts";

lowerThreadPriority();
const highlighter = await createKilnHighlighter();
const highlight = (job: HighlightJob) => highlighter.codeToHtml(job.code, job.language as Exclude<KilnLanguage, "text">, job.meta);

/** Each block of an article file, once: its cache key and HTML. */
function highlightFile(file: string): Array<[key: string, html: string]> {
  const blocks = new Map<string, string>();
  for (const job of fileHighlightJobs(file)) {
    const key = highlightKey(job);
    if (!blocks.has(key)) blocks.set(key, highlight(job));
  }
  return [...blocks];
}

const { files } = (workerData ?? {}) as Partial<WorkerFiles>;
if (files !== undefined) {
  // Started with article files: answer each group in order, without waiting to be asked.
  for (const group of files) parentPort?.postMessage(group.map((file): FileBlocks => ({ file, blocks: highlightFile(file) })));
} else {
  // Started for jobs: each message is answered with the HTML of its jobs, in order.
  parentPort?.on("message", (jobs: HighlightJob[] | null) => {
    if (jobs === null) {
      highlighter.dispose();
      parentPort?.close();
      return;
    }
    parentPort?.postMessage(jobs.map(highlight));
  });
  parentPort?.postMessage("ready");
}
