// The worker pool gives exactly the HTML the main thread gives, in job order.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highlightKey, type HighlightJob } from "../../../src/markdown/highlight/highlight-cache.ts";
import { fileHighlightJobs, highlightJobs } from "../../../src/markdown/highlight/highlight-jobs.ts";
import { highlightFilesInPool, highlightInPool, POOL_BATCH } from "../../../src/markdown/highlight/highlight-pool.ts";
import { createKilnHighlighter, resolveLanguage, type KilnHighlighter, type KilnLanguage } from "../../../src/markdown/highlight/highlighter.ts";

describe("highlightInPool", () => {
  let base: KilnHighlighter;
  let jobs: HighlightJob[];
  beforeAll(async () => {
    base = await createKilnHighlighter();
    const content = join(import.meta.dirname, "../../../content");
    const files = (await readdir(content, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
    jobs = [];
    for (const file of files) jobs.push(...highlightJobs(await readFile(join(content, file), "utf8"), resolveLanguage));
  });
  afterAll(() => base.dispose());
  const onMainThread = () => jobs.map((job) => base.codeToHtml(job.code, job.language as Exclude<KilnLanguage, "text">, job.meta));

  it("finds the example content's code blocks", () => {
    expect(jobs.length).toBeGreaterThan(40);
    expect(new Set(jobs.map((job) => job.language))).toContain("python");
  });

  it("highlights on two workers exactly as on the main thread, and tells of every batch as it comes", async () => {
    const batches: Array<[number, readonly string[]]> = [];
    const pooled = await highlightInPool(jobs, 2, (start, html) => batches.push([start, html]));
    const expected = onMainThread();
    expect(pooled).toEqual(expected);
    // Batches of POOL_BATCH jobs cover every job once, each with the HTML of its own jobs.
    expect(batches.length).toBe(Math.ceil(jobs.length / POOL_BATCH));
    expect(batches.map(([start]) => start).sort((a, b) => a - b)).toEqual(batches.map((_, index) => index * POOL_BATCH));
    for (const [start, html] of batches) expect(html).toEqual(expected.slice(start, start + POOL_BATCH));
  });

  it("highlights the blocks of article files that the workers read themselves, once per block", async () => {
    const content = join(import.meta.dirname, "../../../content");
    const files = (await readdir(content, { recursive: true })).filter((file) => file.endsWith(".md")).map((file) => join(content, file));
    const missing = join(content, "no-such-article.md");
    const heard = new Map<string, Array<[string, string]>>();
    await highlightFilesInPool([...files, missing], 2, ({ file, blocks }) => heard.set(file, blocks));
    expect([...heard.keys()].sort()).toEqual([...files, missing].sort());
    expect(heard.get(missing)).toEqual([]);
    let blocks = 0;
    for (const file of files) {
      // The body as the content registry reads it: front matter left out, so its blocks are the jobs of the body.
      const expected = new Map(fileHighlightJobs(file).map((job) => [highlightKey(job), base.codeToHtml(job.code, job.language as Exclude<KilnLanguage, "text">, job.meta)]));
      expect(new Map(heard.get(file))).toEqual(expected);
      blocks += expected.size;
    }
    expect(blocks).toBeGreaterThan(40);
  });
});
