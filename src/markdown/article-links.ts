// Links to other articles by their source file (`[下一篇](../ml/cnn.md#训练)`) become links to their pages.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { sourceFile } from "./markdown-warning.ts";

/** Finds the page URL of the article at `target` (decoded, as written) linked from the file `from`. */
export type ArticleLinkResolver = (target: string, from: string | undefined) => string | undefined;

/** Options of {@link articleLinksPlugin}. */
export interface ArticleLinksOptions {
  /** Resolves a source path to a page URL; the Eleventy side knows every article's URL. */
  resolve: ArticleLinkResolver;
}

/** A local link to an article file: no scheme, no `//`, a path ending in `.md` or `.ipynb` (a notebook), then an optional `#fragment`. */
const MARKDOWN_LINK = /^(?![a-z][a-z0-9+.-]*:|\/\/)([^?#]*\.(?:md|ipynb))(\?[^#]*)?(#.*)?$/i;

/** markdown-it percent-encodes link targets (`机器学习/` → `%E6%9C%BA…`); resolvers read paths as written. */
function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * Rewrites `href`s that name a Markdown file (relative to the current file, or `/`-rooted at the content
 * folder) to the URL of that article's page, keeping the `#fragment`. The current file is `env.page.inputPath`.
 * A target the resolver does not know is left as written: the link check reports it with its line.
 */
export function articleLinksPlugin(md: MarkdownIt, options: ArticleLinksOptions): void {
  md.core.ruler.push("kiln_article_links", (state: StateCore) => {
    const from = sourceFile(state.env);
    const visit = (tokens: readonly Token[]): void => {
      for (const token of tokens) {
        if (token.children) visit(token.children);
        if (token.type !== "link_open") continue;
        const match = MARKDOWN_LINK.exec(String(token.attrGet("href") ?? ""));
        if (!match) continue;
        const url = options.resolve(decodePath(match[1] ?? ""), from);
        if (url === undefined) continue;
        // The link as written stays readable for the link check, which reports in the author's words.
        token.meta = { ...token.meta, sourceHref: token.attrGet("href") };
        token.attrSet("href", url + (match[3] ?? ""));
      }
    };
    visit(state.tokens);
  });
}
