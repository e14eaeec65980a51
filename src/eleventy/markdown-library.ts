// Markdown adapter: hands Kiln's own markdown-it (with the build's one shiki highlighter) to Eleventy.
import type { Problem } from "../errors.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { ArticleLinkResolver } from "../markdown/article-links.ts";
import type { KilnHighlighter } from "../markdown/highlight/highlighter.ts";
import { sourceFile, type MarkdownWarning } from "../markdown/markdown-warning.ts";
import type { Token } from "markdown-it";
import { renderFailure } from "../markdown/render-failure.ts";
import { imageTokens } from "../markdown/local-images.ts";
import { displayPath } from "../report/display-path.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { Reporter } from "../report/reporter.ts";

/** Options of {@link markdownLibraryPlugin}. */
export interface MarkdownLibraryOptions {
  reporter: Reporter;
  /** The build's one highlighter (cached; see highlighting.ts). */
  highlighter: KilnHighlighter;
  /** Whether raw HTML in articles passes through (site option `rawHtml`). */
  rawHtml: boolean;
  /** Finds the page of an article linked by its `.md` source path. */
  resolveArticleLink?: ArticleLinkResolver;
  /** The article's code blocks still being highlighted on worker threads, if any (highlighting.ts). */
  whenHighlighted?: (inputPath: string) => Promise<void> | undefined;
  /** Told when an article's Markdown throws: the page gets a short notice instead, and the build goes on. */
  onRenderFailure: (problem: Problem) => void;
  /** Handed each article's tokens as it renders (what the link check reads), with its input path. */
  onParsed?: (inputPath: string, tokens: Token[]) => void;
  /** Encodes the page's local images and gives their tokens a picture (local-images.ts); nothing to wait for: undefined. */
  drawLocalImages?: (inputPath: string, images: Token[]) => Promise<void> | undefined;
}

/** A Markdown warning as a Kiln problem, its file shown as authors see it. */
function toProblem({ file, line, message, hint }: MarkdownWarning): Problem {
  const location = { file: file === undefined ? "(unknown file)" : displayPath(file) };
  return { location: line === undefined ? location : { ...location, line }, message, hint };
}

/**
 * Registers Kiln's markdown-it as the `md` library. Eleventy is given a bare `render` adapter on
 * purpose: it calls `disable("code")` on any library that has one, and Markdown's indented code
 * blocks (which Hugo content uses) must keep working.
 */
export function markdownLibraryPlugin(
  eleventyConfig: EleventyConfig,
  { reporter, highlighter, rawHtml, resolveArticleLink, whenHighlighted, onRenderFailure, onParsed, drawLocalImages }: MarkdownLibraryOptions,
): void {
  const md = createMarkdown({ highlighter, rawHtml, resolveArticleLink, onWarning: (warning) => reporter.warn(toProblem(warning)) });
  // One article that makes markdown-it or a plugin throw is that article's problem, located by its failing block;
  // every other article still renders and is checked.
  const failed = (source: string, env: Record<string, unknown>, error: unknown): string => {
    const problem = toProblem(renderFailure(env, source, error, (text) => md.render(text, env)));
    onRenderFailure(problem);
    return `<p class="render-failure">${md.utils.escapeHtml(`${problem.message}. ${problem.hint}`)}</p>`;
  };
  const renderOrReport = (source: string, env: Record<string, unknown>): string | Promise<string> => {
    let tokens: Token[];
    let drawing: Promise<void> | undefined;
    try {
      // md.render is parse then render; the tokens are read on the way (link check, local images).
      tokens = md.parse(source, env);
      const inputPath = sourceFile(env);
      if (inputPath !== undefined) {
        onParsed?.(inputPath, tokens);
        drawing = drawLocalImages?.(inputPath, imageTokens(tokens));
      }
    } catch (error) {
      return failed(source, env, error);
    }
    const render = () => {
      try {
        return md.renderer.render(tokens, md.options, env);
      } catch (error) {
        return failed(source, env, error);
      }
    };
    // An image that cannot be encoded is not a Markdown failure: its error (file, fix) fails the build as it is.
    return drawing === undefined ? render() : drawing.then(render);
  };
  // Eleventy awaits what `render` returns: an article whose blocks are still on the workers renders once they are back.
  eleventyConfig.setLibrary("md", {
    render(source, env) {
      const data = env as { page?: { inputPath?: string } };
      const waiting = data.page?.inputPath === undefined ? undefined : whenHighlighted?.(data.page.inputPath);
      const render = () => renderOrReport(source, env as Record<string, unknown>);
      return waiting === undefined ? render() : waiting.then(render);
    },
  });
  // Markdown that is not a page of its own (a section's `_index.md` text), rendered exactly like articles.
  eleventyConfig.addFilter("markdown", (source: string) => md.render(source, {}));
  // A config reload (dev server) builds a new highlighter: free the old one's grammars.
  eleventyConfig.on("eleventy.reset", () => highlighter.dispose());
}
