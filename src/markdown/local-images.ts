// Local images drawn as their encoded <picture>: between parsing and rendering a page, the Markdown adapter
// (eleventy/markdown-library.ts) has its local images encoded and leaves each image token its markup in `meta`, so
// the page is never parsed again for its images and list pages and feeds get the same markup from its content.
import type { MarkdownIt, Token } from "markdown-it";

/** Draws an image given the attributes of its `<img>` (`alt`, `class`, `loading`, `title`…). */
export type PictureMarkup = (attributes: Record<string, string>) => string;

/** What {@link localImagesPlugin} reads of an image token's `meta`. */
export interface LocalImageMeta {
  kilnPicture?: PictureMarkup;
}

/** Every image token of a parsed document (images are children of inline tokens). */
export function imageTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => token.children?.filter((child) => child.type === "image") ?? []);
}

/** Gives an image token its picture: it renders as that markup instead of an `<img>`. */
export function setPicture(token: Token, picture: PictureMarkup): void {
  token.meta = { ...(token.meta as object | null), kilnPicture: picture } satisfies LocalImageMeta;
}

/** Renders an image token that has a picture ({@link setPicture}) as that picture; others as markdown-it does. */
export function localImagesPlugin(md: MarkdownIt): void {
  const image = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const picture = (token.meta as LocalImageMeta | null)?.kilnPicture;
    if (picture === undefined) return image ? image(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    const attributes: Record<string, string> = {};
    for (const [name, value] of token.attrs ?? []) if (name !== "src") attributes[name] = String(value);
    attributes["alt"] = self.renderInlineAsText(token.children ?? [], options, env);
    return picture(attributes);
  };
}
