// Nesting limit: markdown-it stops parsing at `maxNesting` (100) levels of lists or quotes and silently drops the
// text inside; say so instead of shipping a page that lost part of the article.
import type { MarkdownIt } from "markdown-it";
import { markdownWarning, type MarkdownWarningHandler } from "./markdown-warning.ts";

/** Options of {@link nestingLimitPlugin}. */
export interface NestingLimitOptions {
  /** Told once per document that reached the limit, with the line of the deepest block. */
  onWarning?: MarkdownWarningHandler | undefined;
}

/**
 * Warns when a document reaches markdown-it's `maxNesting`: its block parser then skips the nested
 * block (`ParserBlock#tokenize`: `if (state.level >= maxNesting) { state.line = endLine; break }`).
 * `tokenize` is wrapped to see that moment; rendering is unchanged.
 */
export function nestingLimitPlugin(md: MarkdownIt, options: NestingLimitOptions = {}): void {
  const tokenize = md.block.tokenize.bind(md.block);
  // One warning per document: its token list is unique to one parse.
  const warned = new WeakSet<object>();
  md.block.tokenize = (state, startLine, endLine) => {
    const limit = md.options.maxNesting ?? 100;
    if (state.level >= limit && startLine < endLine && !warned.has(state.tokens)) {
      warned.add(state.tokens);
      options.onWarning?.(
        markdownWarning(
          state.env,
          [startLine, endLine],
          `lists or quotes are nested ${limit} levels deep or more: the text inside the deepest levels is left out`,
          "nest lists and quotes fewer levels deep (a few levels are plenty), or put deep structures in a code block",
        ),
      );
    }
    tokenize(state, startLine, endLine);
  };
}
