// Dev server: a content error keeps the server running; the problems show in the terminal and on every page
// until the file is fixed, and the broken article is left out meanwhile.
import type { ContentRegistry } from "../content/content-registry.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";
import { formatProblem } from "../errors.ts";

/** Options of {@link devProblemsPlugin}. */
export interface DevProblemsOptions {
  registry: ContentRegistry;
}

/** Skips Markdown files that failed validation, and gives layouts `kilnProblems()` (formatted problems). */
export function devProblemsPlugin(eleventyConfig: EleventyConfig, { registry }: DevProblemsOptions): void {
  // A global function, not global data: it is read at render time, so it is always the last load's list.
  eleventyConfig.addNunjucksGlobal("kilnProblems", () => registry.problems.map(formatProblem));
  eleventyConfig.addPreprocessor("kiln-invalid", "md,ipynb", (data) => (registry.get(data.page.inputPath) ? undefined : false));
}
