// Worker thread of the highlight pool: its own shiki highlighter, highlighting the jobs it is sent.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import type { HighlightJob } from "./highlight-cache.ts";
import { createKilnHighlighter, type KilnLanguage } from "./highlighter.ts";

lowerPriority();
const highlighter = await createKilnHighlighter();
parentPort?.on("message", (jobs: HighlightJob[] | null) => {
  if (jobs === null) {
    highlighter.dispose();
    parentPort?.close();
    return;
  }
  const html = jobs.map((job) => highlighter.codeToHtml(job.code, job.language as Exclude<KilnLanguage, "text">, job.meta));
  parentPort?.postMessage(html);
});
parentPort?.postMessage("ready");

/**
 * Runs this thread below the main thread's priority: the main thread prepares and renders the pages, the build's
 * critical path, and the workers take what it leaves of the cores. Linux only (a thread's id is read from
 * `/proc/thread-self`); elsewhere the workers keep the process's priority.
 */
function lowerPriority(): void {
  try {
    setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), 10);
  } catch {
    // No /proc, or not allowed: normal priority.
  }
}
