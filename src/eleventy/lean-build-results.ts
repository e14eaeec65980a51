// Eleventy 3.1.8 keeps every written page's HTML until the build ends, twice over: in the result Template#_write
// returns (with the page's Markdown) and in the template's cached render promise. At 10,000 articles that is about a
// gigabyte. A production build reads none of it afterwards (the link check scans each page as it is written,
// link-integrity.ts), so there Kiln lets both go once the page is on disk. Likewise an article's rendered content
// (Markdown to HTML, before its layout), which Eleventy keeps for other pages to print: only the feeds do, and only
// the newest articles'. The dev server keeps everything: its live reload morphs the open page with the result's HTML.
// Memory only: when Eleventy's file moves, nothing is patched.
import { wrapEleventyMethod } from "./eleventy-internals.ts";

/** What `_write` is given: the page entry (with its template and rendered content) and the final HTML. */
type WriteArgs = [
  page: {
    inputPath?: string;
    templateContent?: unknown;
    template?: { _cacheRenderedPromise?: unknown; _cacheRenderedTransformsAndLayoutsPromise?: unknown };
  },
  content: unknown,
];

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
  contentIsDone = () => false;
}

/** Which written pages' rendered content no later page reads; none until the build says (see below). */
let contentIsDone: (inputPath: string) => boolean = () => false;

/**
 * Says, for the build under way, which pages' rendered content (Eleventy's `templateContent`) no page written after
 * them reads, by input path: a production build then lets it go once the page is written. Eleventy renders the
 * content of every page before writing any and keeps it all to the end of the build (other pages may print it): at
 * 10,000 articles most of a gigabyte, which the last pages' writes had to make room beside.
 */
export function releaseContentOnceWritten(isDone: (inputPath: string) => boolean): void {
  contentIsDone = isDone;
}

/** Wraps `_write`: after a page is written, its result and template let go of its HTML when the build says so. */
export function leanWrite(write: TemplateWrite["_write"]): TemplateWrite["_write"] {
  return async function (this: TemplateWrite, ...args: WriteArgs) {
    const result = await write.apply(this, args);
    if (dropWrittenHtml) {
      const [page] = args;
      if (page.template) delete page.template._cacheRenderedTransformsAndLayoutsPromise;
      if (page.template && page.inputPath !== undefined && contentIsDone(page.inputPath)) {
        // Eleventy's own way to empty it (its getter then answers undefined instead of throwing).
        page.templateContent = undefined;
        delete page.template._cacheRenderedPromise;
      }
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

