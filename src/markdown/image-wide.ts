// Images: `|wide` in the alt text, <figure> for an image alone in its paragraph, lazy loading, size hints.
import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** Options of {@link imageWidePlugin}. */
export interface ImageWideOptions {
  /**
   * Suffix of the alt text (after `|`, trimmed, case-insensitive) that makes an image wide.
   * @default "wide"
   */
  keyword?: string;
}

/**
 * `![深度学习|wide](url)` drops `|wide` from the alt text and gives the image `class="wide"`.
 * An image that is the only content of its paragraph (optionally inside a link) is rendered in
 * `<figure class="figure">` (`figure figure--wide` when wide) instead of `<p>`. Every image gets
 * `loading="lazy"` and `decoding="async"`, and `width`/`height` when its URL's query has integer
 * `w=`/`h=` (Unsplash style `?w=1200&h=600&fit=crop`).
 */
export function imageWidePlugin(md: MarkdownIt, options?: ImageWideOptions): void {
  const keyword = options?.keyword ?? "wide";
  const suffix = new RegExp(`\\s*\\|\\s*${escapeRegExp(keyword)}\\s*$`, "i");

  md.core.ruler.push("kiln_images", (state: StateCore) => {
    state.tokens.forEach((token, idx) => {
      if (token.type !== "inline" || !token.children) return;
      let wide = false;
      for (const child of token.children) {
        if (child.type !== "image") continue;
        const isWide = stripSuffix(child, suffix);
        if (isWide) child.attrJoin("class", "wide");
        wide ||= isWide;
        child.attrSet("loading", "lazy");
        child.attrSet("decoding", "async");
        const dims = queryDimensions(String(child.attrGet("src") ?? ""));
        if (dims.width !== undefined) child.attrSet("width", dims.width);
        if (dims.height !== undefined) child.attrSet("height", dims.height);
      }
      const open = state.tokens[idx - 1];
      const close = state.tokens[idx + 1];
      // Hidden paragraphs (tight list items) print no tag at all: leave them alone.
      if (open?.type !== "paragraph_open" || close?.type !== "paragraph_close" || open.hidden) return;
      if (!isLoneImage(token.children)) return;
      open.tag = close.tag = "figure";
      open.attrJoin("class", wide ? "figure figure--wide" : "figure");
    });
  });
}

/** Removes the `|wide` suffix from the image's alt text (its last text child); true if it was there. */
function stripSuffix(image: Token, suffix: RegExp): boolean {
  const last = image.children?.at(-1);
  if (last?.type !== "text" || !suffix.test(last.content)) return false;
  last.content = last.content.replace(suffix, "");
  image.content = image.content.replace(suffix, "");
  return true;
}

/** True when the inline content is one image, alone or wrapped in one link. */
function isLoneImage(children: readonly Token[]): boolean {
  const types = children.filter((t) => !(t.type === "text" && t.content.trim() === "")).map((t) => t.type);
  const shape = types.join(" ");
  return shape === "image" || shape === "link_open image link_close";
}

/** Integer `w`/`h` query parameters of an image URL (Unsplash style `?w=1200&h=600`), when present. */
export function queryDimensions(src: string): { width?: number; height?: number } {
  const query = /\?([^#]*)/.exec(src)?.[1];
  if (query === undefined) return {};
  const params = new URLSearchParams(query);
  const read = (name: string): number | undefined => {
    const value = params.get(name);
    return value !== null && /^[1-9]\d{0,4}$/.test(value) ? Number(value) : undefined;
  };
  const width = read("w");
  const height = read("h");
  return { ...(width === undefined ? {} : { width }), ...(height === undefined ? {} : { height }) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
