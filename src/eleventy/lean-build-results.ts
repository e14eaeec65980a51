// Eleventy 3.1.8 keeps every written page's HTML until the build ends, twice over: in the result Template#_write
// returns (with the page's Markdown) and in the template's cached render promise. At 10,000 articles that is about a
// gigabyte. A production build reads none of it afterwards (the link check scans each page as it is written,
// link-integrity.ts), so there Kiln lets both go once the page is on disk. The dev server keeps them: its live
// reload morphs the open page with the result's HTML. Memory only: when Eleventy's file moves, nothing is patched.
import { wrapEleventyMethod } from "./eleventy-internals.ts";

/** What `_write` is given: the page entry (with its template) and the final HTML. */
type WriteArgs = [page: { template?: { _cacheRenderedTransformsAndLayoutsPromise?: unknown } }, content: unknown];

/** What `_write` resolves to. */
interface WriteResult {
  content?: unknown;
  rawInput?: unknown;
}

/** The part of Eleventy's Template this patch wraps. */
export interface TemplateWrite {
  _write(...args: WriteArgs): Promise<WriteResult | undefined>;
}

/** Whether written pages are let go: set per build (`eleventy.before`), true for production builds only. */
let dropWrittenHtml = false;

/** Sets whether the pages of the build that starts keep their HTML in Eleventy's results. */
export function keepWrittenHtml(keep: boolean): void {
  dropWrittenHtml = !keep;
}

/** Wraps `_write`: after a page is written, its result and template let go of its HTML when the build says so. */
export function leanWrite(write: TemplateWrite["_write"]): TemplateWrite["_write"] {
  return async function (this: TemplateWrite, ...args: WriteArgs) {
    const result = await write.apply(this, args);
    if (dropWrittenHtml) {
      if (args[0].template) delete args[0].template._cacheRenderedTransformsAndLayoutsPromise;
      if (result) {
        result.content = "";
        delete result.rawInput;
      }
    }
    return result;
  };
}

/** Wraps Eleventy's `Template#_write`, once per process. */
export async function leanBuildResults(): Promise<void> {
  await wrapEleventyMethod("Template.js", "_write", leanWrite);
}

