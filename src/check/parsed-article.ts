// An article as `npm run check` sees it: validated front matter, and what the link checks read from its Markdown,
// parsed to tokens (never rendered: highlighting is the slow part of a build and no check needs it).
import type { MarkdownIt } from "markdown-it";
import type { Problem } from "../errors.ts";
import { renderFailure } from "../markdown/render-failure.ts";
import type { Article } from "../schema/article.ts";
import { bodyFromLine } from "../schema/parse-front-matter.ts";
import { validateArticle } from "../schema/validate-article.ts";
import { linkSourceOf, type LinkSource } from "./link-sources.ts";

/** One article prepared for the checks. */
export interface ParsedArticle extends LinkSource {
  /** The validated front matter; undefined when it has schema problems. */
  article: Article | undefined;
  /** Front matter problems, and Markdown that could not be parsed. */
  problems: Problem[];
  /** Front matter read, but not as written (a repeated key, a one-digit hour). */
  warnings: Problem[];
}

/**
 * Validates and parses one article (`beside`: files its build writes next to the page); Markdown that makes a plugin
 * throw is the article's problem, as in a build.
 */
export function parseArticle(md: MarkdownIt, path: string, file: string, source: string, beside?: ReadonlySet<string>): ParsedArticle {
  const validation = validateArticle(file, source);
  const body = bodyFromLine(source.replace(/^\uFEFF/, ""), validation.bodyLine);
  const env = { page: { inputPath: path }, kilnBodyLine: validation.bodyLine };
  const problems = [...validation.problems];
  let links = linkSourceOf(path, file, [], validation.bodyLine, beside);
  try {
    links = linkSourceOf(path, file, md.parse(body, env), validation.bodyLine, beside);
  } catch (error) {
    const { line, message, hint } = renderFailure(env, body, error, (text) => md.parse(text, env));
    problems.push({ location: line === undefined ? { file } : { file, line }, message, hint });
  }
  return { ...links, article: validation.article, problems, warnings: validation.warnings };
}
