// Worker thread of the highlight pool: its own shiki highlighter, highlighting the jobs it is sent.
import { parentPort } from "node:worker_threads";
import type { HighlightJob } from "./highlight-cache.ts";
import { createKilnHighlighter, type KilnLanguage } from "./highlighter.ts";

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
