// GitHub alerts (`> [!NOTE]`, `> [!TIP]`, `> [!WARNING]`…) through markdown-it-github-alerts, titled in the page's language.
import type { MarkdownIt, RendererRule } from "markdown-it";
import githubAlertsPlugin from "markdown-it-github-alerts";
import { calloutTitle } from "./callout-text.ts";

/**
 * `> [!WARNING]` blockquotes become `<div class="markdown-alert markdown-alert-warning">` with a
 * `<p class="markdown-alert-title">` (GitHub's icon, then the title). The plugin's default English
 * title is replaced by the page's language (`注意`, `提示`…); a title the author wrote after the
 * marker (`> [!TIP] 省时间`) is kept.
 */
export function alertsPlugin(md: MarkdownIt): void {
  md.use(githubAlertsPlugin);
  const previous = md.renderer.rules["alert_open"] as RendererRule;
  md.renderer.rules["alert_open"] = (tokens, idx, options, env, self) => {
    const meta = tokens[idx]?.meta as { title: string; type: string } | undefined;
    // The plugin's default title is the marker, capitalised.
    if (meta && meta.title === meta.type.charAt(0).toUpperCase() + meta.type.slice(1)) {
      meta.title = md.utils.escapeHtml(calloutTitle(meta.type, env));
    }
    return previous(tokens, idx, options, env, self);
  };
}
