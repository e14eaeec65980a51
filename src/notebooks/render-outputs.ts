// A code cell's outputs as HTML: text escaped (ANSI colours as classes, by ansi_up), images as files, HTML only
// where the site lets raw HTML through, Markdown and LaTeX through Kiln's own renderer, long outputs folded.
import { AnsiUp } from "ansi_up";
import type { MarkdownIt } from "markdown-it";
import { calloutTitle } from "../markdown/callout-text.ts";
import type { ShownOutput } from "./notebook-output-types.ts";

/** Outputs longer than this many lines are folded in a `<details>` that says how long they are. */
export const LONG_OUTPUT_LINES = 40;

/** Terminal text (a stream, a traceback) as escaped HTML, its colours as `ansi-*` classes kiln.css gives contrast. */
function terminalHtml(text: string): string {
  const ansi = new AnsiUp();
  ansi.use_classes = true;
  return ansi.ansi_to_html(text);
}

const lineCount = (text: string): number => text.replace(/\n$/, "").split("\n").length;

/** A `<pre>` that scrolls sideways and so can be reached by keyboard, like a code block. */
const pre = (classes: string, html: string): string => `<pre class="${classes}" tabindex="0">${html}</pre>`;

/** Folds an output of many lines: readers scroll past it, and open it when they want it. */
function folded(html: string, lines: number, env: unknown): string {
  if (lines <= LONG_OUTPUT_LINES) return html;
  return `<details class="nb-long"><summary>${calloutTitle("notebook-long", env, lines)}</summary>${html}</details>`;
}

/** A notebook page's URL (`/ai/x/`) from the render's page data, when the page has one. */
function pageUrl(env: unknown): string | undefined {
  const url = (env as { page?: { url?: unknown } } | undefined)?.page?.url;
  return typeof url === "string" && url.endsWith("/") ? url : undefined;
}

/**
 * Where a notebook's image file is linked from its page: under the page's own URL, so the site's path prefix is
 * added to it like to every root-relative link (`/docs/ai/x/nb-….png`); relative when rendered outside a site.
 */
export function assetUrl(name: string, env: unknown): string {
  return `${pageUrl(env) ?? ""}${name}`;
}

/** One output as HTML. */
export function renderOutput(output: ShownOutput, md: MarkdownIt, env: unknown): string {
  const escape = md.utils.escapeHtml;
  const prompt = output.count === undefined ? "" : `<span class="nb-prompt" aria-hidden="true">Out[${output.count}]:</span>`;
  switch (output.type) {
    case "stream":
      return folded(pre(`nb-stream nb-${output.name}`, terminalHtml(output.text.replace(/\n$/, ""))), lineCount(output.text), env);
    case "error":
      return folded(pre("nb-error", terminalHtml(output.traceback)), lineCount(output.traceback), env);
    case "text":
      return folded(`<div class="nb-result">${prompt}${pre("nb-text", escape(output.text))}</div>`, lineCount(output.text), env);
    case "image": {
      const size = output.width && output.height ? ` width="${output.width}" height="${output.height}"` : "";
      const image = `<img class="nb-image" src="${escape(assetUrl(output.src, env))}" alt="${escape(output.alt ?? calloutTitle("notebook-image", env, output.cell))}"${size} loading="lazy" decoding="async">`;
      return `<div class="nb-result">${prompt}${image}</div>`;
    }
    case "html":
      // Without raw HTML (`--raw-html=off`) a notebook's HTML is as untrusted as the Markdown's: its text is shown.
      if (!md.options.html) return `<div class="nb-result">${prompt}${pre("nb-text", escape(output.plain ?? output.html))}</div>`;
      return `<div class="nb-result">${prompt}<div class="nb-html" tabindex="0">${output.html}</div></div>`;
    case "markdown":
      return `<div class="nb-result">${prompt}<div class="nb-markdown">${md.render(output.text, {})}</div></div>`;
    case "latex": {
      // IPython's LaTeX is usually `$…$` already; a bare formula is shown as display math.
      const source = /\$|\\\[|\\begin\{/.test(output.text) ? output.text : `$$\n${output.text}\n$$`;
      return `<div class="nb-result">${prompt}<div class="nb-latex">${md.render(source, {})}</div></div>`;
    }
  }
}
