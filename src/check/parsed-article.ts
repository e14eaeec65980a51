// An article as the checks see it: validated front matter, its URL, and its Markdown parsed to tokens (never
// rendered: highlighting is the slow part of a build and no check needs it).
import type { MarkdownIt, Token } from "markdown-it";
import type { Problem } from "../errors.ts";
import type { Article } from "../schema/article.ts";
import { validateArticle } from "../schema/validate-article.ts";

/** One article prepared for the checks. */
export interface ParsedArticle {
  /** Absolute path of the source file. */
  path: string;
  /** Path shown in messages. */
  file: string;
  /** The validated front matter; undefined when it has schema problems. */
  article: Article | undefined;
  /** Block tokens of the body (inline tokens hold `children`). */
  tokens: Token[];
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** Every id an element of the rendered body will carry (headings, footnotes, raw HTML). */
  ids: Set<string>;
  /** Front matter problems. */
  problems: Problem[];
  /** Front matter read, but not as written (a repeated key, a one-digit hour). */
  warnings: Problem[];
}

/** Ids that raw HTML in the body declares. */
const HTML_ID = /\sid\s*=\s*["']([^"']+)["']/g;

/** Collects the ids the body will have once rendered. */
function idsOf(tokens: readonly Token[]): Set<string> {
  const ids = new Set<string>();
  for (const token of tokens) {
    const id = token.attrGet("id");
    if (id !== null) ids.add(String(id));
    if (token.type === "html_block") for (const match of token.content.matchAll(HTML_ID)) ids.add(match[1] ?? "");
    if (token.type === "footnote_open") ids.add(`fn${Number(token.meta?.id ?? 0) + 1}`);
    for (const child of token.children ?? []) {
      if (child.type === "html_inline") for (const match of child.content.matchAll(HTML_ID)) ids.add(match[1] ?? "");
      if (child.type === "footnote_ref") ids.add(`fnref${Number(child.meta?.id ?? 0) + 1}`);
    }
  }
  return ids;
}

/** Validates and parses one article. */
export function parseArticle(md: MarkdownIt, path: string, file: string, source: string): ParsedArticle {
  const validation = validateArticle(file, source);
  const body = source.replace(/^\uFEFF/, "").split(/\r?\n/).slice(validation.bodyLine - 1).join("\n");
  const tokens = md.parse(body, { page: { inputPath: path }, kilnBodyLine: validation.bodyLine });
  return {
    path,
    file,
    article: validation.article,
    tokens,
    bodyLine: validation.bodyLine,
    ids: idsOf(tokens),
    problems: validation.problems,
    warnings: validation.warnings,
  };
}

/** Every inline child token of the body with the file line of the block it belongs to. */
export function* inlineTokens(parsed: ParsedArticle): Generator<{ token: Token; line: number | undefined }> {
  for (const block of parsed.tokens) {
    const line = block.map ? parsed.bodyLine + block.map[0] : undefined;
    if (block.type === "inline") for (const token of block.children ?? []) yield { token, line };
  }
}
