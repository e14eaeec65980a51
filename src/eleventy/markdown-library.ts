// Markdown adapter: hands Kiln's own markdown-it (with the build's one shiki highlighter) to Eleventy.
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { ArticleLinkResolver } from "../markdown/article-links.ts";
import type { KilnHighlighter } from "../markdown/highlighter.ts";
import { displayPath } from "./display-path.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { Reporter } from "./reporter.ts";

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
}

/**
 * Registers Kiln's markdown-it as the `md` library. Eleventy is given a bare `render` adapter on
 * purpose: it calls `disable("code")` on any library that has one, and Markdown's indented code
 * blocks (which Hugo content uses) must keep working.
 */
export function markdownLibraryPlugin(
  eleventyConfig: EleventyConfig,
  { reporter, highlighter, rawHtml, resolveArticleLink, whenHighlighted }: MarkdownLibraryOptions,
): void {
  const md = createMarkdown({
    highlighter,
    rawHtml,
    resolveArticleLink,
    onWarning: ({ file, line, message, hint }) => {
      const location = { file: file === undefined ? "(unknown file)" : displayPath(file) };
      reporter.warn({ location: line === undefined ? location : { ...location, line }, message, hint });
    },
  });
  // Eleventy awaits what `render` returns: an article whose blocks are still on the workers renders once they are back.
  eleventyConfig.setLibrary("md", {
    render(source, env) {
      const data = env as { page?: { inputPath?: string } };
      const waiting = data.page?.inputPath === undefined ? undefined : whenHighlighted?.(data.page.inputPath);
      const render = () => md.render(source, env as Record<string, unknown>);
      return waiting === undefined ? render() : waiting.then(render);
    },
  });
  // Markdown that is not a page of its own (a section's `_index.md` text), rendered exactly like articles.
  eleventyConfig.addFilter("markdown", (source: string) => md.render(source, {}));
  // A config reload (dev server) builds a new highlighter: free the old one's grammars.
  eleventyConfig.on("eleventy.reset", () => highlighter.dispose());
}
