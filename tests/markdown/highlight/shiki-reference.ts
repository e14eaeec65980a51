// Test helper: code blocks to highlight, and the HTML shiki's own dual-theme path gives them (every grammar loaded,
// one tokenization per theme): what Kiln's highlighter must match byte for byte.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { createHighlighter, createOnigurumaEngine } from "shiki";
import type { HighlightJob } from "../../../src/markdown/highlight/highlight-cache.ts";
import { highlightJobs } from "../../../src/markdown/highlight/highlight-jobs.ts";
import {
  KILN_LANGUAGES,
  KILN_THEMES,
  kilnCodeOptions,
  kilnTransformers,
  resolveLanguage,
  type KilnLanguage,
} from "../../../src/markdown/highlight/highlighter.ts";

/** Every highlighted fence of the Markdown files under `folder`. */
export async function fencesOf(folder: string): Promise<HighlightJob[]> {
  const files = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
  const jobs: HighlightJob[] = [];
  for (const file of files) {
    jobs.push(...highlightJobs(matter(await readFile(join(folder, file), "utf8"), {}).content, resolveLanguage));
  }
  return jobs;
}

/** shiki's own HTML for each block, with Kiln's options and transformers. */
export async function shikiReference(blocks: readonly HighlightJob[]): Promise<string[]> {
  const shiki = await createHighlighter({
    themes: [KILN_THEMES.light, KILN_THEMES.dark],
    langs: [...KILN_LANGUAGES],
    engine: createOnigurumaEngine(import("shiki/wasm")),
  });
  const transformers = kilnTransformers();
  try {
    return blocks.map(({ code, language, meta }) =>
      shiki.codeToHtml(code, kilnCodeOptions(language as Exclude<KilnLanguage, "text">, meta, transformers)),
    );
  } finally {
    shiki.dispose();
  }
}
