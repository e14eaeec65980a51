// Eleventy 3.1.8 starts writing every page at once (TemplateWriter#generateTemplates): each renders through its
// layouts, then waits its turn, so on a 10,000-article site thousands of finished pages (100 KB each) wait in memory
// together: 2.8 GB at the peak. Layouts render on this one thread either way, so a few entries at a time write as
// fast (measured: 47 s both ways) and keep the peak at 1.7 GB. Memory only: when Eleventy's file moves, nothing is
// wrapped.
import { limitedAtOnce } from "../limited-at-once.ts";
import { wrapEleventyMethod } from "./eleventy-internals.ts";

/** Map entries (a page, or all pages of a paginated template) rendered and written at once. */
export const PAGE_WRITES_AT_ONCE = 8;

/** Wraps Eleventy's `Template#generateMapEntry` (render and write one map entry), once per process. */
export async function limitPageWrites(): Promise<void> {
  await wrapEleventyMethod("Template.js", "generateMapEntry", (generate: (...args: unknown[]) => Promise<unknown>) =>
    limitedAtOnce(generate, PAGE_WRITES_AT_ONCE),
  );
}
