// `## Title {#custom-id}` sets the heading's id (Hugo, Pandoc and VitePress syntax); the marker is not shown.
import type { MarkdownIt, StateCore } from "markdown-it";

/** A trailing `{#id}`: the id is one run of characters other than space and `}`. */
const CUSTOM_ID = /\s*\{#([^\s}]+)\}\s*$/u;

/**
 * Moves a trailing `{#id}` of a heading into its `id` attribute. Runs before the heading-anchors
 * plugin, which keeps ids it finds and never gives another heading the same one.
 */
export function headingCustomIdPlugin(md: MarkdownIt): void {
  md.core.ruler.push("kiln_heading_custom_id", (state: StateCore) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== "heading_open") return;
      const inline = state.tokens[index + 1];
      const last = inline?.children?.at(-1);
      if (inline === undefined || last?.type !== "text") return;
      const match = CUSTOM_ID.exec(last.content);
      if (!match) return;
      last.content = last.content.slice(0, match.index);
      inline.content = inline.content.replace(CUSTOM_ID, "");
      token.attrSet("id", match[1] ?? "");
    });
  });
}
