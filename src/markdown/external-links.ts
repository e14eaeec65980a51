// Links to other sites: class="external" and rel="noopener"; never target=_blank (the reader decides).
import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** Options of {@link externalLinksPlugin}. */
export interface ExternalLinksOptions {
  /**
   * Hosts that are this site (e.g. `kiln.example.com`): absolute links to them are not external.
   * @default []
   */
  internalHosts?: readonly string[];
}

/** An absolute http(s) URL, or a protocol-relative one (`//host/…`). */
const ABSOLUTE = /^(?:https?:)?\/\/([^/?#]+)/i;

/**
 * Marks links to other sites (absolute http(s) URLs, including linkified bare URLs) with
 * `class="external"` and `rel="noopener"`. Unsafe schemes (`javascript:`, `vbscript:`, `file:`,
 * non-image `data:`) never become links: markdown-it's `validateLink` refuses them first.
 */
export function externalLinksPlugin(md: MarkdownIt, options?: ExternalLinksOptions): void {
  const internal = new Set((options?.internalHosts ?? []).map((host) => host.toLowerCase()));

  md.core.ruler.push("kiln_external_links", (state: StateCore) => {
    const visit = (tokens: readonly Token[]): void => {
      for (const token of tokens) {
        if (token.children) visit(token.children);
        if (token.type !== "link_open") continue;
        const host = ABSOLUTE.exec(String(token.attrGet("href") ?? ""))?.[1];
        // Userinfo and port are not part of the host name.
        if (host === undefined || internal.has(host.replace(/^.*@/, "").replace(/:\d+$/, "").toLowerCase())) continue;
        token.attrJoin("class", "external");
        token.attrJoin("rel", "noopener");
      }
    };
    visit(state.tokens);
  });
}
