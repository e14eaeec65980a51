// The end of a production build: every content problem found on the way (front matter, files, URLs, Markdown
// that would not render, broken links) fails the build once, listed together by file, so one build shows what
// `npm run check` shows instead of one kind of problem per run.
import { KilnError, mergeRepeated, type Problem } from "../errors.ts";

/** How to build a site whose only problems are broken links (a migrated site nearly always has a few). */
export const LINK_CHECK_WARN_NEXT =
  'to build despite broken links, run npm run build -- --link-check=warn (or set the site option linkCheck: "warn"): they are then listed as warnings';

/** What a production build found, by where it was found. */
export interface ContentFindings {
  /** Problems of reading and validating the files (content-registry.ts). */
  content: readonly Problem[];
  /** Articles whose Markdown threw while rendering. */
  rendering: readonly Problem[];
  /** Broken links and anchors that fail the build (none when the link check only warns). */
  links: readonly Problem[];
}

/** The one error a build with content problems fails with, or undefined when there are none. */
export function contentVerdict({ content, rendering, links }: ContentFindings): KilnError | undefined {
  const problems = mergeRepeated([...content, ...rendering, ...links]);
  if (problems.length === 0) return undefined;
  const files = new Set(problems.map((problem) => problem.location.file)).size;
  const summary = `The site was not built: ${files === 1 ? "1 file has" : `${files} files have`} problems`;
  return new KilnError(summary, problems, links.length > 0 ? LINK_CHECK_WARN_NEXT : undefined);
}
