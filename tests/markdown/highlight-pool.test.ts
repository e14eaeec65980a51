// The worker pool gives exactly the HTML the main thread gives, in job order.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HighlightJob } from "../../src/markdown/highlight-cache.ts";
import { highlightJobs } from "../../src/markdown/highlight-jobs.ts";
import { highlightInPool } from "../../src/markdown/highlight-pool.ts";
import { createKilnHighlighter, resolveLanguage, type KilnHighlighter, type KilnLanguage } from "../../src/markdown/highlighter.ts";

describe("highlightInPool", () => {
  let base: KilnHighlighter;
  let jobs: HighlightJob[];
  beforeAll(async () => {
    base = await createKilnHighlighter();
    const content = join(import.meta.dirname, "../../content");
    const files = (await readdir(content, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
    jobs = [];
    for (const file of files) jobs.push(...highlightJobs(await readFile(join(content, file), "utf8"), resolveLanguage));
  });
  afterAll(() => base.dispose());

  it("finds the example content's code blocks", () => {
    expect(jobs.length).toBeGreaterThan(40);
    expect(new Set(jobs.map((job) => job.language))).toContain("python");
  });

  it("highlights on two workers exactly as on the main thread", async () => {
    const pooled = await highlightInPool(jobs, 2);
    expect(pooled).toEqual(jobs.map((job) => base.codeToHtml(job.code, job.language as Exclude<KilnLanguage, "text">, job.meta)));
  });
});
