// Kiln's markdown-it: the one place that knows which plugins run and in what order.
import markdownit from "markdown-it";
import type { MarkdownIt } from "markdown-it";
import cjkFriendlyPlugin from "markdown-it-cjk-friendly";
import footnotePlugin from "markdown-it-footnote";
import { admonitionsPlugin } from "./admonitions.ts";
import { articleLinksPlugin, type ArticleLinkResolver } from "./article-links.ts";
import { alertsPlugin } from "./alerts.ts";
import { cjkBreaksPlugin } from "./cjk-breaks.ts";
import { codeFencePlugin } from "./code-fence.ts";
import { emptyHeaderCellsPlugin } from "./empty-header-cells.ts";
import { externalLinksPlugin } from "./external-links.ts";
import { headingAnchorsPlugin } from "./heading-anchors.ts";
import { headingCustomIdPlugin } from "./heading-custom-id.ts";
import { hugoShortcodesPlugin } from "./hugo/hugo-shortcodes.ts";
import type { KilnHighlighter } from "./highlight/highlighter.ts";
import { imageWidePlugin } from "./image-wide.ts";
import { localImagesPlugin } from "./local-images.ts";
import { nestingLimitPlugin } from "./nesting-limit.ts";
import { notebookCellsPlugin } from "../notebooks/notebook-cells-plugin.ts";
import type { MarkdownWarning } from "./markdown-warning.ts";
import { mathPlugin } from "./math/math.ts";
import { mermaidNotePlugin } from "./hugo/mermaid-note.ts";
import { tabsPlugin } from "./hugo/tabs.ts";

export type { MarkdownWarning } from "./markdown-warning.ts";

/** Options of {@link createMarkdown}. */
export interface MarkdownOptions {
  /** The build's one shiki highlighter (see `createKilnHighlighter`). */
  highlighter: KilnHighlighter;
  /**
   * Told about author mistakes that do not stop the build (unknown code languages), with the
   * file from `env.page.inputPath` and the line (file line when `env.kilnBodyLine` is given).
   */
  onWarning?: ((warning: MarkdownWarning) => void) | undefined;
  /** Finds the page URL of a linked `.md` source file; without it, `.md` links stay as written. */
  resolveArticleLink?: ArticleLinkResolver | undefined;
  /** Raw HTML in Markdown passes through (authors are trusted); `false` shows it as text. @default true */
  rawHtml?: boolean | undefined;
}

/**
 * Creates Kiln's Markdown renderer. Call `md.render(body, env)` with the page data as `env`
 * (`env.page.inputPath` names the file in warnings; `env.kilnBodyLine`, the 1-based line where
 * the body starts in the file, turns body lines into file lines).
 */
export function createMarkdown(options: MarkdownOptions): MarkdownIt {
  const md = markdownit({
    // Authors are trusted: raw HTML passes through (links are still checked by validateLink).
    html: options.rawHtml ?? true,
    // Bare `https://…` URLs become links; fuzzy (scheme-less) links stay off, markdown-it 15's default.
    linkify: true,
    // Curly quotes would corrupt Chinese punctuation and code-like text.
    typographer: false,
  });

  // Parsing: emphasis next to CJK punctuation (`**具体：**与其说`), footnotes, `::: tip` containers, tabs
  // (from Hugo's shortcodes), `> [!NOTE]` alerts, and `$…$` math (its inline rule runs right after `escape`,
  // so `\$` stays a dollar).
  // Source rewriting before parsing: Hugo shortcodes become Markdown (so `::: tip` below sees them).
  md.use(hugoShortcodesPlugin, { onWarning: options.onWarning });
  md.use(cjkFriendlyPlugin);
  md.use(footnotePlugin);
  md.use(admonitionsPlugin);
  md.use(tabsPlugin);
  md.use(alertsPlugin);
  md.use(mathPlugin, { onWarning: options.onWarning });
  // Very deep nesting (10,000 nested lists) is cut at markdown-it's maxNesting: say so instead of losing text quietly.
  md.use(nestingLimitPlugin, { onWarning: options.onWarning });

  // Core rules, run in this order after markdown-it's own (linkify, text_join): cjk-breaks first,
  // so soft breaks between Chinese characters are gone before any text is read; image-wide before
  // heading-anchors, so an image in a heading gives its alt text without `|wide` to the slug.
  md.use(cjkBreaksPlugin);
  // A notebook's cells (translated into marker fences) before the fences' own rules, which would take them for code.
  md.use(notebookCellsPlugin);
  md.use(codeFencePlugin, { highlighter: options.highlighter, onWarning: options.onWarning });
  // Wraps the fence renderer codeFencePlugin just set: a note above a ```mermaid block.
  md.use(mermaidNotePlugin);
  md.use(imageWidePlugin);
  // Local images the adapter has encoded render as their <picture>.
  md.use(localImagesPlugin);
  // `{#custom-id}` before heading-anchors, which keeps an id a heading already has.
  md.use(headingCustomIdPlugin);
  md.use(headingAnchorsPlugin);
  md.use(externalLinksPlugin);
  md.use(emptyHeaderCellsPlugin);
  if (options.resolveArticleLink) md.use(articleLinksPlugin, { resolve: options.resolveArticleLink });
  return md;
}
