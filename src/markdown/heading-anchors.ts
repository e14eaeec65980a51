// Heading ids from the CJK-safe slugger, plus a permalink anchor inside every h2 and h3.
import type { MarkdownIt, RendererRule, StateCore, Token } from "markdown-it";
import { createSlugger } from "./slugify.ts";

/** Options of {@link headingAnchorsPlugin}. */
export interface HeadingAnchorsOptions {
  /**
   * Heading levels that get a permalink anchor (all levels get an id).
   * @default [2, 3]
   */
  anchorLevels?: readonly number[];
}

/** Stored on `heading_close` by the core rule for the renderer. */
interface AnchorMeta {
  id: string;
  text: string;
}

/** `id="…"` in raw HTML the author wrote: taken ids the slugs must not reuse. */
const HTML_ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/**
 * Gives every heading (h1–h6) an id slugged from its plain text (a fresh slugger per render, so
 * duplicates are `foo`, `foo-1` within the page), and appends
 * `<a class="heading-anchor" href="#id" aria-label="Permalink to “text”">#</a>` inside h2/h3.
 * Ids already on a heading or in raw HTML are kept and never reused.
 */
export function headingAnchorsPlugin(md: MarkdownIt, options?: HeadingAnchorsOptions): void {
  const anchorLevels = new Set(options?.anchorLevels ?? [2, 3]);

  md.core.ruler.push("kiln_heading_ids", (state: StateCore) => {
    const slugger = createSlugger();
    for (const id of explicitIds(state.tokens)) slugger.reserve(id);
    state.tokens.forEach((token, idx) => {
      if (token.type !== "heading_open") return;
      const text = plainText(state.tokens[idx + 1]?.children ?? []).trim();
      const existing = token.attrGet("id");
      const id = existing === null ? slugger(text) : String(existing);
      token.attrSet("id", id);
      // A heading is always heading_open, inline, heading_close.
      const close = state.tokens[idx + 2];
      if (close?.type === "heading_close" && anchorLevels.has(Number(token.tag.slice(1)))) {
        close.meta = { ...close.meta, kilnAnchor: { id, text } satisfies AnchorMeta };
      }
    });
  });

  const escape = md.utils.escapeHtml;
  const previous: RendererRule =
    md.renderer.rules["heading_close"] ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules["heading_close"] = (tokens, idx, opts, env, self) => {
    const anchor = tokens[idx]?.meta?.["kilnAnchor"] as AnchorMeta | undefined;
    const html = previous(tokens, idx, opts, env, self);
    if (anchor === undefined) return html;
    const label = escape(`Permalink to “${anchor.text}”`);
    return ` <a class="heading-anchor" href="#${escape(anchor.id)}" aria-label="${label}">#</a>${html}`;
  };
}

/** Ids the page already uses: on heading tokens (set by other plugins) and in raw HTML. */
function explicitIds(tokens: readonly Token[]): string[] {
  const ids: string[] = [];
  const scan = (list: readonly Token[]): void => {
    for (const token of list) {
      const id = token.type === "heading_open" ? token.attrGet("id") : null;
      if (id !== null) ids.push(String(id));
      if (token.type === "html_block" || token.type === "html_inline") {
        for (const m of token.content.matchAll(HTML_ID)) ids.push(m[1] ?? m[2] ?? m[3] ?? "");
      }
      if (token.children) scan(token.children);
    }
  };
  scan(tokens);
  return ids;
}

/** The text a reader sees in inline tokens: no markup, image alt text kept, breaks as spaces. */
function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
        case "code_inline":
          return token.content;
        case "softbreak":
        case "hardbreak":
          return " ";
        case "image":
          return plainText(token.children ?? []);
        default:
          return "";
      }
    })
    .join("");
}
