// What a build says about itself: a progress line every few hundred pages on long builds, then one summary line
// (pages written, articles, skipped drafts/scheduled/expired, warnings).
import type { ContentRegistry } from "../content/content-registry.ts";
import { showDrafts, unpublished } from "../content/drafts.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";
import type { Reporter } from "./reporter.ts";

/** Options of {@link buildSummaryPlugin}. */
export interface BuildSummaryOptions {
  registry: ContentRegistry;
  reporter: Reporter;
  /** Pages between two progress lines. @default 500 */
  progressEvery?: number;
}

/** Prints progress while pages are written and a summary when the build ends. */
export function buildSummaryPlugin(eleventyConfig: EleventyConfig, options: BuildSummaryOptions): void {
  const { registry, reporter, progressEvery = 500 } = options;
  let rendered = 0;
  // Counted from the end of the last build: the registry's warnings come on `eleventy.before`, before this one's.
  let warningsBefore = 0;
  eleventyConfig.on("eleventy.before", () => {
    rendered = 0;
  });
  // A transform sees every page as it is rendered (feeds render article bodies again): a cheap progress count.
  eleventyConfig.addTransform("kiln-progress", (content) => {
    rendered += 1;
    if (rendered % progressEvery === 0) reporter.info(`${rendered} pages rendered…`);
    return content;
  });
  eleventyConfig.on("eleventy.after", ({ results }) => {
    const written = results?.filter((result) => result.outputPath !== false).length ?? 0;
    const now = new Date();
    const articles = registry.all();
    const skipped = showDrafts() ? 0 : articles.filter((record) => unpublished(record.article, now) !== undefined).length;
    const warnings = reporter.warnings.length - warningsBefore;
    reporter.info(
      `${written} pages written: ${articles.length - skipped} articles published, ${skipped} skipped ` +
        `(drafts, scheduled or expired), ${warnings} warning(s)`,
    );
    warningsBefore = reporter.warnings.length;
  });
}
