// Mermaid diagrams (```` ```mermaid ````, Hugo's `{{< mermaid >}}`) are shown as their source, with a note saying so.
import type { MarkdownIt, RendererRule } from "markdown-it";
import { calloutTitle } from "../callout-text.ts";

/**
 * Puts `<p class="diagram-note">Mermaid diagram, shown as its source</p>` (in the page's language)
 * above a ```` ```mermaid ```` block, which code-fence.ts renders as plain text. Kiln draws no diagrams:
 * that would take Mermaid's script in the browser or a headless browser at build time, and the
 * source of a flowchart is readable as it is. Register after codeFencePlugin, whose output it wraps.
 */
export function mermaidNotePlugin(md: MarkdownIt): void {
  const previous: RendererRule =
    md.renderer.rules["fence"] ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules["fence"] = (tokens, idx, opts, env, self) => {
    const html = previous(tokens, idx, opts, env, self);
    const language = md.utils.unescapeAll(tokens[idx]?.info ?? "").trim().split(/[\s{]/, 1)[0]?.toLowerCase();
    if (language !== "mermaid") return html;
    return `<p class="diagram-note">${md.utils.escapeHtml(calloutTitle("mermaid", env))}</p>\n${html}`;
  };
}
