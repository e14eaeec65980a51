// The code blocks of an article, as the fence renderer will ask the highlighter for them: found ahead of
// rendering so they can be highlighted in parallel and looked up from the cache when the page renders.
import { readFileSync } from "node:fs";
import markdownit from "markdown-it";
import { bodyFromLine, parseFrontMatter } from "../../schema/parse-front-matter.ts";
import { readArticleText } from "../../notebooks/article-text.ts";
import { parseFenceInfo } from "../code-fence.ts";
import type { HighlightJob } from "./highlight-cache.ts";
import { resolveLanguage, type KilnLanguage } from "./highlighter.ts";

/** Fences only: a bare markdown-it finds the same blocks as Kiln's, and parsing never highlights. */
const parser = markdownit();

/**
 * Every fenced block of `body` in a language Kiln highlights, with exactly the arguments the fence
 * renderer passes to `codeToHtml` (markdown-it splits the info string the same way before calling it).
 */
export function highlightJobs(body: string, resolveLanguage: (name: string) => KilnLanguage | undefined): HighlightJob[] {
  const jobs: HighlightJob[] = [];
  for (const token of parser.parse(body, {})) {
    if (token.type !== "fence") continue;
    const info = token.info ? parser.utils.unescapeAll(token.info).trim() : "";
    const parts = info.split(/(\s+)/g);
    const { language: name, meta } = parseFenceInfo(`${parts[0] ?? ""} ${parts.slice(2).join("")}`);
    const language = resolveLanguage(name);
    if (language === undefined || language === "text") continue;
    jobs.push({ code: token.content.endsWith("\n") ? token.content.slice(0, -1) : token.content, language, meta });
  }
  return jobs;
}

/**
 * The code blocks of an article file, read as the content registry reads it (same decoding, same body): what a
 * worker highlights before the registry has read the articles (a notebook translated, as there). Nothing for a file
 * that cannot be read or decoded.
 */
export function fileHighlightJobs(path: string): HighlightJob[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return [];
  }
  const { text, problems } = readArticleText(path, bytes);
  if (problems.length > 0) return [];
  return highlightJobs(bodyFromLine(text, parseFrontMatter(path, text).bodyLine), resolveLanguage);
}
