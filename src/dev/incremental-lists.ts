// Dev server: saving an article whose list data (front matter, summary, path) did not change rewrites its own page,
// not the hundreds of generated pages that only list it. Eleventy asks the template engine of each page whether a
// changed file is relevant to it (`isIncrementalMatch`); this answers for Nunjucks pages and keeps Eleventy's own
// rule for all but Kiln's generated pages.
import type { ContentRegistry } from "../content/content-registry.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";

/** What Eleventy 3.1.8 (TemplateContent#isFileRelevantToThisTemplate) passes as `this` to `isIncrementalMatch`. */
export interface IncrementalMatchContext {
  /** The page's template. */
  inputPath: string;
  /** Whether the changed file is a template (not a layout, include or data file). */
  isFullTemplate: boolean;
  /** Eleventy's dependency graph: the changed file is the template or something it uses. */
  isFileRelevantToInputPath: boolean;
  /** Whether the graph knows what the changed file depends on. */
  doesFileHaveDependencies: boolean;
}

/**
 * Kiln's generated pages: home, terms, sections, series, archive and sitemap show articles by their list data only.
 * The feeds carry article text too, but a dev-server rebuild renders them with the text the article had before
 * (Eleventy 3.1.8's incremental collections), so rewriting them on a text edit only cost time (120 link rewrites).
 */
const LIST_PAGES = /(^|\/)kiln-(pages|feeds)\//;

/** Whether a page must be rewritten after `changedFile` was saved; see the file comment. */
export function isRelevantAfterSave(context: IncrementalMatchContext, changedFile: string, registry: ContentRegistry): boolean {
  // Eleventy's rule when no engine answers (TemplateContent.js): the graph says so, or the graph knows nothing.
  const eleventySays = context.isFileRelevantToInputPath || (!context.doesFileHaveDependencies && !context.isFullTemplate);
  if (!eleventySays) return false;
  return !(LIST_PAGES.test(context.inputPath) && registry.listDataUnchanged(changedFile));
}

/** Registers the answer as an entry of the Nunjucks engine (an alias extension no file uses). */
export function incrementalListsPlugin(eleventyConfig: EleventyConfig, { registry }: { registry: ContentRegistry }): void {
  eleventyConfig.addExtension("kiln-incremental", {
    key: "njk",
    isIncrementalMatch(this: IncrementalMatchContext, changedFile: string) {
      return isRelevantAfterSave(this, changedFile, registry);
    },
  });
}
